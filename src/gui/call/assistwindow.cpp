#include "assistwindow.h"

#include "app/preferencesdialog.h"
#include "authoring/librarywindow.h"
#include "authoring/playbookeditor.h"
#include "history/historywindow.h"
#include "history/promiseswindow.h"
#include "settings/settings.h"
#include "training/playbookset.h"
#include "training/rehearsalpanel.h"
#include "training/scenarioloader.h"
#include "training/trainingattempt.h"
#include "training/trainingwindow.h"
#include "ui_assistwindow.h"
#include "widgets/accessibility.h"
#include "widgets/confirmation.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStyle>

namespace steadyline::gui {

namespace {

QString withShortcut(const QString &text, const QAction *action)
{
    const QString keys = action->shortcut().toString(QKeySequence::NativeText);
    return keys.isEmpty() ? text : QStringLiteral("%1  [%2]").arg(text, keys);
}

// A button shows its action's text and key, and triggers it.
void bindButton(QPushButton *button, QAction *action, const QString &text)
{
    button->setText(withShortcut(text, action));
    button->setAccessibleName(text);
    button->setToolTip(action->toolTip());
    QObject::connect(button, &QPushButton::clicked, action, &QAction::trigger);
}

// Polish and Czech typography keep a one-letter word with the next one ("w przeciwnym"), and a
// phone number must not break at its spaces.
QString withNonBreakingSpaces(const QString &text, const QString &locale)
{
    QString result = text;
    const QString language = locale.section(QLatin1Char('-'), 0, 0);
    if (language == u"pl" || language == u"cs") {
        static const QRegularExpression oneLetterWord(QStringLiteral("(^|\\s)(\\w) "),
                                                      QRegularExpression::UseUnicodePropertiesOption);
        result.replace(oneLetterWord, QStringLiteral("\\1\\2\u00A0"));
    }
    return result;
}

QString unbreakable(QString text)
{
    return text.replace(QLatin1Char(' '), QChar(0x00A0));
}

QString timeOf(const QDateTime &at)
{
    return QLocale().toString(at.toLocalTime().time(), QStringLiteral("HH:mm:ss"));
}

} // namespace

QString addressDisplayName(FormOfAddress address, const QString &locale)
{
    const bool male = address == FormOfAddress::FormalMale;
    const QString language = locale.section(QLatin1Char('-'), 0, 0);
    if (language == u"pl")
        return male ? QStringLiteral("Pan") : QStringLiteral("Pani");
    if (language == u"cs")
        return male ? QStringLiteral("pan") : QStringLiteral("paní");
    if (language == u"ru")
        return male ? QStringLiteral("господин (на «вы»)") : QStringLiteral("госпожа (на «вы»)");
    return male ? AssistWindow::tr("Sir (Mr)") : AssistWindow::tr("Madam (Ms)");
}

AssistWindow::AssistWindow(Settings &settings, journal::Journal *journal, const QString &journalError, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::AssistWindow>())
    , m_settings(settings)
    , m_journal(journal)
{
    m_ui->setupUi(this);
    // A playbook's texts (a team share's too) are shown as written: a title holding HTML must
    // never draw a fake "HANG UP NOW" or load a local file as an image (review M3).
    for (QLabel *label :
         {m_ui->stepBadge, m_ui->stepTitle, m_ui->stepPath, m_ui->lineLabel, m_ui->phrasingLabel, m_ui->finalPrompt})
        label->setTextFormat(Qt::PlainText);
    makeStatusMessagesReadable(statusBar());
    createActions();

    QFont lineFont = m_ui->lineLabel->font();
    lineFont.setPointSizeF(lineFont.pointSizeF() * 1.6);
    m_ui->lineLabel->setFont(lineFont);
    QFont badgeFont = m_ui->stepBadge->font();
    badgeFont.setPointSizeF(badgeFont.pointSizeF() * 2.2);
    badgeFont.setBold(true);
    m_ui->stepBadge->setFont(badgeFont);
    m_ui->stepBadge->setFrameShape(QFrame::Box);
    const QFontMetrics badgeMetrics(badgeFont);
    const int badgeSide = std::max(56, badgeMetrics.horizontalAdvance(QStringLiteral("3½")) + 16);
    m_ui->stepBadge->setFixedSize(badgeSide, std::max(56, badgeMetrics.height() + 12));
    QFont headingFont = m_ui->startHeading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_ui->startHeading->setFont(headingFont);
    m_ui->finalPrompt->setStyleSheet(
        QStringLiteral("QLabel { background: #b71c1c; color: white; border-radius: 6px; padding: 10px; }"));
    m_ui->notesList->setVisible(false);
    m_ui->dueCombo->addItem(tr("due today"), 0);
    m_ui->dueCombo->addItem(tr("due tomorrow"), 1);
    m_ui->dueCombo->addItem(tr("due in 2 days"), 2);
    m_ui->dueCombo->addItem(tr("due in a week"), 7);
    m_ui->dueCombo->addItem(tr("no due date"), -1);
    m_ui->dueCombo->setCurrentIndex(1);
    m_ui->dueCombo->setVisible(false);

    // The call card scrolls rather than squeezing the line to say at large font sizes or in a
    // narrow window: nothing on it may be cut off.
    auto *scroll = new QScrollArea(m_ui->pages);
    scroll->setObjectName(QStringLiteral("callScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab stops at the card's controls, not at the card itself
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->pages->removeWidget(m_ui->callPage);
    scroll->setWidget(m_ui->callPage);
    m_ui->pages->insertWidget(CallPage, scroll);
    QFont titleFont = m_ui->stepTitle->font();
    titleFont.setBold(true);
    m_ui->stepTitle->setFont(titleFont);
    QFont promptFont = m_ui->finalPrompt->font();
    promptFont.setPointSizeF(promptFont.pointSizeF() * 1.8);
    promptFont.setBold(true);
    m_ui->finalPrompt->setFont(promptFont);

    m_ui->channelCombo->addItem(tr("Phone"), channelName(Channel::Phone));
    m_ui->channelCombo->addItem(tr("In person"), channelName(Channel::InPerson));
    m_ui->channelCombo->setCurrentIndex(m_settings.lastChannel() == Channel::Phone ? 0 : 1);
    m_ui->tipsToggle->setText(tr("&Tips"));
    m_ui->tipsLabel->setVisible(false);
    connect(m_ui->tipsToggle, &QToolButton::toggled, this, [this](bool open) {
        m_ui->tipsLabel->setVisible(open);
        m_ui->tipsToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
    });
    m_ui->noteEdit->setPlaceholderText(tr("Note: type and press Enter"));
    connect(m_ui->noteEdit, &QLineEdit::returnPressed, this, &AssistWindow::commitNote);
    connect(m_ui->caseEdit, &QLineEdit::returnPressed, this, &AssistWindow::startCall);
    connect(m_ui->playbookCombo, &QComboBox::currentIndexChanged, this, &AssistWindow::updateAddressChoices);
    m_ui->startHint->setText(tr("During a call: F5 next step, F6 calmed down, F7 other phrasing, Shift+F5 undo, "
                                "F8 note, F9 promise, Esc stop the countdown, F10 end the call."));

    // At most a second of typing can be lost: the draft is saved this long after the first key
    // not yet saved, also while typing goes on (a timer restarted by every key would wait for a
    // pause that a consultant typing fast never makes).
    m_draftTimer.setSingleShot(true);
    m_draftTimer.setInterval(700);
    connect(&m_draftTimer, &QTimer::timeout, this, [this] {
        if (m_recorder)
            m_recorder->saveDraft(m_ui->noteEdit->text());
    });
    connect(m_ui->noteEdit, &QLineEdit::textEdited, this, [this] {
        if (!m_draftTimer.isActive())
            m_draftTimer.start();
    });

    // The playbook banner sits above every page: a broken file on disk is news during a call too,
    // but it never stops one (the call keeps the version it started with).
    m_playbookBanner = new QLabel(m_ui->centralWidget);
    m_playbookBanner->setObjectName(QStringLiteral("playbookBanner"));
    m_playbookBanner->setWordWrap(true);
    m_playbookBanner->setAccessibleDescription(tr("Playbook problems"));
    m_ui->centralLayout->insertWidget(0, m_playbookBanner);
    // Who rings and what the journal knows of them: at the top, where the eye is, not in the
    // status bar (which a narrow window cuts short).
    m_callerBanner = new QLabel(m_ui->centralWidget);
    m_callerBanner->setObjectName(QStringLiteral("callerBanner"));
    m_callerBanner->setWordWrap(true);
    m_callerBanner->setFrameShape(QFrame::StyledPanel);
    m_callerBanner->setMargin(4);
    m_callerBanner->setTextFormat(Qt::PlainText); // a number from the phone is never markup
    QFont bannerFont = m_callerBanner->font();
    bannerFont.setBold(true);
    m_callerBanner->setFont(bannerFont);
    m_callerBanner->setAccessibleDescription(tr("Incoming call"));
    m_callerBanner->hide();
    m_ui->centralLayout->insertWidget(0, m_callerBanner);
    m_playbookSource = new QLabel(m_ui->startPage);
    m_playbookSource->setObjectName(QStringLiteral("playbookSource"));
    m_playbookSource->setWordWrap(true);
    m_playbookSource->setTextFormat(Qt::PlainText);
    m_playbookSource->setAccessibleDescription(tr("Where the playbook comes from"));
    m_ui->startLayout->insertWidget(m_ui->startLayout->indexOf(m_ui->startButton), m_playbookSource);
    m_catalog = std::make_unique<PlaybookCatalog>();
    m_catalog->setFolders(m_settings.string(Settings::Key::TeamPlaybookFolder),
                          m_settings.string(Settings::Key::UserPlaybookFolder));
    connect(m_catalog.get(), &PlaybookCatalog::changed, this, &AssistWindow::loadPlaybooks);
    connect(m_catalog.get(), &PlaybookCatalog::fileRejected, this,
            [this] { showCatalogProblems(m_playbookBanner, *m_catalog); });
    loadPlaybooks();
    showJournalState(journalError);
    if (m_journal) {
        m_lastReminderCheck = QDateTime::currentDateTime();
        m_reminderTimer.setInterval(30 * 1000);
        connect(&m_reminderTimer, &QTimer::timeout, this, &AssistWindow::remindOfDuePromises);
        m_reminderTimer.start();
        // Writes that a full disk or a read-only folder held back are tried again on their own,
        // not only at the next key press (review H2); the banner stays while any waits.
        m_waitingWritesBanner = new QLabel(m_ui->centralWidget);
        m_waitingWritesBanner->setObjectName(QStringLiteral("waitingWritesBanner"));
        m_waitingWritesBanner->setWordWrap(true);
        m_waitingWritesBanner->setTextFormat(Qt::PlainText);
        m_waitingWritesBanner->setFrameShape(QFrame::StyledPanel);
        m_waitingWritesBanner->setMargin(4);
        m_waitingWritesBanner->hide();
        m_ui->centralLayout->insertWidget(0, m_waitingWritesBanner);
        m_retryWritesTimer.setInterval(kRetryWritesMs);
        connect(&m_retryWritesTimer, &QTimer::timeout, this, &AssistWindow::retryWaitingWrites);
        m_retryWritesTimer.start();
    }
    setPage(StartPage);

    if (!restoreGeometry(m_settings.value(Settings::Key::WindowGeometry).toByteArray()))
        resize(420, 640);
    setAlwaysOnTop(m_settings.flag(Settings::Key::AlwaysOnTop));
}

AssistWindow::~AssistWindow() = default;

void AssistWindow::createActions()
{
    const auto make = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        addAction(action);
        connect(action, &QAction::triggered, this, slot);
        return action;
    };
    m_startAction = make(tr("Start call"), QKeySequence(Qt::Key_Return), &AssistWindow::startCall);
    m_startAction->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    m_primaryAction = make(tr("Next step"), QKeySequence(Qt::Key_F5), [this] {
        if (!m_call)
            return;
        if (m_call->reachedFinalStep())
            return;
        if (m_rehearsal) {
            if (m_call->step().timer)
                rehearse(OptionAction::EndCall, {}, {}, tr("Acting now"));
            else
                rehearse(OptionAction::Event, m_call->primaryEvent(), {}, m_call->eventLabel(m_call->primaryEvent()));
            return;
        }
        if (m_call->step().timer)
            m_call->proceedNow();
        else if (const QString event = m_call->primaryEvent(); !event.isEmpty())
            m_call->fire(event);
    });
    m_calmAction = make(tr("Calmed down"), QKeySequence(Qt::Key_F6), [this] {
        if (m_call && m_rehearsal)
            rehearse(OptionAction::Event, kEventCalmed, {}, m_call->eventLabel(kEventCalmed));
        else if (m_call)
            m_call->calm();
    });
    m_phrasingAction = make(tr("Other phrasing"), QKeySequence(Qt::Key_F7), [this] {
        if (m_call)
            m_call->nextPhrasing();
    });
    m_undoAction = make(tr("Undo step"), QKeySequence(Qt::SHIFT | Qt::Key_F5), [this] {
        if (m_call)
            m_call->undo();
    });
    m_noteAction = make(tr("Note"), QKeySequence(Qt::Key_F8), [this] {
        setPromiseMode(false);
        m_ui->noteEdit->setFocus();
    });
    m_promiseAction = make(tr("Promise"), QKeySequence(Qt::Key_F9), &AssistWindow::recordPromise);
    // While a promise is typed: Ctrl+D picks the next due choice, without leaving the text.
    auto *nextDue = make(tr("Promise due: next choice"), QKeySequence(Qt::CTRL | Qt::Key_D), [this] {
        if (m_promiseMode)
            m_ui->dueCombo->setCurrentIndex((m_ui->dueCombo->currentIndex() + 1) % m_ui->dueCombo->count());
    });
    m_quickTagActions.push_back(nextDue); // enabled during calls only, like the quick tags
    m_endAction = make(tr("End call"), QKeySequence(Qt::Key_F10), &AssistWindow::endCall);
    m_stopCountdownAction = make(tr("Stop countdown"), QKeySequence(Qt::Key_Escape), [this] {
        if (m_call && m_rehearsal)
            rehearse(OptionAction::StopCountdown, {}, {}, tr("Stopping the countdown"));
        else if (m_call)
            m_call->stopCountdown();
    });
    m_longerAction = make(tr("Countdown +1 s"), QKeySequence(Qt::CTRL | Qt::Key_Up), [this] {
        if (m_call)
            m_call->adjustCountdown(1000);
    });
    m_shorterAction = make(tr("Countdown −1 s"), QKeySequence(Qt::CTRL | Qt::Key_Down), [this] {
        if (m_call)
            m_call->adjustCountdown(-1000);
    });
    m_nextCallAction = make(tr("Next call"), QKeySequence(Qt::CTRL | Qt::Key_N), &AssistWindow::newCall);
    m_continueAction = make(tr("Continue the interrupted call"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R),
                            &AssistWindow::continueInterruptedCall);

    m_alwaysOnTopAction = make(tr("Always on top"), QKeySequence(Qt::CTRL | Qt::Key_T), [this](bool on) {
        setAlwaysOnTop(on);
        m_settings.setValue(Settings::Key::AlwaysOnTop, on);
    });
    m_alwaysOnTopAction->setCheckable(true);
    auto *quit = m_quitAction = make(tr("Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q), &QWidget::close);
    // A dialog, so only between calls: nothing modal may stand in the way during one.
    // Quick tags: one key records what just happened, with the time, without typing.
    struct QuickTag
    {
        const char *tag;
        QString label;
        QString button;
        QKeySequence key;
        QPushButton *widget;
    };
    const QuickTag quickTags[] = {
        {"insult", tr("Insult"), tr("Insult"), QKeySequence(Qt::ALT | Qt::Key_1), m_ui->tagInsultButton},
        {"threat", tr("Threat"), tr("Threat"), QKeySequence(Qt::ALT | Qt::Key_2), m_ui->tagThreatButton},
        {"asked_for_manager", tr("Asked for a manager"), tr("Manager?"), QKeySequence(Qt::ALT | Qt::Key_3),
         m_ui->tagManagerButton},
        {"moment", tr("Time mark"), tr("Mark"), QKeySequence(Qt::ALT | Qt::Key_4), m_ui->tagMomentButton},
    };
    for (const QuickTag &quick : quickTags) {
        const QString tag = QString::fromLatin1(quick.tag);
        const QString label = quick.label;
        // The note is the action's text when the key is pressed: after a live language switch it
        // is in the language the consultant now sees.
        const std::size_t index = m_quickTagActions.size();
        QAction *action = make(label, quick.key, [this, tag, index] {
            if (m_call)
                m_call->addTaggedMoment(tag, m_quickTagActions.at(index)->text());
        });
        m_quickTagActions.push_back(action);
        bindButton(quick.widget, action, quick.button);
        quick.widget->setObjectName(QStringLiteral("tagButton_") + tag);
        quick.widget->setToolTip(tr("Note \"%1\" with the time").arg(label));
    }
    m_preferencesAction = make(tr("Preferences…"), QKeySequence(Qt::CTRL | Qt::Key_Comma), [this] {
        PreferencesDialog dialog(m_settings, this);
        if (dialog.exec() == QDialog::Accepted) {
            m_catalog->setFolders(m_settings.string(Settings::Key::TeamPlaybookFolder),
                                  m_settings.string(Settings::Key::UserPlaybookFolder));
            emit preferencesSaved();
        }
    });

    for (int i = 0; i < 9; ++i) {
        auto *action = make(QString(), QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)), [this, i] {
            if (!m_call)
                return;
            const QStringList events = m_call->otherEvents();
            if (i < events.size() && m_rehearsal)
                rehearse(OptionAction::Event, events.at(i), {}, m_call->eventLabel(events.at(i)));
            else if (i < events.size())
                m_call->fire(events.at(i));
        });
        m_eventActions.push_back(action);
    }

    m_ui->menuCall->addActions({m_startAction, m_primaryAction, m_calmAction, m_phrasingAction, m_undoAction,
                                m_noteAction, m_promiseAction, m_stopCountdownAction, m_longerAction, m_shorterAction,
                                m_endAction, m_nextCallAction});
    m_ui->menuCall->addSeparator();
    m_ui->menuCall->addAction(m_preferencesAction);
    m_ui->menuCall->addAction(quit);
    m_ui->menuView->addAction(m_alwaysOnTopAction);
    auto *library = m_libraryAction = new QAction(tr("Playbook library…"), this);
    connect(library, &QAction::triggered, this, [this] {
        auto *window = new LibraryWindow(*m_catalog, this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->setWindowFlag(Qt::Window);
        window->show();
    });
    m_ui->menuView->addAction(library);
    // Editing playbooks is for between calls, like every other window that is not the call.
    m_editorAction = make(tr("Playbook editor…"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] {
        auto *editor = new PlaybookEditor(&m_settings, this);
        editor->setObjectName(QStringLiteral("playbookEditor"));
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->setWindowFlag(Qt::Window);
        editor->openBuiltIn(m_ui->playbookCombo->currentData().toString());
        editor->show();
    });
    m_ui->menuView->addAction(m_editorAction);
    // Training: the scenario library and the trainee's progress; rehearsals run in this window.
    m_trainingAction =
        make(tr("Training…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), &AssistWindow::showTraining);
    m_ui->menuView->addAction(m_trainingAction);
    // The journal's windows: only when it is open. Separate windows, never modal.
    if (m_journal) {
        auto *history = m_historyAction = make(tr("Call history…"), QKeySequence(Qt::CTRL | Qt::Key_H), [this] {
            auto *window = new HistoryWindow(*m_journal, m_settings, this);
            window->setObjectName(QStringLiteral("historyWindow"));
            window->setAttribute(Qt::WA_DeleteOnClose);
            window->setWindowFlag(Qt::Window);
            window->show();
        });
        auto *promises = m_promisesAction = make(tr("Promises…"), QKeySequence(Qt::CTRL | Qt::Key_P), [this] {
            auto *window = new PromisesWindow(*m_journal, this);
            window->setObjectName(QStringLiteral("promisesWindow"));
            window->setAttribute(Qt::WA_DeleteOnClose);
            window->setWindowFlag(Qt::Window);
            window->show();
        });
        m_ui->menuView->addActions({history, promises});
    }

    connect(m_ui->startButton, &QPushButton::clicked, m_startAction, &QAction::trigger);
    m_ui->startButton->setText(withShortcut(tr("Start call"), m_startAction));
    bindButton(m_ui->calmButton, m_calmAction, tr("Calmed down"));
    bindButton(m_ui->undoButton, m_undoAction, tr("Undo"));
    m_ui->undoButton->setToolTip(tr("Undo the last step (a slipped key)"));
    bindButton(m_ui->endButton, m_endAction, tr("End call"));
    bindButton(m_ui->promiseButton, m_promiseAction, tr("Promise"));
    bindButton(m_ui->nextCallButton, m_nextCallAction, tr("Next call"));
    connect(m_ui->primaryButton, &QPushButton::clicked, m_primaryAction, &QAction::trigger);
}

void AssistWindow::retryWaitingWrites()
{
    if (!m_journal)
        return;
    const int before = m_journal->pendingWrites();
    if (before > 0)
        m_journal->flushPending();
    const int waiting = m_journal->pendingWrites();
    if (waiting != before || waiting > 0)
        refreshNotes(); // the "[not saved yet]" marks follow
    if (waiting > 0)
        m_waitingWritesBanner->setText(
            tr("%n entries are waiting to be saved: the journal cannot be written (a full disk or a read-only "
               "folder?). Steadyline keeps them and tries again every few seconds; do not switch the computer off.",
               nullptr, waiting));
    m_waitingWritesBanner->setVisible(waiting > 0);
}

void AssistWindow::showRecovery(const journal::RecoveryReport &report)
{
    QStringList lines = report.problems;
    if (report.writes > 0)
        lines.prepend(tr("%n entries that could not be saved when Steadyline last ended were written to the journal "
                         "now.",
                         nullptr, report.writes));
    if (!lines.isEmpty())
        statusBar()->showMessage(lines.join(QLatin1Char(' ')), 30000);
}

void AssistWindow::saveBeforeEnding()
{
    // The process is asked to end (logout, shutdown): the call stays open, to be continued at
    // the next start, and what is on screen is saved now.
    m_endingOnSignal = true;
    if (m_recorder && !m_ui->noteEdit->text().trimmed().isEmpty())
        m_recorder->saveDraft(m_ui->noteEdit->text());
    if (m_journal)
        m_journal->flushPending();
    m_settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_settings.sync();
}

void AssistWindow::showJournalState(const QString &journalError)
{
    QStringList lines;
    if (!m_journal) {
        lines << tr("The journal could not be opened: %1 Calls work, but their notes are not saved.").arg(journalError);
    } else {
        if (!m_journal->recoveryMessage().isEmpty())
            lines << m_journal->recoveryMessage();
        // Retention, as the user set it (shown and changed in the history window).
        const int retention = HistoryWindow::retentionDays(m_settings);
        const auto deleted = m_journal->deleteCallsAtStart(retention);
        if (!deleted.ok())
            lines << tr("Old calls could not be deleted: %1").arg(deleted.error);
        else if (deleted.value > 0)
            lines << tr("%1 call(s) older than %2 days were deleted (calls with an open promise are kept).")
                         .arg(deleted.value)
                         .arg(retention);
        // Calls left open by a crash, a kill or a power cut: their notes and typing are saved.
        const auto unfinished = m_journal->unfinishedCalls();
        for (const journal::CallRecord &call : unfinished.value) {
            m_journal->markInterrupted(call.id);
            if (call.training)
                continue; // a rehearsal cut short holds nothing of a customer's and is not continued
            if (!m_interrupted || call.started > m_interrupted->started)
                m_interrupted = call;
            lines << tr("The call started at %1 was interrupted; its notes and the text being typed are saved in the "
                        "journal.")
                         .arg(QLocale().toString(call.started.toLocalTime(), QLocale::ShortFormat));
        }
        if (m_interrupted)
            lines << tr("Ctrl+Shift+R continues the last interrupted call (its record goes on); starting a new call "
                        "leaves it closed as interrupted.");
        const auto overdue = m_journal->overdue();
        const auto today = m_journal->dueToday();
        if (!overdue.value.empty() || !today.value.empty())
            lines << tr("Promises: %1 overdue, %2 due today.").arg(overdue.value.size()).arg(today.value.size());
        for (const journal::Promise &promise : overdue.value)
            lines << tr("• overdue: %1").arg(promise.text);
        for (const journal::Promise &promise : today.value)
            lines << tr("• today: %1").arg(promise.text);
    }
    m_ui->journalNotice->setText(lines.join(QLatin1Char('\n')));
    m_ui->journalNotice->setVisible(!lines.isEmpty());
}

void AssistWindow::remindOfDuePromises()
{
    // Promises that fell due since the last look: once each, without stopping the consultant.
    const QDateTime now = QDateTime::currentDateTime();
    journal::PromiseQuery query;
    query.status = journal::PromiseStatus::Open;
    query.dueAfter = m_lastReminderCheck;
    query.dueBefore = now;
    m_lastReminderCheck = now;
    const auto due = m_journal->promises(query);
    if (!due.ok() || due.value.empty())
        return;
    QStringList texts;
    for (const journal::Promise &promise : due.value)
        texts << promise.text;
    m_lastReminder = tr("A promise is due now: %1").arg(texts.join(QStringLiteral("; ")));
    // The desktop's notification may show on the lock screen and stay in its history: it says
    // how many, never what was promised to whom (review L6). The words are in this window.
    emit promiseReminder(tr("Promise due"), tr("%n promise(s) due now; the details are in Steadyline.", nullptr,
                                               static_cast<int>(texts.size())));
    statusBar()->showMessage(m_lastReminder, 60000);
    QApplication::alert(this);
}

void AssistWindow::loadPlaybooks()
{
    // Called again whenever the catalog changes: the choice stays on the same playbook id.
    const QString chosen = m_ui->playbookCombo->currentData().toString();
    const QString remembered = chosen.isEmpty() ? m_settings.string(Settings::Key::LastPlaybook) : chosen;
    const QSignalBlocker blocker(m_ui->playbookCombo);
    m_ui->playbookCombo->clear();
    for (const CatalogEntry &entry : m_catalog->entries()) {
        const Playbook &playbook = entry.active->playbook();
        // The language first: a narrow window cuts the end of the title, not the language.
        const QString title = playbook.title.resolve(playbook.baseLocale, playbook.baseLocale);
        m_ui->playbookCombo->addItem(QStringLiteral("%1 · %2").arg(playbook.baseLocale, title), playbook.id);
        m_ui->playbookCombo->setItemData(m_ui->playbookCombo->count() - 1, title, Qt::ToolTipRole);
    }
    // The last choice, else the 3.5-step playbook in the user's language, else the first.
    int index = m_ui->playbookCombo->findData(remembered);
    if (index < 0)
        index = m_ui->playbookCombo->findData(QStringLiteral("aggressive-caller-") + QLocale().name().left(2));
    if (index < 0)
        index = m_ui->playbookCombo->findData(QStringLiteral("aggressive-caller-en"));
    m_ui->playbookCombo->setCurrentIndex(std::max(0, index));
    updateAddressChoices();
    showCatalogProblems(m_playbookBanner, *m_catalog);
}

void AssistWindow::showPlaybookSource()
{
    const CatalogEntry *entry = m_catalog->entry(m_ui->playbookCombo->currentData().toString());
    m_playbookSource->setVisible(entry != nullptr);
    if (!entry)
        return;
    m_playbookSource->setText(
        tr("Revision %1 · %2").arg(entry->active->playbook().revision).arg(playbookSourceName(entry->active->source)));
    m_playbookSource->setToolTip(entry->why);
}

PlaybookSnapshot AssistWindow::selectedPlaybook() const
{
    return m_catalog->active(m_ui->playbookCombo->currentData().toString());
}

void AssistWindow::updateAddressChoices()
{
    showPlaybookSource();
    const PlaybookSnapshot selected = selectedPlaybook();
    if (!selected)
        return;
    const int previous = m_ui->addressCombo->currentIndex();
    m_ui->addressCombo->clear();
    const QString locale = selected->playbook().baseLocale;
    for (const FormOfAddress address : {FormOfAddress::FormalMale, FormOfAddress::FormalFemale})
        m_ui->addressCombo->addItem(addressDisplayName(address, locale), formOfAddressName(address));
    m_ui->addressCombo->setCurrentIndex(
        previous >= 0 ? previous : (m_settings.lastAddress() == FormOfAddress::FormalMale ? 0 : 1));
}

void AssistWindow::startCall()
{
    const PlaybookSnapshot selected = selectedPlaybook();
    if (m_call || !selected || m_ui->pages->currentIndex() != StartPage)
        return;
    CallSetup setup;
    setup.channel = channelFromName(m_ui->channelCombo->currentData().toString()).value_or(Channel::Phone);
    setup.locale = selected->playbook().baseLocale;
    setup.render.address =
        formOfAddressFromName(m_ui->addressCombo->currentData().toString()).value_or(FormOfAddress::FormalMale);
    setup.render.agentGender = m_settings.consultantGender();
    setup.render.agentName = m_settings.string(Settings::Key::ConsultantName);
    setup.render.caseReference = m_ui->caseEdit->text().trimmed();
    m_settings.setValue(Settings::Key::LastPlaybook, selected->playbook().id);
    m_settings.setValue(Settings::Key::LastChannel, channelName(setup.channel));
    m_settings.setValue(Settings::Key::LastAddress, formOfAddressName(setup.render.address));
    m_interrupted.reset(); // a new call leaves the interrupted one closed
    beginCall(selected->load, setup, nullptr);
}

void AssistWindow::continueInterruptedCall()
{
    if (m_call || !m_interrupted || !m_journal || m_ui->pages->currentIndex() != StartPage)
        return;
    const journal::CallRecord interrupted = *m_interrupted;
    const PlaybookSnapshot playbook = m_catalog->active(interrupted.playbookId);
    if (!playbook) {
        statusBar()->showMessage(
            tr("The playbook of the interrupted call (%1) is not available.").arg(interrupted.playbookId), 15000);
        return;
    }
    CallSetup setup;
    setup.channel = interrupted.channel;
    setup.locale = interrupted.locale.isEmpty() ? playbook->playbook().baseLocale : interrupted.locale;
    setup.render.address = interrupted.address;
    setup.render.agentGender = m_settings.consultantGender();
    setup.render.agentName = m_settings.string(Settings::Key::ConsultantName);
    setup.render.caseReference = interrupted.caseReference;
    const QString draft = m_journal->draft(interrupted.id).value.value_or(journal::Draft{}).text;
    m_interrupted.reset();
    beginCall(playbook->load, setup, &interrupted);
    // What was being typed when the app died is back in the note field.
    m_ui->noteEdit->setText(draft);
    statusBar()->showMessage(tr("Continuing the call started at %1; the playbook starts again at step 1.")
                                 .arg(QLocale().toString(interrupted.started.toLocalTime(), QLocale::ShortFormat)),
                             15000);
}

void AssistWindow::beginCall(const LoadResult &playbook, const CallSetup &setup, const journal::CallRecord *resumed,
                             bool training)
{
    m_call = std::make_unique<CallSession>(playbook.playbook, setup);
    if (m_journal) {
        if (resumed) {
            m_recorder = std::make_unique<CallRecorder>(*m_journal, *m_call, *resumed);
        } else {
            journal::CallStart start;
            start.channel = setup.channel;
            start.address = setup.render.address;
            start.caseReference = setup.render.caseReference;
            start.playbookId = playbook.playbook->id;
            start.revision = playbook.playbook->revision;
            start.sha256 = QString::fromLatin1(playbook.sha256().toHex());
            start.locale = setup.locale;
            start.training = training;
            m_recorder = std::make_unique<CallRecorder>(*m_journal, *m_call, start);
        }
        connect(m_recorder.get(), &CallRecorder::problem, this,
                [this](const QString &message) { statusBar()->showMessage(message, 15000); });
    }
    connect(m_call.get(), &CallSession::callEnded, this, &AssistWindow::callEnded);
    m_callerBanner->hide(); // the softphone's start shows it again with this caller's history
    connect(m_call.get(), &CallSession::stepChanged, this, &AssistWindow::showStep);
    connect(m_call.get(), &CallSession::countdownTick, this, &AssistWindow::showCountdown);
    connect(m_call.get(), &CallSession::countdownExpired, this, &AssistWindow::onCountdownExpired);
    connect(m_call.get(), &CallSession::noteAdded, this, &AssistWindow::refreshNotes);
    connect(m_call.get(), &CallSession::promiseRecorded, this, &AssistWindow::refreshNotes);
    m_ui->notesList->clear();
    m_ui->notesList->setVisible(false);
    // setText, not clear(): clear() keeps the undo history, and Ctrl+Z in the next call must not
    // bring back the previous caller's words.
    m_ui->noteEdit->setText(QString());
    m_ui->tipsToggle->setChecked(false);
    m_ui->dueCombo->setCurrentIndex(1);
    setPromiseMode(false);
    setPage(CallPage);
    m_call->start();
    statusBar()->showMessage(tr("Call started at %1").arg(timeOf(m_call->summary().started)));
}

void AssistWindow::showStep()
{
    if (!m_call)
        return;
    const StepView &step = m_call->step();
    m_ui->stepBadge->setText(step.label);
    m_ui->stepBadge->setAccessibleName(tr("Step %1").arg(step.label));
    m_ui->stepTitle->setText(step.title);

    // The path so far, as the method names the steps: "1 → 2 → 3".
    QStringList path;
    std::vector<QString> stack;
    for (const TransitionRecord &record : m_call->engine().history()) {
        if (record.cause == TransitionCause::Undo) {
            stack.pop_back();
            stack.back() = m_call->engine().playbook().findStep(record.toStep)->label;
            continue;
        }
        stack.push_back(m_call->engine().playbook().findStep(record.toStep)->label);
    }
    for (const QString &label : stack) {
        if (path.isEmpty() || path.last() != label) // countdown and hang-up are both "3½"
            path << label;
    }
    m_ui->stepPath->setText(path.join(QStringLiteral(" → ")));

    const QString locale = m_call->engine().setup().locale;
    m_ui->lineLabel->setText(withNonBreakingSpaces(m_call->currentLine(), locale));
    m_ui->lineLabel->setVisible(!m_call->currentLine().isEmpty());
    const qsizetype phrasings = step.say.size();
    m_ui->phrasingLabel->setVisible(phrasings > 1);
    m_ui->phrasingLabel->setText(tr("Phrasing %1 of %2 — %3 for another")
                                     .arg(m_call->phrasingIndex() + 1)
                                     .arg(phrasings)
                                     .arg(m_phrasingAction->shortcut().toString(QKeySequence::NativeText)));
    m_ui->tipsLabel->setText(step.tips.isEmpty() ? QString()
                                                 : QStringLiteral("• ") + step.tips.join(QStringLiteral("\n• ")));
    m_ui->tipsToggle->setVisible(!step.tips.isEmpty());

    const bool final = m_call->reachedFinalStep();
    m_ui->finalPrompt->setVisible(final);
    // The playbook's own words, large, and the app's instruction under them.
    m_ui->finalPrompt->setText(final ? step.title + QLatin1Char('\n') + finalPromptText() : QString());
    showCountdown();

    // The primary key: next step, act now in the countdown, or finish in a final step.
    // In a final step F5 does nothing: a habitual double press must not hide the final prompt.
    QString primaryText;
    if (final)
        primaryText.clear();
    else if (step.timer)
        primaryText = tr("Act now");
    else if (const QString event = m_call->primaryEvent(); !event.isEmpty())
        primaryText = m_call->eventLabel(event);
    m_ui->primaryButton->setVisible(!primaryText.isEmpty());
    m_ui->primaryButton->setText(withShortcut(primaryText, m_primaryAction));
    m_ui->primaryButton->setAccessibleName(primaryText);
    m_primaryAction->setEnabled(!primaryText.isEmpty());

    m_ui->calmButton->setVisible(m_call->canCalm());
    m_calmAction->setEnabled(m_call->canCalm());
    if (m_call->canCalm()) {
        const QString label = m_call->eventLabel(kEventCalmed);
        m_ui->calmButton->setText(withShortcut(label, m_calmAction));
        m_ui->calmButton->setAccessibleName(label);
    }
    // Short labels: two buttons share a row down to a 320 px wide window.
    const QString endText = final ? tr("Finish call") : tr("End call");
    m_ui->endButton->setText(withShortcut(endText, m_endAction));
    m_ui->endButton->setAccessibleName(endText);
    // A rehearsal is scored as played: no taking back.
    m_undoAction->setEnabled(m_call->canUndo() && !m_rehearsal);
    m_ui->undoButton->setEnabled(m_call->canUndo() && !m_rehearsal);
    m_phrasingAction->setEnabled(phrasings > 1);

    for (QPushButton *button : m_eventButtons)
        delete button;
    m_eventButtons.clear();
    const QStringList others = m_call->otherEvents();
    for (qsizetype i = 0; i < others.size() && i < static_cast<qsizetype>(m_eventActions.size()); ++i) {
        auto *button = new QPushButton(m_ui->otherEvents);
        button->setObjectName(QStringLiteral("eventButton_") + others.at(i));
        QAction *action = m_eventActions[static_cast<std::size_t>(i)];
        bindButton(button, action, m_call->eventLabel(others.at(i)));
        m_ui->otherEventsLayout->addWidget(button);
        m_eventButtons.push_back(button);
    }
    // Tab goes down the card as it is drawn: the other events sit between "calmed down" and undo.
    QWidget *previous = m_ui->calmButton;
    for (QPushButton *button : m_eventButtons) {
        QWidget::setTabOrder(previous, button);
        previous = button;
    }
    QWidget::setTabOrder(previous, m_ui->undoButton);

    if (!m_call->promisePrompt().isEmpty())
        setPromiseMode(true);
    emit statusChanged();
}

void AssistWindow::showCountdown()
{
    if (!m_call)
        return;
    const bool timed = m_call->step().timer.has_value() && !m_call->reachedFinalStep();
    m_ui->countdown->setVisible(timed);
    m_stopCountdownAction->setEnabled(m_call->countdownRunning());
    m_longerAction->setEnabled(m_call->countdownRunning());
    m_shorterAction->setEnabled(m_call->countdownRunning());
    if (!timed)
        return;
    const auto remaining = m_call->countdownRemaining();
    const auto left = remaining ? remaining : m_call->stoppedWith();
    const int remainingMs = left ? static_cast<int>(left->count()) : m_call->countdownDurationMs();
    m_ui->countdown->setRemaining(remainingMs, m_call->countdownDurationMs(), remaining.has_value());
    const bool phone = m_call->engine().setup().channel == Channel::Phone;
    const int seconds = m_ui->countdown->secondsShown();
    m_ui->countdown->setCaption(
        remaining ? (phone ? tr("Hang up in %n s", nullptr, seconds) : tr("Call security in %n s", nullptr, seconds)) +
                        QLatin1Char('\n') + tr("Esc stops · Ctrl+↑/↓ ±1 s · F6 calmed")
                  : tr("Stopped") + QLatin1Char('\n') +
                        (phone ? tr("F5 hang up now · F6 calmed") : tr("F5 call security now · F6 calmed")));
}

QString AssistWindow::finalPromptText() const
{
    switch (m_call ? m_call->finalPrompt() : FinalPrompt::None) {
    case FinalPrompt::HangUp: return tr("Hang up now");
    case FinalPrompt::CallSecurity: {
        QStringList numbers;
        for (const Settings::Key key : {Settings::Key::ManagerNumber, Settings::Key::SecurityNumber}) {
            if (const QString number = m_settings.string(key); !number.isEmpty())
                numbers << number;
        }
        return numbers.isEmpty()
                   ? tr("Call the manager / security now")
                   : tr("Call the manager / security now: %1").arg(unbreakable(numbers.join(QStringLiteral(", "))));
    }
    case FinalPrompt::Finished: return tr("The call can end now");
    case FinalPrompt::None: break;
    }
    return {};
}

void AssistWindow::onCountdownExpired()
{
    // Unmistakable even when the softphone has the focus: raise, flash, and (optionally) sound.
    if (m_settings.flag(Settings::Key::CountdownSound))
        QApplication::beep();
    QApplication::alert(this);
    if (!isActiveWindow()) {
        raise();
        activateWindow();
    }
}

void AssistWindow::commitNote()
{
    if (!m_call)
        return;
    const QString text = m_ui->noteEdit->text();
    if (m_rehearsal) {
        if (text.trimmed().isEmpty())
            return;
        const bool promise = m_promiseMode;
        if (rehearse(promise ? OptionAction::Promise : OptionAction::Note, {}, text,
                     promise ? tr("Recording a promise") : tr("Taking a note"))) {
            m_ui->noteEdit->setText(QString());
            setPromiseMode(false);
        }
        return;
    }
    if (m_promiseMode)
        m_call->addPromise(text, chosenDue());
    else
        m_call->addNote(text);
    if (!text.trimmed().isEmpty()) {
        m_ui->noteEdit->setText(QString()); // drops the undo history too
        setPromiseMode(!m_call->promisePrompt().isEmpty());
    }
}

void AssistWindow::setPromiseMode(bool on)
{
    m_promiseMode = on;
    m_ui->dueCombo->setVisible(on);
    if (!on) {
        m_ui->noteEdit->setPlaceholderText(tr("Note: type and press Enter"));
        return;
    }
    const QString prompt = m_call ? m_call->promisePrompt() : QString();
    m_ui->noteEdit->setPlaceholderText((prompt.isEmpty() ? tr("What was promised, to whom") : prompt) +
                                       QStringLiteral(" — ") + tr("Enter to record"));
}

QDateTime AssistWindow::chosenDue() const
{
    // Promises fall due at the end of a working day, so a reminder comes while there is time.
    const int days = m_ui->dueCombo->currentData().toInt();
    if (days < 0)
        return {};
    const QDateTime now = QDateTime::currentDateTime();
    QDateTime due(now.date().addDays(days), QTime(17, 0));
    if (due <= now)
        due = now.addSecs(3600);
    return due;
}

void AssistWindow::recordPromise()
{
    if (!m_call)
        return;
    if (m_rehearsal && !m_ui->noteEdit->text().trimmed().isEmpty()) {
        setPromiseMode(true);
        commitNote();
        return;
    }
    if (!m_ui->noteEdit->text().trimmed().isEmpty()) {
        m_call->addPromise(m_ui->noteEdit->text(), chosenDue());
        m_ui->noteEdit->setText(QString()); // drops the undo history too
        return;
    }
    setPromiseMode(true);
    m_ui->noteEdit->setFocus();
}

void AssistWindow::refreshNotes()
{
    if (!m_call)
        return;
    m_ui->notesList->clear();
    // An entry whose write waits (a full disk) says so: it is kept, but not in the journal yet.
    const auto mark = [this](QString text, bool saved) {
        if (m_recorder && !saved)
            text += QLatin1Char(' ') + tr("[not saved yet]");
        m_ui->notesList->addItem(text);
    };
    for (std::size_t i = 0; i < m_call->notes().size(); ++i) {
        const CallNote &note = m_call->notes()[i];
        mark(QStringLiteral("%1  %2").arg(timeOf(note.at), note.text), !m_recorder || m_recorder->noteSaved(i));
    }
    for (std::size_t i = 0; i < m_call->promises().size(); ++i) {
        const CallPromise &promise = m_call->promises()[i];
        const QString due = promise.due.isValid()
                                ? tr(" (due %1)").arg(QLocale().toString(promise.due, QLocale::ShortFormat))
                                : QString();
        mark(tr("%1  Promise: %2%3").arg(timeOf(promise.at), promise.text, due),
             !m_recorder || m_recorder->promiseSaved(i));
    }
    m_ui->notesList->setVisible(m_ui->notesList->count() > 0);
    m_ui->notesList->scrollToBottom();
}

void AssistWindow::endCall()
{
    if (!m_call || m_call->ended())
        return;
    if (m_rehearsal) {
        rehearse(OptionAction::EndCall, {}, {}, tr("Ending the call"));
        return;
    }
    // Text still in the note field is kept, not dropped.
    if (!m_ui->noteEdit->text().trimmed().isEmpty())
        commitNote();
    m_call->end();
    showSummary();
}

void AssistWindow::showSummary()
{
    const CallSummary summary = m_call->summary();
    const auto outcomeText = [](CallOutcome outcome) {
        switch (outcome) {
        case CallOutcome::Resolved: return tr("resolved");
        case CallOutcome::EndedByConsultant: return tr("ended by the consultant");
        case CallOutcome::Escalated: return tr("escalated to the manager / security");
        case CallOutcome::CallerHungUp: return tr("the caller hung up");
        case CallOutcome::Interrupted: return tr("interrupted");
        }
        return QString();
    };
    const qint64 seconds = summary.started.secsTo(summary.ended);
    QString html = QStringLiteral("<h3>%1</h3><p>%2</p><table cellspacing=\"0\" cellpadding=\"3\">")
                       .arg(tr("Call summary").toHtmlEscaped(), tr("%1 – %2 (%3 min %4 s) · outcome: <b>%5</b>")
                                                                    .arg(timeOf(summary.started), timeOf(summary.ended))
                                                                    .arg(seconds / 60)
                                                                    .arg(seconds % 60)
                                                                    .arg(outcomeText(summary.outcome).toHtmlEscaped()));
    const Playbook &playbook = m_call->engine().playbook();
    for (const TransitionRecord &record : summary.timeline) {
        const Step *step = playbook.findStep(record.toStep);
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3%4</td></tr>")
                    .arg(timeOf(record.wallTime), step->label.toHtmlEscaped(),
                         m_call->engine().renderText(step->title).toHtmlEscaped(),
                         record.cause == TransitionCause::Undo ? tr(" (undo)") : QString());
    }
    html += QStringLiteral("</table>");
    if (!summary.promises.empty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Promises").toHtmlEscaped());
        for (const CallPromise &promise : summary.promises)
            html += QStringLiteral("<li>%1 %2</li>").arg(timeOf(promise.at), promise.text.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    if (!summary.notes.empty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Notes").toHtmlEscaped());
        for (const CallNote &note : summary.notes)
            html += QStringLiteral("<li>%1 %2</li>").arg(timeOf(note.at), note.text.toHtmlEscaped());
        html += QStringLiteral("</ul>");
    }
    m_ui->summaryView->setHtml(html);
    setPage(SummaryPage);
    statusBar()->showMessage(tr("Call ended: %1").arg(outcomeText(summary.outcome)));
}

void AssistWindow::newCall()
{
    if (m_rehearsal && m_call && !m_call->ended()) {
        if (!Confirmation::ask(this, tr("Stop this rehearsal?"),
                               tr("The rehearsal has not reached its end; it will not be scored."),
                               tr("Stop rehearsal")))
            return;
        m_rehearsalPanel->detach();
        m_call->end(CallOutcome::Interrupted);
    }
    if (m_rehearsal) {
        m_rehearsal.reset();
        m_rehearsalPanel->setVisible(false);
    }
    if (m_call && !m_call->ended()) {
        if (!Confirmation::ask(this, tr("End this call?"), tr("A call is in progress. End it and start a new one?"),
                               tr("End call")))
            return;
        endCall();
    }
    m_recorder.reset();
    m_call.reset();
    m_ui->caseEdit->clear();
    setPage(StartPage);
}

void AssistWindow::setPage(Page page)
{
    m_ui->pages->setCurrentIndex(page);
    const bool inCall = page == CallPage;
    for (QAction *action : {m_primaryAction, m_calmAction, m_phrasingAction, m_undoAction, m_noteAction,
                            m_promiseAction, m_endAction, m_stopCountdownAction, m_longerAction, m_shorterAction})
        action->setEnabled(inCall);
    for (QAction *action : m_eventActions)
        action->setEnabled(inCall);
    for (QAction *action : m_quickTagActions)
        action->setEnabled(inCall && !m_rehearsal); // a rehearsal's notes are its own options (F8)
    m_startAction->setEnabled(page == StartPage);
    m_continueAction->setEnabled(page == StartPage && m_interrupted.has_value());
    m_preferencesAction->setEnabled(!inCall);
    m_editorAction->setEnabled(!inCall);
    m_nextCallAction->setEnabled(page != StartPage);
    // On the summary page Enter also goes on to the next call; during a call Enter belongs to
    // the note field, so there only Ctrl+N starts over.
    if (page == SummaryPage) {
        m_nextCallAction->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::Key_N), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
        m_ui->nextCallButton->setText(tr("Next call   [Enter]"));
    } else
        m_nextCallAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    if (page == StartPage)
        m_ui->playbookCombo->setFocus();
    else if (page == SummaryPage)
        m_ui->nextCallButton->setFocus();
    else
        m_ui->primaryButton->setFocus();
    emit statusChanged();
}

QString AssistWindow::statusText() const
{
    switch (static_cast<Page>(m_ui->pages->currentIndex())) {
    case StartPage: return tr("No call");
    case SummaryPage: return tr("Call ended");
    case CallPage: break;
    }
    if (!m_call)
        return tr("No call");
    const StepView &step = m_call->step();
    return tr("Step %1 · %2").arg(step.label, step.title);
}

void AssistWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
    QApplication::alert(this); // where the window manager refuses to hand over the focus
}

QString AssistWindow::startCallFromOutside(Channel channel, const QString &callerReference, const QString &playbookId)
{
    bringToFront();
    if (m_call && !m_call->ended())
        return tr("A call is already in progress in Steadyline.");
    if (m_ui->pages->currentIndex() == SummaryPage)
        newCall();
    m_ui->channelCombo->setCurrentIndex(std::max(0, m_ui->channelCombo->findData(channelName(channel))));
    if (!callerReference.isEmpty())
        m_ui->caseEdit->setText(callerReference);
    bool playbookMissing = false;
    if (!playbookId.isEmpty()) {
        const int index = m_ui->playbookCombo->findData(playbookId);
        playbookMissing = index < 0;
        if (!playbookMissing)
            m_ui->playbookCombo->setCurrentIndex(index);
    }
    const QString history = callerHistoryText(callerReference);
    startCall();
    if (!m_call)
        return tr("Steadyline has no playbook to start a call with.");
    if (!history.isEmpty()) {
        m_callerBanner->setText(
            tr("Call started at %1 · %2: %3").arg(timeOf(m_call->summary().started), callerReference, history));
        m_callerBanner->show();
    }
    if (playbookMissing)
        statusBar()->showMessage(
            tr("The playbook \"%1\" that the softphone rules choose is not available; the start page's is used.")
                .arg(playbookId),
            15000);
    return {};
}

bool AssistWindow::endCallFromOutside(CallOutcome outcome)
{
    if (!m_call || m_call->ended() || m_rehearsal)
        return false;
    // Text still in the note field is kept, not dropped.
    if (!m_ui->noteEdit->text().trimmed().isEmpty())
        commitNote();
    m_call->end(outcome);
    showSummary();
    return true;
}

QString AssistWindow::callerHistoryText(const QString &callerReference) const
{
    if (!m_journal || callerReference.trimmed().isEmpty())
        return {};
    const auto history = m_journal->callerHistory(callerReference);
    if (!history.ok() || (history.value.calls == 0 && history.value.openPromises == 0))
        return {};
    QStringList parts;
    parts << tr("%n earlier call(s)", nullptr, history.value.calls);
    if (history.value.openPromises > 0)
        parts << tr("%n open promise(s)", nullptr, history.value.openPromises);
    return parts.join(QStringLiteral(", "));
}

void AssistWindow::showIncomingCall(const QString &callerReference, bool ringing)
{
    if (!ringing) {
        m_callerBanner->hide();
        return;
    }
    const QString who = callerReference.isEmpty() ? tr("Incoming call") : tr("Incoming call: %1").arg(callerReference);
    const QString history = callerHistoryText(callerReference);
    m_callerBanner->setText(history.isEmpty() ? who : who + QStringLiteral(" · ") + history);
    m_callerBanner->show();
}

void AssistWindow::setSoftphoneStatus(const QString &text)
{
    if (!m_softphoneStatus) {
        m_softphoneStatus = new QLabel(this);
        m_softphoneStatus->setObjectName(QStringLiteral("softphoneStatus"));
        statusBar()->addPermanentWidget(m_softphoneStatus);
    }
    m_softphoneStatus->setText(text);
    m_softphoneStatus->setAccessibleName(text);
    m_softphoneStatus->setVisible(!text.isEmpty());
}

bool AssistWindow::perform(RemoteCommand command)
{
    const auto trigger = [](QAction *action) {
        if (!action->isEnabled())
            return false;
        action->trigger();
        return true;
    };
    switch (command) {
    case RemoteCommand::NextStep: return trigger(m_primaryAction);
    case RemoteCommand::Calmed: return trigger(m_calmAction);
    case RemoteCommand::NewNote:
        if (!m_noteAction->isEnabled())
            return false;
        bringToFront(); // typing needs the window's focus
        return trigger(m_noteAction);
    case RemoteCommand::ToggleCountdown: {
        if (!m_call || m_call->reachedFinalStep())
            return false;
        if (m_call->countdownRunning())
            return trigger(m_stopCountdownAction);
        // Start it: take the step's forward action if that leads into the timed step (3 → 3½).
        const QString event = m_call->primaryEvent();
        if (m_call->step().timer || event.isEmpty())
            return false;
        const Playbook &playbook = m_call->engine().playbook();
        for (const Transition &transition : m_call->engine().currentStep().transitions) {
            const Step *target = playbook.findStep(transition.target);
            if (transition.event == event && target && target->timer)
                return trigger(m_primaryAction);
        }
        return false;
    }
    }
    return false;
}

void AssistWindow::setAlwaysOnTop(bool onTop)
{
    m_alwaysOnTopAction->setChecked(onTop);
    if (onTop == windowFlags().testFlag(Qt::WindowStaysOnTopHint))
        return;
    const bool wasVisible = isVisible();
    setWindowFlag(Qt::WindowStaysOnTopHint, onTop);
    if (wasVisible)
        show();
}

void AssistWindow::closeEvent(QCloseEvent *event)
{
    if (m_endingOnSignal) {
        // Logout or shutdown: nobody is there to answer a question, and the call stays open to
        // be continued at the next start (saveBeforeEnding() kept what was on screen).
        event->accept();
        return;
    }
    if (m_journal && m_journal->pendingWrites() > 0 && !m_journal->flushPending().ok &&
        !Confirmation::ask(this, tr("Quit with entries not saved?"),
                           tr("%n entries could not be saved: the journal cannot be written. If you quit now, they "
                              "are kept in a recovery file and written to the journal at the next start.",
                              nullptr, m_journal->pendingWrites()),
                           tr("Quit"))) {
        event->ignore();
        return;
    }
    if (m_call && !m_call->ended() &&
        !Confirmation::ask(this, tr("Close during a call?"),
                           tr("A call is in progress. Its notes are not saved yet. End the call and close?"),
                           tr("End call and close"))) {
        event->ignore();
        return;
    }
    if (m_call && !m_call->ended())
        endCall();
    m_settings.setValue(Settings::Key::WindowGeometry, saveGeometry());
    m_settings.sync();
    event->accept();
}

void AssistWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange && m_startAction) {
        m_ui->retranslateUi(this);
        retranslate();
    }
}

void AssistWindow::retranslate()
{
    // The same source texts as in the constructor and createActions(), so the translations match.
    const std::pair<QAction *, QString> actions[] = {
        {m_startAction, tr("Start call")},
        {m_primaryAction, tr("Next step")},
        {m_calmAction, tr("Calmed down")},
        {m_phrasingAction, tr("Other phrasing")},
        {m_undoAction, tr("Undo step")},
        {m_noteAction, tr("Note")},
        {m_promiseAction, tr("Promise")},
        {m_quickTagActions.at(0), tr("Promise due: next choice")},
        {m_endAction, tr("End call")},
        {m_stopCountdownAction, tr("Stop countdown")},
        {m_longerAction, tr("Countdown +1 s")},
        {m_shorterAction, tr("Countdown −1 s")},
        {m_nextCallAction, tr("Next call")},
        {m_continueAction, tr("Continue the interrupted call")},
        {m_alwaysOnTopAction, tr("Always on top")},
        {m_quitAction, tr("Quit")},
        {m_preferencesAction, tr("Preferences…")},
        {m_libraryAction, tr("Playbook library…")},
        {m_editorAction, tr("Playbook editor…")},
        {m_trainingAction, tr("Training…")},
        {m_historyAction, tr("Call history…")},
        {m_promisesAction, tr("Promises…")},
    };
    for (const auto &[action, text] : actions) {
        if (action)
            action->setText(text);
    }
    // The quick tags: the action's label, the button's short text and its tool tip.
    const std::pair<QString, QString> tags[] = {{tr("Insult"), tr("Insult")},
                                                {tr("Threat"), tr("Threat")},
                                                {tr("Asked for a manager"), tr("Manager?")},
                                                {tr("Time mark"), tr("Mark")}};
    QPushButton *const tagButtons[] = {m_ui->tagInsultButton, m_ui->tagThreatButton, m_ui->tagManagerButton,
                                       m_ui->tagMomentButton};
    for (std::size_t i = 0; i < std::size(tags); ++i) {
        m_quickTagActions.at(i + 1)->setText(tags[i].first);
        tagButtons[i]->setText(withShortcut(tags[i].second, m_quickTagActions.at(i + 1)));
        tagButtons[i]->setAccessibleName(tags[i].second);
        tagButtons[i]->setToolTip(tr("Note \"%1\" with the time").arg(tags[i].first));
    }

    const std::pair<QString, int> dues[] = {{tr("due today"), 0},
                                            {tr("due tomorrow"), 1},
                                            {tr("due in 2 days"), 2},
                                            {tr("due in a week"), 7},
                                            {tr("no due date"), -1}};
    for (const auto &[text, days] : dues)
        m_ui->dueCombo->setItemText(m_ui->dueCombo->findData(days), text);
    m_ui->channelCombo->setItemText(m_ui->channelCombo->findData(channelName(Channel::Phone)), tr("Phone"));
    m_ui->channelCombo->setItemText(m_ui->channelCombo->findData(channelName(Channel::InPerson)), tr("In person"));
    m_ui->tipsToggle->setText(tr("&Tips"));
    m_ui->startHint->setText(tr("During a call: F5 next step, F6 calmed down, F7 other phrasing, Shift+F5 undo, "
                                "F8 note, F9 promise, Esc stop the countdown, F10 end the call."));
    m_callerBanner->setAccessibleDescription(tr("Incoming call"));
    m_playbookBanner->setAccessibleDescription(tr("Playbook problems"));
    m_playbookSource->setAccessibleDescription(tr("Where the playbook comes from"));
    showCatalogProblems(m_playbookBanner, *m_catalog);

    const std::pair<QPushButton *, QString> buttons[] = {
        {m_ui->startButton, tr("Start call")}, {m_ui->calmButton, tr("Calmed down")},
        {m_ui->undoButton, tr("Undo")},        {m_ui->endButton, tr("End call")},
        {m_ui->promiseButton, tr("Promise")},  {m_ui->nextCallButton, tr("Next call")}};
    const QAction *buttonActions[] = {m_startAction, m_calmAction,    m_undoAction,
                                      m_endAction,   m_promiseAction, m_nextCallAction};
    for (std::size_t i = 0; i < std::size(buttons); ++i) {
        buttons[i].first->setText(withShortcut(buttons[i].second, buttonActions[i]));
        if (buttons[i].first == m_ui->startButton)
            continue; // its name comes from the form, and it has no tool tip
        buttons[i].first->setToolTip(buttonActions[i]->toolTip());
        buttons[i].first->setAccessibleName(buttons[i].second);
    }
    m_ui->undoButton->setToolTip(tr("Undo the last step (a slipped key)"));

    updateAddressChoices(); // shows the playbook's source again, too
    setPromiseMode(m_promiseMode);
    if (m_call && !m_call->ended()) {
        showStep();
        refreshNotes();
    } else if (m_call && m_ui->pages->currentIndex() == SummaryPage) {
        showSummary();
    }
    emit statusChanged(); // the tray's tool tip
}

QString AssistWindow::startRehearsal(const QString &scenarioPath)
{
    if (m_call && !m_call->ended())
        return tr("Finish the call in progress before a rehearsal.");
    // The scenario's playbook: beside it or in the folder above (shipped and team layouts), in
    // the playbook folders, or built in.
    PlaybookSet playbooks;
    const QDir folder = QFileInfo(scenarioPath).absoluteDir();
    playbooks.addFolder(folder.path());
    playbooks.addFolder(QFileInfo(folder.path()).absolutePath());
    for (const Settings::Key key : {Settings::Key::TeamPlaybookFolder, Settings::Key::UserPlaybookFolder}) {
        if (const QString path = m_settings.string(key); !path.isEmpty())
            playbooks.addFolder(path);
    }
    playbooks.addBuiltIn();
    const ScenarioLoadResult loaded = ScenarioLoader::loadFile(scenarioPath, playbooks);
    if (!loaded.ok()) {
        for (const Diagnostic &d : loaded.diagnostics) {
            if (d.severity == Severity::Error)
                return tr("The scenario cannot be rehearsed: %1").arg(d.toString());
        }
        return tr("The scenario cannot be rehearsed.");
    }
    m_rehearsal.reset(); // it refers to the call
    m_recorder.reset();
    m_call.reset();
    LoadResult playbook;
    playbook.playbook = loaded.playbook;
    const CallSetup setup = TrainingRun::setupFor(*loaded.scenario, *loaded.playbook, m_settings.consultantGender());
    beginCall(playbook, setup, nullptr, true);
    m_rehearsal = std::make_unique<TrainingRun>(loaded.scenario, *m_call);
    if (!m_rehearsalPanel) {
        m_rehearsalPanel = new RehearsalPanel(m_settings, m_ui->callPage);
        m_ui->callLayout->insertWidget(0, m_rehearsalPanel);
        for (QAction *action : m_rehearsalPanel->sayActions())
            addAction(action);
        connect(m_rehearsalPanel, &RehearsalPanel::sayChosen, this, [this](const QString &optionId) {
            if (m_rehearsal)
                m_rehearsal->choose(optionId);
        });
    }
    m_rehearsalPanel->setVisible(true);
    m_rehearsalPanel->attach(*m_rehearsal);
    connect(m_rehearsal.get(), &TrainingRun::finished, this, &AssistWindow::showRehearsalReport);
    m_rehearsal->start();
    setPage(CallPage);
    statusBar()->showMessage(tr("Rehearsal started: %1").arg(loaded.scenario->title));
    return {};
}

bool AssistWindow::rehearse(OptionAction action, const QString &event, const QString &typed, const QString &what)
{
    if (!m_rehearsal || m_rehearsal->isFinished())
        return false;
    const ScenarioOption *option =
        action == OptionAction::Event ? m_rehearsal->optionFiring(event) : m_rehearsal->optionDoing(action);
    if (!option) {
        m_rehearsalPanel->showNotOffered(what);
        return false;
    }
    m_rehearsal->choose(option->id, typed);
    return true;
}

void AssistWindow::showTraining()
{
    if (!m_trainingWindow) {
        m_trainingWindow = new TrainingWindow(m_journal, m_settings, this);
        m_trainingWindow->setObjectName(QStringLiteral("trainingWindow"));
        m_trainingWindow->setWindowFlag(Qt::Window);
        m_trainingWindow->setCatalog(m_catalog.get());
        connect(m_trainingWindow, &TrainingWindow::rehearsalRequested, this, [this](const QString &path) {
            const QString refusal = startRehearsal(path);
            if (!refusal.isEmpty())
                m_trainingWindow->statusBar()->showMessage(refusal, 15000);
            else
                bringToFront();
        });
    }
    m_trainingWindow->show();
    m_trainingWindow->raise();
    m_trainingWindow->activateWindow();
}

void AssistWindow::showRehearsalReport()
{
    if (!m_rehearsal)
        return;
    const TrainingResult result = m_rehearsal->result();
    // The attempt is kept for the trainee's progress view, apart from real calls.
    if (m_journal) {
        const journal::WriteResult stored = m_journal->addTrainingAttempt(attemptFromResult(
            result, m_rehearsal->scenario(), m_recorder ? m_recorder->callId() : 0, QDateTime::currentDateTime()));
        if (!stored.ok && !stored.error.isEmpty())
            statusBar()->showMessage(stored.error, 15000);
    }
    if (m_trainingWindow)
        m_trainingWindow->refreshAttempts();
    emit rehearsalFinished(result);
    QString html =
        QStringLiteral("<h3>%1</h3>").arg(tr("Rehearsal: %1").arg(m_rehearsal->scenario().title).toHtmlEscaped());
    html += QStringLiteral("<p><b>%1</b></p>")
                .arg((result.passed ? tr("Passed: %1 of %2 points (%3 %, pass mark %4 %)")
                                    : tr("Not passed: %1 of %2 points (%3 %, pass mark %4 %)"))
                         .arg(result.score)
                         .arg(result.max)
                         .arg(result.percent)
                         .arg(result.passMark)
                         .toHtmlEscaped());
    if (!result.endingText.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(result.endingText.toHtmlEscaped());
    if (result.mistakes.empty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("No mistakes.").toHtmlEscaped());
    } else {
        html += QStringLiteral("<h4>%1</h4><ol>").arg(tr("Mistakes and what to do instead").toHtmlEscaped());
        for (const TrainingMistake &mistake : result.mistakes) {
            html += QStringLiteral("<li>%1%2<br/><i>%3</i><br/><small>%4</small></li>")
                        .arg(mistake.critical ? tr("Critical: ").toHtmlEscaped() : QString(),
                             mistake.message.toHtmlEscaped(), mistake.advice.toHtmlEscaped(),
                             tr("at turn '%1'").arg(mistake.turn).toHtmlEscaped());
        }
        html += QStringLiteral("</ol>");
    }
    html += QStringLiteral("<h4>%1</h4><ul>").arg(tr("Transcript").toHtmlEscaped());
    for (const TranscriptLine &line : m_rehearsal->transcript()) {
        const QString who = line.speaker == TranscriptLine::Speaker::Caller    ? tr("Caller")
                            : line.speaker == TranscriptLine::Speaker::Trainee ? tr("You")
                            : line.speaker == TranscriptLine::Speaker::Note    ? tr("Note")
                            : line.speaker == TranscriptLine::Speaker::Promise ? tr("Promise")
                                                                               : QString();
        html += who.isEmpty()
                    ? QStringLiteral("<li><i>%1</i></li>").arg(line.text.toHtmlEscaped())
                    : QStringLiteral("<li><b>%1:</b> %2</li>").arg(who.toHtmlEscaped(), line.text.toHtmlEscaped());
    }
    html += QStringLiteral("</ul>");
    m_ui->summaryView->setHtml(html);
    m_rehearsalPanel->detach();
    setPage(SummaryPage);
    statusBar()->showMessage(result.passed ? tr("Rehearsal passed: %1 %").arg(result.percent)
                                           : tr("Rehearsal not passed: %1 %").arg(result.percent));
}

} // namespace steadyline::gui
