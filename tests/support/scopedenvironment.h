#pragma once

// Environment variables set or removed for a test and put back as they were when it ends.
#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <utility>
#include <vector>

namespace steadyline::test {

class ScopedEnvironment
{
public:
    ScopedEnvironment() = default;
    ~ScopedEnvironment()
    {
        // In reverse, so that a variable set twice ends as it was before the first.
        for (auto it = m_saved.rbegin(); it != m_saved.rend(); ++it) {
            if (it->second.isNull())
                qunsetenv(it->first);
            else
                qputenv(it->first, it->second);
        }
    }
    ScopedEnvironment(const ScopedEnvironment &) = delete;
    ScopedEnvironment &operator=(const ScopedEnvironment &) = delete;

    void set(const char *name, const QString &value)
    {
        m_saved.emplace_back(name, qgetenv(name));
        qputenv(name, value.toUtf8());
    }
    void unset(const char *name)
    {
        m_saved.emplace_back(name, qgetenv(name));
        qunsetenv(name);
    }

private:
    std::vector<std::pair<const char *, QByteArray>> m_saved;
};

// A window test that rehearses must not reach the machine's speech-dispatcher: it would read the
// caller's insults aloud on a developer's desk, and without sound it deadlocks and stays after the
// tests. libspeechd is pointed at a socket in `folder` that does not exist and may not start a
// daemon. A test with a speech-dispatcher of its own (SilentSpeechDispatcher) sets SPEECHD_ADDRESS
// first; the real voice is voice_tests', in a private session. For the whole test process.
inline void keepAwayFromSpeechDispatcher(const QString &folder)
{
    if (!qEnvironmentVariableIsEmpty("SPEECHD_ADDRESS"))
        return;
    qputenv("SPEECHD_ADDRESS", "unix_socket:" + folder.toUtf8() + "/no-speechd.sock");
    qputenv("SPEECHD_CMD", "false");
}

} // namespace steadyline::test
