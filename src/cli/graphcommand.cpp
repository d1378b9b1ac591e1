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
        "Prints a playbook's steps and transitions as Graphviz DOT or a Mermaid state diagram: edges carry the "
        "button labels the consultant sees and their channel guards, timers their countdown, and each global "
        "transition is drawn once, from an \"any step\" box. Placeholders in titles show both forms (\"ho/ji\") "
        "unless --address or --agent-gender chooses one.\n"
        "Example: steadyline graph playbooks/aggressive-caller-en.json | dot -Tsvg -o flow.svg\n"
        "Exit status: 0 printed, 1 the playbook has errors, 2 wrong usage."));
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("dot or mermaid (default dot)."),
                                    QStringLiteral("FORMAT"), QStringLiteral("dot"));
    const QCommandLineOption locale(QStringLiteral("locale"),
                                    QStringLiteral("The language of the titles (default: the playbook's base locale)."),
                                    QStringLiteral("LOCALE"));
    const QCommandLineOption address(QStringLiteral("address"),
                                     QStringLiteral("Show the {address:…} forms for this caller: formal_male, "
                                                    "formal_female or formal_plural (default: all forms, "
                                                    "\"Panu/Pani/Państwu\")."),
                                     QStringLiteral("ADDRESS"));
    const QCommandLineOption gender(QStringLiteral("agent-gender"),
                                    QStringLiteral("Show the {agent:…} forms for this consultant: male or female "
                                                   "(default: both forms)."),
                                    QStringLiteral("GENDER"));
    parser.addOptions({format, locale, address, gender});
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

    GraphOptions options;
    if (parser.isSet(address)) {
        options.address = formOfAddressFromName(parser.value(address));
        if (!options.address)
            return usage(err, QStringLiteral("--address must be formal_male, formal_female or formal_plural, not '%1'.")
                                  .arg(parser.value(address)));
    }
    if (parser.isSet(gender)) {
        options.agentGender = genderFromName(parser.value(gender));
        if (!options.agentGender)
            return usage(err,
                         QStringLiteral("--agent-gender must be male or female, not '%1'.").arg(parser.value(gender)));
    }

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
    const PlaybookGraph graph = PlaybookGraph::build(playbook, language, options);
    write(out, formatName == u"dot" ? toDot(graph) : toMermaid(graph));
    return Success;
}

} // namespace steadyline::cli
