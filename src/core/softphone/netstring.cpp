#include "softphone/netstring.h"

namespace steadyline::softphone {

namespace {
// Digits of the largest length accepted (64 KiB has 5), plus one: anything longer is garbage.
constexpr qsizetype kMaxLengthDigits = 6;
} // namespace

std::vector<QByteArray> NetstringReader::feed(const QByteArray &bytes)
{
    std::vector<QByteArray> messages;
    if (m_failed)
        return messages;
    m_buffer += bytes;
    qsizetype position = 0;
    for (;;) {
        const qsizetype colon = m_buffer.indexOf(':', position);
        const qsizetype digitsEnd = colon < 0 ? m_buffer.size() : colon;
        for (qsizetype i = position; i < digitsEnd; ++i) {
            if (m_buffer.at(i) < '0' || m_buffer.at(i) > '9' || i - position >= kMaxLengthDigits) {
                m_failed = true;
                m_buffer.clear();
                return messages;
            }
        }
        if (colon < 0)
            break;               // the length is still arriving
        if (colon == position) { // ":" with no length
            m_failed = true;
            m_buffer.clear();
            return messages;
        }
        const qsizetype length = m_buffer.mid(position, colon - position).toLongLong();
        if (length > kMaxMessageBytes) {
            m_failed = true;
            m_buffer.clear();
            return messages;
        }
        const qsizetype end = colon + 1 + length; // where the ',' must be
        if (end >= m_buffer.size())
            break; // the message is still arriving
        if (m_buffer.at(end) != ',') {
            m_failed = true;
            m_buffer.clear();
            return messages;
        }
        messages.push_back(m_buffer.mid(colon + 1, length));
        position = end + 1;
    }
    m_buffer.remove(0, position);
    return messages;
}

void NetstringReader::reset()
{
    m_buffer.clear();
    m_failed = false;
}

QByteArray NetstringReader::encode(const QByteArray &message)
{
    return QByteArray::number(message.size()) + ':' + message + ',';
}

} // namespace steadyline::softphone
