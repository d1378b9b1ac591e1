#pragma once

#include "diagnostictext.h"

#include <QString>

#include <vector>

namespace steadyline {

enum class Severity { Warning, Error };

// One finding about a file a user handed us: where it is and what would fix it.
struct Diagnostic
{
    Severity severity = Severity::Error;
    QString code;    // stable, kebab-case: scripts and tests match on it
    QString message; // in English: says what is wrong and what would fix it
    QString file;
    int line = 0;        // 1-based; 0 when the finding is about the whole file
    int column = 0;      // 1-based, in code points
    DiagnosticText text; // the message, to be said in any language (empty: `message` as it is)

    // "FILE:LINE:COL: error CODE: message", the format compilers use, so editors can jump to it.
    // Always English: scripts parse it.
    [[nodiscard]] QString toString() const;
    // The message in the interface language, for a window.
    [[nodiscard]] QString translatedMessage() const;
    // toString() for a window: the severity and message in the interface language, the code as it is.
    [[nodiscard]] QString toTranslatedString() const;
};

using Diagnostics = std::vector<Diagnostic>;

[[nodiscard]] bool hasErrors(const Diagnostics &diagnostics);
[[nodiscard]] QString severityName(Severity severity);

} // namespace steadyline
