#pragma once

#include "common/diagnostictext.h"

#include <QString>

namespace steadyline {

// Alternatives written out in a text ("Panu/Pani", "ho/ji", "zmuszony(a)") that would reach the
// screen as written instead of the one form that fits the caller or the consultant.
struct UnrenderedForm
{
    qsizetype offset = -1; // UTF-16 offset of the form's first character; -1 if none
    QString text;
};

// The first such form in the raw text of a playbook. Slashes that are meant are not forms: a
// unit ("250 Kč/měsíc", "kWh/měsíc"), a number ("24/7"), a web address ("www.energie.cz/odecet")
// and a slash written "{/}" (review §4.6).
[[nodiscard]] UnrenderedForm findUnrenderedForm(const QString &text);

// Placeholder examples in the language of the text ("{address:ho|ji} or {agent:nucen|nucena}"
// for "cs"), so the advice reads like the author's own file.
[[nodiscard]] DiagnosticText placeholderExamples(const QString &locale);

} // namespace steadyline
