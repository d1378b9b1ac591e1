// Opening the journal: its folder and file made private, the connection and its pragmas, the
// integrity check, the schema version and migration, and a damaged file moved aside.
#include "journal/damagedjournal.h"
#include "journal/journal_p.h"
#include "journal/journallog.h"
#include "journal/permissions.h"
#include "journal/schema.h"
#include "journal/sqliteerror.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>

namespace steadyline::journal {

namespace {

std::atomic<int> g_connectionCounter{0};

} // namespace

Journal::Impl::Attempt Journal::Impl::connect(const OpenOptions &options, QString *error)
{
    connection = QStringLiteral("steadyline-journal-%1").arg(++g_connectionCounter);
    db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(file);
    const PrivateUmask privateFiles;
    if (!db.open()) {
        const QSqlError failure = db.lastError();
        if (isCorruption(sqliteCode(failure)))
            return Attempt::Corrupt;
        *error = QCoreApplication::translate("steadyline::journal", "The journal %1 cannot be opened. %2")
                     .arg(file, sqliteErrorText(failure));
        return Attempt::Failed;
    }
    QSqlQuery q(db);
    // Classifies a failed statement: damage means starting afresh, anything else stops.
    const auto failed = [&](const QString &what) {
        const QSqlError failure = q.lastError();
        const int code = sqliteCode(failure);
        journalLog()->warn("opening the journal: {} failed (SQLite code {})", what.toStdString(), code);
        if (isCorruption(code))
            return Attempt::Corrupt;
        *error = QCoreApplication::translate("steadyline::journal", "The journal %1 cannot be opened. %2")
                     .arg(file, sqliteErrorText(failure));
        return Attempt::Failed;
    };
    if (!q.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(options.busyTimeoutMs)))
        return failed(QStringLiteral("busy_timeout"));
    if (!q.exec(QStringLiteral("PRAGMA quick_check")))
        return failed(QStringLiteral("quick_check"));
    QStringList problems;
    while (q.next())
        problems << q.value(0).toString();
    if (q.lastError().isValid())
        return failed(QStringLiteral("quick_check"));
    if (problems != QStringList{QStringLiteral("ok")}) {
        journalLog()->warn("the journal fails quick_check ({} problems)", problems.size());
        return Attempt::Corrupt;
    }
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
        return failed(QStringLiteral("journal_mode"));
    if (!q.next() || q.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0) {
        *error = QCoreApplication::translate("steadyline::journal",
                                             "The journal %1 cannot be opened: its folder does not allow the "
                                             "write-ahead log SQLite needs. Check that the folder may be written.")
                     .arg(file);
        return Attempt::Failed;
    }
    // A committed note must survive a power loss: every commit waits for the disk. Deleted
    // calls are overwritten, not left readable in free pages.
    for (const QString &pragma :
         {QStringLiteral("PRAGMA foreign_keys = ON"), QStringLiteral("PRAGMA synchronous = FULL"),
          QStringLiteral("PRAGMA secure_delete = ON")}) {
        if (!q.exec(pragma))
            return failed(pragma);
    }
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return failed(QStringLiteral("user_version"));
    const int version = q.value(0).toInt();
    q.finish();
    if (version > kSchemaVersion) {
        *error = QCoreApplication::translate("steadyline::journal",
                                             "The journal %1 was written by a newer version of Steadyline (schema "
                                             "%2; this version reads up to %3). Update Steadyline to open it.")
                     .arg(file, QString::number(version), QString::number(kSchemaVersion));
        return Attempt::Failed;
    }
    if (version < kSchemaVersion) {
        const Attempt migrated = migrate(version, options, error);
        if (migrated != Attempt::Ready)
            return migrated;
    }
    // A database that is locked by another program or cannot be written is found now, not
    // at the first note.
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return failed(QStringLiteral("the write check"));
    q.exec(QStringLiteral("ROLLBACK"));
    if (!q.exec(QStringLiteral("SELECT sql FROM sqlite_schema WHERE name = 'search'")) || !q.next())
        return failed(QStringLiteral("reading the schema"));
    fullTextSearch = q.value(0).toString().contains(QStringLiteral("fts5"), Qt::CaseInsensitive);
    q.finish();
    tightenCompanionFiles(file);
    return Attempt::Ready;
}

Journal::Impl::Attempt Journal::Impl::migrate(int from, const OpenOptions &options, QString *error)
{
    MigrationContext context;
    context.fullTextSearch = options.allowFullTextSearch && sqliteHasFts5(db);
    if (!context.fullTextSearch)
        journalLog()->warn("SQLite has no FTS5 (or it is turned off); search uses LIKE");
    QSqlQuery q(db);
    for (int version = from; version < kSchemaVersion; ++version) {
        const Migration &step = migrations()[static_cast<std::size_t>(version)];
        QStringList statements = step.statements(context);
        statements << QStringLiteral("PRAGMA user_version = %1").arg(version + 1);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            *error = QCoreApplication::translate("steadyline::journal", "The journal %1 cannot be upgraded. %2")
                         .arg(file, sqliteErrorText(q.lastError()));
            return isCorruption(sqliteCode(q.lastError())) ? Attempt::Corrupt : Attempt::Failed;
        }
        for (const QString &statement : statements) {
            if (!q.exec(statement)) {
                const QSqlError failure = q.lastError();
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                journalLog()->error("migration {} → {} failed (SQLite code {})", version, version + 1,
                                    sqliteCode(failure));
                *error = QCoreApplication::translate("steadyline::journal",
                                                     "The journal %1 cannot be upgraded from version %2. %3")
                             .arg(file, QString::number(version), sqliteErrorText(failure));
                return isCorruption(sqliteCode(failure)) ? Attempt::Corrupt : Attempt::Failed;
            }
        }
        if (!q.exec(QStringLiteral("COMMIT"))) {
            const QSqlError failure = q.lastError();
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            *error = QCoreApplication::translate("steadyline::journal", "The journal %1 cannot be upgraded. %2")
                         .arg(file, sqliteErrorText(failure));
            return Attempt::Failed;
        }
        journalLog()->info("journal schema migrated {} → {}: {}", version, version + 1, step.description);
    }
    return Attempt::Ready;
}

std::unique_ptr<Journal> Journal::open(const QString &dataDir, QString *error, const Clock &clock)
{
    OpenOptions options;
    options.dataDir = dataDir;
    options.clock = &clock;
    return open(options, error);
}

std::unique_ptr<Journal> Journal::open(const OpenOptions &options, QString *error)
{
    QString ignored;
    QString &message = error ? *error : ignored;
    message.clear();
    if (options.dataDir.isEmpty()) {
        message = QCoreApplication::translate("steadyline::journal", "No folder was given for the journal.");
        return nullptr;
    }
    const QString dir = QDir::cleanPath(QDir(options.dataDir).absolutePath());
    if (options.onlyToRead && !QFileInfo::exists(QDir(dir).filePath(kJournalFileName))) {
        message = QCoreApplication::translate("steadyline::journal", "There is no journal in %1.").arg(dir);
        return nullptr;
    }
    std::optional<MovedAside> damaged;
    // The second round only follows a damaged file being moved aside.
    for (int round = 0; round < 2; ++round) {
        if (!ensurePrivateFolder(dir, &message))
            return nullptr;
        auto impl = std::make_unique<Impl>();
        impl->file = QDir(dir).filePath(kJournalFileName);
        impl->clock = options.clock ? options.clock : &SystemClock::instance();
        if (damaged) {
            impl->recoveryMessage = damaged->message;
            impl->movedAside = damaged->path;
        }
        if (!ensurePrivateFile(impl->file, &message))
            return nullptr;
        const Impl::Attempt attempt =
            hasSqliteHeader(impl->file) ? impl->connect(options, &message) : Impl::Attempt::Corrupt;
        if (attempt == Impl::Attempt::Ready) {
            journalLog()->info("journal open (schema {}, {})", kSchemaVersion,
                               impl->fullTextSearch ? "full-text search" : "LIKE search");
            message.clear();
            return std::unique_ptr<Journal>(new Journal(std::move(impl)));
        }
        impl->close();
        if (attempt == Impl::Attempt::Failed) {
            journalLog()->error("the journal cannot be opened");
            return nullptr;
        }
        if (options.onlyToRead) {
            message = QCoreApplication::translate("steadyline::journal",
                                                  "The journal %1 is damaged; nothing was read or changed. Start the "
                                                  "Steadyline window: it moves the damaged file aside (keeping it) "
                                                  "and starts a new one.")
                          .arg(impl->file);
            return nullptr;
        }
        if (round == 1) {
            message = QCoreApplication::translate("steadyline::journal",
                                                  "The journal %1 was damaged and moved aside, but the new one cannot "
                                                  "be used either. Check the disk.")
                          .arg(impl->file);
            return nullptr;
        }
        damaged = moveAside(impl->file, impl->now(), &message);
        if (!damaged)
            return nullptr;
    }
    return nullptr;
}

} // namespace steadyline::journal
