#include "playbookeditor.h"

#include "authoring/editordrafts.h"
#include "common/privatefile.h"
#include "diagnosticspanel.h"
#include "draftbanner.h"
#include "jsonhighlighter.h"
#include "librarymenu.h"
#include "playbook/playbookgraph.h"
#include "playbook/playbooklibrary.h"
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
#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QStyle>

namespace steadyline::gui {

namespace {

const QString kBuiltInPrefix = QStringLiteral(":/");

// The first "revision" member is the playbook's own: it comes before the steps in every file the
// editor writes, and no step or event has a member of that name.
const QRegularExpression &revisionPattern()
{
    static const QRegularExpression pattern(QStringLiteral("\"revision\"\\s*:\\s*(\\d+)"));
    return pattern;
}

QString readText(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    if (file.size() > PlaybookLoader::kMaxFileBytes) {
        *error = QCoreApplication::translate("PlaybookEditor", "the file is too large to be a playbook");
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QString titleOf(const QString &path)
{
    const LoadResult result = PlaybookLoader::loadFile(path);
    if (!result.ok())
        return QFileInfo(path).fileName();
    return QStringLiteral("%1 · %2").arg(result.playbook->baseLocale,
                                         result.playbook->title.resolve(result.playbook->baseLocale, {}));
}

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
    connect(m_drafts, &DraftBanner::restoreRequested, this, &PlaybookEditor::restoreDraft);
    m_ui->messageLabel->setVisible(false);
    m_ui->mainSplitter->setStretchFactor(0, 5);
    m_ui->mainSplitter->setStretchFactor(1, 4);
    m_ui->textSplitter->setSizes({560, 150});
    m_ui->previewSplitter->setSizes({320, 420});
    m_diagnosticsPanel = new DiagnosticsPanel(*m_ui->diagnosticsList, *m_ui->diagnosticDetail, *m_ui->textEdit, this);

    m_validationTimer.setSingleShot(true);
    m_validationTimer.setInterval(kValidationDelayMs);
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(kDraftDelayMs);
    connect(&m_validationTimer, &QTimer::timeout, this, &PlaybookEditor::validateNow);
    connect(&m_draftTimer, &QTimer::timeout, this, &PlaybookEditor::writeDraft);
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
    m_actions.newFromShipped = make(m_ui->menuFile, QKeySequence(Qt::CTRL | Qt::Key_N), &PlaybookEditor::chooseNew);
    m_actions.open = make(m_ui->menuFile, QKeySequence(Qt::CTRL | Qt::Key_O), &PlaybookEditor::chooseAndOpen);
    // Built in, team folder and the user's folder, as the library lists them; filled when shown
    // so it follows the catalog.
    m_actions.library = new LibraryMenu(m_catalog, this);
    m_ui->menuFile->addMenu(m_actions.library);
    connect(m_actions.library, &LibraryMenu::fileChosen, this, [this](const QString &path) {
        if (confirmDiscard())
            openFile(path);
    });
    m_ui->menuFile->addSeparator();
    m_actions.save = make(m_ui->menuFile, QKeySequence(Qt::CTRL | Qt::Key_S), [this] {
        // The team's published copy is the sync worker's, rewritten at every pull: Save As, like a built-in one.
        const QString published = m_catalog.folder(PlaybookSource::Published);
        if (m_path.isEmpty() || m_path.startsWith(kBuiltInPrefix) ||
            (!published.isEmpty() && QFileInfo(m_path).absolutePath() == QFileInfo(published).absoluteFilePath()))
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
            const QString file = m_path.isEmpty() ? tr("the new playbook") : QFileInfo(m_path).fileName();
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
            candidate.playbookId = QFileInfo(m_path).completeBaseName();
            candidate.revision = revisionInText().value_or(0);
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

QString PlaybookEditor::folder(PlaybookSource source) const
{
    QString path = m_catalog.folder(source);
    if (path.isEmpty() && m_settings && source != PlaybookSource::BuiltIn)
        path = m_settings->string(source == PlaybookSource::Team ? Settings::Key::TeamPlaybookFolder
                                                                 : Settings::Key::UserPlaybookFolder);
    return path;
}

bool PlaybookEditor::isModified() const
{
    return m_ui->textEdit->document()->isModified();
}

void PlaybookEditor::updateTitle()
{
    const QString name = m_path.isEmpty()                    ? tr("New playbook")
                         : m_path.startsWith(kBuiltInPrefix) ? tr("%1 (built-in)").arg(QFileInfo(m_path).fileName())
                                                             : QFileInfo(m_path).fileName();
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

bool PlaybookEditor::confirmDiscard()
{
    if (!isModified())
        return true;
    return Confirmation::ask(this, tr("Discard the changes?"),
                             tr("The changes to this playbook are not saved. Discard them?"), tr("Discard changes"));
}

void PlaybookEditor::setDocument(const QString &text, const QString &path, const QString &savedText)
{
    EditorDrafts::remove(m_draftFile);
    m_path = path;
    m_savedText = savedText;
    m_scenarioPlaybooks.reset(); // a scenario's playbooks are looked for beside its file
    m_scenario = {};
    m_draftFile = EditorDrafts::fileFor(path);
    const QRegularExpressionMatch match = revisionPattern().match(savedText);
    m_savedRevision = match.hasMatch() ? match.captured(1).toInt() : -1;
    m_ui->textEdit->setPlainText(text);
    m_ui->textEdit->document()->setModified(text != savedText);
    m_ui->textEdit->moveCursor(QTextCursor::Start);
    showMessage(QString(), false);
    updateTitle();
    validateNow();
}

bool PlaybookEditor::openFile(const QString &path)
{
    QString error;
    const QString text = readText(path, &error);
    if (!error.isEmpty()) {
        showMessage(tr("Cannot open %1: %2").arg(path, error), true);
        return false;
    }
    setDocument(text, path, text);
    statusBar()->showMessage(tr("Opened %1").arg(path), 5000);
    return true;
}

void PlaybookEditor::newFromShipped(const QString &shippedPath)
{
    QString error;
    QString text = readText(shippedPath, &error);
    if (!error.isEmpty()) {
        showMessage(tr("Cannot read %1: %2").arg(shippedPath, error), true);
        return;
    }
    // A copy must not take the place of the shipped playbook: a new id, and revision 1.
    static const QRegularExpression id(QStringLiteral("(\"id\"\\s*:\\s*\")([a-z0-9._-]+)(\")"));
    const QRegularExpressionMatch match = id.match(text);
    if (match.hasMatch())
        text.replace(match.capturedStart(2), match.capturedLength(2), match.captured(2) + QStringLiteral("-custom"));
    const QRegularExpressionMatch revision = revisionPattern().match(text);
    if (revision.hasMatch())
        text.replace(revision.capturedStart(1), revision.capturedLength(1), QStringLiteral("1"));
    setDocument(text, QString(), QString());
    statusBar()->showMessage(
        tr("New playbook from %1: give it a file name with Save (Ctrl+S)").arg(QFileInfo(shippedPath).fileName()));
}

void PlaybookEditor::onTextChanged()
{
    m_validationTimer.start();
    if (isModified())
        m_draftTimer.start();
}

void PlaybookEditor::validateNow()
{
    m_validationTimer.stop();
    const QString name = m_path.isEmpty() ? tr("new playbook") : QFileInfo(m_path).fileName();
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
    const QString folder =
        m_path.isEmpty() || m_path.startsWith(kBuiltInPrefix) ? QString() : QFileInfo(m_path).absolutePath();
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
            PlaybookSet::forScenario(m_path.startsWith(kBuiltInPrefix) ? QString() : m_path, {}, named);
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

bool PlaybookEditor::isProtected(const QString &path) const
{
    if (path.startsWith(kBuiltInPrefix))
        return true;
    const QFileInfo info(path);
    if (info.exists() && !info.isWritable())
        return true;
    const QString team = folder(PlaybookSource::Team);
    if (team.isEmpty())
        return false;
    const QString folder = QFileInfo(team).canonicalFilePath();
    const QString directory = QFileInfo(info.absolutePath()).canonicalFilePath();
    return !folder.isEmpty() && (directory == folder || directory.startsWith(folder + QLatin1Char('/')));
}

std::optional<int> PlaybookEditor::revisionInText(int *position, int *length) const
{
    const QRegularExpressionMatch match = revisionPattern().match(m_ui->textEdit->toPlainText());
    if (!match.hasMatch())
        return std::nullopt;
    if (position)
        *position = static_cast<int>(match.capturedStart(1));
    if (length)
        *length = static_cast<int>(match.capturedLength(1));
    return match.captured(1).toInt();
}

PlaybookEditor::RevisionAnswer PlaybookEditor::askRevision(int current)
{
    if (s_nextRevisionAnswer) {
        const RevisionAnswer answer = *s_nextRevisionAnswer;
        s_nextRevisionAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Question, tr("A new revision?"),
                    tr("The playbook changed since revision %1. Save it as revision %2, so the library uses this "
                       "version and call records name it?")
                        .arg(current)
                        .arg(current + 1),
                    QMessageBox::NoButton, this);
    QPushButton *bump = box.addButton(tr("Save as revision %1").arg(current + 1), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("Keep revision %1").arg(current), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(bump);
    box.exec();
    if (box.clickedButton() == bump)
        return RevisionAnswer::Bump;
    return box.clickedButton() == keep ? RevisionAnswer::Keep : RevisionAnswer::Cancel;
}

bool PlaybookEditor::save()
{
    if (m_path.isEmpty() || m_path.startsWith(kBuiltInPrefix)) {
        showMessage(m_path.isEmpty() ? tr("This playbook has no file yet: use Save As (Ctrl+Shift+S).")
                                     : tr("Built-in playbooks cannot be changed: use Save As (Ctrl+Shift+S) to save "
                                          "your own copy."),
                    true);
        return false;
    }
    return saveTo(m_path);
}

bool PlaybookEditor::saveAs(const QString &path)
{
    return saveTo(path);
}

bool PlaybookEditor::saveTo(const QString &path)
{
    validateNow();
    // A consultant's next call takes the team's playbook as it is on disk: never a broken one.
    if (isProtected(path) && hasErrors(m_diagnostics)) {
        showMessage(tr("Not saved: %1 is a team or read-only playbook and the text has errors. Fix them (F8 goes to "
                       "the next one), or save a draft elsewhere with Save As (Ctrl+Shift+S).")
                        .arg(QFileInfo(path).fileName()),
                    true);
        return false;
    }
    int position = 0;
    int length = 0;
    const std::optional<int> revision = revisionInText(&position, &length);
    if (m_ui->textEdit->toPlainText() != m_savedText && revision && *revision == m_savedRevision) {
        switch (askRevision(*revision)) {
        case RevisionAnswer::Cancel: return false;
        case RevisionAnswer::Keep: break;
        case RevisionAnswer::Bump: {
            // Through the editor's cursor, so Ctrl+Z takes the new number back.
            QTextCursor cursor(m_ui->textEdit->document());
            cursor.setPosition(position);
            cursor.setPosition(position + length, QTextCursor::KeepAnchor);
            cursor.insertText(QString::number(*revision + 1));
            validateNow();
            break;
        }
        }
    }
    const QString text = m_ui->textEdit->toPlainText();
    // As before: a playbook in a team folder stays readable by the team.
    QString error;
    if (!writeFileAtomically(path, text.toUtf8(), FileAccess::AsBefore, &error)) {
        showMessage(tr("Not saved: %1").arg(error), true);
        return false;
    }
    const bool newPath = path != m_path;
    EditorDrafts::remove(m_draftFile);
    m_draftTimer.stop();
    m_path = path;
    m_savedText = text;
    m_savedRevision = revisionInText().value_or(-1);
    if (newPath) {
        m_draftFile = EditorDrafts::fileFor(path);
        m_scenarioPlaybooks.reset(); // looked for beside the new file from now on
    }
    m_ui->textEdit->document()->setModified(false);
    updateTitle();
    showMessage(
        hasErrors(m_diagnostics)
            ? tr("Saved %1 — with errors: it will not load until they are fixed.").arg(QFileInfo(path).fileName())
            : tr("Saved %1 (revision %2).").arg(QFileInfo(path).fileName()).arg(m_savedRevision),
        hasErrors(m_diagnostics));
    return true;
}

void PlaybookEditor::writeDraft()
{
    if (!isModified())
        return;
    QString error;
    if (!EditorDrafts::write({m_draftFile, m_path, m_ui->textEdit->toPlainText(), QDateTime::currentDateTime()},
                             &error))
        statusBar()->showMessage(tr("The draft could not be saved: %1").arg(error));
}

void PlaybookEditor::restoreDraft()
{
    if (!m_drafts->hasOffer() || !confirmDiscard())
        return;
    const EditorDraft draft = *m_drafts->take();
    QString error;
    const QString onDisk = draft.origin.isEmpty() ? QString() : readText(draft.origin, &error);
    // The file may be gone: the draft then comes back as a new playbook.
    const QString origin = error.isEmpty() ? draft.origin : QString();
    setDocument(draft.text, origin, onDisk);
    m_draftFile = draft.file; // the recovered draft is updated from now on, and removed on save
    statusBar()->showMessage(tr("Draft restored; save to keep it."));
}

void PlaybookEditor::chooseAndOpen()
{
    if (!confirmDiscard())
        return;
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a playbook or scenario"), folder(PlaybookSource::User),
                                     tr("Playbooks and scenarios (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void PlaybookEditor::chooseAndSaveAs()
{
    const QString id = m_result.ok()         ? m_result.playbook->id
                       : m_scenario.scenario ? m_scenario.scenario->id
                       : m_isScenario        ? QStringLiteral("scenario")
                                             : QStringLiteral("playbook");
    const QString suggestion = m_path.isEmpty() || m_path.startsWith(kBuiltInPrefix)
                                   ? QDir(folder(PlaybookSource::User)).filePath(id + QStringLiteral(".json"))
                                   : m_path;
    const QString path =
        QFileDialog::getSaveFileName(this, m_isScenario ? tr("Save the scenario as") : tr("Save the playbook as"),
                                     suggestion, tr("Playbooks and scenarios (*.json)"));
    if (!path.isEmpty())
        saveAs(path);
}

void PlaybookEditor::chooseNew()
{
    if (!confirmDiscard())
        return;
    const QStringList paths = PlaybookLibrary::builtInPlaybookFiles();
    QStringList titles;
    for (const QString &path : paths)
        titles << titleOf(path);
    bool chosen = false;
    const QString title = QInputDialog::getItem(this, tr("New playbook"), tr("Start from the shipped playbook:"),
                                                titles, 0, false, &chosen);
    if (chosen && titles.contains(title))
        newFromShipped(paths.at(titles.indexOf(title)));
}

void PlaybookEditor::closeEvent(QCloseEvent *event)
{
    if (sessionEnding()) {
        // Logout or shutdown: no question, and the changes stay in the draft, offered at the
        // next start.
        m_draftTimer.stop();
        writeDraft();
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
    m_draftTimer.stop();
    EditorDrafts::remove(m_draftFile);
    event->accept();
}

} // namespace steadyline::gui
