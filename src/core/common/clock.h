#pragma once

#include <QDateTime>

#include <chrono>

namespace steadyline {

// The engine's sense of time. Countdowns use the monotonic clock, so a change of the wall clock
// (NTP, a user fixing the time, a time zone change) cannot shorten or stretch them; the wall
// clock only stamps records for people to read. Tests replace both.
class Clock
{
public:
    virtual ~Clock() = default;
    [[nodiscard]] virtual std::chrono::milliseconds monotonicNow() const = 0;
    [[nodiscard]] virtual QDateTime wallNow() const = 0;
};

class SystemClock final : public Clock
{
public:
    [[nodiscard]] std::chrono::milliseconds monotonicNow() const override
    {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
            std::chrono::steady_clock::now().time_since_epoch());
    }
    [[nodiscard]] QDateTime wallNow() const override { return QDateTime::currentDateTime(); }

    static const SystemClock &instance()
    {
        static const SystemClock clock;
        return clock;
    }
};

// A clock that moves only when told to; the wall clock can be set independently to prove
// that countdowns ignore it.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime wall = QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC))
        : m_wall(std::move(wall))
    {}

    [[nodiscard]] std::chrono::milliseconds monotonicNow() const override { return m_monotonic; }
    [[nodiscard]] QDateTime wallNow() const override { return m_wall; }

    void advance(std::chrono::milliseconds by)
    {
        m_monotonic += by;
        m_wall = m_wall.addMSecs(by.count());
    }
    void setWall(const QDateTime &wall) { m_wall = wall; }

private:
    std::chrono::milliseconds m_monotonic{1'000'000};
    QDateTime m_wall;
};

} // namespace steadyline
