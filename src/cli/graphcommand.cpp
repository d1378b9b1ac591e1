#include "graphcommand.h"

#include "commandio.h"
#include "commandline.h"
#include "playbook/playbookgraph.h"
#include "playbook/playbookloader.h"

#include <QCommandLineParser>

namespace steadyline::cli {

namespace {

const QString kCommand = QStringLiteral("graph");

int usage(std::FILE *err, const QString &message)
{
    return usageError(err, message, kCommand);
}

} // namespace

int runGraph(const Invocation &invocation)
{
    std::FILE *out = invocation.out;
    std::FILE *err = invocation.err;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints a playbook's steps and transitions (events, channel guards, timers; global transitions from every "
        "step they apply in) as Graphviz DOT or a Mermaid state diagram.\n"
        "Example: steadyline graph playbooks/aggressive-caller-en.json | dot -Tsvg -o flow.svg\n"
        "Exit status: 0 printed, 1 the playbook has errors, 2 wrong usage."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("dot or mermaid (default dot)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("dot"));
    const QCommandLineOption locale(QStringLiteral("locale"),
                                    QStringLiteral("The language of the titles (default: the playbook's base locale)."),
                                    QStringLiteral("LOCALE"));
    parser.addOptions({format, locale});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The playbook file."));
    int exitCode = Success;
    if (!parseCommand(parser, invocation.arguments, kCommand, out, err, exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usage(err, files.isEmpty() ? QStringLiteral("name the playbook file.")
                                          : QStringLiteral("name one playbook file, not %1.").arg(files.size()));
    const QString formatName = parser.value(format);
    if (formatName != u"dot" && formatName != u"mermaid")
        return usage(err, QStringLiteral("--format must be dot or mermaid, not '%1'.").arg(formatName));

    const LoadResult loaded = PlaybookLoader::loadFile(files.first());
    if (!loaded.ok()) {
        for (const Diagnostic &d : loaded.diagnostics) {
            if (d.severity == Severity::Error)
                writeLine(err, d.toString());
        }
        writeLine(err, QStringLiteral("steadyline graph: %1 has errors; fix them first (see 'steadyline validate %1').")
                           .arg(files.first()));
        return Failure;
    }
    const Playbook &playbook = *loaded.playbook;
    const QString language = parser.isSet(locale) ? parser.value(locale) : playbook.baseLocale;
    if (!playbook.locales.contains(language) && !playbook.locales.contains(language.section(QLatin1Char('-'), 0, 0))) {
        writeLine(err, QStringLiteral("steadyline graph: the playbook is not written in '%1'; it has: %2.")
                           .arg(language, playbook.locales.join(QStringLiteral(", "))));
        return Failure;
    }
    const PlaybookGraph graph = PlaybookGraph::build(playbook, language);
    write(out, formatName == u"dot" ? toDot(graph) : toMermaid(graph));
    return Success;
}

} // namespace steadyline::cli
