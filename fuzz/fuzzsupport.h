#pragma once

// What the fuzz targets share: a QCoreApplication (Qt's plugins, such as the SQLite driver, and
// QSettings expect one), silence (warnings printed for every rejected input would drown the
// fuzzer's own output), and a scratch folder in memory when there is one (the journal fsyncs).
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

#include <cstdio>
#include <cstdlib>

namespace steadyline::fuzz {

inline void ignoreMessage(QtMsgType, const QMessageLogContext &, const QString &) {}

// Call at the start of every input; does its work once.
inline void ensureQuietCoreApplication()
{
    static int argc = 1;
    static char name[] = "steadyline-fuzz";
    static char *argv[] = {name, nullptr};
    static const bool once = [] {
        QStandardPaths::setTestModeEnabled(true); // never the user's settings or data
        qInstallMessageHandler(ignoreMessage);
        spdlog::set_level(spdlog::level::off);
        new QCoreApplication(argc, argv); // lives as long as the process, as Qt expects
        return true;
    }();
    (void)once;
}

// A folder for one process's scratch files: /dev/shm when it exists (no disk waits).
inline QString scratchRoot()
{
    const QString shm = QStringLiteral("/dev/shm");
    return QDir(shm).exists() ? shm : QDir::tempPath();
}

// A property every input must keep; a broken one aborts, and the fuzzer keeps the input.
inline void require(bool condition, const char *what)
{
    if (!condition) {
        std::fprintf(stderr, "fuzz property violated: %s\n", what);
        std::abort();
    }
}

} // namespace steadyline::fuzz
