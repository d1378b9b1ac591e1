#pragma once

#include <QString>

class QSqlError;

namespace steadyline::journal {

// What SQLite's failures mean for the journal, and how the user is told of them.

inline constexpr int kUnknownCode = -1; // the driver gave no SQLite code (treated as a fault of the disk)
inline constexpr int kLogicError = -2;  // the request itself cannot succeed (no such call, ...)

// SQLite's primary result code (the low byte of an extended code); kUnknownCode if there is none.
[[nodiscard]] int sqliteCode(const QSqlError &error);
// The file is damaged: it is moved aside and a new journal started.
[[nodiscard]] bool isCorruption(int code);
// Failures that come from the request (a constraint, a bug), not from the disk: retrying the
// same write can never succeed, so it is not queued.
[[nodiscard]] bool isPermanent(int code);
// What went wrong, in the user's words and language, then SQLite's code for whoever helps them:
// "The disk is full, so the journal cannot be written. (SQLite error 13)". SQLite's own English
// text is not shown.
[[nodiscard]] QString sqliteErrorText(const QSqlError &error);

} // namespace steadyline::journal
