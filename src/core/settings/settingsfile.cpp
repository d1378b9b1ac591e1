#include "settingsfile.h"

#include <QIODevice>
#include <QMetaType>

#include <optional>

namespace steadyline::settingsfile {

namespace {

const QString kTopLevel = QStringLiteral("General");

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}

bool isOctalDigit(QChar c)
{
    return c >= u'0' && c <= u'7';
}

// "%XX" back to its byte; the bytes are UTF-8.
QString percentDecoded(QStringView text)
{
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text.toUtf8()));
}

// Every byte outside a plain name's letters is written "%XX", as QSettings does for keys.
QString percentEncoded(const QString &text)
{
    return QString::fromLatin1(text.toUtf8().toPercentEncoding("_-."));
}

// The value of "key=value" after the '=': quoted or not, escapes resolved, a comment after an
// unquoted value dropped. A backslash at the end of the line does not continue the value.
QString unescapedValue(QStringView raw)
{
    raw = raw.trimmed();
    const bool quoted = raw.startsWith(u'"');
    if (quoted)
        raw = raw.mid(1);
    QString out;
    out.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const QChar c = raw[i];
        if (quoted && c == u'"')
            break;
        if (!quoted && c == u';')
            break;
        if (c != u'\\') {
            out += c;
            continue;
        }
        if (++i >= raw.size())
            break;
        const QChar e = raw[i];
        switch (e.unicode()) {
        case 'a': out += QChar(0x07); break;
        case 'b': out += QChar(0x08); break;
        case 'f': out += QChar(0x0c); break;
        case 'n': out += QChar(0x0a); break;
        case 'r': out += QChar(0x0d); break;
        case 't': out += QChar(0x09); break;
        case 'v': out += QChar(0x0b); break;
        case 'x': {
            char16_t code = 0;
            int digits = 0;
            while (digits < 4 && i + 1 < raw.size() && isHexDigit(raw[i + 1])) {
                code = static_cast<char16_t>(code * 16 + QStringView(raw.mid(i + 1, 1)).toUInt(nullptr, 16));
                ++i;
                ++digits;
            }
            out += QChar(code);
            break;
        }
        default:
            if (isOctalDigit(e)) {
                char16_t code = static_cast<char16_t>(e.unicode() - u'0');
                for (int digits = 1; digits < 3 && i + 1 < raw.size() && isOctalDigit(raw[i + 1]); ++digits)
                    code = static_cast<char16_t>(code * 8 + (raw[++i].unicode() - u'0'));
                out += QChar(code);
            } else {
                out += e; // \\ \" \' \? and anything unknown: the character itself
            }
        }
    }
    return quoted ? out : out.trimmed();
}

// What a stored string means: a string, a byte array, or (any other '@' form) nothing.
std::optional<QVariant> typedValue(const QString &text)
{
    if (!text.startsWith(u'@'))
        return QVariant(text);
    if (text.startsWith(QStringLiteral("@@")))
        return QVariant(text.mid(1));
    static const QString byteArrayPrefix = QStringLiteral("@ByteArray(");
    if (text.startsWith(byteArrayPrefix) && text.endsWith(u')'))
        return QVariant(text.mid(byteArrayPrefix.size(), text.size() - byteArrayPrefix.size() - 1).toLatin1());
    return std::nullopt;
}

// Qt's escaping, in quotes: quotes and backslashes escaped, control characters as \xHH (and a
// hex digit right after one escaped too, or it would read as part of the number). A byte array's
// bytes above 0x7f are escaped too, so the file stays UTF-8 whatever the bytes are.
QString escaped(const QString &text, bool asciiOnly)
{
    QString out;
    out.reserve(text.size() + 2);
    out += u'"';
    bool escapeNextHexDigit = false;
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        if (code < 0x20 || code == 0x7f || (asciiOnly && code > 0x7f) || (escapeNextHexDigit && isHexDigit(c))) {
            out += QStringLiteral("\\x") + QString::number(code, 16);
            escapeNextHexDigit = true;
            continue;
        }
        if (code == u'\\' || code == u'"')
            out += u'\\';
        out += c;
        escapeNextHexDigit = false;
    }
    out += u'"';
    return out;
}

// A value as it is written; nullopt for a type Steadyline never stores.
std::optional<QString> writtenValue(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::QString: {
        const QString text = value.toString();
        return escaped(text.startsWith(u'@') ? u'@' + text : text, false);
    }
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        QString latin1;
        latin1.reserve(bytes.size());
        for (const char byte : bytes)
            latin1 += QChar(static_cast<char16_t>(static_cast<unsigned char>(byte)));
        return escaped(QStringLiteral("@ByteArray(") + latin1 + u')', true);
    }
    case QMetaType::Bool: return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double: return value.toString();
    default: return std::nullopt;
    }
}

} // namespace

bool read(QIODevice &device, QSettings::SettingsMap &map)
{
    const QString text = QString::fromUtf8(device.readAll());
    QString section;
    qsizetype start = 0;
    while (start < text.size()) {
        qsizetype end = start;
        while (end < text.size() && text[end] != u'\n' && text[end] != u'\r')
            ++end;
        const QStringView line = QStringView(text).mid(start, end - start).trimmed();
        start = end + 1;
        if (line.isEmpty() || line.startsWith(u';') || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'[')) {
            const qsizetype close = line.indexOf(u']');
            const QStringView name = line.mid(1, close < 0 ? -1 : close - 1).trimmed();
            // The literal "[General]" is the top level; "[%47eneral]" is a group named General.
            section = name == kTopLevel ? QString() : percentDecoded(name).replace(u'\\', u'/');
            continue;
        }
        const qsizetype equals = line.indexOf(u'=');
        if (equals <= 0)
            continue;
        const QString name = percentDecoded(line.left(equals).trimmed()).replace(u'\\', u'/');
        if (name.isEmpty())
            continue;
        const std::optional<QVariant> value = typedValue(unescapedValue(line.mid(equals + 1)));
        if (!value)
            continue;
        map.insert(section.isEmpty() ? name : section + u'/' + name, *value);
    }
    return true;
}

bool write(QIODevice &device, const QSettings::SettingsMap &map)
{
    // Top-level keys under [General] first, then one section per first key part, as QSettings.
    QMap<QString, QStringList> sections;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const std::optional<QString> value = writtenValue(it.value());
        if (!value)
            continue;
        const qsizetype slash = it.key().indexOf(u'/');
        const QString section = slash < 0 ? QString() : it.key().left(slash);
        const QString name = slash < 0 ? it.key() : it.key().mid(slash + 1);
        sections[section].append(percentEncoded(name).replace(QStringLiteral("%2F"), QStringLiteral("\\")) + u'=' +
                                 *value);
    }
    QByteArray out;
    for (auto it = sections.cbegin(); it != sections.cend(); ++it) {
        if (!out.isEmpty())
            out += '\n';
        QString header = it.key().isEmpty() ? kTopLevel : percentEncoded(it.key());
        if (header == kTopLevel && !it.key().isEmpty())
            header = QStringLiteral("%47eneral");
        out += '[' + header.toUtf8() + "]\n";
        for (const QString &line : it.value())
            out += line.toUtf8() + '\n';
    }
    return device.write(out) == out.size();
}

QSettings::Format format()
{
    // The extension of the file in the user's configuration folder, the same as QSettings'
    // native format on Linux: an existing file keeps its name.
    static const QSettings::Format registered = QSettings::registerFormat(QStringLiteral("conf"), read, write);
    return registered;
}

} // namespace steadyline::settingsfile
