#pragma once

#include "common/diagnosticsink.h"
#include "playbook.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <vector>

// Which base text each translation was made from, so a changed base text shows its translations
// as stale. A playbook records it in its optional `translatedFrom` member:
//
//   "translatedFrom": { "pl": { "title": "3f1c0a9b2e7d", "steps.boundary.say.0": "…" } }
//
// locale → text key → the fingerprint of the base-locale text the translation was made from.
// `steadyline i18n-status --mark-current LOCALE FILE` writes it (docs/playbook-format.md).

namespace steadyline {

// The first 12 hex digits of the SHA-256 of the text (Unicode NFC, UTF-8): short enough to
// read in a diff, long enough that two different texts never share one in practice.
[[nodiscard]] QString textFingerprint(const QString &text);
[[nodiscard]] bool isTextFingerprint(QStringView text);

enum class TranslationState {
    Current,   // translated from the base text as it is now
    Stale,     // translated from an earlier base text
    Missing,   // no text in this locale
    Untracked, // translated, but no record of the base text it was made from
};

struct LocaleTranslationStatus
{
    QString locale;
    int current = 0;
    int stale = 0;
    int missing = 0;
    int untracked = 0;
    QStringList staleKeys;
    QStringList missingKeys;
    QStringList untrackedKeys;
};

struct TranslationReport
{
    QString baseLocale;
    int texts = 0;                                // texts with a base-locale version
    std::vector<LocaleTranslationStatus> locales; // every declared locale except the base, in file order
};

[[nodiscard]] TranslationState translationState(const Playbook &playbook, const LocalizedText &text,
                                                const QString &locale);
[[nodiscard]] TranslationReport translationReport(const Playbook &playbook);

// The playbook's records with those of `locale` replaced: every text translated into `locale`
// marked as made from the current base text; records of texts that no longer exist dropped.
[[nodiscard]] QHash<QString, QHash<QString, QString>> recordsMarkedCurrent(const Playbook &playbook,
                                                                           const QString &locale);

// `source` (a playbook file's bytes) with its `translatedFrom` member set to `records` (removed
// when empty), everything else byte for byte as written. Null if `source` is not a JSON object.
[[nodiscard]] std::optional<QByteArray> withTranslationRecords(const QByteArray &source, const Playbook &playbook,
                                                               const QHash<QString, QHash<QString, QString>> &records);

// Warnings about the records: a locale or text that does not exist, a translation made from
// an earlier base text. The PlaybookChecker calls it.
void checkTranslationRecords(const Playbook &playbook, DiagnosticSink &sink);

} // namespace steadyline
