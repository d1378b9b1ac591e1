#pragma once

// What every benchmark prints: the median of repeated runs with the fastest and slowest next to
// it, as a Markdown table row beside its target. Timings are printed, never asserted.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <functional>
#include <string>
#include <vector>

namespace steadyline::bench {

using BenchClock = std::chrono::steady_clock;

struct Figure
{
    double median = 0;
    double min = 0;
    double max = 0;
};

inline Figure figureOf(std::vector<double> samples)
{
    if (samples.empty())
        return {};
    std::sort(samples.begin(), samples.end());
    return {samples[samples.size() / 2], samples.front(), samples.back()};
}

inline double msSince(BenchClock::time_point start)
{
    return std::chrono::duration<double, std::milli>(BenchClock::now() - start).count();
}

// Runs `work` once to warm up (first-touch allocations and caches are not what a user waits
// for twice), then `repetitions` times; `prepare` runs untimed before each run. Milliseconds.
inline Figure measure(
    int repetitions, const std::function<void()> &work, const std::function<void()> &prepare = [] {})
{
    std::vector<double> samples;
    work();
    for (int i = 0; i < repetitions; ++i) {
        prepare();
        const auto start = BenchClock::now();
        work();
        samples.push_back(msSince(start));
    }
    return figureOf(std::move(samples));
}

inline void row(const std::string &what, const Figure &f, const char *unit, const char *target, bool met)
{
    std::printf("| %s | %.3f %s | %.3f – %.3f | %s | %s |\n", what.c_str(), f.median, unit, f.min, f.max, target,
                met ? "met" : "**missed**");
}

} // namespace steadyline::bench
