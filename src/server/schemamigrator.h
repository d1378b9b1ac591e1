#pragma once

#include <QSqlDatabase>
#include <QString>

#include <set>
#include <vector>

namespace steadyline::server {

// One step of the server's schema: migrations/NNNN_words.sql, built in as a resource.
struct Migration
{
    int version = 0;
    QString description; // the file name's words
    QString sql;
};

// The migrations this program carries, in order of version.
[[nodiscard]] const std::vector<Migration> &bundledMigrations();

// The newest version this program knows.
[[nodiscard]] int latestSchemaVersion();

// Whether the database's schema is the one this program knows, for commands that use it (not
// for init, which makes it so). false with a plain sentence in `error` otherwise.
[[nodiscard]] bool schemaIsCurrent(QSqlDatabase database, QString *error);

struct MigrationOutcome
{
    bool ok = false;
    int versionBefore = 0; // 0: the database had no Steadyline schema
    int versionAfter = 0;
    int migrationsApplied = 0; // 0: the schema was current, nothing changed
    QString error;             // when !ok: what is wrong and what to do, in plain words
};

// Brings a database to the newest schema, in one transaction: everything or nothing. Refuses a
// database that holds another application's tables, a schema newer than this program, and a
// caller who may not create roles. Running it again on an up-to-date database changes nothing.
class SchemaMigrator
{
public:
    explicit SchemaMigrator(QSqlDatabase database);

    [[nodiscard]] MigrationOutcome migrate();

private:
    // The installed version (0: none), or -1 with `error` set when the database is not ours.
    [[nodiscard]] int installedVersion(QString *error);
    // The versions recorded in steadyline.schema_version.
    [[nodiscard]] std::set<int> appliedVersions(QString *error);
    [[nodiscard]] bool apply(const Migration &migration, QString *error);

    QSqlDatabase m_database;
};

} // namespace steadyline::server
