#pragma once

#include "playbookpublisher.h"

namespace steadyline::journal {
class Journal;
}

namespace steadyline::gui {

class TeamLink;

// The editor's way to the team server (issue #18 §5): publications and rollbacks go through the
// team link's sync worker; the list of published revisions is read from the journal's team rows,
// so it shows offline as last pulled.
class TeamPlaybookPublisher : public sync::PlaybookPublisher
{
    Q_OBJECT

public:
    TeamPlaybookPublisher(TeamLink &team, journal::Journal *journal, QObject *parent = nullptr);

    [[nodiscard]] bool mayPublish() const override;
    [[nodiscard]] bool online() const override;
    void publish(const QByteArray &json, const QString &note) override;
    void rollBack(const QString &playbookId, int revision) override;
    [[nodiscard]] std::vector<PlaybookPublication> publications(const QString &playbookId) const override;

private:
    TeamLink &m_team;
    journal::Journal *m_journal;
};

} // namespace steadyline::gui
