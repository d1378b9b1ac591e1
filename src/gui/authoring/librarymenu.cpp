#include "librarymenu.h"

#include "common/labels.h"
#include "playbook/playbookcatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace steadyline::gui {

LibraryMenu::LibraryMenu(const PlaybookCatalog &catalog, QWidget *parent)
    : QMenu(parent)
    , m_catalog(catalog)
{
    setObjectName(QStringLiteral("openFromLibraryMenu"));
    connect(this, &QMenu::aboutToShow, this, &LibraryMenu::fill);
}

void LibraryMenu::addFile(const QString &text, const QString &path)
{
    QAction *action = addAction(text);
    action->setData(path);
    action->setToolTip(QDir::toNativeSeparators(path));
    connect(action, &QAction::triggered, this, [this, path] { emit fileChosen(path); });
}

void LibraryMenu::fill()
{
    clear();
    const QString locale = QLocale().name().left(2);
    for (const CatalogEntry &entry : m_catalog.entries()) {
        std::vector<PlaybookSnapshot> versions{entry.active};
        versions.insert(versions.end(), entry.others.begin(), entry.others.end());
        for (const PlaybookSnapshot &version : versions) {
            const Playbook &playbook = version->playbook();
            QString text =
                tr("%1 · %2 · revision %3")
                    .arg(playbook.title.resolve(locale, playbook.baseLocale), playbookSourceLabel(version->source))
                    .arg(playbook.revision);
            if (version != entry.active)
                text += tr(" (not in use)");
            addFile(text, version->path);
        }
    }
    if (!m_catalog.scenarioFiles().empty())
        addSection(tr("Scenarios"));
    for (const CatalogScenarioFile &scenario : m_catalog.scenarioFiles())
        addFile(tr("%1 · %2").arg(QFileInfo(scenario.path).fileName(), playbookSourceLabel(scenario.source)),
                scenario.path);
    if (isEmpty())
        addAction(tr("(no playbooks found)"))->setEnabled(false);
}

} // namespace steadyline::gui
