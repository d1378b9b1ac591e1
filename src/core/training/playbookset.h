#pragma once

#include "playbook/playbook.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace steadyline {

// The playbooks a scenario may name, by id; for each id the highest revision is kept.
class PlaybookSet
{
public:
    void add(std::shared_ptr<const Playbook> playbook);
    // Adds every valid playbook file directly in `folder` (scenario files and broken files are skipped).
    void addFolder(const QString &folder);
    // Adds the playbooks built into the application.
    void addBuiltIn();

    // The one rule for which playbooks a training scenario may use (the command line, the editor
    // and a rehearsal all ask this): `named` first (files named on the command line, the catalog's
    // playbooks), then the playbooks beside the scenario file and in the folder above it (where the
    // shipped and team layouts keep them), then `playbookFolders` (the team and personal folders),
    // then the built-in ones. For each id the highest revision wins.
    [[nodiscard]] static PlaybookSet forScenario(const QString &scenarioPath, const QStringList &playbookFolders = {},
                                                 const std::vector<std::shared_ptr<const Playbook>> &named = {});

    [[nodiscard]] std::shared_ptr<const Playbook> find(const QString &id) const;
    [[nodiscard]] QStringList ids() const;
    [[nodiscard]] bool isEmpty() const { return m_byId.isEmpty(); }

private:
    QHash<QString, std::shared_ptr<const Playbook>> m_byId;
};

} // namespace steadyline
