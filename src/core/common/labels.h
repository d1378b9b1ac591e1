#pragma once

#include "playbooksource.h"

#include <QString>

#include <optional>

namespace steadyline {

enum class CallOutcome; // playbook/playbook.h

// The words the user reads for the app's enums, one function each, so that the windows, the
// reports and the command line never word the same thing differently.

// "resolved", "the caller hung up", …; "not ended" for a call without an outcome (translated).
[[nodiscard]] QString callOutcomeLabel(std::optional<CallOutcome> outcome);
// The same words untranslated: the call report is written in English whatever the interface
// language is.
[[nodiscard]] QString callOutcomeEnglishLabel(std::optional<CallOutcome> outcome);

// "built in", "team folder", "your folder" (translated).
[[nodiscard]] QString playbookSourceLabel(PlaybookSource source);

} // namespace steadyline
