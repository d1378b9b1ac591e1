#pragma once

#include "journal/journal.h"
#include "trainingrun.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace steadyline {

// The journal row for a finished rehearsal: the result's score and mistakes with the scenario's
// id, revision, title and language copied in, so the progress view reads without the scenario
// file (which may have changed or gone). `callId` is the rehearsal's training call record, 0 if
// none. The mistakes become the JSON array [{turn, code, critical, message, advice}].
[[nodiscard]] journal::TrainingAttempt attemptFromResult(const TrainingResult &result, const Scenario &scenario,
                                                         qint64 callId, QDateTime finishedAt);

// Keeps a finished rehearsal for the trainee's progress view, apart from real calls.
journal::WriteResult storeAttempt(journal::Journal &journal, const TrainingResult &result, const Scenario &scenario,
                                  qint64 callId, const QDateTime &finishedAt);

// The JSON array the journal stores for these mistakes.
[[nodiscard]] QString mistakesToJson(const std::vector<TrainingMistake> &mistakes);

// The mistakes of a stored attempt; nothing (not an empty list) when the text is not such an
// array, so a damaged row is told apart from a faultless attempt. Missing members are empty.
[[nodiscard]] std::optional<std::vector<TrainingMistake>> mistakesFromJson(const QString &json);

} // namespace steadyline
