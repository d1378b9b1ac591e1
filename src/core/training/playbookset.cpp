#include "playbookset.h"

#include "playbook/playbooklibrary.h"
#include "playbook/playbookloader.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace steadyline {

void PlaybookSet::add(std::shared_ptr<const Playbook> playbook)
{
    if (!playbook)
        return;
    const auto existing = m_byId.constFind(playbook->id);
    if (existing != m_byId.cend() && (*existing)->revision >= playbook->revision)
        return;
    m_byId.insert(playbook->id, std::move(playbook));
}

void PlaybookSet::addFolder(const QString &folder)
{
    const QDir dir(folder);
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        // A scenario file does not load as a playbook (it has no steps); such files are skipped.
        add(PlaybookLoader::loadFile(dir.filePath(name)).playbook);
    }
}

void PlaybookSet::addBuiltIn()
{
    for (const QString &path : PlaybookLibrary::builtInPlaybookFiles())
        add(PlaybookLoader::loadFile(path).playbook);
}

PlaybookSet PlaybookSet::forScenario(const QString &scenarioPath, const QStringList &playbookFolders,
                                     const std::vector<std::shared_ptr<const Playbook>> &named)
{
    PlaybookSet playbooks;
    for (const auto &playbook : named)
        playbooks.add(playbook);
    // A scenario built in (":/scenarios/…") has no folder of its own on disk.
    if (!scenarioPath.isEmpty() && !scenarioPath.startsWith(QLatin1Char(':'))) {
        const QDir folder = QFileInfo(scenarioPath).absoluteDir();
        playbooks.addFolder(folder.path());
        playbooks.addFolder(QFileInfo(folder.path()).absolutePath());
    }
    for (const QString &folder : playbookFolders) {
        if (!folder.isEmpty())
            playbooks.addFolder(folder);
    }
    playbooks.addBuiltIn();
    return playbooks;
}

std::shared_ptr<const Playbook> PlaybookSet::find(const QString &id) const
{
    return m_byId.value(id);
}

QStringList PlaybookSet::ids() const
{
    QStringList ids = m_byId.keys();
    std::sort(ids.begin(), ids.end());
    return ids;
}

} // namespace steadyline
