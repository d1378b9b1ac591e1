#include "localechecks.h"

#include <QHash>

#include <vector>

namespace steadyline {

namespace {

struct UndeclaredVersion
{
    std::string pointer;
    QString textKey;
};

bool oneLetterOff(const QString &a, const QString &b)
{
    if (a.size() != b.size())
        return false;
    int differences = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        differences += a.at(i).toLower() == b.at(i).toLower() ? 0 : 1;
    return differences == 1;
}

} // namespace

QString likelyLocale(const QString &written, const QStringList &candidates)
{
    // Country codes that people write for the language spoken there.
    static const QHash<QString, QString> countryForLanguage{
        {QStringLiteral("cz"), QStringLiteral("cs")}, {QStringLiteral("ua"), QStringLiteral("uk")},
        {QStringLiteral("dk"), QStringLiteral("da")}, {QStringLiteral("se"), QStringLiteral("sv")},
        {QStringLiteral("gr"), QStringLiteral("el")}, {QStringLiteral("jp"), QStringLiteral("ja")},
        {QStringLiteral("cn"), QStringLiteral("zh")}, {QStringLiteral("ee"), QStringLiteral("et")},
        {QStringLiteral("si"), QStringLiteral("sl")}, {QStringLiteral("rs"), QStringLiteral("sr")}};
    const QString language = countryForLanguage.value(written.toLower());
    if (!language.isEmpty() && candidates.contains(language))
        return language;
    for (const QString &candidate : candidates) {
        if (oneLetterOff(written, candidate))
            return candidate;
    }
    return {};
}

void checkTextLocales(const Playbook &playbook, DiagnosticSink &sink)
{
    // Locale → its versions in texts, when that locale is not declared; reported after the walk.
    QHash<QString, std::vector<UndeclaredVersion>> undeclared;
    QStringList undeclaredOrder;
    playbook.forEachText([&](const LocalizedText &text) {
        if (text.byLocale.isEmpty())
            return;
        QStringList missing;
        for (const QString &locale : playbook.locales) {
            if (!text.byLocale.contains(locale))
                missing << locale;
        }
        QString baseSlip; // the undeclared key written for the missing base locale ("cz")
        for (auto it = text.byLocale.constBegin(); it != text.byLocale.constEnd(); ++it) {
            if (playbook.locales.contains(it.key()))
                continue;
            const std::string at = json::appendPointer(text.pointer, it.key().toStdString());
            const QString meant = likelyLocale(it.key(), missing);
            if (meant.isEmpty()) {
                if (!undeclared.contains(it.key()))
                    undeclaredOrder << it.key();
                undeclared[it.key()].push_back({at, text.key});
                continue;
            }
            missing.removeAll(meant);
            if (meant == playbook.baseLocale) {
                baseSlip = it.key();
                sink.errorAtKey(
                    QStringLiteral("missing-base-text"), at,
                    DiagnosticText(
                        QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                          "the text \"%1\" has no version in the base locale \"%2\", but a \"%3\" "
                                          "version. Did you mean '%2'?"))
                        .arg(text.key, meant, it.key()));
            } else {
                sink.warningAtKey(
                    QStringLiteral("undeclared-locale"), at,
                    DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                     "the text \"%1\" has a \"%2\" version, but \"%2\" is not in "
                                                     "'locales'. Did you mean '%3'? The text has no \"%3\" version."))
                        .arg(text.key, it.key(), meant));
            }
        }
        if (missing.removeAll(playbook.baseLocale) > 0 && baseSlip.isEmpty()) {
            QStringList others = text.byLocale.keys();
            others.sort();
            sink.error(
                QStringLiteral("missing-base-text"), text.pointer,
                DiagnosticText(
                    QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                      "the text \"%1\" has no version in the base locale \"%2\"; consultants working "
                                      "in %2 would see it in another language (%3). Add a \"%2\" version."))
                    .arg(text.key, playbook.baseLocale, others.join(QStringLiteral(", "))));
        }
        if (!missing.isEmpty())
            sink.warning(
                QStringLiteral("missing-translation"), text.pointer,
                DiagnosticText(QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                                 "the text \"%1\" has no translation for %2 (declared in 'locales'); "
                                                 "consultants in that language will see the %3 text."))
                    .arg(text.key, missing.join(QStringLiteral(", ")), playbook.baseLocale));
    });
    for (const QString &locale : undeclaredOrder) {
        const std::vector<UndeclaredVersion> &versions = undeclared.value(locale);
        if (versions.size() == 1) {
            sink.warningAtKey(
                QStringLiteral("undeclared-locale"), versions.front().pointer,
                DiagnosticText(
                    QT_TRANSLATE_NOOP("steadyline::Diagnostic",
                                      "the text \"%1\" has a \"%2\" version, but \"%2\" is not in 'locales'; "
                                      "add it there or remove the text."))
                    .arg(versions.front().textKey, locale));
            continue;
        }
        // A locale left out of 'locales' shows in every text: say it once, where it first shows.
        sink.warningAtKey(
            QStringLiteral("undeclared-locale"), versions.front().pointer,
            DiagnosticText(QT_TRANSLATE_N_NOOP("steadyline::Diagnostic",
                                               "%n texts have a version in \"%1\" (the first is \"%2\"), but \"%1\" is "
                                               "not in 'locales'; add \"%1\" to 'locales' or remove those versions."),
                           static_cast<int>(versions.size()))
                .arg(locale, versions.front().textKey));
    }
}

} // namespace steadyline
