#include "terminationsignals.h"

#include <QSocketNotifier>

#include <spdlog/spdlog.h>

#include <csignal>

#include <sys/socket.h>
#include <unistd.h>

namespace steadyline::desktop {

namespace {

// One pair for the process: signal handlers are process-wide.
int g_pair[2] = {-1, -1};

void onSignal(int number)
{
    const char byte = static_cast<char>(number);
    // write() is async-signal-safe; if the pair is full, a request is already waiting.
    [[maybe_unused]] const ssize_t written = ::write(g_pair[0], &byte, 1);
}

} // namespace

TerminationSignals::TerminationSignals(QObject *parent)
    : QObject(parent)
{
    if (g_pair[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0, g_pair) != 0) {
        spdlog::warn("termination signals cannot be watched: the app ends at once on SIGTERM");
        return;
    }
    m_notifier = new QSocketNotifier(g_pair[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &TerminationSignals::onReadable);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    for (const int number : {SIGTERM, SIGHUP, SIGINT})
        ::sigaction(number, &action, nullptr);
}

TerminationSignals::~TerminationSignals()
{
    if (!m_notifier)
        return;
    struct sigaction standard = {};
    standard.sa_handler = SIG_DFL;
    sigemptyset(&standard.sa_mask);
    for (const int number : {SIGTERM, SIGHUP, SIGINT})
        ::sigaction(number, &standard, nullptr);
    delete m_notifier;
    m_notifier = nullptr;
    ::close(g_pair[0]);
    ::close(g_pair[1]);
    g_pair[0] = g_pair[1] = -1;
}

void TerminationSignals::onReadable()
{
    char byte = 0;
    while (::read(g_pair[1], &byte, 1) == 1) {
        spdlog::info("signal {} received: saving and ending", static_cast<int>(byte));
        emit terminationRequested(static_cast<int>(byte));
    }
}

} // namespace steadyline::desktop
