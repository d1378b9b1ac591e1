#include "logging.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <vector>

namespace steadyline::app {

namespace {

// Three files of 1 MiB at most: weeks of a consultant's normal use, never a full disk.
constexpr std::size_t kMaxLogFileBytes = 1024 * 1024;
constexpr std::size_t kLogFilesKept = 3;

// Every module logs through its own named logger; they must exist before the modules first
// ask for them, because each module keeps the logger it found at its first use.
const char *const kModuleLoggers[] = {"steadyline", "app", "journal", "playbook", "ui"};

} // namespace

QString logFilePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("logs/steadyline.log"));
}

bool setUpWindowLogging(bool verbose)
{
    std::vector<spdlog::sink_ptr> sinks;
    bool fileOk = true;
    const QString path = logFilePath();
    const QString folder = QFileInfo(path).absolutePath();
    if (QDir().mkpath(folder)) {
        // Like the journal: for the user's eyes only, although no customer text is ever logged.
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        try {
            sinks.push_back(std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QFile::encodeName(path).toStdString(), kMaxLogFileBytes, kLogFilesKept));
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        } catch (const spdlog::spdlog_ex &) {
            fileOk = false;
        }
    } else {
        fileOk = false;
    }
    if (verbose || !fileOk)
        sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());

    const auto level = verbose ? spdlog::level::debug : spdlog::level::info;
    for (const char *name : kModuleLoggers) {
        spdlog::drop(name);
        auto logger = std::make_shared<spdlog::logger>(name, sinks.begin(), sinks.end());
        logger->set_level(level);
        // Lines are few; flushing each one means a crash never loses the last ones.
        logger->flush_on(spdlog::level::debug);
        spdlog::register_logger(logger);
        if (std::string_view(name) == "steadyline")
            spdlog::set_default_logger(logger);
    }
    spdlog::set_pattern("%Y-%m-%d %H:%M:%S.%e %-5l [%n] %v");
    if (!fileOk)
        spdlog::warn("the log file {} cannot be written; logging to stderr only",
                     QFile::encodeName(path).toStdString());
    return fileOk;
}

} // namespace steadyline::app
