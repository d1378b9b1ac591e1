#include "translationstatus.h"

#include <QCryptographicHash>
#include <QSet>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace steadyline {

namespace {

constexpr qsizetype kFingerprintLength = 12;
constexpr char kMemberName[] = "translatedFrom";

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Where one member of the root object sits in the file's bytes.
struct MemberSpan
{
    qsizetype keyStart = -1;
    qsizetype valueEnd = -1;
};

struct RootLayout
{
    qsizetype closingBrace = -1; // the root object's '}'
    qsizetype lastValueEnd = -1; // just past the last member's value
    QByteArray indent;           // the indentation of the first member's line
    std::optional<MemberSpan> records;
    qsizetype recordsPrecedingComma = -1; // the comma before `translatedFrom`, if it is not first
    qsizetype recordsFollowingComma = -1; // the comma after it, if it is not last
};

// Just past the string starting at `at` (a '"').
qsizetype skipString(const QByteArray &text, qsizetype at)
{
    for (qsizetype i = at + 1; i < text.size(); ++i) {
        if (text[i] == '\\')
            ++i;
        else if (text[i] == '"')
            return i + 1;
    }
    return -1;
}

// Just past the value starting at `at`.
qsizetype skipValue(const QByteArray &text, qsizetype at)
{
    if (at >= text.size())
        return -1;
    if (text[at] == '"')
        return skipString(text, at);
    if (text[at] == '{' || text[at] == '[') {
        int depth = 0;
        for (qsizetype i = at; i < text.size(); ++i) {
            const char c = text[i];
            if (c == '"') {
                i = skipString(text, i);
                if (i < 0)
                    return -1;
                --i;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }
    qsizetype i = at;
    while (i < text.size() && !isSpace(text[i]) && text[i] != ',' && text[i] != '}' && text[i] != ']')
        ++i;
    return i;
}

qsizetype skipSpace(const QByteArray &text, qsizetype at)
{
    while (at < text.size() && isSpace(text[at]))
        ++at;
    return at;
}

// A small scan of the root object's members; the file is already known to be valid JSON.
std::optional<RootLayout> scanRoot(const QByteArray &text)
{
    RootLayout layout;
    qsizetype i = skipSpace(text, text.startsWith("\xEF\xBB\xBF") ? 3 : 0);
    if (i >= text.size() || text[i] != '{')
        return std::nullopt;
    i = skipSpace(text, i + 1);
    const qsizetype lineStart = text.lastIndexOf('\n', i) + 1;
    layout.indent = text.mid(lineStart, i - lineStart);
    if (layout.indent.isEmpty() || !std::all_of(layout.indent.begin(), layout.indent.end(), isSpace))
        layout.indent = "  ";
    qsizetype previousComma = -1;
    while (i < text.size() && text[i] == '"') {
        const qsizetype keyStart = i;
        const qsizetype keyEnd = skipString(text, i);
        if (keyEnd < 0)
            return std::nullopt;
        const QByteArray key = text.mid(keyStart + 1, keyEnd - keyStart - 2);
        i = skipSpace(text, keyEnd);
        if (i >= text.size() || text[i] != ':')
            return std::nullopt;
        const qsizetype valueEnd = skipValue(text, skipSpace(text, i + 1));
        if (valueEnd < 0)
            return std::nullopt;
        layout.lastValueEnd = valueEnd;
        const bool isRecords = key == kMemberName;
        if (isRecords) {
            layout.records = MemberSpan{keyStart, valueEnd};
            layout.recordsPrecedingComma = previousComma;
        }
        i = skipSpace(text, valueEnd);
        if (i < text.size() && text[i] == ',') {
            if (isRecords)
                layout.recordsFollowingComma = i;
            previousComma = i;
            i = skipSpace(text, i + 1);
        }
    }
    if (i >= text.size() || text[i] != '}')
        return std::nullopt;
    layout.closingBrace = i;
    return layout;
}

// Records in file order: locales as the playbook declares them, texts as they appear.
QByteArray serializeRecords(const Playbook &playbook, const QHash<QString, QHash<QString, QString>> &records,
                            const QByteArray &indent)
{
    QStringList textOrder;
    playbook.forEachText([&](const LocalizedText &text) { textOrder << text.key; });
    QStringList localeOrder = playbook.locales;
    QStringList extra = records.keys();
    extra.sort();
    for (const QString &locale : std::as_const(extra)) {
        if (!localeOrder.contains(locale))
            localeOrder << locale;
    }
    nlohmann::ordered_json value = nlohmann::ordered_json::object();
    for (const QString &locale : std::as_const(localeOrder)) {
        const auto byKey = records.constFind(locale);
        if (byKey == records.constEnd() || byKey->isEmpty())
            continue;
        nlohmann::ordered_json fingerprints = nlohmann::ordered_json::object();
        for (const QString &key : std::as_const(textOrder)) {
            if (const auto found = byKey->constFind(key); found != byKey->constEnd())
                fingerprints[key.toStdString()] = found->toStdString();
        }
        value[locale.toStdString()] = std::move(fingerprints);
    }
    const QByteArray dumped = QByteArray::fromStdString(value.dump(static_cast<int>(indent.size())));
    // Indented as a member of the root object.
    QByteArray result;
    const QList<QByteArray> lines = dumped.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (i > 0)
            result += '\n' + indent;
        result += lines[i];
    }
    return result;
}

QString baseText(const Playbook &playbook, const LocalizedText &text)
{
    return text.byLocale.value(playbook.baseLocale);
}

} // namespace

QString textFingerprint(const QString &text)
{
    const QByteArray digest =
        QCryptographicHash::hash(text.normalized(QString::NormalizationForm_C).toUtf8(), QCryptographicHash::Sha256);
    return QString::fromLatin1(digest.toHex().left(kFingerprintLength));
}

bool isTextFingerprint(QStringView text)
{
    return text.size() == kFingerprintLength && std::all_of(text.begin(), text.end(), [](QChar c) {
               return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
           });
}

TranslationState translationState(const Playbook &playbook, const LocalizedText &text, const QString &locale)
{
    if (!text.byLocale.contains(locale))
        return TranslationState::Missing;
    const QString recorded = playbook.translatedFrom.value(locale).value(text.key);
    if (recorded.isEmpty())
        return TranslationState::Untracked;
    return recorded == textFingerprint(baseText(playbook, text)) ? TranslationState::Current : TranslationState::Stale;
}

TranslationReport translationReport(const Playbook &playbook)
{
    TranslationReport report;
    report.baseLocale = playbook.baseLocale;
    for (const QString &locale : playbook.locales) {
        if (locale != playbook.baseLocale)
            report.locales.push_back({locale, 0, 0, 0, 0, {}, {}, {}});
    }
    playbook.forEachText([&](const LocalizedText &text) {
        // A text without a base version cannot go stale, and nothing is translated from it.
        if (!text.byLocale.contains(playbook.baseLocale))
            return;
        ++report.texts;
        for (LocaleTranslationStatus &status : report.locales) {
            switch (translationState(playbook, text, status.locale)) {
            case TranslationState::Current: ++status.current; break;
            case TranslationState::Stale:
                ++status.stale;
                status.staleKeys << text.key;
                break;
            case TranslationState::Missing:
                ++status.missing;
                status.missingKeys << text.key;
                break;
            case TranslationState::Untracked:
                ++status.untracked;
                status.untrackedKeys << text.key;
                break;
            }
        }
    });
    return report;
}

QHash<QString, QHash<QString, QString>> recordsMarkedCurrent(const Playbook &playbook, const QString &locale)
{
    QSet<QString> keys;
    playbook.forEachText([&](const LocalizedText &text) { keys.insert(text.key); });
    QHash<QString, QHash<QString, QString>> records;
    for (auto it = playbook.translatedFrom.constBegin(); it != playbook.translatedFrom.constEnd(); ++it) {
        if (it.key() == locale)
            continue;
        QHash<QString, QString> kept;
        for (auto record = it->constBegin(); record != it->constEnd(); ++record) {
            if (keys.contains(record.key()))
                kept.insert(record.key(), record.value());
        }
        if (!kept.isEmpty())
            records.insert(it.key(), kept);
    }
    QHash<QString, QString> marked;
    playbook.forEachText([&](const LocalizedText &text) {
        if (text.byLocale.contains(locale) && text.byLocale.contains(playbook.baseLocale))
            marked.insert(text.key, textFingerprint(baseText(playbook, text)));
    });
    if (!marked.isEmpty())
        records.insert(locale, marked);
    return records;
}

std::optional<QByteArray> withTranslationRecords(const QByteArray &source, const Playbook &playbook,
                                                 const QHash<QString, QHash<QString, QString>> &records)
{
    const std::optional<RootLayout> layout = scanRoot(source);
    if (!layout)
        return std::nullopt;
    const bool empty = std::all_of(records.begin(), records.end(), [](const auto &byKey) { return byKey.isEmpty(); });
    QByteArray result = source;
    if (layout->records) {
        const MemberSpan span = *layout->records;
        if (!empty) {
            const QByteArray member =
                QByteArray("\"") + kMemberName + "\": " + serializeRecords(playbook, records, layout->indent);
            return result.replace(span.keyStart, span.valueEnd - span.keyStart, member);
        }
        // Removed with one of its commas, so the rest stays valid JSON.
        if (layout->recordsPrecedingComma >= 0)
            return result.remove(layout->recordsPrecedingComma, span.valueEnd - layout->recordsPrecedingComma);
        const qsizetype end =
            layout->recordsFollowingComma >= 0 ? skipSpace(source, layout->recordsFollowingComma + 1) : span.valueEnd;
        return result.remove(span.keyStart, end - span.keyStart);
    }
    if (empty)
        return result;
    // Appended as the last member, on a line of its own.
    const QByteArray member = QByteArray(",\n") + layout->indent + "\"" + kMemberName +
                              "\": " + serializeRecords(playbook, records, layout->indent);
    return result.insert(layout->lastValueEnd, member);
}

void checkTranslationRecords(const Playbook &playbook, DiagnosticSink &sink)
{
    if (playbook.translatedFrom.isEmpty())
        return;
    QHash<QString, const LocalizedText *> texts;
    playbook.forEachText([&](const LocalizedText &text) { texts.insert(text.key, &text); });
    const std::string member = json::appendPointer("", kMemberName);
    for (auto locale = playbook.translatedFrom.constBegin(); locale != playbook.translatedFrom.constEnd(); ++locale) {
        const std::string localeAt = json::appendPointer(member, locale.key().toStdString());
        if (locale.key() == playbook.baseLocale || !playbook.locales.contains(locale.key())) {
            sink.warningAtKey(
                QStringLiteral("unknown-translation-record"), localeAt,
                DiagnosticText(QT_TRANSLATE_NOOP(
                                   "steadyline::Diagnostic",
                                   "'translatedFrom' has records for \"%1\", which is not a translated locale of this "
                                   "playbook ('locales' beside the base locale \"%2\"); remove them."))
                    .arg(locale.key(), playbook.baseLocale));
            continue;
        }
        for (auto record = locale->constBegin(); record != locale->constEnd(); ++record) {
            const LocalizedText *text = texts.value(record.key());
            if (!text) {
                sink.warningAtKey(
                    QStringLiteral("unknown-translation-record"),
                    json::appendPointer(localeAt, record.key().toStdString()),
                    DiagnosticText(QT_TRANSLATE_NOOP(
                                       "steadyline::Diagnostic",
                                       "'translatedFrom' records a \"%1\" translation of the text \"%2\", which this "
                                       "playbook does not have (renamed or removed?); 'steadyline i18n-status "
                                       "--mark-current %1 FILE' tidies the records."))
                        .arg(locale.key(), record.key()));
                continue;
            }
            if (translationState(playbook, *text, locale.key()) == TranslationState::Stale)
                sink.warningAtKey(
                    QStringLiteral("stale-translation"), json::appendPointer(text->pointer, locale.key().toStdString()),
                    DiagnosticText(
                        QT_TRANSLATE_NOOP(
                            "steadyline::Diagnostic",
                            "the \"%1\" text of \"%2\" was translated from an earlier \"%3\" text; check the "
                            "translation, then run 'steadyline i18n-status --mark-current %1 FILE'."))
                        .arg(locale.key(), record.key(), playbook.baseLocale));
        }
    }
}

} // namespace steadyline
