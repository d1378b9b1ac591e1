#include "passwordinput.h"

#include "commandio.h"

#include <QByteArray>

#include <termios.h>
#include <unistd.h>

namespace steadyline::cli {

namespace {

// Turns the terminal's echo off while it lives.
class EchoOff
{
public:
    EchoOff()
    {
        if (::tcgetattr(STDIN_FILENO, &m_saved) != 0)
            return;
        termios quiet = m_saved;
        quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        m_active = ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet) == 0;
    }
    ~EchoOff()
    {
        if (m_active)
            ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &m_saved);
    }
    EchoOff(const EchoOff &) = delete;
    EchoOff &operator=(const EchoOff &) = delete;

private:
    termios m_saved{};
    bool m_active = false;
};

} // namespace

std::optional<QString> readPassword(const QString &prompt, std::FILE *err)
{
    const bool terminal = ::isatty(STDIN_FILENO) == 1;
    QByteArray line;
    bool ended = false;
    {
        std::optional<EchoOff> echoOff;
        if (terminal) {
            write(err, prompt);
            std::fflush(err);
            echoOff.emplace();
        }
        for (;;) {
            const int c = std::fgetc(stdin);
            if (c == EOF) {
                ended = line.isEmpty();
                break;
            }
            if (c == '\n')
                break;
            line.append(static_cast<char>(c));
        }
    }
    if (terminal)
        writeLine(err, QString());
    if (ended)
        return std::nullopt;
    if (line.endsWith('\r'))
        line.chop(1);
    return QString::fromUtf8(line);
}

} // namespace steadyline::cli
