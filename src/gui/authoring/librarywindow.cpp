#include "librarywindow.h"

#include "app/appcontext.h"

#include "playbookeditor.h"
#include "playbooklistmodel.h"
#include "scenariofilemodel.h"
#include "ui_librarywindow.h"
#include "widgets/accessibility.h"
#include "widgets/noticestyle.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace steadyline::gui {

void showCatalogProblems(QLabel *banner, const PlaybookCatalog &catalog)
{
    const auto &problems = catalog.problems();
    QStringList lines;
    QStringList details;
    for (const CatalogProblem &problem : problems) {
        lines << problem.message;
        for (const Diagnostic &d : problem.diagnostics)
            details << d.toTranslatedString();
    }
    styleAsNotice(banner, NoticeKind::Attention);
    // A rejected file's diagnostics quote what it holds: shown as written, never as markup.
    banner->setTextFormat(Qt::PlainText);
    banner->setText(lines.join(QLatin1Char('\n')));
    // The full list, compiler style, for whoever fixes the file.
    // Escaped, so that a tooltip holding "<img …>" from the file is shown, never drawn.
    banner->setToolTip(details.isEmpty() ? QString()
                                         : QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
                                               .arg(details.mid(0, 20)
                                                        .join(QLatin1Char('\n'))
                                                        .toHtmlEscaped()
                                                        .replace(QLatin1Char('\n'), QStringLiteral("<br>"))));
    banner->setVisible(!problems.empty());
}

LibraryWindow::LibraryWindow(QWidget *parent)
    : LibraryWindow(std::make_unique<PlaybookCatalog>(), nullptr, nullptr, parent)
{}

LibraryWindow::LibraryWindow(PlaybookCatalog &catalog, QWidget *parent)
    : LibraryWindow(nullptr, &catalog, nullptr, parent)
{}

LibraryWindow::LibraryWindow(AppContext &context, QWidget *parent)
    : LibraryWindow(nullptr, &context.catalog(), &context.settings(), parent)
{
    m_publisher = context.publisher();
}

LibraryWindow::LibraryWindow(std::unique_ptr<PlaybookCatalog> own, PlaybookCatalog *shared, Settings *settings,
                             QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::LibraryWindow>())
    , m_ownCatalog(std::move(own))
    , m_catalog(shared ? *shared : *m_ownCatalog)
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_playbooks = new PlaybookListModel(this);
    m_scenarios = new ScenarioFileModel(this);
    m_ui->playbookList->setModel(m_playbooks);
    m_ui->scenarioList->setModel(m_scenarios);
    makeStatusMessagesReadable(statusBar());
    connect(m_ui->playbookList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &LibraryWindow::showPlaybook);
    // Enter and a double-click both arrive as "activated".
    connect(m_ui->playbookList, &QListView::activated, this, &LibraryWindow::editChosenPlaybook);
    connect(m_ui->scenarioList, &QListView::activated, this, &LibraryWindow::editChosenScenario);
    connect(m_ui->editPlaybookButton, &QPushButton::clicked, this, &LibraryWindow::editChosenPlaybook);
    connect(m_ui->editScenarioButton, &QPushButton::clicked, this, &LibraryWindow::editChosenScenario);
    // Ctrl+E as in the assist window: edits what is chosen in the list that has the focus.
    auto *edit = new QAction(tr("Edit"), this);
    edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    edit->setShortcutContext(Qt::WindowShortcut);
    addAction(edit);
    connect(edit, &QAction::triggered, this, [this] {
        if (m_ui->scenarioList->hasFocus() || m_ui->editScenarioButton->hasFocus())
            editChosenScenario();
        else
            editChosenPlaybook();
    });
    connect(&m_catalog, &PlaybookCatalog::changed, this, &LibraryWindow::showCatalog);
    connect(&m_catalog, &PlaybookCatalog::fileRejected, this,
            [this] { showCatalogProblems(m_ui->problemBanner, m_catalog); });
    showCatalog();
}

LibraryWindow::~LibraryWindow() = default;

void LibraryWindow::showCatalog()
{
    // The models keep the chosen rows that are still there; a list whose chosen row went away
    // starts again at its first row.
    const QString chosenPlaybook = m_playbooks->playbookId(m_ui->playbookList->currentIndex().row());
    const QString chosenScenario = m_scenarios->path(m_ui->scenarioList->currentIndex().row());
    m_playbooks->refresh(m_catalog, QLocale().name().left(2));
    m_scenarios->refresh(m_catalog);
    if (m_playbooks->rowOf(chosenPlaybook) < 0)
        m_ui->playbookList->setCurrentIndex(m_playbooks->index(0, 0));
    if (m_scenarios->rowOf(chosenScenario) < 0)
        m_ui->scenarioList->setCurrentIndex(m_scenarios->index(0, 0));
    const bool scenarios = m_scenarios->rowCount() > 0;
    m_ui->scenarioHeading->setVisible(scenarios);
    m_ui->scenarioList->setVisible(scenarios);
    m_ui->editScenarioButton->setVisible(scenarios);
    m_ui->editPlaybookButton->setEnabled(m_playbooks->rowCount() > 0);

    showCatalogProblems(m_ui->problemBanner, m_catalog);
    statusBar()->showMessage(tr("%n playbook(s) loaded", nullptr, m_playbooks->rowCount()));
    showPlaybook(); // the chosen playbook's version may have changed
}

void LibraryWindow::showPlaybook()
{
    const CatalogEntry *entry = m_catalog.entry(m_playbooks->playbookId(m_ui->playbookList->currentIndex().row()));
    if (!entry) {
        m_ui->playbookDetails->clear();
        return;
    }
    const Playbook &playbook = entry->active->playbook();
    const QString locale = QLocale().name().left(2);
    const QString where = entry->active->source == PlaybookSource::BuiltIn
                              ? playbookSourceLabel(entry->active->source)
                              : QStringLiteral("%1 (%2)").arg(playbookSourceLabel(entry->active->source),
                                                              QDir::toNativeSeparators(entry->active->path));
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><p>%3<br>%4</p><p><i>%5</i></p><ol>")
                       .arg(playbook.title.resolve(locale, playbook.baseLocale).toHtmlEscaped(),
                            playbook.description.resolve(locale, playbook.baseLocale).toHtmlEscaped(),
                            tr("Revision %1 · languages: %2")
                                .arg(playbook.revision)
                                .arg(playbook.locales.join(QStringLiteral(", ")))
                                .toHtmlEscaped(),
                            tr("From: %1").arg(where).toHtmlEscaped(), entry->why.toHtmlEscaped());
    for (const Step &step : playbook.steps)
        html += QStringLiteral("<li><b>%1</b> %2</li>")
                    .arg(step.label.toHtmlEscaped(), step.title.resolve(locale, playbook.baseLocale).toHtmlEscaped());
    html += QStringLiteral("</ol>");
    m_ui->playbookDetails->setHtml(html);
}

PlaybookEditor *LibraryWindow::editChosenPlaybook()
{
    const CatalogEntry *entry = m_catalog.entry(m_playbooks->playbookId(m_ui->playbookList->currentIndex().row()));
    return entry ? openEditor(entry->active->path) : nullptr;
}

PlaybookEditor *LibraryWindow::editChosenScenario()
{
    const QString path = m_scenarios->path(m_ui->scenarioList->currentIndex().row());
    return path.isEmpty() ? nullptr : openEditor(path);
}

PlaybookEditor *LibraryWindow::openEditor(const QString &path)
{
    // A window of its own, sharing the app's catalog: the scenario's playbooks and the team
    // folder (protected from broken saves) are the ones this library shows.
    auto *editor = new PlaybookEditor(m_catalog, m_settings, this);
    editor->setPublisher(m_publisher);
    editor->setObjectName(QStringLiteral("playbookEditor"));
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setWindowFlag(Qt::Window);
    if (!editor->openFile(path)) {
        statusBar()->showMessage(tr("Cannot open %1 in the editor").arg(QDir::toNativeSeparators(path)));
        editor->deleteLater();
        return nullptr;
    }
    editor->show();
    return editor;
}

} // namespace steadyline::gui
