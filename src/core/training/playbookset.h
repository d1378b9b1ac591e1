#pragma once

#include "playbook/playbook.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>

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

    [[nodiscard]] std::shared_ptr<const Playbook> find(const QString &id) const;
    [[nodiscard]] QStringList ids() const;
    [[nodiscard]] bool isEmpty() const { return m_byId.isEmpty(); }

private:
    QHash<QString, std::shared_ptr<const Playbook>> m_byId;
};

} // namespace steadyline
