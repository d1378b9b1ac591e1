// The journal speaks the interface language: with the Polish translation installed, what the
// user reads of each real failure (a folder of another user, a locked, newer or damaged journal,
// a read-only or full disk, a write given up, a read that fails) is Polish from start to end.
// Only file paths, product names and SQLite's error code stay as they are.
//
// The failures are real, as in the other journal tests: SQLite's `PRAGMA query_only` and
// `max_page_count` on the journal's own connection, another connection's lock, chown to nobody
// (the tests run as root, and root ignores chmod).
#include "journaltest.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTranslator>

#include <unistd.h>

using namespace steadyline;
using namespace steadyline::journal;
using namespace steadyline::test;

namespace {

// The Polish interface translation, installed for the life of the object: the .qm the app builds
// in (under :/i18n/), taken from the build folder, since the core tests do not link the GUI.
class PolishInterface
{
public:
    PolishInterface()
    {
        REQUIRE(m_translator.load(QStringLiteral("steadyline_pl"), QStringLiteral(STEADYLINE_TRANSLATIONS_DIR)));
        REQUIRE(QCoreApplication::installTranslator(&m_translator));
    }
    ~PolishInterface() { QCoreApplication::removeTranslator(&m_translator); }
    PolishInterface(const PolishInterface &) = delete;
    PolishInterface &operator=(const PolishInterface &) = delete;

private:
    QTranslator m_translator;
};

// Words that give an English sentence away; none of them is also a Polish word (as "a", "by",
// "to", "folder" and "program" are).
const QStringList kEnglishWords = {
    QStringLiteral("the"),      QStringLiteral("an"),      QStringLiteral("is"),        QStringLiteral("are"),
    QStringLiteral("was"),      QStringLiteral("be"),      QStringLiteral("been"),      QStringLiteral("cannot"),
    QStringLiteral("could"),    QStringLiteral("not"),     QStringLiteral("and"),       QStringLiteral("of"),
    QStringLiteral("its"),      QStringLiteral("it"),      QStringLiteral("this"),      QStringLiteral("that"),
    QStringLiteral("in"),       QStringLiteral("for"),     QStringLiteral("with"),      QStringLiteral("from"),
    QStringLiteral("will"),     QStringLiteral("can"),     QStringLiteral("journal"),   QStringLiteral("file"),
    QStringLiteral("disk"),     QStringLiteral("saved"),   QStringLiteral("written"),   QStringLiteral("read"),
    QStringLiteral("opened"),   QStringLiteral("entry"),   QStringLiteral("entries"),   QStringLiteral("call"),
    QStringLiteral("note"),     QStringLiteral("promise"), QStringLiteral("error"),     QStringLiteral("memory"),
    QStringLiteral("another"),  QStringLiteral("user"),    QStringLiteral("directory"), QStringLiteral("permission"),
    QStringLiteral("recovery"), QStringLiteral("damaged"), QStringLiteral("version"),   QStringLiteral("still"),
};

// The English words left in `message`, file paths set aside ("/tmp/…/journal.sqlite" is no
// sentence).
QStringList englishWordsIn(QString message)
{
    message.remove(QRegularExpression(QStringLiteral("/[^\\s;,„”\"]+")));
    QStringList found;
    for (const QString &word : message.split(QRegularExpression(QStringLiteral("[^\\p{L}]+")), Qt::SkipEmptyParts)) {
        if (kEnglishWords.contains(word.toLower()))
            found << word;
    }
    return found;
}

// The whole message is Polish: not empty, no English word in it, and Polish letters or words.
void checkPolish(const QString &what, const QString &message)
{
    INFO(what.toStdString() << ": " << message.toStdString());
    REQUIRE_FALSE(message.isEmpty());
    CHECK(englishWordsIn(message).isEmpty());
    CHECK(message.contains(
        QRegularExpression(QStringLiteral("[ąćęłńóśźż]|\\bnie\\b"), QRegularExpression::CaseInsensitiveOption)));
}

void touch(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
}

QString openError(const QString &dataDir)
{
    QString error;
    ManualClock clock;
    CHECK_FALSE(Journal::open(dataDir, &error, clock));
    return error;
}

void setPragma(const Journal &journal, const QString &pragma)
{
    QSqlQuery q(QSqlDatabase::database(journal.connectionName(), false));
    INFO(pragma.toStdString());
    REQUIRE(q.exec(QStringLiteral("PRAGMA ") + pragma));
}

} // namespace

TEST_CASE("The control: without the translation the same messages are English, and the check says so",
          "[journal][i18n]")
{
    QTemporaryDir dir;
    const QString file = QDir(dir.path()).filePath(QStringLiteral("plik"));
    touch(file);
    const QString english = openError(file);
    INFO(english.toStdString());
    CHECK(english.contains(QStringLiteral("is a file, not a folder")));
    CHECK_FALSE(englishWordsIn(english).isEmpty());
    // A real Polish sentence with a path passes.
    CHECK(englishWordsIn(QStringLiteral("Folder dziennika %1 jest plikiem, a nie folderem.").arg(file)).isEmpty());
}

TEST_CASE("Opening: a journal folder or file that cannot be used is explained in Polish", "[journal][i18n]")
{
    const PolishInterface polish;
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString file = QDir(dir.path()).filePath(QStringLiteral("plik"));
    touch(file);

    checkPolish(QStringLiteral("no folder"), openError(QString()));
    checkPolish(QStringLiteral("a file as the folder"), openError(file));
    // The C library's reason (ENOTDIR) is in Polish too, not in the system's language.
    checkPolish(QStringLiteral("a path through a file"), openError(file + QStringLiteral("/dane")));
    {
        OpenOptions onlyToRead;
        onlyToRead.dataDir = dir.filePath(QStringLiteral("pusty"));
        onlyToRead.onlyToRead = true;
        QString error;
        CHECK_FALSE(Journal::open(onlyToRead, &error));
        checkPolish(QStringLiteral("no journal to read"), error);
    }
    {
        QTemporaryDir linked;
        touch(linked.filePath(QStringLiteral("gdzie-indziej")));
        REQUIRE(QFile::link(linked.filePath(QStringLiteral("gdzie-indziej")), journalFile(linked)));
        checkPolish(QStringLiteral("a symbolic link"), openError(linked.path()));
    }
    if (::geteuid() != 0) {
        WARN("not root: the other user's folder and file are not made (chown needs root)");
        return;
    }
    // Folders and files this process must not write into: they belong to "nobody".
    {
        const QString shared = dir.filePath(QStringLiteral("wspolny"));
        REQUIRE(QDir().mkpath(shared));
        REQUIRE(::chown(QFile::encodeName(shared).constData(), 65534, 65534) == 0);
        checkPolish(QStringLiteral("another user's folder"), openError(shared));
    }
    {
        QTemporaryDir other;
        touch(journalFile(other));
        REQUIRE(::chown(QFile::encodeName(journalFile(other)).constData(), 65534, 65534) == 0);
        checkPolish(QStringLiteral("another user's journal"), openError(other.path()));
    }
}

TEST_CASE("Opening: a locked, newer, unmigratable or damaged journal is explained in Polish", "[journal][i18n]")
{
    const PolishInterface polish;
    ManualClock clock;
    {
        QTemporaryDir dir;
        openJournal(dir.path(), clock).reset();
        RawDb other(journalFile(dir));
        other.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        other.exec(QStringLiteral("BEGIN IMMEDIATE")); // another program holds the write lock
        OpenOptions options;
        options.dataDir = dir.path();
        options.clock = &clock;
        options.busyTimeoutMs = 50;
        QString error;
        CHECK_FALSE(Journal::open(options, &error));
        checkPolish(QStringLiteral("locked"), error);
        other.exec(QStringLiteral("ROLLBACK"));
    }
    {
        QTemporaryDir dir;
        RawDb(journalFile(dir)).exec(QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion + 1));
        checkPolish(QStringLiteral("newer"), openError(dir.path()));
    }
    {
        // A version-1 journal whose next migration cannot run: its new table is already there.
        QTemporaryDir dir;
        {
            RawDb raw(journalFile(dir));
            runScript(raw, QStringLiteral(STEADYLINE_JOURNAL_FIXTURES_DIR "/journal-v1.sql"));
            raw.exec(QStringLiteral("CREATE TABLE training_attempts (x)"));
        }
        checkPolish(QStringLiteral("migration"), openError(dir.path()));
    }
    {
        QTemporaryDir dir;
        QFile garbage(journalFile(dir));
        REQUIRE(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray("to nie jest baza danych ").repeated(300));
        garbage.close();
        OpenOptions onlyToRead;
        onlyToRead.dataDir = dir.path();
        onlyToRead.onlyToRead = true;
        QString error;
        CHECK_FALSE(Journal::open(onlyToRead, &error));
        checkPolish(QStringLiteral("damaged, only to read"), error);
        auto journal = openJournal(dir.path(), clock);
        REQUIRE_FALSE(journal->movedAsidePath().isEmpty());
        checkPolish(QStringLiteral("damaged, moved aside"), journal->recoveryMessage());
    }
}

TEST_CASE("Writing: entries that wait, are given up or refused are explained in Polish", "[journal][i18n]")
{
    const PolishInterface polish;
    QTemporaryDir dir;
    ManualClock clock;
    auto journal = openJournal(dir.path(), clock);
    const qint64 call = journal->beginCall(sampleStart()).id;
    REQUIRE(call > 0);

    setPragma(*journal, QStringLiteral("query_only = ON")); // a read-only file: every write fails
    const WriteResult waiting = journal->addNote(call, QStringLiteral("czeka"));
    REQUIRE(waiting.queued);
    checkPolish(QStringLiteral("read-only, kept in memory"), waiting.error);
    REQUIRE(journal->addNote(call, QStringLiteral("też czeka")).queued);
    const WriteResult stillWaiting = journal->flushPending();
    REQUIRE(stillWaiting.queued);
    checkPolish(QStringLiteral("still waiting"), stillWaiting.error);
    CHECK(stillWaiting.error.contains(QStringLiteral("2 wpisy"))); // the Polish plural of 2
    setPragma(*journal, QStringLiteral("query_only = OFF"));
    REQUIRE(journal->flushPending().ok);

    // A full disk.
    const QString pages = RawDb(journalFile(dir)).value(QStringLiteral("PRAGMA page_count"));
    setPragma(*journal, QStringLiteral("max_page_count = %1").arg(pages));
    const WriteResult full = journal->addNote(call, QStringLiteral("Długa skarga klienta. ").repeated(2000));
    REQUIRE(full.queued);
    checkPolish(QStringLiteral("disk full"), full.error);
    setPragma(*journal, QStringLiteral("max_page_count = 1073741823"));
    REQUIRE(journal->flushPending().ok);

    // A waiting note whose call another program deleted meanwhile can never be written.
    const qint64 doomed = journal->beginCall(sampleStart(QStringLiteral("ZG-USUNIETA"))).id;
    setPragma(*journal, QStringLiteral("query_only = ON"));
    REQUIRE(journal->addNote(doomed, QStringLiteral("osierocona")).queued);
    setPragma(*journal, QStringLiteral("query_only = OFF"));
    RawDb(journalFile(dir)).exec(QStringLiteral("DELETE FROM calls WHERE id = %1").arg(doomed));
    const WriteResult afterGivenUp = journal->addNote(call, QStringLiteral("następna"));
    REQUIRE(afterGivenUp.ok);
    checkPolish(QStringLiteral("given up"), afterGivenUp.warning);

    // Writes refused before or by the database.
    checkPolish(QStringLiteral("note on an unknown call"), journal->addNote(4242, QStringLiteral("nikt")).error);
    checkPolish(QStringLiteral("end of an unknown call"), journal->endCall(4242, CallOutcome::Resolved).error);
    checkPolish(QStringLiteral("note on a call never saved"), journal->addNote(-42, QStringLiteral("nikt")).error);
    checkPolish(QStringLiteral("status of a promise never saved"),
                journal->setPromiseStatus(-42, PromiseStatus::Kept).error);
    checkPolish(QStringLiteral("status of an unknown promise"),
                journal->setPromiseStatus(4242, PromiseStatus::Kept).error);
    checkPolish(QStringLiteral("empty note"), journal->addNote(call, QStringLiteral("  ")).error);
    checkPolish(QStringLiteral("promise without text"), journal->addPromise(call, {}, {}, {}).error);
    checkPolish(QStringLiteral("event without kind"), journal->addTimelineEvent(call, {}).error);
    TrainingAttempt attempt;
    checkPolish(QStringLiteral("attempt without scenario"), journal->addTrainingAttempt(attempt).error);
    attempt.scenarioId = QStringLiteral("full-escalation-pl");
    attempt.percent = 120;
    checkPolish(QStringLiteral("attempt with a wrong percentage"), journal->addTrainingAttempt(attempt).error);
    REQUIRE(journal->endCall(call, CallOutcome::Resolved).ok);
    checkPolish(QStringLiteral("ended twice"), journal->endCall(call, CallOutcome::Resolved).error);
    checkPolish(QStringLiteral("interrupting an ended call"), journal->markInterrupted(call).error);
    checkPolish(QStringLiteral("resuming a call not interrupted"), journal->resumeCall(call).error);
    checkPolish(QStringLiteral("retention of no days"), journal->deleteCallsOlderThan(0).error);
    checkPolish(QStringLiteral("a recovery file of garbage"),
                journal->restoreWrites(QByteArrayLiteral("śmieci")).error);
    CHECK(journal->pendingWrites() == 0);
}

TEST_CASE("Reading: a read that fails is explained in Polish", "[journal][i18n]")
{
    const PolishInterface polish;
    QTemporaryDir dir;
    ManualClock clock;
    auto journal = openJournal(dir.path(), clock);
    const qint64 call = journal->beginCall(sampleStart()).id;
    RawDb(journalFile(dir)).exec(QStringLiteral("DROP TABLE timeline")); // another program broke it
    const auto timeline = journal->timeline(call);
    REQUIRE_FALSE(timeline.ok());
    checkPolish(QStringLiteral("read"), timeline.error);
}
