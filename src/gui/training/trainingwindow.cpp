#include "trainingwindow.h"

#include "attemptmodel.h"
#include "scenariomodel.h"

#include "common/labels.h"
#include "playbook/messagetemplate.h"
#include "playbook/playbookcatalog.h"
#include "settings/settings.h"
#include "teamstore.h"
#include "training/trainingattempt.h"
#include "ui_trainingwindow.h"
#include "widgets/noticestyle.h"

#include <QAction>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QShowEvent>
#include <QSqlDatabase>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <map>

namespace steadyline::gui {

namespace {

// "Polski (pl)": the language's own name, so a trainee finds theirs whatever the interface says.
QString languageText(const QString &code)
{
    const QLocale locale(code);
    // Qt names "en" after its default territory ("American English"); the language is meant.
    QString name = locale.language() == QLocale::C         ? QString()
                   : locale.language() == QLocale::English ? QLocale::languageToString(QLocale::English)
                                                           : locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    name[0] = name[0].toUpper();
    return QStringLiteral("%1 (%2)").arg(name, code);
}

QString percentText(int percent)
{
    return ScenarioModel::percentText(percent);
}

QString difficultyText(const std::optional<Difficulty> &difficulty)
{
    return ScenarioModel::difficultyText(difficulty);
}

QString dateTimeText(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : TrainingWindow::tr("unknown");
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

TrainingWindow::TrainingWindow(journal::Journal *journal, Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::TrainingWindow>())
    , m_journal(journal)
    , m_settings(settings)
{
    m_ui->setupUi(this);
    m_scenarios = new ScenarioModel(this);
    m_shownScenarios = new ScenarioFilterModel(this);
    m_shownScenarios->setSourceModel(m_scenarios);
    m_ui->scenarioList->setModel(m_shownScenarios);
    m_attemptModel = new AttemptModel(this);
    m_ui->attemptList->setModel(m_attemptModel);
    m_ui->problemLabel->setVisible(false);
    styleAsNotice(m_ui->problemLabel, NoticeKind::Problem);
    m_ui->scenarioSplitter->setStretchFactor(0, 3);
    m_ui->scenarioSplitter->setStretchFactor(1, 2);
    m_ui->progressSplitter->setStretchFactor(0, 3);
    m_ui->progressSplitter->setStretchFactor(1, 2);

    m_ui->difficultyCombo->addItem(tr("Any difficulty"), -1);
    for (const Difficulty difficulty : {Difficulty::Beginner, Difficulty::Intermediate, Difficulty::Advanced})
        m_ui->difficultyCombo->addItem(difficultyText(difficulty), static_cast<int>(difficulty));

    connect(m_ui->languageCombo, &QComboBox::currentIndexChanged, this, &TrainingWindow::showScenarios);
    connect(m_ui->difficultyCombo, &QComboBox::currentIndexChanged, this, &TrainingWindow::showScenarios);
    connect(m_ui->scenarioList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TrainingWindow::showScenarioDetails);
    // Enter (or a double click) on a scenario rehearses it, as the button does.
    connect(m_ui->scenarioList, &QTreeView::activated, this, &TrainingWindow::requestRehearsal);
    connect(m_ui->rehearseButton, &QPushButton::clicked, this, &TrainingWindow::requestRehearsal);
    connect(m_ui->attemptList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TrainingWindow::showAttemptDetails);

    createActions();
    createAssignedList();
    m_library = ScenarioLibrary::load(m_settings);
    fillFilters();
    refreshAttempts(); // also fills the scenario list with the attempts' counts
    m_ui->tabs->setCurrentWidget(m_ui->scenariosTab);
    m_ui->scenarioList->setFocus();
}

TrainingWindow::~TrainingWindow() = default;

void TrainingWindow::createActions()
{
    auto *rehearse = new QAction(tr("Rehearse"), this);
    rehearse->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)});
    connect(rehearse, &QAction::triggered, this, [this] {
        if (m_ui->tabs->currentWidget() == m_ui->scenariosTab)
            requestRehearsal();
    });
    m_ui->rehearseButton->setText(tr("&Rehearse  [Enter]"));
    m_ui->rehearseButton->setToolTip(
        tr("Rehearse the selected scenario in the assist window (Enter in the list, "
           "or %1 anywhere)")
            .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    auto *reload = new QAction(tr("Reload scenarios and attempts"), this);
    reload->setShortcut(QKeySequence(Qt::Key_F5));
    connect(reload, &QAction::triggered, this, [this] {
        if (m_catalog)
            m_catalog->rescan(); // reloads the library through changed() when something changed
        reloadLibrary();
        refreshAttempts();
        m_ui->statusLine->setText(tr("Scenarios and attempts read again."));
    });
    auto *closeWindow = new QAction(tr("Close"), this);
    closeWindow->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(closeWindow, &QAction::triggered, this, &QWidget::close);
    for (QAction *action : {rehearse, reload, closeWindow}) {
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
    }
}

// The language filter offers the languages the library has; it starts at the interface
// language (or the system's) when there are scenarios in it, and keeps the user's choice after.
void TrainingWindow::fillFilters()
{
    QString wanted = m_ui->languageCombo->currentData().toString();
    if (m_ui->languageCombo->count() == 0) {
        wanted = m_settings.string(Settings::Key::InterfaceLanguage);
        if (wanted.isEmpty())
            wanted = QLocale().name().section(QLatin1Char('_'), 0, 0);
    }
    const QSignalBlocker blocker(m_ui->languageCombo);
    m_ui->languageCombo->clear();
    m_ui->languageCombo->addItem(tr("All languages"), QString());
    for (const QString &language : m_library.languages())
        m_ui->languageCombo->addItem(languageText(language), language);
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(wanted)));
}

void TrainingWindow::setCatalog(PlaybookCatalog *catalog)
{
    disconnect(m_catalogChanged);
    m_catalog = catalog;
    if (m_catalog)
        m_catalogChanged = connect(m_catalog, &PlaybookCatalog::changed, this, &TrainingWindow::reloadLibrary);
    reloadLibrary();
}

void TrainingWindow::reloadLibrary()
{
    m_library = m_catalog ? ScenarioLibrary::load(*m_catalog) : ScenarioLibrary::load(m_settings);
    fillFilters();
    showScenarios();
    showProblems();
}

void TrainingWindow::refreshAttempts()
{
    m_attempts.clear();
    m_attemptsError.clear();
    if (m_journal) {
        auto result = m_journal->trainingAttempts();
        if (result.ok())
            m_attempts = std::move(result.value);
        else
            m_attemptsError = tr("Your attempts cannot be read. %1").arg(result.error);
    }
    showScenarios(); // the attempts and best scores in the list
    showAttempts();
    showProblems();
    refreshAssignments(); // done when an attempt of the scenario is stored
}

void TrainingWindow::createAssignedList()
{
    m_assignedBox = new QWidget(this);
    m_assignedBox->setObjectName(QStringLiteral("assignedBox"));
    auto *layout = new QVBoxLayout(m_assignedBox);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Assigned to you by your lead:"), m_assignedBox);
    m_assignedList = new QTreeWidget(m_assignedBox);
    m_assignedList->setObjectName(QStringLiteral("assignedList"));
    m_assignedList->setAccessibleName(tr("Assigned to you"));
    m_assignedList->setAccessibleDescription(tr("Press Enter to rehearse the selected assignment"));
    m_assignedList->setRootIsDecorated(false);
    m_assignedList->setUniformRowHeights(true);
    m_assignedList->setAllColumnsShowFocus(true);
    m_assignedList->setHeaderLabels({tr("Scenario"), tr("Due"), tr("Status"), tr("From"), tr("Note")});
    m_assignedList->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_assignedList->header()->setStretchLastSection(true);
    m_assignedList->setMaximumHeight(fontMetrics().height() * 8);
    label->setBuddy(m_assignedList);
    layout->addWidget(label);
    layout->addWidget(m_assignedList);
    // As tall as its rows need: the scenario list below keeps the window's spare height.
    m_assignedBox->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->scenariosLayout->insertWidget(0, m_assignedBox, 0);
    m_assignedBox->setVisible(false);
    // Enter (or a double click) rehearses the assigned scenario, as in the scenario list.
    connect(m_assignedList, &QTreeWidget::itemActivated, this, &TrainingWindow::rehearseAssignment);
    connect(m_assignedList, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (item) {
            if (const ScenarioEntry *entry = m_library.findById(item->data(0, Qt::UserRole).toString()))
                selectScenario(entry->path);
        }
    });
}

void TrainingWindow::refreshAssignments()
{
    m_assignments.clear();
    if (m_journal) {
        const QSqlDatabase db = QSqlDatabase::database(m_journal->connectionName(), false);
        QString error;
        const auto membership = sync::TeamStore(db).membership(&error);
        if (membership)
            m_assignments = sync::TrainingAssignments(db).forConsultant(membership->login, &error);
    }
    const QString keep =
        m_assignedList->currentItem() ? m_assignedList->currentItem()->data(0, Qt::UserRole + 1).toString() : QString();
    m_assignedList->clear();
    const QDate today = QDate::currentDate();
    const QLocale locale;
    for (const sync::TrainingAssignment &assignment : m_assignments) {
        const ScenarioEntry *entry = m_library.findById(assignment.scenarioId);
        QString status;
        if (assignment.done())
            status =
                assignment.bestPercent ? tr("Done · best %1").arg(percentText(*assignment.bestPercent)) : tr("Done");
        else if (assignment.overdue(today))
            status = tr("Overdue");
        else if (assignment.dueOn == today)
            status = tr("Due today");
        else
            status = tr("Open");
        auto *item = new QTreeWidgetItem(m_assignedList, {entry ? entry->title : assignment.scenarioTitle,
                                                          locale.toString(assignment.dueOn, QLocale::ShortFormat),
                                                          status, assignment.assignedBy, assignment.note});
        item->setData(0, Qt::UserRole, assignment.scenarioId);
        item->setData(0, Qt::UserRole + 1, assignment.id);
        item->setToolTip(4, assignment.note);
        if (!entry)
            item->setToolTip(0, tr("This scenario is not in your library (%1); ask your lead where to find it.")
                                    .arg(assignment.scenarioId));
        if (assignment.overdue(today)) {
            QFont bold = item->font(2);
            bold.setBold(true);
            item->setFont(2, bold);
        }
        if (assignment.id == keep)
            m_assignedList->setCurrentItem(item);
    }
    m_assignedBox->setVisible(!m_assignments.empty());
}

void TrainingWindow::rehearseAssignment(QTreeWidgetItem *item)
{
    if (!item)
        return;
    const QString scenarioId = item->data(0, Qt::UserRole).toString();
    const ScenarioEntry *entry = m_library.findById(scenarioId);
    if (!entry || !selectScenario(entry->path)) {
        m_ui->statusLine->setText(tr("\"%1\" is not in your scenario library, so it cannot be rehearsed here. Ask your "
                                     "lead where to find it.")
                                      .arg(item->text(0)));
        return;
    }
    requestRehearsal();
}

void TrainingWindow::showProgress(const QString &scenarioId)
{
    refreshAttempts();
    m_ui->tabs->setCurrentWidget(m_ui->progressTab);
    const QModelIndex group = m_attemptModel->groupOf(scenarioId);
    if (const int attempts = m_attemptModel->rowCount(group); group.isValid() && attempts > 0)
        m_ui->attemptList->setCurrentIndex(m_attemptModel->index(attempts - 1, 0, group));
    m_ui->attemptList->setFocus(Qt::OtherFocusReason);
}

void TrainingWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (!event->spontaneous())
        refreshAttempts(); // a rehearsal may have ended since the window was last open
}

void TrainingWindow::showProblems()
{
    QStringList problems = m_library.problems();
    if (!m_attemptsError.isEmpty())
        problems << m_attemptsError;
    m_ui->problemLabel->setText(problems.join(QLatin1Char('\n')));
    m_ui->problemLabel->setVisible(!problems.isEmpty());
}

ScenarioStats TrainingWindow::statsFor(const QString &scenarioId) const
{
    ScenarioStats stats;
    for (const journal::TrainingAttempt &attempt : m_attempts) {
        if (attempt.scenarioId != scenarioId)
            continue;
        ++stats.attempts;
        stats.bestPercent = std::max(stats.bestPercent, attempt.percent);
        stats.passed = stats.passed || attempt.passed;
    }
    return stats;
}

void TrainingWindow::showScenarios()
{
    const QString keep = selectedScenarioPath();
    std::vector<ScenarioRow> rows;
    for (const ScenarioEntry &entry : m_library.entries()) {
        std::optional<ScenarioStats> stats;
        if (m_journal)
            stats = statsFor(entry.id);
        rows.push_back({entry, stats});
    }
    m_scenarios->setScenarios(std::move(rows));
    m_shownScenarios->setLanguage(m_ui->languageCombo->currentData().toString());
    m_shownScenarios->setDifficulty(m_ui->difficultyCombo->currentData().toInt());

    const int shown = m_shownScenarios->rowCount();
    QModelIndex select = m_shownScenarios->mapFromSource(m_scenarios->index(m_scenarios->rowOf(keep), 0));
    if (!select.isValid())
        select = m_shownScenarios->index(0, 0);
    m_ui->scenarioList->setCurrentIndex(select);
    for (int column = 0; column < ScenarioModel::ColumnCount; ++column)
        m_ui->scenarioList->resizeColumnToContents(column);

    if (shown == 0) {
        m_ui->scenarioEmpty->setText(
            m_library.entries().empty()
                ? tr("There are no scenarios yet. Scenarios come with Steadyline, or put them in the "
                     "\"scenarios\" folder of the team's or your playbook folder (Preferences), then press F5.")
                : tr("No scenario matches this language and difficulty. Choose \"All languages\" or \"Any "
                     "difficulty\" to see the others."));
        m_ui->scenarioStack->setCurrentWidget(m_ui->scenarioEmpty);
    } else {
        m_ui->scenarioStack->setCurrentWidget(m_ui->scenarioList);
    }
    const int total = static_cast<int>(m_library.entries().size());
    m_ui->statusLine->setText(shown == total ? tr("%n scenario(s).", nullptr, total)
                                             : tr("%1 of %n scenario(s) shown.", nullptr, total).arg(shown));
    showScenarioDetails();
}

const ScenarioEntry *TrainingWindow::selectedEntry() const
{
    const QModelIndex current = m_ui->scenarioList->currentIndex();
    if (!current.isValid() || m_ui->scenarioStack->currentWidget() != m_ui->scenarioList)
        return nullptr;
    return m_library.find(current.data(ScenarioModel::PathRole).toString());
}

QString TrainingWindow::selectedScenarioPath() const
{
    const ScenarioEntry *entry = selectedEntry();
    return entry ? entry->path : QString();
}

bool TrainingWindow::selectScenario(const QString &path)
{
    if (!m_library.find(path))
        return false;
    for (int pass = 0; pass < 2; ++pass) {
        const QModelIndex shown = m_shownScenarios->mapFromSource(m_scenarios->index(m_scenarios->rowOf(path), 0));
        if (shown.isValid()) {
            m_ui->tabs->setCurrentWidget(m_ui->scenariosTab);
            m_ui->scenarioList->setCurrentIndex(shown);
            return true;
        }
        // Hidden by the filters: show everything and look again.
        const QSignalBlocker languageBlocker(m_ui->languageCombo);
        const QSignalBlocker difficultyBlocker(m_ui->difficultyCombo);
        m_ui->languageCombo->setCurrentIndex(0);
        m_ui->difficultyCombo->setCurrentIndex(0);
        showScenarios();
    }
    return false;
}

void TrainingWindow::showScenarioDetails()
{
    const ScenarioEntry *entry = selectedEntry();
    m_ui->rehearseButton->setEnabled(entry && entry->loads);
    if (!entry) {
        m_ui->scenarioDetails->clear();
        return;
    }
    // Texts may address the caller ("{address:Panu|Pani}") and the trainee ("{agent:…}").
    RenderContext context;
    context.agentGender = m_settings.consultantGender();
    context.agentName = m_settings.string(Settings::Key::ConsultantName);
    if (entry->scenario) {
        context.address = entry->scenario->address;
        context.channel = entry->scenario->channel;
    }
    const auto render = [&](const QString &text) { return escaped(MessageTemplate::render(text, context)); };

    QString html = QStringLiteral("<h2>%1</h2>").arg(render(entry->title));
    QStringList facts;
    if (!entry->language.isEmpty())
        facts << escaped(languageText(entry->language));
    facts << escaped(difficultyText(entry->difficulty));
    if (!entry->playbookId.isEmpty())
        facts << tr("trains %1").arg(escaped(entry->playbookId));
    if (entry->scenario)
        facts << escaped(entry->scenario->channel == Channel::Phone ? tr("on the phone") : tr("in person"));
    facts << escaped(playbookSourceLabel(entry->source));
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(" · ")));
    if (!entry->loads) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(escaped(tr("Why it cannot be rehearsed")));
        for (const Diagnostic &diagnostic : entry->diagnostics) {
            if (diagnostic.severity == Severity::Error)
                html += QStringLiteral("<li>%1</li>").arg(escaped(diagnostic.toTranslatedString()));
        }
        html += QStringLiteral("</ul><p>%1</p>")
                    .arg(escaped(tr("Fix the file (steadyline validate shows the same), then press F5.")));
    }
    if (!entry->briefing.isEmpty())
        html += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(escaped(tr("Briefing")), render(entry->briefing));
    if (!entry->goals.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3><ul>").arg(escaped(tr("Goals")));
        for (const QString &goal : entry->goals)
            html += QStringLiteral("<li>%1</li>").arg(render(goal));
        html += QStringLiteral("</ul>");
    }
    if (m_journal && entry->loads) {
        const ScenarioStats stats = statsFor(entry->id);
        const QString progress =
            stats.attempts == 0 ? tr("You have not rehearsed this scenario yet.")
                                : tr("You rehearsed it %n time(s); your best score is %1%2.", nullptr, stats.attempts)
                                      .arg(percentText(stats.bestPercent), stats.passed ? tr(", a pass") : QString());
        html += QStringLiteral("<p><i>%1</i></p>").arg(escaped(progress));
    }
    if (entry->scenario) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(escaped(tr("To pass: %1 of the points, without a critical mistake.")
                                     .arg(percentText(entry->scenario->passMark))));
    }
    m_ui->scenarioDetails->setHtml(html);
}

void TrainingWindow::requestRehearsal()
{
    const ScenarioEntry *entry = selectedEntry();
    if (!entry) {
        m_ui->statusLine->setText(tr("Choose a scenario first."));
        return;
    }
    if (!entry->loads) {
        m_ui->statusLine->setText(
            tr("\"%1\" cannot be rehearsed: the file has errors, listed beside the list.").arg(entry->title));
        return;
    }
    m_ui->statusLine->setText(tr("Rehearsing \"%1\" in the assist window.").arg(entry->title));
    emit rehearsalRequested(entry->path);
}

void TrainingWindow::showAttempts()
{
    const journal::TrainingAttempt *kept = m_attemptModel->attempt(m_ui->attemptList->currentIndex());
    const qint64 keepId = kept ? kept->id : 0;

    m_ui->attemptList->setEnabled(m_journal != nullptr);
    if (!m_journal || !m_attemptsError.isEmpty()) {
        m_attemptModel->setAttempts({});
        m_ui->progressNotice->setText(m_journal ? m_attemptsError
                                                : tr("Your progress cannot be shown: the journal could not be "
                                                     "opened, so rehearsals are not being saved. The scenarios can "
                                                     "still be rehearsed."));
        m_ui->attemptDetails->clear();
        return;
    }

    m_attemptModel->setAttempts(m_attempts);
    m_ui->attemptList->expandAll();
    for (int column = 0; column < AttemptModel::ColumnCount; ++column)
        m_ui->attemptList->resizeColumnToContents(column);
    QModelIndex select = m_attemptModel->indexOfAttempt(keepId);
    if (!select.isValid())
        select = m_attemptModel->index(0, 0);
    m_ui->attemptList->setCurrentIndex(select);

    QString notice = m_attempts.empty()
                         ? tr("No rehearsals yet. Each rehearsal you finish appears here with its score and mistakes.")
                         : tr("Attempts: %1. Scenarios rehearsed: %n. Under each scenario, the oldest attempt "
                              "comes first.",
                              nullptr, m_attemptModel->groupCount())
                               .arg(m_attempts.size());
    if (const int pending = m_journal->pendingWrites(); pending > 0)
        notice += QLatin1Char(' ') + tr("%n entries could not be saved yet; they appear here once the journal can "
                                        "be written.",
                                        nullptr, pending);
    m_ui->progressNotice->setText(notice);
    showAttemptDetails();
}

void TrainingWindow::showAttemptDetails()
{
    const QModelIndex current = m_ui->attemptList->currentIndex().siblingAtColumn(AttemptModel::WhenColumn);
    if (!current.isValid()) {
        m_ui->attemptDetails->clear();
        return;
    }
    const journal::TrainingAttempt *shown = m_attemptModel->attempt(current);
    if (!shown) {
        // A scenario's heading: its scores over time.
        QStringList trend;
        for (int row = 0; row < m_attemptModel->rowCount(current); ++row)
            trend << m_attemptModel->index(row, AttemptModel::PercentColumn, current).data().toString();
        m_ui->attemptDetails->setHtml(
            QStringLiteral("<h3>%1</h3><p>%2</p><p>%3</p>")
                .arg(escaped(current.data().toString()),
                     escaped(tr("Your scores, oldest first: %1").arg(trend.join(QStringLiteral(" → ")))),
                     escaped(tr("Choose an attempt to see its mistakes."))));
        return;
    }
    const journal::TrainingAttempt &attempt = *shown;
    QString html =
        QStringLiteral("<h3>%1</h3><p>%2</p>")
            .arg(escaped(attempt.scenarioTitle.isEmpty() ? attempt.scenarioId : attempt.scenarioTitle),
                 escaped(tr("%1 — %2 of %3 points (%4) — %5")
                             .arg(dateTimeText(attempt.finishedAt))
                             .arg(attempt.score)
                             .arg(attempt.max)
                             .arg(percentText(attempt.percent), attempt.passed ? tr("passed") : tr("not passed"))));
    const auto mistakes = mistakesFromJson(attempt.mistakesJson);
    if (!mistakes) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("The mistakes of this attempt cannot be read.")));
    } else if (mistakes->empty()) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(tr("No mistakes. Well done.")));
    } else {
        html += QStringLiteral("<h4>%1</h4><ol>").arg(escaped(tr("Mistakes")));
        for (const TrainingMistake &mistake : *mistakes) {
            html += QStringLiteral("<li><b>%1</b>").arg(escaped(mistake.message));
            if (mistake.critical)
                html += QStringLiteral(" — <b>%1</b>").arg(escaped(tr("critical: the attempt cannot pass")));
            if (!mistake.turn.isEmpty())
                html += QStringLiteral("<br>%1").arg(escaped(tr("At: %1").arg(mistake.turn)));
            if (!mistake.advice.isEmpty())
                html += QStringLiteral("<br>%1").arg(escaped(tr("Instead: %1").arg(mistake.advice)));
            html += QStringLiteral("</li>");
        }
        html += QStringLiteral("</ol>");
    }
    m_ui->attemptDetails->setHtml(html);
}

} // namespace steadyline::gui
