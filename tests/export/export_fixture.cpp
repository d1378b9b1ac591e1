// Builds the export fixture journal in a folder, for check_exports.py, which then runs the real
// steadyline binary on it and reads the exports back with independent parsers.
// Usage: export_fixture DIR   (prints the ids as JSON)
#include "exportfixture.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <exception>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    spdlog::set_level(spdlog::level::warn); // stdout carries the ids
    if (app.arguments().size() != 2) {
        std::fprintf(stderr, "usage: export_fixture DIR\n");
        return 2;
    }
    try {
        const steadyline::test::ExportFixture f = steadyline::test::buildExportFixture(app.arguments().at(1));
        std::printf("{\"polishCall\": %lld, \"czechCall\": %lld, \"trainingCall\": %lld, \"russianCall\": %lld, "
                    "\"promiseOpen\": %lld, \"promiseKept\": %lld, \"promiseCancelled\": %lld, "
                    "\"promiseRussian\": %lld, \"promiseNoDue\": %lld, \"promiseTraining\": %lld}\n",
                    f.polishCall, f.czechCall, f.trainingCall, f.russianCall, f.promiseOpen, f.promiseKept,
                    f.promiseCancelled, f.promiseRussian, f.promiseNoDue, f.promiseTraining);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
