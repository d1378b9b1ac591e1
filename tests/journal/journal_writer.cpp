// A helper for the SIGKILL test: opens the journal in the given folder, starts a call and adds
// notes as fast as it can, printing "call <id>" and then each committed note's id on its own line,
// flushed, only after the commit returned. It runs until killed (or `count` notes).
//
// Usage: journal_writer DATA_DIR [COUNT]
#include "journal/journal.h"

#include <QCoreApplication>
#include <QStringList>

#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

#include <cstdio>

using namespace steadyline;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Standard output carries only ids; the journal's log goes to standard error.
    spdlog::set_default_logger(spdlog::stderr_color_st("journal_writer"));
    const QStringList args = app.arguments();
    if (args.size() < 2) {
        std::fprintf(stderr, "usage: journal_writer DATA_DIR [COUNT]\n");
        return 2;
    }
    const long long count = args.size() > 2 ? args.at(2).toLongLong() : -1;
    QString error;
    auto journal = journal::Journal::open(args.at(1), &error);
    if (!journal) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    journal::CallStart start;
    start.playbookId = QStringLiteral("writer");
    start.locale = QStringLiteral("pl");
    const journal::WriteResult call = journal->beginCall(start);
    if (!call.ok) {
        std::fprintf(stderr, "%s\n", qPrintable(call.error));
        return 1;
    }
    std::printf("call %lld\n", static_cast<long long>(call.id));
    std::fflush(stdout);
    // Notes of a few kilobytes, so a kill is likely to land in the middle of writing one.
    const QString body = QStringLiteral("Zażółć gęślą jaźń — klient krzyczy. ").repeated(80);
    for (long long i = 0; count < 0 || i < count; ++i) {
        const journal::WriteResult note = journal->addNote(call.id, QStringLiteral("%1 %2").arg(i).arg(body));
        if (!note.ok) {
            std::fprintf(stderr, "%s\n", qPrintable(note.error));
            return 1;
        }
        std::printf("%lld\n", static_cast<long long>(note.id));
        std::fflush(stdout);
    }
    return 0;
}
