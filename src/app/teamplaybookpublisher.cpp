#include "teamplaybookpublisher.h"

#include "journal/journal.h"
#include "teamlink.h"
#include "teamstore.h"

#include <QSqlDatabase>

#include <algorithm>

namespace steadyline::gui {

TeamPlaybookPublisher::TeamPlaybookPublisher(TeamLink &team, journal::Journal *journal, QObject *parent)
    : sync::PlaybookPublisher(parent)
    , m_team(team)
    , m_journal(journal)
{
    connect(&m_team, &TeamLink::publicationDone, this, &sync::PlaybookPublisher::publicationDone);
    connect(&m_team, &TeamLink::statusChanged, this, &sync::PlaybookPublisher::changed);
    connect(&m_team, &TeamLink::teamRowsArrived, this, [this](const QStringList &kinds) {
        if (kinds.contains(QString::fromLatin1(sync::kPublishedPlaybookKind)))
            emit changed();
    });
}

bool TeamPlaybookPublisher::mayPublish() const
{
    const sync::SyncStatus &status = m_team.status();
    return status.joined && (status.role == u"lead" || status.role == u"admin");
}

bool TeamPlaybookPublisher::online() const
{
    return m_team.status().online;
}

void TeamPlaybookPublisher::publish(const QByteArray &json, const QString &note)
{
    m_team.publishPlaybook(json, note);
}

void TeamPlaybookPublisher::rollBack(const QString &playbookId, int revision)
{
    m_team.rollBackPlaybook(playbookId, revision);
}

std::vector<PlaybookPublication> TeamPlaybookPublisher::publications(const QString &playbookId) const
{
    std::vector<PlaybookPublication> found;
    if (!m_journal)
        return found;
    QString error;
    const sync::TeamStore store(QSqlDatabase::database(m_journal->connectionName(), false));
    for (PlaybookPublication &publication : store.publications(&error)) {
        if (publication.playbookId == playbookId)
            found.push_back(std::move(publication));
    }
    std::sort(found.begin(), found.end(),
              [](const PlaybookPublication &a, const PlaybookPublication &b) { return a.revision > b.revision; });
    return found;
}

} // namespace steadyline::gui
