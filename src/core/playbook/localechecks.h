#pragma once

#include "common/diagnosticsink.h"
#include "playbook.h"

namespace steadyline {

// Which languages each text is written in: a text with no version in the base locale (an error:
// consultants would see another language), a missing translation, a version in a locale that is
// not declared — with "did you mean" for a misspelt locale ("cz" for "cs") and one summary line
// for a locale left out of 'locales' rather than one warning per text (review §4.3, §4.9).
void checkTextLocales(const Playbook &playbook, DiagnosticSink &sink);

// The locale among `candidates` that `written` is a likely slip for: one letter off ("cz" → "cs")
// or a country code written for the language ("ua" → "uk"); empty if none.
[[nodiscard]] QString likelyLocale(const QString &written, const QStringList &candidates);

} // namespace steadyline
