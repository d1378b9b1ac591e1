#pragma once

// Helpers shared by the journal tests: a temporary data folder, a second raw connection to the
// database (to look at it the way another program would), and fixture scripts.
#include "journal/journal.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QVariant>

#include <sys/stat.h>

#include "catch_qt.h"

namespace steadyline::test {

// A raw SQLite connection for checks and setup, removed when it goes out of scope.
class RawDb
{
public:
    explicit RawDb(const QString &file)
        : m_name(QStringLiteral("journal-test-raw-%1").arg(++counter()))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(file);
        REQUIRE(db.open());
    }
    ~RawDb()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    [[nodiscard]] QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Runs one statement; fails the test if it fails.
    void exec(const QString &sql) const
    {
        QSqlQuery q(db());
        INFO(sql.toStdString());
        INFO(q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
    }
    // The first column of every row.
    [[nodiscard]] QStringList column(const QString &sql) const
    {
        QSqlQuery q(db());
        INFO(sql.toStdString());
        REQUIRE(q.exec(sql));
        QStringList values;
        while (q.next())
            values << q.value(0).toString();
        return values;
    }
    [[nodiscard]] QString value(const QString &sql) const
    {
        const QStringList values = column(sql);
        return values.isEmpty() ? QString() : values.front();
    }

private:
    static int &counter()
    {
        static int n = 0;
        return n;
    }
    QString m_name;
};

inline QString journalFile(const QTemporaryDir &dir)
{
    return QDir(dir.path()).filePath(journal::kJournalFileName);
}

// The permission bits of `path` (-1 if it does not exist).
inline int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 07777);
}

inline std::unique_ptr<journal::Journal> openJournal(const QString &dir, const Clock &clock)
{
    QString error;
    auto journal = journal::Journal::open(dir, &error, clock);
    INFO(error.toStdString());
    REQUIRE(journal);
    CHECK(error.isEmpty());
    return journal;
}

inline journal::CallStart sampleStart(const QString &caseReference = QStringLiteral("ZG-2026/0042"))
{
    journal::CallStart start;
    start.channel = Channel::Phone;
    start.address = FormOfAddress::FormalFemale;
    start.caseReference = caseReference;
    start.playbookId = QStringLiteral("aggressive-caller-pl");
    start.revision = 3;
    start.sha256 = QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08");
    start.locale = QStringLiteral("pl");
    return start;
}

// Runs an SQL script: statements end with ';' at the end of a line, triggers with "END;".
inline void runScript(const RawDb &db, const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    QString statement;
    for (const QString &line : lines) {
        if (statement.isEmpty() && (line.trimmed().isEmpty() || line.trimmed().startsWith(QStringLiteral("--"))))
            continue;
        statement += line + QLatin1Char('\n');
        const bool trigger = statement.trimmed().startsWith(QStringLiteral("CREATE TRIGGER"), Qt::CaseInsensitive);
        const QString end = line.trimmed();
        if (trigger ? end.compare(QStringLiteral("END;"), Qt::CaseInsensitive) == 0 : end.endsWith(QLatin1Char(';'))) {
            statement = statement.trimmed();
            statement.chop(1);
            db.exec(statement);
            statement.clear();
        }
    }
    REQUIRE(statement.trimmed().isEmpty());
}

} // namespace steadyline::test
