#pragma once

#include "diagnostictext.h"

#include <QString>
#include <QStringList>

namespace steadyline {

// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo;
// otherwise an empty string.
[[nodiscard]] QString closestMatch(const QString &word, const QStringList &candidates);

// " Did you mean 'x'?" or an empty string, ready to append to a message.
[[nodiscard]] DiagnosticText didYouMean(const QString &word, const QStringList &candidates);

} // namespace steadyline
