#include "scenarioplaybooks.h"

#include "playbook/playbookloader.h"
#include "training/scenarioloader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace steadyline::cli {

bool isScenarioFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return ScenarioLoader::looksLikeScenario(file.read(ScenarioLoader::kMaxFileBytes));
}

PlaybookSet playbooksForScenario(const QString &scenarioPath, const QStringList &files)
{
    PlaybookSet playbooks;
    for (const QString &file : files) {
        if (file != scenarioPath && !isScenarioFile(file))
            playbooks.add(PlaybookLoader::loadFile(file).playbook);
    }
    const QDir folder = QFileInfo(scenarioPath).absoluteDir();
    playbooks.addFolder(folder.path());
    playbooks.addFolder(QFileInfo(folder.path()).absolutePath());
    playbooks.addBuiltIn();
    return playbooks;
}

} // namespace steadyline::cli
