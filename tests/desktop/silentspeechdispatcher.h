#pragma once

// A speech-dispatcher that takes every connection and never answers, and a watch on the window's
// event loop: what the caller's voice must survive, and how to see that it does.
#include "scopedenvironment.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QLocalServer>
#include <QTemporaryDir>
#include <QTimer>

#include <chrono>
#include <condition_variable>
#include <cstdlib>
#include <iostream>
#include <mutex>
#include <thread>
#include <utility>
#include <vector>

namespace steadyline::test {

// On a machine without sound, speech-dispatcher deadlocks after its first line: its main thread
// waits for the espeak-ng module, which waits for an audio device that is not there. To libspeechd
// it is then a socket that accepts and never replies, as this one. libspeechd finds it through
// SPEECHD_ADDRESS (read at every connection); SPEECHD_CMD=false keeps it from starting a real
// daemon instead. The variables are put back when the object goes.
class SilentSpeechDispatcher
{
public:
    SilentSpeechDispatcher()
    {
        REQUIRE(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("silent.sock"));
        REQUIRE(m_server.listen(path));
        QObject::connect(&m_server, &QLocalServer::newConnection, &m_server, [this] {
            // Each kept open (the server owns it) and never answered.
            while (m_server.nextPendingConnection() != nullptr)
                ++m_connections;
        });
        m_environment.set("SPEECHD_ADDRESS", QStringLiteral("unix_socket:") + path);
        m_environment.set("SPEECHD_CMD", QStringLiteral("false"));
    }
    SilentSpeechDispatcher(const SilentSpeechDispatcher &) = delete;
    SilentSpeechDispatcher &operator=(const SilentSpeechDispatcher &) = delete;

    // How many clients connected: more than none shows that libspeechd really came here.
    [[nodiscard]] int connections() const { return m_connections; }

private:
    QTemporaryDir m_dir;
    QLocalServer m_server;
    int m_connections = 0;
    ScopedEnvironment m_environment;
};

// The longest pause between two turns of the event loop while it lives: a timer ticks every
// 10 ms, and a window whose thread waits for speech-dispatcher misses its ticks.
class EventLoopWatch
{
public:
    EventLoopWatch()
    {
        m_sinceTick.start();
        m_timer.setInterval(10);
        QObject::connect(&m_timer, &QTimer::timeout, &m_timer,
                         [this] { m_longestPause = std::max(m_longestPause, m_sinceTick.restart()); });
        m_timer.start();
    }
    [[nodiscard]] qint64 longestPauseMs() const
    {
        return std::max(m_longestPause, m_sinceTick.elapsed()); // the pause going on now counts too
    }

private:
    QTimer m_timer;
    QElapsedTimer m_sinceTick;
    qint64 m_longestPause = 0;
};

// A window thread stuck in libspeechd never comes back to fail a check: after `limit`, this ends
// the test program with a message instead of leaving it to hang until ctest's timeout.
class HangWatchdog
{
public:
    HangWatchdog(std::chrono::seconds limit, const char *what)
        : m_thread([this, limit, what] {
            std::unique_lock lock(m_mutex);
            if (!m_done.wait_for(lock, limit, [this] { return m_finished; })) {
                std::cerr << "FAILED: " << what << " was still blocked after " << limit.count() << " s" << std::endl;
                std::_Exit(3);
            }
        })
    {}
    ~HangWatchdog()
    {
        {
            const std::lock_guard lock(m_mutex);
            m_finished = true;
        }
        m_done.notify_one();
        m_thread.join();
    }
    HangWatchdog(const HangWatchdog &) = delete;
    HangWatchdog &operator=(const HangWatchdog &) = delete;

private:
    std::mutex m_mutex;
    std::condition_variable m_done;
    bool m_finished = false;
    std::thread m_thread;
};

} // namespace steadyline::test
