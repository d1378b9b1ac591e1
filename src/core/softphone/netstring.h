#pragma once

#include <QByteArray>

#include <vector>

namespace steadyline::softphone {

// netstrings ("12:hello, world,"), the framing of baresip's ctrl_tcp, read from a stream that
// arrives in pieces of any size.
class NetstringReader
{
public:
    // Longer messages are refused: a baresip event is a few hundred bytes.
    static constexpr qsizetype kMaxMessageBytes = 64 * 1024;

    // Adds what arrived and returns every message now complete, in order. After a framing
    // error (not a netstring) nothing more is returned until reset(): the stream cannot be
    // trusted to find the next message's start.
    std::vector<QByteArray> feed(const QByteArray &bytes);
    [[nodiscard]] bool failed() const { return m_failed; }
    // Forgets everything (a new connection).
    void reset();

    [[nodiscard]] static QByteArray encode(const QByteArray &message);

private:
    QByteArray m_buffer;
    bool m_failed = false;
};

} // namespace steadyline::softphone
