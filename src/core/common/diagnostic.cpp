#include "diagnostic.h"

#include <QCoreApplication>

#include <algorithm>

namespace steadyline {

QString severityName(Severity severity)
{
    return severity == Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

namespace {

// A diagnostic quotes what a file holds: a member name with an escape sequence would otherwise
// reach the terminal or the CI log raw (a title change, false colours; review L4). Control,
// bidirectional and zero-width characters are written as \u{XXXX}.
QString visible(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t code = c.unicode();
        const bool hidden = code < 0x20 || (code >= 0x7F && code <= 0x9F) || (code >= 0x202A && code <= 0x202E) ||
                            (code >= 0x2066 && code <= 0x2069) || code == 0x200E || code == 0x200F || code == 0x061C ||
                            (code >= 0x200B && code <= 0x200D) || code == 0x2060 || code == 0xFEFF;
        if (hidden)
            out += QStringLiteral("\\u{") +
                   QString::number(static_cast<uint>(code), 16).rightJustified(4, QLatin1Char('0')).toUpper() +
                   QLatin1Char('}');
        else
            out += c;
    }
    return out;
}

} // namespace

QString Diagnostic::toString() const
{
    return QStringLiteral("%1:%2:%3: %4 %5: %6")
        .arg(visible(file))
        .arg(line)
        .arg(column)
        .arg(severityName(severity), code, visible(message));
}

QString Diagnostic::translatedMessage() const
{
    return text.isEmpty() ? message : text.translated();
}

QString Diagnostic::toTranslatedString() const
{
    const QString severityWord = severity == Severity::Error
                                     ? QCoreApplication::translate("steadyline::Diagnostic", "error")
                                     : QCoreApplication::translate("steadyline::Diagnostic", "warning");
    return QStringLiteral("%1:%2:%3: %4 %5: %6")
        .arg(visible(file))
        .arg(line)
        .arg(column)
        .arg(severityWord, code, visible(translatedMessage()));
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

} // namespace steadyline
