#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <vector>

namespace steadyline::journal {

// The journal's schema version, stored in `PRAGMA user_version`. A database at version N is
// brought to the current one by running migrations()[N], [N+1], ... in order, each in its own
// transaction together with the new user_version, so a crash between steps leaves a database
// at a consistent earlier version that the next start continues from.
inline constexpr int kSchemaVersion = 5;

struct MigrationContext
{
    bool fullTextSearch = true; // FTS5 is available (false: the search table is a plain table)
};

struct Migration
{
    int fromVersion = 0;
    const char *description = "";
    // The statements for this step; the context says which features the SQLite library has.
    QStringList (*statements)(const MigrationContext &context) = nullptr;
};

// The moment of a team row (its `at`, a call's start) as SQL on team_rows.data: queries must say
// it exactly so to use the index of schema version 5.
[[nodiscard]] inline QString teamRowMomentSql()
{
    return QStringLiteral("julianday(coalesce(json_extract(data, '$.at'), json_extract(data, '$.started_at')))");
}

// Index i migrates version i to version i + 1; its size is kSchemaVersion.
[[nodiscard]] const std::vector<Migration> &migrations();

// Whether this SQLite library has FTS5 (probed with a temporary table).
[[nodiscard]] bool sqliteHasFts5(const QSqlDatabase &db);

} // namespace steadyline::journal
