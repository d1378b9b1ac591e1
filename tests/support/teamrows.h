#pragma once

// The team's rows of a lead's journal, stored as the sync worker stores a pull (times with an
// offset, as PostgreSQL's to_jsonb writes them), for tests of the team board without a server.
#include "journal/journal.h"
#include "teamstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>
#include <optional>

namespace steadyline::testing {

// As PostgreSQL's to_jsonb writes a timestamptz.
inline QString serverTime(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("+00:00");
}

class TeamRows
{
public:
    // `now`: the moment the rows' "seconds ago" count from.
    explicit TeamRows(QDateTime now)
        : m_now(std::move(now))
    {
        QString error;
        m_journal = journal::Journal::open(m_dir.path(), &error);
        REQUIRE(m_journal);
        REQUIRE(store().join(QStringLiteral("postgresql://lead@server/steadyline"), QStringLiteral("lead"),
                             QStringLiteral("north"), QStringLiteral("lead"), &error));
    }

    sync::TeamStore store() const
    {
        return sync::TeamStore(QSqlDatabase::database(m_journal->connectionName(), false));
    }
    QSqlDatabase database() const { return QSqlDatabase::database(m_journal->connectionName(), false); }

    void call(const QString &uuid, const QString &login, qint64 startedSecsAgo, std::optional<qint64> endedSecsAgo,
              const QString &outcome = {}, bool training = false, bool methodEnd = true)
    {
        QJsonObject data{{QStringLiteral("started_at"), serverTime(m_now.addSecs(-startedSecsAgo))},
                         {QStringLiteral("channel"), QStringLiteral("phone")},
                         {QStringLiteral("playbook_id"), QStringLiteral("aggressive-caller-pl")},
                         {QStringLiteral("training"), training}};
        if (endedSecsAgo)
            data.insert(QStringLiteral("ended_at"), serverTime(m_now.addSecs(-*endedSecsAgo)));
        if (!outcome.isEmpty())
            data.insert(QStringLiteral("outcome"), outcome);
        data.insert(QStringLiteral("method_end"), methodEnd); // as the server sets it from the timeline
        add(QStringLiteral("call"), uuid, login, data);
    }

    void timeline(const QString &callUuid, const QString &login, qint64 secsAgo, const QString &kind,
                  const QString &stepId = {}, const QString &detail = {})
    {
        add(QStringLiteral("timeline"), newId(), login,
            {{QStringLiteral("call_id"), callUuid},
             {QStringLiteral("at"), serverTime(m_now.addSecs(-secsAgo))},
             {QStringLiteral("kind"), kind},
             {QStringLiteral("step_id"), stepId},
             {QStringLiteral("detail"), detail}});
    }

    void note(const QString &callUuid, const QString &login, qint64 secsAgo, const QStringList &tags)
    {
        add(QStringLiteral("note"), newId(), login,
            {{QStringLiteral("call_id"), callUuid},
             {QStringLiteral("at"), serverTime(m_now.addSecs(-secsAgo))},
             {QStringLiteral("tags"), QJsonArray::fromStringList(tags)}});
    }

    void answer(const QString &callUuid, const QString &lead, qint64 secsAgo, const QString &text)
    {
        add(QStringLiteral("hand_answer"), newId(), lead,
            {{QStringLiteral("call_id"), callUuid},
             {QStringLiteral("at"), serverTime(m_now.addSecs(-secsAgo))},
             {QStringLiteral("text"), text}});
    }

    [[nodiscard]] journal::Journal &journal() const { return *m_journal; }
    [[nodiscard]] const QDateTime &now() const { return m_now; }

private:
    QString newId() { return QStringLiteral("00000000-0000-4000-8000-%1").arg(++m_ids, 12, 10, QLatin1Char('0')); }

    void add(const QString &kind, const QString &uuid, const QString &login, const QJsonObject &data)
    {
        QString error;
        REQUIRE(store().storePulled({{++m_seq, kind, uuid, login, QStringLiteral("north"), data}}, m_now, &error, 0));
    }

    QDateTime m_now;
    QTemporaryDir m_dir;
    std::unique_ptr<journal::Journal> m_journal;
    qint64 m_seq = 0;
    int m_ids = 0;
};

} // namespace steadyline::testing
