#include "graphcommand.h"

#include "commandline.h"
#include "playbook/playbookgraph.h"
#include "playbook/playbookloader.h"

#include <QCommandLineParser>

namespace steadyline::cli {

namespace {

void writeText(std::FILE *stream, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    std::fwrite(utf8.constData(), 1, static_cast<std::size_t>(utf8.size()), stream);
}

int usage(std::FILE *err, const QString &message)
{
    writeText(err, QStringLiteral("steadyline graph: %1\nRun 'steadyline graph --help' for usage.\n").arg(message));
    return UsageError;
}

} // namespace

int runGraph(const QStringList &arguments, std::FILE *out, std::FILE *err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Prints a playbook's steps and transitions (events, channel guards, timers; global transitions from every "
        "step they apply in) as Graphviz DOT or a Mermaid state diagram.\n"
        "Example: steadyline graph playbooks/aggressive-caller-en.json | dot -Tsvg -o flow.svg\n"
        "Exit status: 0 printed, 1 the playbook has errors, 2 wrong usage."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("dot or mermaid (default dot)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("dot"));
    const QCommandLineOption locale(QStringLiteral("locale"),
                                    QStringLiteral("The language of the titles (default: the playbook's base locale)."),
                                    QStringLiteral("LOCALE"));
    parser.addOptions({help, format, locale});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("The playbook file."));
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(QStringList{QStringLiteral("steadyline graph")} + arguments))
        return usage(err, parser.errorText());
    if (parser.isSet(help)) {
        writeText(out, parser.helpText());
        return Success;
    }
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
                writeText(err, d.toString() + QLatin1Char('\n'));
        }
        writeText(err,
                  QStringLiteral("steadyline graph: %1 has errors; fix them first (see 'steadyline validate %1').\n")
                      .arg(files.first()));
        return Failure;
    }
    const Playbook &playbook = *loaded.playbook;
    const QString language = parser.isSet(locale) ? parser.value(locale) : playbook.baseLocale;
    if (!playbook.locales.contains(language) && !playbook.locales.contains(language.section(QLatin1Char('-'), 0, 0))) {
        writeText(err, QStringLiteral("steadyline graph: the playbook is not written in '%1'; it has: %2.\n")
                           .arg(language, playbook.locales.join(QStringLiteral(", "))));
        return Failure;
    }
    const PlaybookGraph graph = PlaybookGraph::build(playbook, language);
    writeText(out, formatName == u"dot" ? toDot(graph) : toMermaid(graph));
    return Success;
}

} // namespace steadyline::cli
