#include "playbookeditor.h"

#include "diagnosticspanel.h"
#include "draftbanner.h"
#include "jsonhighlighter.h"
#include "librarymenu.h"
#include "playbook/playbookgraph.h"
#include "publishdialog.h"
#include "scenariosummary.h"
#include "settings/settings.h"
#include "ui_playbookeditor.h"
#include "widgets/accessibility.h"
#include "widgets/confirmation.h"
#include "widgets/noticestyle.h"
#include "widgets/sessionending.h"

#include <QAction>
#include <QCloseEvent>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QMenu>
#include <QStatusBar>
#include <QStyle>

namespace steadyline::gui {

namespace {

const QString kBuiltInPrefix = QStringLiteral(":/");

} // namespace

PlaybookEditor::PlaybookEditor(Settings *settings, QWidget *parent)
    : PlaybookEditor(std::make_unique<PlaybookCatalog>(), nullptr, settings, parent)
{}

PlaybookEditor::PlaybookEditor(PlaybookCatalog &catalog, Settings *settings, QWidget *parent)
    : PlaybookEditor(nullptr, &catalog, settings, parent)
{}

PlaybookEditor::PlaybookEditor(std::unique_ptr<PlaybookCatalog> own, PlaybookCatalog *shared, Settings *settings,
                               QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::PlaybookEditor>())
    , m_ownCatalog(std::move(own))
    , m_catalog(shared ? *shared : *m_ownCatalog)
    , m_settings(settings)
{
    if (m_ownCatalog && m_settings)
        m_ownCatalog->setFolders(m_settings->string(Settings::Key::TeamPlaybookFolder),
                                 m_settings->string(Settings::Key::UserPlaybookFolder));
    m_ui->setupUi(this);
    makeStatusMessagesReadable(statusBar());
    m_previewTitle = m_ui->previewBox->title();
    m_diagramTitle = m_ui->diagramBox->title();
    m_ui->scenarioSummary->setVisible(false);
    new JsonHighlighter(m_ui->textEdit->document());
    m_drafts = new DraftBanner(*m_ui->draftBanner, *m_ui->draftLabel, *m_ui->restoreDraftButton,
                               *m_ui->discardDraftButton, this);
    m_file = new EditorFile(
        *m_ui->textEdit, *m_drafts, m_catalog, m_settings,
        [this]() -> const Diagnostics & {
            validateNow();
            return m_diagnostics;
        },
        *this);
    connect(m_file, &EditorFile::replaced, this, &PlaybookEditor::documentReplaced);
    connect(m_file, &EditorFile::saved, this, [this](bool newPath) {
        if (newPath)
            m_scenarioPlaybooks.reset(); // looked for beside the new file from now on
        updateTitle();
    });
    connect(m_file, &EditorFile::message, this, &PlaybookEditor::showMessage);
    connect(m_file, &EditorFile::status, this,
            [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    m_ui->messageLabel->setVisible(false);
    m_ui->mainSplitter->setStretchFactor(0, 5);
    m_ui->mainSplitter->setStretchFactor(1, 4);
    m_ui->textSplitter->setSizes({560, 150});
    m_ui->previewSplitter->setSizes({320, 420});
    m_diagnosticsPanel = new DiagnosticsPanel(*m_ui->diagnosticsList, *m_ui->diagnosticDetail, *m_ui->textEdit, this);

    m_validationTimer.setSingleShot(true);
    m_validationTimer.setInterval(kValidationDelayMs);
    connect(&m_validationTimer, &QTimer::timeout, this, &PlaybookEditor::validateNow);
    connect(m_ui->textEdit, &QPlainTextEdit::textChanged, this, &PlaybookEditor::onTextChanged);
    connect(m_ui->textEdit->document(), &QTextDocument::modificationChanged, this, &PlaybookEditor::updateTitle);
    connect(m_ui->preview, &PlaybookPreview::currentStepChanged, m_ui->diagram, &PlaybookDiagram::setCurrentStep);
    connect(m_ui->preview, &PlaybookPreview::localeChanged, this, &PlaybookEditor::rebuildDiagram);
    // A playbook added or changed in a folder may be the one the open scenario trains.
    connect(&m_catalog, &PlaybookCatalog::changed, this, [this] {
        m_scenarioPlaybooks.reset();
        if (m_isScenario)
            m_validationTimer.start();
    });
    createActions();
    retranslate();
    resize(1280, 800);

    m_drafts->offerAll();
}

PlaybookEditor::~PlaybookEditor() = default;

void PlaybookEditor::createActions()
{
    // The texts are set by retranslate(), also when the interface language changes.
    const auto make = [this](QMenu *menu, const QKeySequence &key, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        menu->addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_actions.newFromShipped =
        make(m_ui->menuFile, QKeySequence(Qt::CTRL | Qt::Key_N), [this] { m_file->chooseNew(); });
    m_actions.open = make(m_ui->menuFile, QKeySequence(Qt::CTRL | Qt::Key_O), [this] { m_file->chooseAndOpen(); });
    // Built in, team folder and the user's folder, as the library lists them; filled when shown
    // so it follows the catalog.
    m_actions.library = new LibraryMenu(m_catalog, this);
    m_ui->menuFile->addMenu(m_actions.library);
    connect(m_actions.library, &LibraryMenu::fileChosen, this, [this](const QString &path) {
        if (m_file->confirmDiscard())
            openFile(path);
    });
    m_ui->menuFile->addSeparator();
    m_actions.save = make(m_ui->menuFile, QKeySequence(Qt::CTRL | Qt::Key_S), [this] {
        if (m_file->needsSaveAs())
            chooseAndSaveAs();
        else
            save();
    });
    m_actions.saveAs =
        make(m_ui->menuFile, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), &PlaybookEditor::chooseAndSaveAs);
    m_ui->menuFile->addSeparator();
    // Shown to a lead or admin of a team only (setPublisher()).
    m_publishAction =
        make(m_ui->menuFile, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), [this] { openPublishDialog(); });
    m_publishAction->setVisible(false);
    m_publishAction->setEnabled(false);
    m_ui->menuFile->addSeparator();
    m_actions.close = make(m_ui->menuFile, QKeySequence(Qt::CTRL | Qt::Key_W), &QWidget::close);

    m_actions.undo = make(m_ui->menuEdit, QKeySequence::Undo, [this] { m_ui->textEdit->undo(); });
    m_actions.redo = make(m_ui->menuEdit, QKeySequence::Redo, [this] { m_ui->textEdit->redo(); });
    m_actions.undo->setEnabled(false);
    m_actions.redo->setEnabled(false);
    connect(m_ui->textEdit, &QPlainTextEdit::undoAvailable, m_actions.undo, &QAction::setEnabled);
    connect(m_ui->textEdit, &QPlainTextEdit::redoAvailable, m_actions.redo, &QAction::setEnabled);

    m_actions.nextDiagnostic = make(m_ui->menuGo, QKeySequence(Qt::Key_F8), &PlaybookEditor::nextDiagnostic);
    m_actions.goToText = make(m_ui->menuGo, QKeySequence(Qt::ALT | Qt::Key_1), [this] { m_ui->textEdit->setFocus(); });
    m_actions.goToDiagnostics =
        make(m_ui->menuGo, QKeySequence(Qt::ALT | Qt::Key_2), [this] { m_ui->diagnosticsList->setFocus(); });
    // The preview's buttons from the keyboard, wherever the focus is: Ctrl+1 the first event…
    for (int i = 0; i < 9; ++i) {
        auto *press = new QAction(this);
        press->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
        press->setShortcutContext(Qt::WindowShortcut);
        addAction(press);
        connect(press, &QAction::triggered, this, [this, i] { m_ui->preview->pressButton(i); });
        m_actions.previewButtons.push_back(press);
    }
}

void PlaybookEditor::retranslate()
{
    m_actions.newFromShipped->setText(tr("&New playbook from a shipped one…"));
    m_actions.open->setText(tr("&Open…"));
    m_actions.library->setTitle(tr("Open from the &library"));
    m_actions.save->setText(tr("&Save"));
    m_actions.saveAs->setText(tr("Save &as…"));
    m_publishAction->setText(tr("&Publish to team…"));
    m_actions.close->setText(tr("&Close"));
    m_actions.undo->setText(tr("&Undo"));
    m_actions.redo->setText(tr("&Redo"));
    m_actions.nextDiagnostic->setText(tr("&Next diagnostic"));
    m_actions.goToText->setText(tr("&Text"));
    m_actions.goToDiagnostics->setText(tr("&Diagnostics"));
    for (std::size_t i = 0; i < m_actions.previewButtons.size(); ++i)
        m_actions.previewButtons[i]->setText(tr("Preview: button %1").arg(i + 1));
    updateTitle();
}

void PlaybookEditor::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_ui->retranslateUi(this);
    m_previewTitle = m_ui->previewBox->title();
    m_diagramTitle = m_ui->diagramBox->title();
    retranslate();
    // The panes and the diagnostics' wording follow the language; the text is left as it is.
    if (m_isScenario)
        showScenarioPanes();
    else
        showPlaybookPanes();
    showDiagnostics();
}

void PlaybookEditor::setPublisher(sync::PlaybookPublisher *publisher)
{
    if (m_publisher)
        disconnect(m_publisher, nullptr, this, nullptr);
    m_publisher = publisher;
    if (m_publisher)
        connect(m_publisher, &sync::PlaybookPublisher::changed, this, &PlaybookEditor::showPublishAction);
    showPublishAction();
}

void PlaybookEditor::showPublishAction()
{
    const bool lead = m_publisher && m_publisher->mayPublish();
    m_publishAction->setVisible(lead);
    m_publishAction->setEnabled(lead);
}

PublishDialog *PlaybookEditor::openPublishDialog()
{
    if (!m_publisher || !m_publisher->mayPublish())
        return nullptr;
    validateNow();
    PublishCandidate candidate;
    if (!m_isScenario) {
        const auto firstError = std::find_if(m_diagnostics.begin(), m_diagnostics.end(),
                                             [](const Diagnostic &d) { return d.severity == Severity::Error; });
        if (firstError != m_diagnostics.end()) {
            const QString file =
                m_file->path().isEmpty() ? tr("the new playbook") : QFileInfo(m_file->path()).fileName();
            candidate.firstError = tr("%1, line %2, column %3: %4")
                                       .arg(file)
                                       .arg(firstError->line)
                                       .arg(firstError->column)
                                       .arg(firstError->translatedMessage());
        }
        if (m_result.playbook) {
            candidate.playbookId = m_result.playbook->id;
            candidate.revision = m_result.playbook->revision;
        } else if (!candidate.firstError.isEmpty()) {
            candidate.playbookId = QFileInfo(m_file->path()).completeBaseName();
            candidate.revision = m_file->revisionInText().value_or(0);
        }
        candidate.json = m_ui->textEdit->toPlainText().toUtf8();
    }
    if (!m_publishDialog) {
        m_publishDialog = new PublishDialog(*m_publisher, this);
        m_publishDialog->setObjectName(QStringLiteral("publishDialog"));
    }
    m_publishDialog->setCandidate(candidate);
    m_publishDialog->show();
    m_publishDialog->raise();
    m_publishDialog->activateWindow();
    return m_publishDialog;
}

bool PlaybookEditor::isModified() const
{
    return m_file->isModified();
}

void PlaybookEditor::updateTitle()
{
    const QString path = m_file->path();
    const QString name = path.isEmpty()                    ? tr("New playbook")
                         : path.startsWith(kBuiltInPrefix) ? tr("%1 (built-in)").arg(QFileInfo(path).fileName())
                                                           : QFileInfo(path).fileName();
    setWindowTitle(tr("%1[*] — Playbook editor").arg(name));
    setWindowModified(isModified());
}

void PlaybookEditor::showMessage(const QString &text, bool problem)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageLabel->setVisible(!text.isEmpty());
    if (problem)
        styleAsNotice(m_ui->messageLabel, NoticeKind::Problem);
    else
        styleAsQuietNotice(m_ui->messageLabel);
    statusBar()->showMessage(text, problem ? 0 : 5000);
}

void PlaybookEditor::documentReplaced()
{
    m_scenarioPlaybooks.reset(); // a scenario's playbooks are looked for beside its file
    m_scenario = {};
    showMessage(QString(), false);
    updateTitle();
    validateNow();
}

bool PlaybookEditor::openFile(const QString &path)
{
    return m_file->open(path);
}

void PlaybookEditor::newFromShipped(const QString &shippedPath)
{
    m_file->newFromShipped(shippedPath);
}

void PlaybookEditor::onTextChanged()
{
    m_validationTimer.start();
}

void PlaybookEditor::validateNow()
{
    m_validationTimer.stop();
    const QString name = m_file->path().isEmpty() ? tr("new playbook") : QFileInfo(m_file->path()).fileName();
    const QByteArray text = m_ui->textEdit->toPlainText().toUtf8();
    m_isScenario = ScenarioLoader::looksLikeScenario(text);
    if (m_isScenario)
        validateScenario(text, name);
    else
        validatePlaybook(text, name);
}

void PlaybookEditor::validatePlaybook(const QByteArray &text, const QString &name)
{
    const bool fromScenario = !m_ui->scenarioSummary->isHidden(); // also before the window is shown
    m_scenario = {};
    m_result = PlaybookLoader::loadData(text, name);
    m_diagnostics = m_result.diagnostics;
    showDiagnostics();
    showPlaybookPanes();
    if (m_result.ok()) {
        m_ui->preview->setPlaybook(m_result.playbook); // rebuilds the diagram too (localeChanged)
        m_ui->diagram->setStale(false);
    } else {
        m_ui->preview->setStale(true);
        m_ui->diagram->setStale(m_ui->preview->hasPlaybook());
        if (fromScenario && m_ui->preview->hasPlaybook()) {
            // The diagram showed the scenario's playbook: back to the last valid one edited here.
            m_ui->diagram->setGraph(PlaybookGraph::build(*m_ui->preview->playbook(), m_ui->preview->locale()));
            m_ui->diagram->setCurrentStep(m_ui->preview->currentStepId());
        }
    }
}

void PlaybookEditor::validateScenario(const QByteArray &text, const QString &name)
{
    m_result = {}; // so the preview's signals leave the scenario's diagram alone
    // Recordings the scenario names are looked for beside its file (not for a built-in or new one).
    const QString path = m_file->path();
    const QString folder =
        path.isEmpty() || path.startsWith(kBuiltInPrefix) ? QString() : QFileInfo(path).absolutePath();
    ScenarioLoadResult result = ScenarioLoader::loadData(text, name, scenarioPlaybooks(), folder);
    m_diagnostics = result.diagnostics;
    // Errors keep the last valid version on show, as for a playbook.
    if (result.ok() || !m_scenario.ok())
        m_scenario = std::move(result);
    else
        m_scenario.diagnostics = std::move(result.diagnostics);
    showDiagnostics();
    showScenarioPanes();
}

const PlaybookSet &PlaybookEditor::scenarioPlaybooks()
{
    if (!m_scenarioPlaybooks) {
        // The catalog holds the team and personal folders' playbooks already.
        std::vector<std::shared_ptr<const Playbook>> named;
        for (const CatalogEntry &entry : m_catalog.entries()) {
            named.push_back(entry.active->load.playbook);
            for (const PlaybookSnapshot &other : entry.others)
                named.push_back(other->load.playbook);
        }
        m_scenarioPlaybooks =
            PlaybookSet::forScenario(m_file->path().startsWith(kBuiltInPrefix) ? QString() : m_file->path(), {}, named);
    }
    return *m_scenarioPlaybooks;
}

void PlaybookEditor::showPlaybookPanes()
{
    m_ui->scenarioSummary->setVisible(false);
    m_ui->preview->setVisible(true);
    m_ui->previewBox->setTitle(m_previewTitle);
    m_ui->diagramBox->setTitle(m_diagramTitle);
    m_ui->diagramBox->setVisible(true);
}

void PlaybookEditor::showScenarioPanes()
{
    m_ui->preview->setVisible(false);
    m_ui->scenarioSummary->setVisible(true);
    m_ui->previewBox->setTitle(tr("Scenario"));
    const bool valid = !hasErrors(m_diagnostics);
    m_ui->scenarioSummary->setText(ScenarioSummary::html(m_scenario, valid));

    // The diagram shows the playbook the scenario trains, from the step the scenario starts at.
    const Scenario *scenario = m_scenario.scenario.get();
    const Playbook *playbook = m_scenario.playbook.get();
    m_ui->diagramBox->setVisible(scenario && playbook);
    if (!scenario || !playbook)
        return;
    m_ui->diagramBox->setTitle(tr("Flow of the playbook it trains: %1").arg(playbook->id));
    m_ui->diagram->setGraph(PlaybookGraph::build(*playbook, scenario->language));
    const ScenarioTurn *start = scenario->findTurn(scenario->start);
    m_ui->diagram->setCurrentStep(start ? start->step : QString());
    m_ui->diagram->setStale(!valid);
}

void PlaybookEditor::showDiagnostics()
{
    statusBar()->showMessage(m_diagnosticsPanel->show(m_diagnostics));
}

void PlaybookEditor::rebuildDiagram()
{
    if (!m_result.ok())
        return; // keeps the last valid version's diagram
    m_ui->diagram->setGraph(PlaybookGraph::build(*m_result.playbook, m_ui->preview->locale()));
    m_ui->diagram->setCurrentStep(m_ui->preview->currentStepId());
}

void PlaybookEditor::nextDiagnostic()
{
    if (const QString where = m_diagnosticsPanel->goToNext(); !where.isEmpty())
        statusBar()->showMessage(where);
}

bool PlaybookEditor::save()
{
    return m_file->save();
}

bool PlaybookEditor::saveAs(const QString &path)
{
    return m_file->saveTo(path);
}

void PlaybookEditor::chooseAndSaveAs()
{
    const QString id = m_result.ok()         ? m_result.playbook->id
                       : m_scenario.scenario ? m_scenario.scenario->id
                       : m_isScenario        ? QStringLiteral("scenario")
                                             : QStringLiteral("playbook");
    m_file->chooseAndSaveAs(id, m_isScenario);
}

void PlaybookEditor::closeEvent(QCloseEvent *event)
{
    if (sessionEnding()) {
        // Logout or shutdown: no question, and the changes stay in the draft, offered at the
        // next start.
        m_file->keepDraftAtSessionEnd();
        event->accept();
        return;
    }
    if (isModified() && !Confirmation::ask(this, tr("Close the editor?"),
                                           tr("The changes to this playbook are not saved. Close and discard them?"),
                                           tr("Discard changes"))) {
        event->ignore();
        return;
    }
    // A deliberate close: the draft is no longer wanted. (A crash never gets here.)
    m_file->removeDraft();
    event->accept();
}

} // namespace steadyline::gui
