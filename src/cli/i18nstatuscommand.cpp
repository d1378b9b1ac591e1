#include "i18nstatuscommand.h"

#include "commandio.h"
#include "commandline.h"
#include "common/privatefile.h"
#include "playbook/playbookloader.h"
#include "playbook/translationstatus.h"

#include <QCommandLineParser>

#include <nlohmann/json.hpp>

namespace steadyline::cli {

namespace {

const QString kCommand = QStringLiteral("i18n-status");

int usage(std::FILE *err, const QString &message)
{
    return usageError(err, message, kCommand);
}

nlohmann::ordered_json keysToJson(const QStringList &keys)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const QString &key : keys)
        list.push_back(key.toStdString());
    return list;
}

nlohmann::ordered_json reportToJson(const QString &file, const Playbook &playbook, const TranslationReport &report)
{
    nlohmann::ordered_json locales = nlohmann::ordered_json::array();
    for (const LocaleTranslationStatus &status : report.locales) {
        locales.push_back({{"locale", status.locale.toStdString()},
                           {"translated", status.current},
                           {"stale", status.stale},
                           {"missing", status.missing},
                           {"untracked", status.untracked},
                           {"staleKeys", keysToJson(status.staleKeys)},
                           {"missingKeys", keysToJson(status.missingKeys)},
                           {"untrackedKeys", keysToJson(status.untrackedKeys)}});
    }
    return {{"file", file.toStdString()},    {"id", playbook.id.toStdString()},
            {"revision", playbook.revision}, {"baseLocale", report.baseLocale.toStdString()},
            {"texts", report.texts},         {"locales", std::move(locales)}};
}

void printTable(std::FILE *out, const QString &file, const Playbook &playbook, const TranslationReport &report,
                bool listKeys)
{
    writeLine(out, QStringLiteral("%1 — %2, revision %3, base locale %4, %5 text(s)")
                       .arg(file, playbook.id)
                       .arg(playbook.revision)
                       .arg(report.baseLocale)
                       .arg(report.texts));
    if (report.locales.empty()) {
        writeLine(out, QStringLiteral("  no other locale in 'locales': nothing to translate"));
        return;
    }
    const auto row = [](const QString &locale, const QString &translated, const QString &stale, const QString &missing,
                        const QString &untracked) {
        return QStringLiteral("  %1 %2 %3 %4 %5")
            .arg(locale, -7)
            .arg(translated, 10)
            .arg(stale, 6)
            .arg(missing, 8)
            .arg(untracked, 10);
    };
    writeLine(out, row(QStringLiteral("locale"), QStringLiteral("translated"), QStringLiteral("stale"),
                       QStringLiteral("missing"), QStringLiteral("untracked")));
    for (const LocaleTranslationStatus &status : report.locales) {
        writeLine(out, row(status.locale, QString::number(status.current), QString::number(status.stale),
                           QString::number(status.missing), QString::number(status.untracked)));
        if (!listKeys)
            continue;
        const auto list = [&](const char *what, const QStringList &keys) {
            if (!keys.isEmpty())
                writeLine(out,
                          QStringLiteral("    %1: %2").arg(QString::fromLatin1(what), keys.join(QStringLiteral(", "))));
        };
        list("stale", status.staleKeys);
        list("missing", status.missingKeys);
        list("untracked", status.untrackedKeys);
    }
}

// Records every `locale` translation of the file as made from the current base text. Returns
// the reloaded file, or an error message.
LoadResult markCurrent(const QString &file, const LoadResult &loaded, const QString &locale, QString *error)
{
    const Playbook &playbook = *loaded.playbook;
    if (locale == playbook.baseLocale || !playbook.locales.contains(locale)) {
        QStringList translated = playbook.locales;
        translated.removeAll(playbook.baseLocale);
        *error = QStringLiteral("%1: \"%2\" is not a translated locale of this playbook (base \"%3\"; translated: %4).")
                     .arg(file, locale, playbook.baseLocale,
                          translated.isEmpty() ? QStringLiteral("none") : translated.join(QStringLiteral(", ")));
        return {};
    }
    const auto rewritten = withTranslationRecords(loaded.source, playbook, recordsMarkedCurrent(playbook, locale));
    // The rewritten file must still be valid before it replaces the original.
    LoadResult reloaded = rewritten ? PlaybookLoader::loadData(*rewritten, file) : LoadResult{};
    if (!reloaded.ok()) {
        *error = QStringLiteral("%1: the translation records could not be written into this file; add them by hand "
                                "(docs/playbook-format.md).")
                     .arg(file);
        return {};
    }
    if (*rewritten == loaded.source)
        return reloaded;
    // As before: the file keeps its mode (a playbook in a team folder stays readable by the team).
    if (!writeFileAtomically(file, *rewritten, FileAccess::AsBefore, error))
        return {};
    return reloaded;
}

} // namespace

int runI18nStatus(const Invocation &invocation)
{
    std::FILE *out = invocation.out;
    std::FILE *err = invocation.err;
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Counts, per locale of each playbook, the texts translated, stale (the base text changed after the\n"
        "translation was made), missing, and untracked (translated, but with no record of the base text it was\n"
        "made from). The records live in the playbook's 'translatedFrom' member; --mark-current writes them.\n"
        "Exit status: 0 success, 1 a file has errors or could not be written, 2 wrong usage."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Print the counts as a JSON array."));
    const QCommandLineOption listOption(
        QStringLiteral("list"), QStringLiteral("Also list the keys of the stale, missing and untracked texts."));
    const QCommandLineOption markOption(
        QStringLiteral("mark-current"),
        QStringLiteral("Record that every LOCALE translation was checked against the current base text (rewrites "
                       "the file's 'translatedFrom'; everything else stays as written)."),
        QStringLiteral("LOCALE"));
    parser.addOptions({jsonOption, listOption, markOption});
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Playbook files."), QStringLiteral("FILE..."));
    int exitCode = Success;
    if (!parseCommand(parser, invocation.arguments, kCommand, out, err, exitCode))
        return exitCode;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usage(err, QStringLiteral("name at least one playbook file."));
    const QString markLocale = parser.value(markOption);
    if (parser.isSet(markOption) && markLocale.isEmpty())
        return usage(err, QStringLiteral("--mark-current needs a locale, e.g. --mark-current en."));

    nlohmann::ordered_json all = nlohmann::ordered_json::array();
    int failures = 0;
    for (const QString &file : files) {
        LoadResult loaded = PlaybookLoader::loadFile(file);
        if (!loaded.ok()) {
            ++failures;
            for (const Diagnostic &d : loaded.diagnostics) {
                if (d.severity == Severity::Error)
                    writeLine(err, d.toString());
            }
            writeLine(err,
                      QStringLiteral("steadyline %1: %2 has errors; fix them first (see 'steadyline validate %2').")
                          .arg(kCommand, file));
            continue;
        }
        if (parser.isSet(markOption)) {
            QString error;
            LoadResult marked = markCurrent(file, loaded, markLocale, &error);
            if (!marked.ok()) {
                ++failures;
                writeLine(err, QStringLiteral("steadyline %1: %2").arg(kCommand, error));
                continue;
            }
            loaded = std::move(marked);
            writeLine(err,
                      QStringLiteral("%1: the \"%2\" translations are recorded as current.").arg(file, markLocale));
        }
        const TranslationReport report = translationReport(*loaded.playbook);
        if (parser.isSet(jsonOption))
            all.push_back(reportToJson(file, *loaded.playbook, report));
        else
            printTable(out, file, *loaded.playbook, report, parser.isSet(listOption));
    }
    if (parser.isSet(jsonOption))
        writeLine(out,
                  QString::fromStdString(all.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace)));
    return failures ? Failure : Success;
}

} // namespace steadyline::cli
