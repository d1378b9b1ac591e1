#include "journal.h"

#include "journal/timestamp.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <deque>
#include <functional>
#include <iterator>
#include <unordered_map>
#include <variant>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace steadyline::journal {

namespace {

// Only ids, counts and SQLite result codes are logged: never a note, a name or a case reference.
std::shared_ptr<spdlog::logger> logger()
{
    static const auto instance = [] {
        auto existing = spdlog::get("journal");
        return existing ? existing : spdlog::default_logger()->clone("journal");
    }();
    return instance;
}

// The journal keeps at most this many writes in memory while the database cannot be written.
constexpr std::size_t kMaxPendingWrites = 10000;

// SQLite's primary result codes (the low byte of an extended code).
enum SqliteCode : int {
    kSqliteError = 1,
    kSqliteBusy = 5,
    kSqliteLocked = 6,
    kSqliteNoMem = 7,
    kSqliteReadOnly = 8,
    kSqliteIoErr = 10,
    kSqliteCorrupt = 11,
    kSqliteFull = 13,
    kSqliteCantOpen = 14,
    kSqliteTooBig = 18,
    kSqliteConstraint = 19,
    kSqliteMismatch = 20,
    kSqliteRange = 25,
    kSqliteNotADb = 26,
};
constexpr int kUnknownCode = -1; // the driver gave no SQLite code (treated as a fault of the disk)
constexpr int kLogicError = -2;  // the request itself cannot succeed (no such call, ...)

int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : kUnknownCode;
}

bool isCorruption(int code)
{
    return code == kSqliteCorrupt || code == kSqliteNotADb;
}

// Failures that come from the request (a constraint, a bug), not from the disk: retrying the
// same write can never succeed, so it is not queued.
bool isPermanent(int code)
{
    switch (code) {
    case kSqliteError:
    case kSqliteTooBig:
    case kSqliteConstraint:
    case kSqliteMismatch:
    case kSqliteRange:
    case kLogicError: return true;
    default: return false;
    }
}

QString plainWords(int code)
{
    switch (code) {
    case kSqliteBusy:
    case kSqliteLocked:
        return QStringLiteral("The journal is in use by another program (perhaps Steadyline is running twice).");
    case kSqliteNoMem: return QStringLiteral("The computer ran out of memory while using the journal.");
    case kSqliteReadOnly: return QStringLiteral("The journal cannot be written: the file or its folder is read-only.");
    case kSqliteIoErr: return QStringLiteral("The disk reported an error while writing the journal.");
    case kSqliteCorrupt:
    case kSqliteNotADb: return QStringLiteral("The journal file is damaged.");
    case kSqliteFull: return QStringLiteral("The disk is full, so the journal cannot be written.");
    case kSqliteCantOpen:
        return QStringLiteral("The journal file cannot be opened: check that its folder exists and may be written.");
    case kSqliteConstraint:
        return QStringLiteral("The journal refused the entry because it does not fit the record "
                              "(for example, its call is not in the journal).");
    default: return QStringLiteral("The journal could not be used.");
    }
}

QString describe(const QSqlError &error)
{
    const int code = sqliteCode(error);
    QString text = plainWords(code);
    const QString detail = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    if (!detail.isEmpty())
        text += QStringLiteral(" (SQLite: %1)").arg(detail);
    return text;
}

QString systemError(int errorNumber)
{
    return QString::fromLocal8Bit(std::strerror(errorNumber));
}

// Makes `dir` exist with mode 0700, tightening an existing folder's group and other bits.
bool ensurePrivateFolder(const QString &dir, QString *error)
{
    const QByteArray path = QFile::encodeName(dir);
    struct stat info = {};
    if (::stat(path.constData(), &info) != 0) {
        if (errno != ENOENT) {
            *error = QStringLiteral("The journal folder %1 cannot be used: %2.").arg(dir, systemError(errno));
            return false;
        }
        const QString parent = QFileInfo(dir).absolutePath();
        if (!QDir().mkpath(parent)) {
            *error = QStringLiteral("The journal folder %1 cannot be created.").arg(parent);
            return false;
        }
        if (::mkdir(path.constData(), 0700) != 0 && errno != EEXIST) {
            *error = QStringLiteral("The journal folder %1 cannot be created: %2.").arg(dir, systemError(errno));
            return false;
        }
        if (::stat(path.constData(), &info) != 0) {
            *error = QStringLiteral("The journal folder %1 cannot be used: %2.").arg(dir, systemError(errno));
            return false;
        }
    }
    if (!S_ISDIR(info.st_mode)) {
        *error = QStringLiteral("The journal folder %1 is a file, not a folder.").arg(dir);
        return false;
    }
    // Another user's folder (a shared /srv, /tmp, a --data-dir someone made first) could be
    // read or swapped by them: the journal is kept only in a folder of the user's own.
    if (info.st_uid != ::geteuid()) {
        *error = QStringLiteral("The journal folder %1 belongs to another user. Steadyline keeps the journal only in "
                                "a folder of your own; choose another one with --data-dir.")
                     .arg(dir);
        return false;
    }
    if ((info.st_mode & 077) != 0 && ::chmod(path.constData(), 0700) != 0) {
        *error = QStringLiteral("The journal folder %1 cannot be made private (readable by you alone): %2.")
                     .arg(dir, systemError(errno));
        return false;
    }
    return true;
}

// Creates `file` with mode 0600 if it does not exist (so SQLite never creates it with the
// umask's mode) and tightens an existing one; fails if it cannot be opened for writing.
bool ensurePrivateFile(const QString &file, QString *error)
{
    const QByteArray path = QFile::encodeName(file);
    // O_NOFOLLOW: a link planted in the folder never leads the journal elsewhere.
    const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        const int failure = errno;
        if (failure == ELOOP)
            *error =
                QStringLiteral("The journal %1 is a symbolic link; Steadyline opens only the file itself.").arg(file);
        else if (failure == EACCES || failure == EPERM || failure == EROFS)
            *error = QStringLiteral("The journal %1 cannot be written: %2. Check the permissions of the file and "
                                    "its folder.")
                         .arg(file, systemError(failure));
        else
            *error = QStringLiteral("The journal %1 cannot be opened: %2.").arg(file, systemError(failure));
        return false;
    }
    struct stat info = {};
    QString refusal;
    if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode))
        refusal = QStringLiteral("The journal %1 is not a regular file.").arg(file);
    else if (info.st_uid != ::geteuid())
        refusal = QStringLiteral("The journal %1 belongs to another user, who could read it; Steadyline does not "
                                 "write into it. Move it away or choose another folder with --data-dir.")
                      .arg(file);
    else if ((info.st_mode & 077) != 0 && ::fchmod(fd, 0600) != 0)
        refusal = QStringLiteral("The journal %1 cannot be made private (readable by you alone): %2.")
                      .arg(file, systemError(errno));
    ::close(fd);
    if (!refusal.isEmpty()) {
        *error = refusal;
        return false;
    }
    return true;
}

// SQLite gives its -wal and -shm files the database file's mode; this makes sure of it.
void tightenCompanionFiles(const QString &file)
{
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        const QByteArray path = QFile::encodeName(file + suffix);
        struct stat info = {};
        if (::stat(path.constData(), &info) == 0 && (info.st_mode & 077) != 0 && ::chmod(path.constData(), 0600) != 0)
            logger()->warn("the journal's {} file's mode cannot be made 0600", suffix.toStdString());
    }
}

// While SQLite opens and first writes the database, files it creates are private whatever the
// process umask is. (The umask is per process; for that moment other threads' new files are
// private too, which does no harm.)
class PrivateUmask
{
public:
    PrivateUmask()
        : m_previous(::umask(077))
    {}
    ~PrivateUmask() { ::umask(m_previous); }
    PrivateUmask(const PrivateUmask &) = delete;
    PrivateUmask &operator=(const PrivateUmask &) = delete;

private:
    mode_t m_previous;
};

// Whether `file` is empty or starts like an SQLite database. A file that does not is damaged;
// it is found before SQLite opens it, because SQLite, finding no database, would delete a
// -wal file beside it that may hold the last commits.
bool hasSqliteHeader(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return true; // not for this check to decide; opening it will say what is wrong
    if (f.size() == 0)
        return true;
    static const QByteArray header("SQLite format 3\0", 16);
    return f.read(header.size()) == header;
}

std::atomic<int> g_connectionCounter{0};

QString tagsToJson(const QStringList &tags)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(tags)).toJson(QJsonDocument::Compact));
}

QStringList tagsFromJson(const QString &text)
{
    QStringList tags;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const auto &value : array)
        tags << value.toString();
    return tags;
}

QVariant optionalText(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// The start of the day after `now`'s, in `now`'s time zone or offset.
QDateTime startOfTomorrow(const QDateTime &now)
{
    const QDate tomorrow = now.date().addDays(1);
    if (now.timeSpec() == Qt::TimeZone)
        return tomorrow.startOfDay(now.timeZone());
    return tomorrow.startOfDay(now.timeSpec(), now.offsetFromUtc());
}

// --- the writes, as values, so a failed one can wait in memory --------------------------------

struct BeginCallOp
{
    CallStart start;
    QString at;
    qint64 atMs = 0;
};
struct TimelineOp
{
    qint64 callId = 0;
    QString at, kind, stepId, detail;
};
struct NoteOp
{
    qint64 callId = 0;
    QString at, text, tagsJson;
};
struct PromiseOp
{
    qint64 callId = 0;
    QString at, text, caseReference, due;
    std::optional<qint64> dueMs;
};
struct PromiseStatusOp
{
    qint64 promiseId = 0;
    PromiseStatus status = PromiseStatus::Open;
    QString at;
};
struct SaveDraftOp
{
    qint64 callId = 0;
    QString text, at;
};
struct ClearDraftOp
{
    qint64 callId = 0;
};
struct EndCallOp
{
    qint64 callId = 0;
    CallOutcome outcome = CallOutcome::EndedByConsultant;
    QString at;
};
struct InterruptOp
{
    qint64 callId = 0;
    QString at;
};
struct ResumeOp
{
    qint64 callId = 0;
    QString at;
};
struct TrainingAttemptOp
{
    TrainingAttempt attempt;
    QString finishedAt;
    qint64 finishedMs = 0;
};
using Op = std::variant<BeginCallOp, TimelineOp, NoteOp, PromiseOp, PromiseStatusOp, SaveDraftOp, ClearDraftOp,
                        EndCallOp, InterruptOp, ResumeOp, TrainingAttemptOp>;

const char *opName(const Op &op)
{
    static constexpr const char *names[] = {
        "call start",    "timeline event", "note",         "promise",    "promise status",  "draft",
        "draft removal", "call end",       "interruption", "resumption", "training attempt"};
    static_assert(std::size(names) == std::variant_size_v<Op>);
    return names[op.index()];
}

bool isDraftOp(const Op &op, qint64 callId)
{
    if (const auto *save = std::get_if<SaveDraftOp>(&op))
        return save->callId == callId;
    if (const auto *clear = std::get_if<ClearDraftOp>(&op))
        return clear->callId == callId;
    return false;
}

struct Pending
{
    Op op;
    qint64 provisionalId = 0; // for a write that creates a row
};

// What running one write gave.
struct Outcome
{
    bool ok = false;
    int code = 0;
    QString message;
    qint64 id = 0;

    static Outcome success(qint64 newId = 0) { return {true, 0, {}, newId}; }
    static Outcome failure(const QSqlError &error) { return {false, sqliteCode(error), describe(error), 0}; }
    static Outcome refusal(const QString &message) { return {false, kLogicError, message, 0}; }
};

const QString kCallColumns = QStringLiteral("id, started, ended, channel, address, case_reference, playbook_id, "
                                            "playbook_revision, playbook_sha256, locale, outcome, training");
const QString kPromiseColumns =
    QStringLiteral("p.id, p.call_id, p.at, p.text, p.case_reference, p.due, p.status, p.kept_at");

CallRecord callFrom(const QSqlQuery &q)
{
    CallRecord call;
    call.id = q.value(0).toLongLong();
    call.started = parseTimestamp(q.value(1).toString());
    call.ended = parseTimestamp(q.value(2).toString());
    call.channel = channelFromName(q.value(3).toString()).value_or(Channel::Phone);
    call.address = formOfAddressFromName(q.value(4).toString()).value_or(FormOfAddress::FormalMale);
    call.caseReference = q.value(5).toString();
    call.playbookId = q.value(6).toString();
    call.revision = q.value(7).toInt();
    call.sha256 = q.value(8).toString();
    call.locale = q.value(9).toString();
    if (!q.value(10).isNull())
        call.outcome = callOutcomeFromName(q.value(10).toString());
    call.training = q.value(11).toInt() != 0;
    return call;
}

Promise promiseFrom(const QSqlQuery &q)
{
    Promise promise;
    promise.id = q.value(0).toLongLong();
    promise.callId = q.value(1).toLongLong();
    promise.at = parseTimestamp(q.value(2).toString());
    promise.text = q.value(3).toString();
    promise.caseReference = q.value(4).toString();
    promise.due = parseTimestamp(q.value(5).toString());
    promise.status = promiseStatusFromName(q.value(6).toString()).value_or(PromiseStatus::Open);
    promise.keptAt = parseTimestamp(q.value(7).toString());
    return promise;
}

// The words of a search, each kept if it has a letter or digit.
QStringList searchWords(const QString &text)
{
    QStringList words;
    for (const QString &word : text.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (std::any_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); }))
            words << word;
    }
    return words;
}

// One word as an FTS5 query: a quoted string (so no word is read as syntax) matched as a prefix.
QString ftsTerm(QString word)
{
    word.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + word + QStringLiteral("\"*");
}

QString likeTerm(QString word)
{
    word.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    word.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    word.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + word + QLatin1Char('%');
}

enum class Attempt { Ready, Corrupt, Failed };

} // namespace

QString promiseStatusName(PromiseStatus status)
{
    switch (status) {
    case PromiseStatus::Open: return QStringLiteral("open");
    case PromiseStatus::Kept: return QStringLiteral("kept");
    case PromiseStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<PromiseStatus> promiseStatusFromName(const QString &name)
{
    for (PromiseStatus status : {PromiseStatus::Open, PromiseStatus::Kept, PromiseStatus::Cancelled}) {
        if (promiseStatusName(status) == name)
            return status;
    }
    return std::nullopt;
}

struct Journal::Impl
{
    QString connection;
    QSqlDatabase db;
    QString file;
    const Clock *clock = nullptr;
    bool fullTextSearch = true;
    QString recoveryMessage;
    QString movedAside;

    std::deque<Pending> queue;
    qint64 nextProvisional = -1;
    std::unordered_map<qint64, qint64> written; // provisional id → real id

    ~Impl() { close(); }

    void close()
    {
        if (connection.isEmpty())
            return;
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(connection);
        connection.clear();
    }

    [[nodiscard]] QDateTime now() const { return clock->wallNow(); }

    // The real id for `id`; nullopt while a provisional id is still waiting to be written.
    [[nodiscard]] std::optional<qint64> resolve(qint64 id) const
    {
        if (id >= 0)
            return id;
        const auto it = written.find(id);
        if (it == written.end())
            return std::nullopt;
        return it->second;
    }

    // --- opening ---------------------------------------------------------------------------

    Attempt connect(const OpenOptions &options, QString *error)
    {
        connection = QStringLiteral("steadyline-journal-%1").arg(++g_connectionCounter);
        db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(file);
        const PrivateUmask privateFiles;
        if (!db.open()) {
            const QSqlError failure = db.lastError();
            if (isCorruption(sqliteCode(failure)))
                return Attempt::Corrupt;
            *error = QStringLiteral("The journal %1 cannot be opened. %2").arg(file, describe(failure));
            return Attempt::Failed;
        }
        QSqlQuery q(db);
        // Classifies a failed statement: damage means starting afresh, anything else stops.
        const auto failed = [&](const QString &what) {
            const QSqlError failure = q.lastError();
            const int code = sqliteCode(failure);
            logger()->warn("opening the journal: {} failed (SQLite code {})", what.toStdString(), code);
            if (isCorruption(code))
                return Attempt::Corrupt;
            *error = QStringLiteral("The journal %1 cannot be opened. %2").arg(file, describe(failure));
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
            logger()->warn("the journal fails quick_check ({} problems)", problems.size());
            return Attempt::Corrupt;
        }
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")))
            return failed(QStringLiteral("journal_mode"));
        if (!q.next() || q.value(0).toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0) {
            *error = QStringLiteral("The journal %1 cannot be opened: its folder does not allow the write-ahead log "
                                    "SQLite needs. Check that the folder may be written.")
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
            *error = QStringLiteral("The journal %1 was written by a newer version of Steadyline (schema %2; this "
                                    "version reads up to %3). Update Steadyline to open it.")
                         .arg(file)
                         .arg(version)
                         .arg(kSchemaVersion);
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

    Attempt migrate(int from, const OpenOptions &options, QString *error)
    {
        MigrationContext context;
        context.fullTextSearch = options.allowFullTextSearch && sqliteHasFts5(db);
        if (!context.fullTextSearch)
            logger()->warn("SQLite has no FTS5 (or it is turned off); search uses LIKE");
        QSqlQuery q(db);
        for (int version = from; version < kSchemaVersion; ++version) {
            const Migration &step = migrations()[static_cast<std::size_t>(version)];
            QStringList statements = step.statements(context);
            statements << QStringLiteral("PRAGMA user_version = %1").arg(version + 1);
            if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
                *error = QStringLiteral("The journal %1 cannot be upgraded. %2").arg(file, describe(q.lastError()));
                return isCorruption(sqliteCode(q.lastError())) ? Attempt::Corrupt : Attempt::Failed;
            }
            for (const QString &statement : statements) {
                if (!q.exec(statement)) {
                    const QSqlError failure = q.lastError();
                    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                    logger()->error("migration {} → {} failed (SQLite code {})", version, version + 1,
                                    sqliteCode(failure));
                    *error = QStringLiteral("The journal %1 cannot be upgraded from version %2. %3")
                                 .arg(file)
                                 .arg(version)
                                 .arg(describe(failure));
                    return isCorruption(sqliteCode(failure)) ? Attempt::Corrupt : Attempt::Failed;
                }
            }
            if (!q.exec(QStringLiteral("COMMIT"))) {
                const QSqlError failure = q.lastError();
                QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                *error = QStringLiteral("The journal %1 cannot be upgraded. %2").arg(file, describe(failure));
                return Attempt::Failed;
            }
            logger()->info("journal schema migrated {} → {}: {}", version, version + 1, step.description);
        }
        return Attempt::Ready;
    }

    // Moves the damaged file and its companions to journal.sqlite.corrupt-<time>[-wal|-shm].
    bool moveAside(QString *error)
    {
        const QString stamp = now().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"));
        QString target = file + QStringLiteral(".corrupt-") + stamp;
        for (int n = 2; QFileInfo::exists(target) || QFileInfo::exists(target + QStringLiteral("-wal")); ++n)
            target = file + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(n);
        if (!QFile::rename(file, target)) {
            *error = QStringLiteral("The journal %1 is damaged and could not be moved aside to %2. Nothing was "
                                    "deleted; move or repair the file, then start Steadyline again.")
                         .arg(file, target);
            return false;
        }
        // The write-ahead log belongs to the damaged file: left behind, SQLite would apply it to
        // the new one.
        for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")}) {
            if (QFileInfo::exists(file + suffix) && !QFile::rename(file + suffix, target + suffix)) {
                *error = QStringLiteral("The journal %1 is damaged; it was moved to %2, but its %3 file could not "
                                        "be moved. Move it next to %2, then start Steadyline again.")
                             .arg(file, target, suffix);
                return false;
            }
        }
        movedAside = target;
        recoveryMessage = QStringLiteral("The journal was damaged and could not be read, so a new, empty journal "
                                         "was started. The damaged file was kept as %1; earlier calls may be "
                                         "recoverable from it.")
                              .arg(target);
        logger()->warn("damaged journal moved aside; a new one was started");
        return true;
    }

    // --- writing ---------------------------------------------------------------------------

    // Runs `work` inside BEGIN IMMEDIATE … COMMIT; anything failing rolls back.
    Outcome transaction(const std::function<Outcome(QSqlQuery &)> &work)
    {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Outcome::failure(q.lastError());
        Outcome outcome = work(q);
        if (outcome.ok && !q.exec(QStringLiteral("COMMIT")))
            outcome = Outcome::failure(q.lastError());
        if (!outcome.ok)
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK")); // may already be rolled back by SQLite
        return outcome;
    }

    static bool run(QSqlQuery &q, const QString &sql, const QVariantList &values)
    {
        if (!q.prepare(sql))
            return false;
        for (const QVariant &value : values)
            q.addBindValue(value);
        return q.exec();
    }

    Outcome unknownCall() const { return Outcome::refusal(QStringLiteral("That call is not in the journal.")); }
    Outcome waitingCall() const
    {
        return Outcome::refusal(QStringLiteral("The call this belongs to could not be saved, so neither can this."));
    }

    Outcome apply(const BeginCallOp &op)
    {
        return transaction([&](QSqlQuery &q) {
            const CallStart &s = op.start;
            if (!run(q,
                     QStringLiteral("INSERT INTO calls (started, started_ms, channel, address, case_reference, "
                                    "playbook_id, playbook_revision, playbook_sha256, locale, training) "
                                    "VALUES (?, ?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, COALESCE(?, ''), "
                                    "COALESCE(?, ''), ?)"),
                     {op.at, op.atMs, channelName(s.channel), formOfAddressName(s.address), s.caseReference,
                      s.playbookId, s.revision, s.sha256, s.locale, s.training ? 1 : 0}))
                return Outcome::failure(q.lastError());
            return Outcome::success(q.lastInsertId().toLongLong());
        });
    }

    Outcome apply(const TimelineOp &op)
    {
        const auto callId = resolve(op.callId);
        if (!callId)
            return waitingCall();
        return transaction([&](QSqlQuery &q) {
            if (!run(q,
                     QStringLiteral("INSERT INTO timeline (call_id, at, kind, step_id, detail) "
                                    "VALUES (?, ?, ?, COALESCE(?, ''), COALESCE(?, ''))"),
                     {*callId, op.at, op.kind, op.stepId, op.detail}))
                return Outcome::failure(q.lastError());
            return Outcome::success(q.lastInsertId().toLongLong());
        });
    }

    Outcome apply(const NoteOp &op)
    {
        const auto callId = resolve(op.callId);
        if (!callId)
            return waitingCall();
        return transaction([&](QSqlQuery &q) {
            if (!run(q, QStringLiteral("INSERT INTO notes (call_id, at, text, tags) VALUES (?, ?, ?, ?)"),
                     {*callId, op.at, op.text, op.tagsJson}))
                return Outcome::failure(q.lastError());
            return Outcome::success(q.lastInsertId().toLongLong());
        });
    }

    Outcome apply(const PromiseOp &op)
    {
        const auto callId = resolve(op.callId);
        if (!callId)
            return waitingCall();
        return transaction([&](QSqlQuery &q) {
            if (!run(q,
                     QStringLiteral("INSERT INTO promises (call_id, at, text, case_reference, due, due_ms) "
                                    "VALUES (?, ?, ?, COALESCE(?, ''), ?, ?)"),
                     {*callId, op.at, op.text, op.caseReference, optionalText(op.due),
                      op.dueMs ? QVariant(*op.dueMs) : QVariant()}))
                return Outcome::failure(q.lastError());
            return Outcome::success(q.lastInsertId().toLongLong());
        });
    }

    Outcome apply(const PromiseStatusOp &op)
    {
        const auto promiseId = resolve(op.promiseId);
        if (!promiseId)
            return Outcome::refusal(QStringLiteral("That promise could not be saved, so its status cannot be set."));
        return transaction([&](QSqlQuery &q) {
            const bool kept = op.status == PromiseStatus::Kept;
            if (!run(q, QStringLiteral("UPDATE promises SET status = ?, kept_at = ? WHERE id = ?"),
                     {promiseStatusName(op.status), kept ? QVariant(op.at) : QVariant(), *promiseId}))
                return Outcome::failure(q.lastError());
            if (q.numRowsAffected() == 0)
                return Outcome::refusal(QStringLiteral("That promise is not in the journal."));
            return Outcome::success(*promiseId);
        });
    }

    Outcome apply(const SaveDraftOp &op)
    {
        const auto callId = resolve(op.callId);
        if (!callId)
            return waitingCall();
        return transaction([&](QSqlQuery &q) {
            if (!run(q,
                     QStringLiteral("INSERT INTO drafts (call_id, text, updated_at) VALUES (?, COALESCE(?, ''), ?) "
                                    "ON CONFLICT (call_id) DO UPDATE SET text = excluded.text, "
                                    "updated_at = excluded.updated_at"),
                     {*callId, op.text, op.at}))
                return Outcome::failure(q.lastError());
            return Outcome::success();
        });
    }

    Outcome apply(const ClearDraftOp &op)
    {
        const auto callId = resolve(op.callId);
        if (!callId)
            return waitingCall();
        return transaction([&](QSqlQuery &q) {
            if (!run(q, QStringLiteral("DELETE FROM drafts WHERE call_id = ?"), {*callId}))
                return Outcome::failure(q.lastError());
            return Outcome::success();
        });
    }

    // Why an UPDATE of a call touched no row.
    Outcome callNotChanged(QSqlQuery &q, qint64 callId, const QString &why)
    {
        if (!run(q, QStringLiteral("SELECT 1 FROM calls WHERE id = ?"), {callId}))
            return Outcome::failure(q.lastError());
        return q.next() ? Outcome::refusal(why) : unknownCall();
    }

    Outcome apply(const EndCallOp &op)
    {
        const auto callId = resolve(op.callId);
        if (!callId)
            return waitingCall();
        return transaction([&](QSqlQuery &q) {
            if (!run(q,
                     QStringLiteral("UPDATE calls SET outcome = ?, ended = ? WHERE id = ? "
                                    "AND (outcome IS NULL OR outcome = 'interrupted')"),
                     {callOutcomeName(op.outcome), op.at, *callId}))
                return Outcome::failure(q.lastError());
            if (q.numRowsAffected() == 0)
                return callNotChanged(q, *callId, QStringLiteral("That call has already ended."));
            return Outcome::success(*callId);
        });
    }

    Outcome apply(const InterruptOp &op)
    {
        const auto callId = resolve(op.callId);
        if (!callId)
            return waitingCall();
        return transaction([&](QSqlQuery &q) {
            // The call ended, as far as anyone knows, at its last recorded activity.
            if (!run(q,
                     QStringLiteral("SELECT at FROM timeline WHERE call_id = ? UNION ALL "
                                    "SELECT at FROM notes WHERE call_id = ? UNION ALL "
                                    "SELECT at FROM promises WHERE call_id = ? UNION ALL "
                                    "SELECT updated_at FROM drafts WHERE call_id = ? UNION ALL "
                                    "SELECT started FROM calls WHERE id = ?"),
                     {*callId, *callId, *callId, *callId, *callId}))
                return Outcome::failure(q.lastError());
            QString last;
            QDateTime lastTime;
            while (q.next()) {
                const QString text = q.value(0).toString();
                const QDateTime time = parseTimestamp(text);
                if (time.isValid() && (!lastTime.isValid() || time > lastTime)) {
                    lastTime = time;
                    last = text;
                }
            }
            if (!run(q,
                     QStringLiteral("UPDATE calls SET outcome = 'interrupted', ended = ? "
                                    "WHERE id = ? AND outcome IS NULL"),
                     {last, *callId}))
                return Outcome::failure(q.lastError());
            if (q.numRowsAffected() == 0)
                return callNotChanged(q, *callId, QStringLiteral("That call is not unfinished."));
            if (!run(q,
                     QStringLiteral("INSERT INTO timeline (call_id, at, kind, detail) "
                                    "VALUES (?, ?, 'interrupted', 'found unfinished at start')"),
                     {*callId, op.at}))
                return Outcome::failure(q.lastError());
            return Outcome::success(*callId);
        });
    }

    Outcome apply(const ResumeOp &op)
    {
        const auto callId = resolve(op.callId);
        if (!callId)
            return waitingCall();
        return transaction([&](QSqlQuery &q) {
            if (!run(q,
                     QStringLiteral("UPDATE calls SET outcome = NULL, ended = NULL "
                                    "WHERE id = ? AND outcome = 'interrupted'"),
                     {*callId}))
                return Outcome::failure(q.lastError());
            if (q.numRowsAffected() == 0)
                return callNotChanged(q, *callId, QStringLiteral("Only an interrupted call can be continued."));
            if (!run(q, QStringLiteral("INSERT INTO timeline (call_id, at, kind) VALUES (?, ?, 'resumed')"),
                     {*callId, op.at}))
                return Outcome::failure(q.lastError());
            return Outcome::success(*callId);
        });
    }

    Outcome apply(const TrainingAttemptOp &op)
    {
        QVariant callId; // NULL: the attempt has no call record
        if (op.attempt.callId != 0) {
            const auto resolved = resolve(op.attempt.callId);
            if (!resolved)
                return waitingCall();
            // 0: its call had to be given up; the score is still worth keeping without it.
            if (*resolved != 0)
                callId = *resolved;
        }
        const TrainingAttempt &a = op.attempt;
        return transaction([&](QSqlQuery &q) {
            if (!run(q,
                     QStringLiteral("INSERT INTO training_attempts (call_id, scenario_id, scenario_revision, "
                                    "scenario_title, language, finished_at, finished_ms, score, max_score, percent, "
                                    "passed, mistakes) VALUES (?, ?, ?, COALESCE(?, ''), COALESCE(?, ''), ?, ?, ?, ?, "
                                    "?, ?, ?)"),
                     {callId, a.scenarioId, a.scenarioRevision, a.scenarioTitle, a.language, op.finishedAt,
                      op.finishedMs, a.score, a.max, a.percent, a.passed ? 1 : 0,
                      a.mistakesJson.trimmed().isEmpty() ? QStringLiteral("[]") : a.mistakesJson}))
                return Outcome::failure(q.lastError());
            return Outcome::success(q.lastInsertId().toLongLong());
        });
    }

    Outcome execute(const Op &op)
    {
        return std::visit([this](const auto &concrete) { return apply(concrete); }, op);
    }

    struct FlushReport
    {
        bool drained = true;
        QString error;     // why the queue could not be written (it stays)
        QStringList given; // writes dropped because they can never succeed
    };

    FlushReport flush()
    {
        FlushReport report;
        const std::size_t waiting = queue.size();
        while (!queue.empty()) {
            Pending &next = queue.front();
            const Outcome outcome = execute(next.op);
            if (!outcome.ok && !isPermanent(outcome.code)) {
                report.drained = false;
                report.error = outcome.message;
                return report;
            }
            if (outcome.ok) {
                if (next.provisionalId != 0)
                    written[next.provisionalId] = outcome.id;
            } else {
                logger()->error("a waiting {} could not be saved and was given up (code {})", opName(next.op),
                                outcome.code);
                report.given << QStringLiteral("An earlier %1 could not be saved: %2")
                                    .arg(QString::fromLatin1(opName(next.op)), outcome.message);
                if (next.provisionalId != 0)
                    written[next.provisionalId] = 0;
            }
            queue.pop_front();
        }
        if (waiting > 0)
            logger()->info("{} waiting writes are saved", waiting - static_cast<std::size_t>(report.given.size()));
        return report;
    }

    WriteResult enqueue(Op op, bool createsRow, const QString &why, WriteResult result)
    {
        if (queue.size() >= kMaxPendingWrites) {
            result.error = why + QStringLiteral(" Too many entries are waiting to be saved; this one was not kept.");
            logger()->error("the write queue is full ({} waiting); a {} was refused", queue.size(), opName(op));
            return result;
        }
        // Only the newest draft of a call matters.
        if (const auto *save = std::get_if<SaveDraftOp>(&op))
            std::erase_if(queue, [&](const Pending &p) { return isDraftOp(p.op, save->callId); });
        else if (const auto *clear = std::get_if<ClearDraftOp>(&op))
            std::erase_if(queue, [&](const Pending &p) { return isDraftOp(p.op, clear->callId); });
        Pending pending{std::move(op), createsRow ? nextProvisional-- : 0};
        result.queued = true;
        result.id = pending.provisionalId;
        result.error = why + QStringLiteral(" It is kept in memory and will be saved as soon as the journal can be "
                                            "written again.");
        logger()->warn("a {} could not be written and waits in memory ({} waiting)", opName(pending.op),
                       queue.size() + 1);
        queue.push_back(std::move(pending));
        return result;
    }

    WriteResult submit(Op op, bool createsRow)
    {
        WriteResult result;
        if (!queue.empty()) {
            const FlushReport report = flush();
            result.warning = report.given.join(QLatin1Char(' '));
            if (!report.drained)
                return enqueue(std::move(op), createsRow, report.error, result);
        }
        const Outcome outcome = execute(op);
        if (outcome.ok) {
            result.ok = true;
            result.id = outcome.id;
            return result;
        }
        if (!isPermanent(outcome.code))
            return enqueue(std::move(op), createsRow, outcome.message, result);
        logger()->warn("a {} was refused (code {})", opName(op), outcome.code);
        result.error = outcome.message;
        return result;
    }

    // --- reading ---------------------------------------------------------------------------

    template<typename T> Result<T> readFailure(const QSqlQuery &q) const
    {
        logger()->warn("a read failed (SQLite code {})", sqliteCode(q.lastError()));
        Result<T> result;
        result.error = QStringLiteral("The journal could not be read. ") + describe(q.lastError());
        return result;
    }

    Result<std::vector<CallRecord>> selectCalls(const QString &sql, const QVariantList &values) const
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!run(q, sql, values))
            return readFailure<std::vector<CallRecord>>(q);
        Result<std::vector<CallRecord>> result;
        while (q.next())
            result.value.push_back(callFrom(q));
        return result;
    }

    Result<std::vector<Promise>> selectPromises(const PromiseQuery &query) const
    {
        QString sql = QStringLiteral("SELECT %1 FROM promises p JOIN calls c ON c.id = p.call_id WHERE 1 = 1")
                          .arg(kPromiseColumns);
        QVariantList values;
        if (query.status) {
            sql += QStringLiteral(" AND p.status = ?");
            values << promiseStatusName(*query.status);
        }
        if (query.dueBefore.isValid()) {
            sql += QStringLiteral(" AND p.due_ms < ?");
            values << query.dueBefore.toMSecsSinceEpoch();
        }
        if (query.dueAfter.isValid()) {
            sql += QStringLiteral(" AND p.due_ms >= ?");
            values << query.dueAfter.toMSecsSinceEpoch();
        }
        if (query.callId) {
            const auto callId = resolve(*query.callId);
            if (!callId)
                return {};
            sql += QStringLiteral(" AND p.call_id = ?");
            values << *callId;
        } else if (!query.includeTraining) {
            sql += QStringLiteral(" AND c.training = 0");
        }
        sql += QStringLiteral(" ORDER BY p.due_ms IS NULL, p.due_ms, p.id");
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!run(q, sql, values))
            return readFailure<std::vector<Promise>>(q);
        Result<std::vector<Promise>> result;
        while (q.next())
            result.value.push_back(promiseFrom(q));
        return result;
    }
};

Journal::Journal(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{}

Journal::~Journal()
{
    if (!d->queue.empty()) {
        d->flush();
        if (!d->queue.empty())
            logger()->error("{} writes could not be saved before the journal was closed", d->queue.size());
    }
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
        message = QStringLiteral("No folder was given for the journal.");
        return nullptr;
    }
    const QString dir = QDir::cleanPath(QDir(options.dataDir).absolutePath());
    if (options.onlyToRead && !QFileInfo::exists(QDir(dir).filePath(kJournalFileName))) {
        message = QStringLiteral("There is no journal in %1.").arg(dir);
        return nullptr;
    }
    QString recovery;
    QString movedAside;
    // The second round only follows a damaged file being moved aside.
    for (int round = 0; round < 2; ++round) {
        if (!ensurePrivateFolder(dir, &message))
            return nullptr;
        auto impl = std::make_unique<Impl>();
        impl->file = QDir(dir).filePath(kJournalFileName);
        impl->clock = options.clock ? options.clock : &SystemClock::instance();
        impl->recoveryMessage = recovery;
        impl->movedAside = movedAside;
        if (!ensurePrivateFile(impl->file, &message))
            return nullptr;
        const Attempt attempt = hasSqliteHeader(impl->file) ? impl->connect(options, &message) : Attempt::Corrupt;
        if (attempt == Attempt::Ready) {
            logger()->info("journal open (schema {}, {})", kSchemaVersion,
                           impl->fullTextSearch ? "full-text search" : "LIKE search");
            message.clear();
            return std::unique_ptr<Journal>(new Journal(std::move(impl)));
        }
        impl->close();
        if (attempt == Attempt::Failed) {
            logger()->error("the journal cannot be opened");
            return nullptr;
        }
        if (options.onlyToRead) {
            message = QStringLiteral("The journal %1 is damaged; nothing was read or changed. Start the Steadyline "
                                     "window: it moves the damaged file aside (keeping it) and starts a new one.")
                          .arg(impl->file);
            return nullptr;
        }
        if (round == 1) {
            message = QStringLiteral("The journal %1 was damaged and moved aside, but the new one cannot be used "
                                     "either. Check the disk.")
                          .arg(impl->file);
            return nullptr;
        }
        if (!impl->moveAside(&message))
            return nullptr;
        recovery = impl->recoveryMessage;
        movedAside = impl->movedAside;
    }
    return nullptr;
}

QString Journal::filePath() const
{
    return d->file;
}

QString Journal::recoveryMessage() const
{
    return d->recoveryMessage;
}

QString Journal::movedAsidePath() const
{
    return d->movedAside;
}

bool Journal::fullTextSearch() const
{
    return d->fullTextSearch;
}

QString Journal::connectionName() const
{
    return d->connection;
}

WriteResult Journal::beginCall(const CallStart &start)
{
    const QDateTime now = d->now();
    return d->submit(BeginCallOp{start, isoTimestamp(now), now.toMSecsSinceEpoch()}, true);
}

WriteResult Journal::addTimelineEvent(qint64 callId, const QString &kind, const QString &stepId, const QString &detail,
                                      const QDateTime &at)
{
    if (kind.isEmpty()) {
        WriteResult result;
        result.error = QStringLiteral("A timeline event needs a kind.");
        return result;
    }
    return d->submit(TimelineOp{callId, isoTimestamp(at.isValid() ? at : d->now()), kind, stepId, detail}, false);
}

WriteResult Journal::addNote(qint64 callId, const QString &text, const QStringList &tags)
{
    if (text.trimmed().isEmpty() && tags.isEmpty()) {
        WriteResult result;
        result.error = QStringLiteral("An empty note is not saved.");
        return result;
    }
    return d->submit(NoteOp{callId, isoTimestamp(d->now()), text, tagsToJson(tags)}, true);
}

WriteResult Journal::addPromise(qint64 callId, const QString &text, const QString &caseReference, const QDateTime &due)
{
    if (text.trimmed().isEmpty()) {
        WriteResult result;
        result.error = QStringLiteral("A promise needs a text: what was promised.");
        return result;
    }
    PromiseOp op{callId, isoTimestamp(d->now()), text, caseReference, isoTimestamp(due), std::nullopt};
    if (due.isValid())
        op.dueMs = due.toMSecsSinceEpoch();
    return d->submit(std::move(op), true);
}

WriteResult Journal::setPromiseStatus(qint64 promiseId, PromiseStatus status)
{
    return d->submit(PromiseStatusOp{promiseId, status, isoTimestamp(d->now())}, false);
}

WriteResult Journal::saveDraft(qint64 callId, const QString &text)
{
    return d->submit(SaveDraftOp{callId, text, isoTimestamp(d->now())}, false);
}

WriteResult Journal::clearDraft(qint64 callId)
{
    return d->submit(ClearDraftOp{callId}, false);
}

WriteResult Journal::endCall(qint64 callId, CallOutcome outcome)
{
    return d->submit(EndCallOp{callId, outcome, isoTimestamp(d->now())}, false);
}

WriteResult Journal::markInterrupted(qint64 callId)
{
    return d->submit(InterruptOp{callId, isoTimestamp(d->now())}, false);
}

WriteResult Journal::resumeCall(qint64 callId)
{
    return d->submit(ResumeOp{callId, isoTimestamp(d->now())}, false);
}

WriteResult Journal::addTrainingAttempt(const TrainingAttempt &attempt)
{
    WriteResult result;
    if (attempt.scenarioId.trimmed().isEmpty())
        result.error = QStringLiteral("A training attempt needs the id of its scenario.");
    else if (attempt.percent < 0 || attempt.percent > 100)
        result.error = QStringLiteral("A training attempt's percentage must be between 0 and 100.");
    if (!result.error.isEmpty())
        return result;
    const QDateTime finished = attempt.finishedAt.isValid() ? attempt.finishedAt : d->now();
    return d->submit(TrainingAttemptOp{attempt, isoTimestamp(finished), finished.toMSecsSinceEpoch()}, true);
}

WriteResult Journal::flushPending()
{
    WriteResult result;
    const Impl::FlushReport report = d->flush();
    result.ok = report.drained;
    result.queued = !report.drained;
    result.warning = report.given.join(QLatin1Char(' '));
    if (!report.drained)
        result.error = report.error + QStringLiteral(" %1 entries are still waiting to be saved.").arg(d->queue.size());
    return result;
}

int Journal::pendingWrites() const
{
    return static_cast<int>(d->queue.size());
}

qint64 Journal::resolveId(qint64 id) const
{
    return d->resolve(id).value_or(0);
}

Result<std::optional<CallRecord>> Journal::call(qint64 callId) const
{
    Result<std::optional<CallRecord>> result;
    const auto id = d->resolve(callId);
    if (!id)
        return result;
    Result<std::vector<CallRecord>> found =
        d->selectCalls(QStringLiteral("SELECT %1 FROM calls WHERE id = ?").arg(kCallColumns), {*id});
    result.error = found.error;
    if (!found.value.empty())
        result.value = std::move(found.value.front());
    return result;
}

Result<std::vector<CallRecord>> Journal::calls(const CallQuery &query) const
{
    QString sql = QStringLiteral("SELECT %1 FROM calls WHERE 1 = 1").arg(kCallColumns);
    QVariantList values;
    if (query.since.isValid()) {
        sql += QStringLiteral(" AND started_ms >= ?");
        values << query.since.toMSecsSinceEpoch();
    }
    if (query.until.isValid()) {
        sql += QStringLiteral(" AND started_ms < ?");
        values << query.until.toMSecsSinceEpoch();
    }
    if (query.outcome) {
        sql += QStringLiteral(" AND outcome = ?");
        values << callOutcomeName(*query.outcome);
    }
    if (!query.includeTraining)
        sql += QStringLiteral(" AND training = 0");
    const QStringList words = searchWords(query.text);
    if (!words.isEmpty()) {
        // One document per call (see schema.cpp): every word must occur somewhere in the call.
        if (d->fullTextSearch) {
            QStringList terms;
            for (const QString &word : words)
                terms << ftsTerm(word);
            sql += QStringLiteral(" AND id IN (SELECT rowid FROM search WHERE search MATCH ?)");
            values << terms.join(QLatin1Char(' '));
        } else {
            QStringList conditions;
            for (const QString &word : words) {
                conditions << QStringLiteral("body LIKE ? ESCAPE '\\'");
                values << likeTerm(word);
            }
            sql += QStringLiteral(" AND id IN (SELECT id FROM search WHERE %1)")
                       .arg(conditions.join(QStringLiteral(" AND ")));
        }
    }
    // Ids are given in the order calls begin (queued writes keep their order), so id order is
    // start order; unlike started_ms it lets SQLite stop after `limit` matches without sorting.
    sql += QStringLiteral(" ORDER BY id DESC");
    if (query.limit > 0) {
        sql += QStringLiteral(" LIMIT ?");
        values << query.limit;
    }
    return d->selectCalls(sql, values);
}

Result<std::vector<CallRecord>> Journal::unfinishedCalls() const
{
    return d->selectCalls(QStringLiteral("SELECT %1 FROM calls WHERE outcome IS NULL ORDER BY id").arg(kCallColumns),
                          {});
}

Result<std::vector<TimelineEvent>> Journal::timeline(qint64 callId) const
{
    Result<std::vector<TimelineEvent>> result;
    const auto id = d->resolve(callId);
    if (!id)
        return result;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!Impl::run(q,
                   QStringLiteral("SELECT id, call_id, at, kind, step_id, detail FROM timeline WHERE call_id = ? "
                                  "ORDER BY id"),
                   {*id}))
        return d->readFailure<std::vector<TimelineEvent>>(q);
    while (q.next()) {
        result.value.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), parseTimestamp(q.value(2).toString()),
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toString()});
    }
    return result;
}

Result<std::vector<Note>> Journal::notes(qint64 callId) const
{
    Result<std::vector<Note>> result;
    const auto id = d->resolve(callId);
    if (!id)
        return result;
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!Impl::run(q, QStringLiteral("SELECT id, call_id, at, text, tags FROM notes WHERE call_id = ? ORDER BY id"),
                   {*id}))
        return d->readFailure<std::vector<Note>>(q);
    while (q.next()) {
        result.value.push_back({q.value(0).toLongLong(), q.value(1).toLongLong(), parseTimestamp(q.value(2).toString()),
                                q.value(3).toString(), tagsFromJson(q.value(4).toString())});
    }
    return result;
}

Result<std::vector<Promise>> Journal::promises(const PromiseQuery &query) const
{
    return d->selectPromises(query);
}

Result<std::vector<Promise>> Journal::dueToday() const
{
    const QDateTime now = d->now();
    PromiseQuery query;
    query.status = PromiseStatus::Open;
    query.dueAfter = now;
    query.dueBefore = startOfTomorrow(now);
    return d->selectPromises(query);
}

Result<std::vector<Promise>> Journal::overdue() const
{
    PromiseQuery query;
    query.status = PromiseStatus::Open;
    query.dueBefore = d->now();
    return d->selectPromises(query);
}

Result<std::optional<Draft>> Journal::draft(qint64 callId) const
{
    Result<std::optional<Draft>> result;
    const auto id = d->resolve(callId);
    if (!id)
        return result;
    QSqlQuery q(d->db);
    if (!Impl::run(q, QStringLiteral("SELECT text, updated_at FROM drafts WHERE call_id = ?"), {*id}))
        return d->readFailure<std::optional<Draft>>(q);
    if (q.next())
        result.value = Draft{q.value(0).toString(), parseTimestamp(q.value(1).toString())};
    return result;
}

// --- writes kept across a quit that could not save them (review H2) -----------------------------

namespace {

using Json = nlohmann::json;

std::string s(const QString &text)
{
    return text.toStdString();
}

QString q(const Json &j, const char *key)
{
    return QString::fromStdString(j.value(key, std::string()));
}

Json opJson(const Op &op)
{
    return std::visit(
        [](const auto &o) -> Json {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, BeginCallOp>)
                return {{"channel", s(channelName(o.start.channel))},
                        {"address", s(formOfAddressName(o.start.address))},
                        {"caseReference", s(o.start.caseReference)},
                        {"playbookId", s(o.start.playbookId)},
                        {"revision", o.start.revision},
                        {"sha256", s(o.start.sha256)},
                        {"locale", s(o.start.locale)},
                        {"training", o.start.training},
                        {"at", s(o.at)},
                        {"atMs", o.atMs}};
            else if constexpr (std::is_same_v<T, TimelineOp>)
                return {{"callId", o.callId},
                        {"at", s(o.at)},
                        {"kind", s(o.kind)},
                        {"stepId", s(o.stepId)},
                        {"detail", s(o.detail)}};
            else if constexpr (std::is_same_v<T, NoteOp>)
                return {{"callId", o.callId}, {"at", s(o.at)}, {"text", s(o.text)}, {"tagsJson", s(o.tagsJson)}};
            else if constexpr (std::is_same_v<T, PromiseOp>)
                return {{"callId", o.callId}, {"at", s(o.at)},
                        {"text", s(o.text)},  {"caseReference", s(o.caseReference)},
                        {"due", s(o.due)},    {"dueMs", o.dueMs ? Json(*o.dueMs) : Json()}};
            else if constexpr (std::is_same_v<T, PromiseStatusOp>)
                return {{"promiseId", o.promiseId}, {"status", s(promiseStatusName(o.status))}, {"at", s(o.at)}};
            else if constexpr (std::is_same_v<T, SaveDraftOp>)
                return {{"callId", o.callId}, {"text", s(o.text)}, {"at", s(o.at)}};
            else if constexpr (std::is_same_v<T, ClearDraftOp>)
                return {{"callId", o.callId}};
            else if constexpr (std::is_same_v<T, EndCallOp>)
                return {{"callId", o.callId}, {"outcome", s(callOutcomeName(o.outcome))}, {"at", s(o.at)}};
            else if constexpr (std::is_same_v<T, InterruptOp> || std::is_same_v<T, ResumeOp>)
                return {{"callId", o.callId}, {"at", s(o.at)}};
            else
                return {{"callId", o.attempt.callId},
                        {"scenarioId", s(o.attempt.scenarioId)},
                        {"scenarioRevision", o.attempt.scenarioRevision},
                        {"scenarioTitle", s(o.attempt.scenarioTitle)},
                        {"language", s(o.attempt.language)},
                        {"score", o.attempt.score},
                        {"max", o.attempt.max},
                        {"percent", o.attempt.percent},
                        {"passed", o.attempt.passed},
                        {"mistakesJson", s(o.attempt.mistakesJson)},
                        {"finishedAt", s(o.finishedAt)},
                        {"finishedMs", o.finishedMs}};
        },
        op);
}

// The write back from its JSON; none when the entry is not one (a damaged file).
std::optional<Op> opFrom(std::size_t index, const Json &j)
{
    switch (index) {
    case 0: {
        BeginCallOp o;
        o.start.channel = channelFromName(q(j, "channel")).value_or(Channel::Phone);
        o.start.address = formOfAddressFromName(q(j, "address")).value_or(FormOfAddress::FormalMale);
        o.start.caseReference = q(j, "caseReference");
        o.start.playbookId = q(j, "playbookId");
        o.start.revision = j.value("revision", 0);
        o.start.sha256 = q(j, "sha256");
        o.start.locale = q(j, "locale");
        o.start.training = j.value("training", false);
        o.at = q(j, "at");
        o.atMs = j.value("atMs", qint64(0));
        return o;
    }
    case 1: return TimelineOp{j.value("callId", qint64(0)), q(j, "at"), q(j, "kind"), q(j, "stepId"), q(j, "detail")};
    case 2: return NoteOp{j.value("callId", qint64(0)), q(j, "at"), q(j, "text"), q(j, "tagsJson")};
    case 3: {
        PromiseOp o{j.value("callId", qint64(0)), q(j, "at"), q(j, "text"), q(j, "caseReference"), q(j, "due"), {}};
        if (j.contains("dueMs") && j["dueMs"].is_number_integer())
            o.dueMs = j["dueMs"].get<qint64>();
        return o;
    }
    case 4:
        return PromiseStatusOp{j.value("promiseId", qint64(0)),
                               promiseStatusFromName(q(j, "status")).value_or(PromiseStatus::Open), q(j, "at")};
    case 5: return SaveDraftOp{j.value("callId", qint64(0)), q(j, "text"), q(j, "at")};
    case 6: return ClearDraftOp{j.value("callId", qint64(0))};
    case 7:
        return EndCallOp{j.value("callId", qint64(0)),
                         callOutcomeFromName(q(j, "outcome")).value_or(CallOutcome::Interrupted), q(j, "at")};
    case 8: return InterruptOp{j.value("callId", qint64(0)), q(j, "at")};
    case 9: return ResumeOp{j.value("callId", qint64(0)), q(j, "at")};
    case 10: {
        TrainingAttemptOp o;
        o.attempt.callId = j.value("callId", qint64(0));
        o.attempt.scenarioId = q(j, "scenarioId");
        o.attempt.scenarioRevision = j.value("scenarioRevision", 0);
        o.attempt.scenarioTitle = q(j, "scenarioTitle");
        o.attempt.language = q(j, "language");
        o.attempt.score = j.value("score", 0);
        o.attempt.max = j.value("max", 0);
        o.attempt.percent = j.value("percent", 0);
        o.attempt.passed = j.value("passed", false);
        o.attempt.mistakesJson = q(j, "mistakesJson");
        o.finishedAt = q(j, "finishedAt");
        o.finishedMs = j.value("finishedMs", qint64(0));
        return o;
    }
    default: return std::nullopt;
    }
}

// The ids a write refers to, to be mapped from the old journal's provisional ones.
template<typename F> void forEachReference(Op &op, F &&map)
{
    std::visit(
        [&](auto &o) {
            using T = std::decay_t<decltype(o)>;
            if constexpr (std::is_same_v<T, PromiseStatusOp>)
                map(o.promiseId);
            else if constexpr (std::is_same_v<T, TrainingAttemptOp>)
                map(o.attempt.callId);
            else if constexpr (!std::is_same_v<T, BeginCallOp>)
                map(o.callId);
        },
        op);
}

constexpr int kRecoveryVersion = 1;

} // namespace

QByteArray Journal::pendingWritesJson() const
{
    Json writes = Json::array();
    for (const Pending &pending : d->queue)
        writes.push_back({{"kind", static_cast<int>(pending.op.index())},
                          {"what", opName(pending.op)},
                          {"provisionalId", pending.provisionalId},
                          {"write", opJson(pending.op)}});
    const Json document = {{"steadylineRecovery", kRecoveryVersion}, {"journal", s(d->file)}, {"writes", writes}};
    return QByteArray::fromStdString(document.dump(2));
}

Result<int> Journal::restoreWrites(const QByteArray &json)
{
    Result<int> result;
    const Json document = Json::parse(json.constData(), json.constData() + json.size(), nullptr, false);
    if (document.is_discarded() || !document.is_object() ||
        document.value("steadylineRecovery", 0) != kRecoveryVersion || !document.contains("writes") ||
        !document["writes"].is_array()) {
        result.error = QStringLiteral("The recovery file is not one Steadyline can read.");
        return result;
    }
    // A row the old journal had only promised (a negative, provisional id) gets its real id
    // here; later writes that refer to it follow.
    std::unordered_map<qint64, qint64> ids;
    int restored = 0;
    for (const Json &entry : document["writes"]) {
        if (!entry.is_object() || !entry.contains("kind") || !entry["kind"].is_number_integer() ||
            !entry.contains("write") || !entry["write"].is_object())
            continue;
        std::optional<Op> op = opFrom(entry["kind"].get<std::size_t>(), entry["write"]);
        if (!op)
            continue;
        bool known = true;
        forEachReference(*op, [&](qint64 &id) {
            if (id < 0) {
                const auto found = ids.find(id);
                known = found != ids.end();
                if (known)
                    id = found->second;
            }
        });
        if (!known) {
            logger()->warn("a recovered {} refers to a row that was not recovered; skipped", opName(*op));
            continue;
        }
        const qint64 oldId = entry.value("provisionalId", qint64(0));
        const bool createsRow = oldId != 0;
        const WriteResult written = d->submit(std::move(*op), createsRow);
        if (!written.ok && !written.queued) {
            result.error = written.error;
            return result;
        }
        if (createsRow)
            ids[oldId] = written.id;
        ++restored;
    }
    logger()->info("{} writes restored from a recovery file", restored);
    result.value = restored;
    return result;
}

Result<CallerHistory> Journal::callerHistory(const QString &caseReference) const
{
    Result<CallerHistory> result;
    if (caseReference.trimmed().isEmpty())
        return result;
    QSqlQuery q(d->db);
    if (!Impl::run(
            q, QStringLiteral("SELECT COUNT(*), MAX(started_ms) FROM calls WHERE case_reference = ? AND training = 0"),
            {caseReference.trimmed()}))
        return d->readFailure<CallerHistory>(q);
    if (q.next()) {
        result.value.calls = q.value(0).toInt();
        if (!q.value(1).isNull())
            result.value.lastCall = QDateTime::fromMSecsSinceEpoch(q.value(1).toLongLong(), Qt::UTC);
    }
    if (!Impl::run(q,
                   QStringLiteral("SELECT COUNT(*) FROM promises p JOIN calls c ON c.id = p.call_id"
                                  " WHERE p.case_reference = ? AND p.status = 'open' AND c.training = 0"),
                   {caseReference.trimmed()}))
        return d->readFailure<CallerHistory>(q);
    if (q.next())
        result.value.openPromises = q.value(0).toInt();
    return result;
}

Result<std::vector<TrainingAttempt>> Journal::trainingAttempts(const QString &scenarioId) const
{
    QString sql = QStringLiteral("SELECT id, call_id, scenario_id, scenario_revision, scenario_title, language, "
                                 "finished_at, score, max_score, percent, passed, mistakes FROM training_attempts");
    QVariantList values;
    if (!scenarioId.isEmpty()) {
        sql += QStringLiteral(" WHERE scenario_id = ?");
        values << scenarioId;
    }
    sql += QStringLiteral(" ORDER BY finished_ms, id");
    QSqlQuery q(d->db);
    q.setForwardOnly(true);
    if (!Impl::run(q, sql, values))
        return d->readFailure<std::vector<TrainingAttempt>>(q);
    Result<std::vector<TrainingAttempt>> result;
    while (q.next()) {
        TrainingAttempt attempt;
        attempt.id = q.value(0).toLongLong();
        attempt.callId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
        attempt.scenarioId = q.value(2).toString();
        attempt.scenarioRevision = q.value(3).toInt();
        attempt.scenarioTitle = q.value(4).toString();
        attempt.language = q.value(5).toString();
        attempt.finishedAt = parseTimestamp(q.value(6).toString());
        attempt.score = q.value(7).toInt();
        attempt.max = q.value(8).toInt();
        attempt.percent = q.value(9).toInt();
        attempt.passed = q.value(10).toInt() != 0;
        attempt.mistakesJson = q.value(11).toString();
        result.value.push_back(std::move(attempt));
    }
    return result;
}

Result<int> Journal::deleteCallsAtStart(int days)
{
    QSqlQuery q(d->db);
    QDateTime anchor = d->now();
    if (Impl::run(q, QStringLiteral("SELECT MAX(started_ms) FROM calls"), {}) && q.next() && !q.value(0).isNull()) {
        // The day after the newest call at the latest: a clock far ahead of every record is
        // not believed.
        const QDateTime newest = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC).addDays(1);
        if (newest < anchor) {
            logger()->warn("automatic retention: the clock is {} days past the newest call; counted from that call",
                           newest.daysTo(anchor));
            anchor = newest;
        }
    }
    q.finish(); // an open read would keep the checkpoint after the deletion from completing
    // Damaged journals moved aside hold calls too: the same retention applies to them (L5).
    const QDir folder = QFileInfo(d->file).absoluteDir();
    for (const QFileInfo &copy : folder.entryInfoList({kJournalFileName + QStringLiteral(".corrupt-*")}, QDir::Files)) {
        if (days >= 1 && copy.lastModified() < anchor.addDays(-days) && QFile::remove(copy.absoluteFilePath()))
            logger()->info("retention: a damaged journal kept since {} was deleted",
                           copy.lastModified().toString(Qt::ISODate).toStdString());
    }
    return deleteCallsBefore(anchor, days);
}

Result<int> Journal::deleteCallsOlderThan(int days)
{
    return deleteCallsBefore(d->now(), days);
}

Result<int> Journal::deleteCallsBefore(const QDateTime &now, int days)
{
    Result<int> result;
    if (days < 1) {
        result.error = QStringLiteral("Calls are kept for at least one day.");
        return result;
    }
    const qint64 cutoff = now.addDays(-days).toMSecsSinceEpoch();
    int deleted = 0;
    const Outcome outcome = d->transaction([&](QSqlQuery &q) {
        if (!Impl::run(q,
                       QStringLiteral("DELETE FROM calls WHERE started_ms < ? AND (training = 1 OR NOT EXISTS "
                                      "(SELECT 1 FROM promises p WHERE p.call_id = calls.id AND p.status = 'open'))"),
                       {cutoff}))
            return Outcome::failure(q.lastError());
        deleted = q.numRowsAffected();
        return Outcome::success();
    });
    if (!outcome.ok) {
        logger()->warn("retention failed (code {})", outcome.code);
        result.error = QStringLiteral("Old calls could not be deleted. ") + outcome.message;
        return result;
    }
    logger()->info("retention: {} calls older than {} days deleted", deleted, days);
    if (deleted > 0) {
        // secure_delete zeroes the pages, but the words stay in the WAL until a checkpoint.
        QSqlQuery checkpoint(d->db);
        Impl::run(checkpoint, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {});
    }
    result.value = deleted;
    return result;
}

} // namespace steadyline::journal
