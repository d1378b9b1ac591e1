#pragma once

#include <QObject>

class QSocketNotifier;

namespace steadyline::desktop {

// SIGTERM (logout, shutdown, `kill`), SIGHUP (the terminal closed) and SIGINT (Ctrl+C) become a
// Qt signal in the event loop, so the app ends as after Ctrl+Q: the note being typed and every
// write still waiting are saved, instead of the process vanishing mid-write. A signal handler
// may do almost nothing, so it only writes a byte to a socket pair the event loop watches.
class TerminationSignals : public QObject
{
    Q_OBJECT

public:
    explicit TerminationSignals(QObject *parent = nullptr);
    ~TerminationSignals() override;

    [[nodiscard]] bool isActive() const { return m_notifier != nullptr; }

signals:
    void terminationRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace steadyline::desktop
