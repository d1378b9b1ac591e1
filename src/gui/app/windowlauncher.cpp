#include "windowlauncher.h"

#include "app/appcontext.h"
#include "app/preferencesdialog.h"
#include "authoring/librarywindow.h"
#include "authoring/playbookeditor.h"
#include "history/historywindow.h"
#include "history/promiseswindow.h"
#include "playbook/playbookcatalog.h"
#include "settings/settings.h"
#include "training/trainingwindow.h"

#include <QStatusBar>

namespace steadyline::gui {

namespace {

// The other windows open beside the call window, never modal, and go when closed.
template<typename Window> void openBeside(Window *window, const char *objectName)
{
    if (objectName)
        window->setObjectName(QString::fromLatin1(objectName));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setWindowFlag(Qt::Window);
    window->show();
}

} // namespace

WindowLauncher::WindowLauncher(QMainWindow &owner, AppContext &context)
    : QObject(&owner)
    , m_owner(owner)
    , m_context(context)
{}

bool WindowLauncher::openPreferences()
{
    PreferencesDialog dialog(m_context.settings(), &m_owner, m_context.journal(), m_context.team());
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_context.applySettings();
    return true;
}

void WindowLauncher::openLibrary()
{
    openBeside(new LibraryWindow(m_context, &m_owner), nullptr);
}

void WindowLauncher::openEditor(const QString &playbookId)
{
    // The app's one catalog: no second file watcher, and the editor sees the folders the calls use.
    auto *editor = new PlaybookEditor(m_context.catalog(), &m_context.settings(), &m_owner);
    editor->setPublisher(m_context.publisher());
    // The version calls use now, wherever it lives (built in, team or own folder).
    if (const PlaybookSnapshot chosen = m_context.catalog().active(playbookId))
        editor->openFile(chosen->path);
    openBeside(editor, "playbookEditor");
}

void WindowLauncher::openHistory()
{
    if (journal::Journal *journal = m_context.journal())
        openBeside(new HistoryWindow(*journal, m_context.settings(), m_context.catalog(), &m_owner), "historyWindow");
}

void WindowLauncher::openPromises()
{
    if (journal::Journal *journal = m_context.journal())
        openBeside(new PromisesWindow(*journal, &m_owner), "promisesWindow");
}

void WindowLauncher::openTraining()
{
    if (!m_training) {
        m_training = new TrainingWindow(m_context.journal(), m_context.settings(), &m_owner);
        m_training->setObjectName(QStringLiteral("trainingWindow"));
        m_training->setWindowFlag(Qt::Window);
        m_training->setCatalog(&m_context.catalog());
        connect(m_training, &TrainingWindow::rehearsalRequested, this, &WindowLauncher::rehearsalRequested);
    }
    m_training->show();
    m_training->raise();
    m_training->activateWindow();
}

void WindowLauncher::trainingAttemptsChanged()
{
    if (m_training)
        m_training->refreshAttempts();
}

void WindowLauncher::showTrainingMessage(const QString &message)
{
    if (m_training)
        m_training->statusBar()->showMessage(message, 15000);
}

} // namespace steadyline::gui
