#include "schemamigrator.h"

#include "serverconnection.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <set>

namespace steadyline::server {

namespace {

// Serialises two admins migrating at once; held until the transaction ends.
const QString kMigrationLock = QStringLiteral("SELECT pg_advisory_xact_lock(hashtext('steadyline schema migration'))");

std::vector<Migration> readMigrations()
{
    static const QRegularExpression name(QStringLiteral("^(\\d{4})_([a-z0-9_]+)\\.sql$"));
    std::vector<Migration> migrations;
    const QDir folder(QStringLiteral(":/server/migrations"));
    for (const QString &file : folder.entryList(QDir::Files, QDir::Name)) {
        const QRegularExpressionMatch match = name.match(file);
        QFile sql(folder.filePath(file));
        if (!match.hasMatch() || !sql.open(QIODevice::ReadOnly))
            continue;
        migrations.push_back({match.captured(1).toInt(), match.captured(2).replace(QLatin1Char('_'), QLatin1Char(' ')),
                              QString::fromUtf8(sql.readAll())});
    }
    std::sort(migrations.begin(), migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return migrations;
}

// The first value of a one-row query, or an invalid QVariant with `error` set.
QVariant singleValue(QSqlDatabase &database, const QString &sql, QString *error)
{
    QSqlQuery query(database);
    if (!query.exec(sql)) {
        *error = serverErrorText(query.lastError());
        return {};
    }
    return query.next() ? query.value(0) : QVariant();
}

} // namespace

const std::vector<Migration> &bundledMigrations()
{
    static const std::vector<Migration> migrations = readMigrations();
    return migrations;
}

int latestSchemaVersion()
{
    const auto &migrations = bundledMigrations();
    return migrations.empty() ? 0 : migrations.back().version;
}

bool schemaIsCurrent(QSqlDatabase database, QString *error)
{
    // server_info() is the one thing every Steadyline login may call, admins included.
    const QVariant installed =
        singleValue(database, QStringLiteral("SELECT to_regprocedure('steadyline.server_info()') IS NOT NULL"), error);
    if (!installed.isValid())
        return false;
    if (!installed.toBool()) {
        *error = QStringLiteral("the database '%1' has no Steadyline schema yet: run steadyline server init first.")
                     .arg(database.databaseName());
        return false;
    }
    const QVariant version =
        singleValue(database, QStringLiteral("SELECT schema_version FROM steadyline.server_info()"), error);
    if (!version.isValid())
        return false;
    if (version.toInt() > latestSchemaVersion()) {
        *error = QStringLiteral("the server's schema is version %1, newer than this program knows (%2): use a newer "
                                "Steadyline.")
                     .arg(version.toInt())
                     .arg(latestSchemaVersion());
        return false;
    }
    if (version.toInt() < latestSchemaVersion()) {
        *error = QStringLiteral("the server's schema is version %1; this program needs %2: run steadyline server init "
                                "to migrate it.")
                     .arg(version.toInt())
                     .arg(latestSchemaVersion());
        return false;
    }
    return true;
}

SchemaMigrator::SchemaMigrator(QSqlDatabase database)
    : m_database(std::move(database))
{}

MigrationOutcome SchemaMigrator::migrate()
{
    MigrationOutcome outcome;
    if (!m_database.transaction()) {
        outcome.error = QStringLiteral("cannot start a transaction: %1").arg(serverErrorText(m_database.lastError()));
        return outcome;
    }
    const auto fail = [&](const QString &error) {
        m_database.rollback();
        outcome.error = error;
        return outcome;
    };
    QSqlQuery lock(m_database);
    if (!lock.exec(kMigrationLock))
        return fail(serverErrorText(lock.lastError()));

    QString error;
    const int installed = installedVersion(&error);
    if (installed < 0)
        return fail(error);
    outcome.versionBefore = installed;
    outcome.versionAfter = installed;
    if (installed > latestSchemaVersion())
        return fail(QStringLiteral("the database's Steadyline schema is version %1, newer than this program knows "
                                   "(%2). Use the Steadyline release that made it, or a newer one; nothing was "
                                   "changed.")
                        .arg(installed)
                        .arg(latestSchemaVersion()));
    // Every bundled version not recorded yet, in order of version: a database made by a build
    // that lacked one (two branches each adding a migration) gets the missing one later too.
    std::vector<const Migration *> missing;
    if (installed > 0) {
        const std::set<int> applied = appliedVersions(&error);
        if (!error.isEmpty())
            return fail(error);
        for (const Migration &migration : bundledMigrations())
            if (!applied.contains(migration.version))
                missing.push_back(&migration);
    } else {
        for (const Migration &migration : bundledMigrations())
            missing.push_back(&migration);
    }
    if (!missing.empty()) {
        const QVariant superuser = singleValue(
            m_database, QStringLiteral("SELECT rolsuper FROM pg_catalog.pg_roles WHERE rolname = current_user"),
            &error);
        if (!superuser.toBool())
            return fail(QStringLiteral("the schema and its roles can only be created by a superuser of the cluster "
                                       "(for example postgres); connect as one. Nothing was changed."));
    }
    for (const Migration *migration : missing) {
        if (!apply(*migration, &error))
            return fail(QStringLiteral("migration %1 (%2) failed: %3. Nothing was changed.")
                            .arg(migration->version)
                            .arg(migration->description, error));
        outcome.versionAfter = std::max(outcome.versionAfter, migration->version);
        ++outcome.migrationsApplied;
    }
    if (!m_database.commit())
        return fail(QStringLiteral("the changes could not be committed: %1. Nothing was changed.")
                        .arg(serverErrorText(m_database.lastError())));
    outcome.ok = true;
    return outcome;
}

int SchemaMigrator::installedVersion(QString *error)
{
    const QVariant versionTable =
        singleValue(m_database, QStringLiteral("SELECT to_regclass('steadyline.schema_version') IS NOT NULL"), error);
    if (!versionTable.isValid())
        return -1;
    if (versionTable.toBool()) {
        const QVariant version = singleValue(
            m_database, QStringLiteral("SELECT coalesce(max(version), 0) FROM steadyline.schema_version"), error);
        return version.isValid() ? version.toInt() : -1;
    }
    // No Steadyline schema yet: the database must hold nothing else, so that init never mixes
    // its tables (and their privileges) into another application's database.
    const QVariant foreign = singleValue(m_database, QStringLiteral(R"(
SELECT n.nspname || '.' || c.relname
FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
ORDER BY 1 LIMIT 1)"),
                                         error);
    if (!error->isEmpty())
        return -1;
    const QVariant steadylineSchema = singleValue(
        m_database, QStringLiteral("SELECT count(*) FROM pg_catalog.pg_namespace WHERE nspname = 'steadyline'"), error);
    if (foreign.isValid() || steadylineSchema.toInt() > 0) {
        const QString what = foreign.isValid() ? QStringLiteral("its table %1").arg(foreign.toString())
                                               : QStringLiteral("a schema named steadyline without a version");
        *error = QStringLiteral("the database '%1' belongs to another application (%2). Give Steadyline a database "
                                "of its own (createdb steadyline); nothing was changed.")
                     .arg(m_database.databaseName(), what);
        return -1;
    }
    return 0;
}

std::set<int> SchemaMigrator::appliedVersions(QString *error)
{
    std::set<int> versions;
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT version FROM steadyline.schema_version"))) {
        *error = serverErrorText(query.lastError());
        return versions;
    }
    while (query.next())
        versions.insert(query.value(0).toInt());
    return versions;
}

bool SchemaMigrator::apply(const Migration &migration, QString *error)
{
    // A migration file is several statements; without bound values QPSQL sends it as one simple
    // query, which PostgreSQL runs statement by statement inside the open transaction.
    QSqlQuery script(m_database);
    if (!script.exec(migration.sql)) {
        *error = serverErrorText(script.lastError());
        return false;
    }
    QSqlQuery record(m_database);
    if (!record.exec(QStringLiteral("RESET ROLE"))) {
        *error = serverErrorText(record.lastError());
        return false;
    }
    record.prepare(QStringLiteral("INSERT INTO steadyline.schema_version (version, description) VALUES (?, ?)"));
    record.addBindValue(migration.version);
    record.addBindValue(migration.description);
    if (!record.exec()) {
        *error = serverErrorText(record.lastError());
        return false;
    }
    return true;
}

} // namespace steadyline::server
