#pragma once

#include <QObject>
#include <QPointer>

class QMainWindow;

namespace steadyline {
class AppContext;
}

namespace steadyline::gui {

class TrainingWindow;

// Opens the windows the call window leads to: preferences (a dialog, between calls only), the
// playbook library and editor, the call history and promises (with a journal only), and the one
// training window. They open beside the call window, never modal, and share its context: the
// settings, the journal and the one playbook catalog.
class WindowLauncher : public QObject
{
    Q_OBJECT

public:
    WindowLauncher(QMainWindow &owner, AppContext &context);

    // True when the preferences were saved (the context then tells every window).
    bool openPreferences();
    void openLibrary();
    // The editor, on the built-in playbook `playbookId` (the start page's choice).
    void openEditor(const QString &playbookId);
    void openHistory();
    void openPromises();
    // Shows the training window (made at the first call).
    void openTraining();
    // The training window, if open: its list of attempts and its status bar.
    void trainingAttemptsChanged();
    void showTrainingMessage(const QString &message);

signals:
    // The training window asks to rehearse the scenario at `path` in the call window.
    void rehearsalRequested(const QString &path);

private:
    QMainWindow &m_owner;
    AppContext &m_context;
    QPointer<TrainingWindow> m_training;
};

} // namespace steadyline::gui
