#include "diagnostictext.h"

#include <QCoreApplication>

namespace steadyline {

DiagnosticText DiagnosticText::verbatim(QString text)
{
    DiagnosticText result;
    result.m_verbatim = std::move(text);
    return result;
}

DiagnosticText DiagnosticText::arg(const DiagnosticText &argument) const
{
    DiagnosticText result = *this;
    result.m_arguments.push_back(argument);
    return result;
}

QString DiagnosticText::render(bool translate) const
{
    if (!m_source)
        return m_verbatim;
    QString pattern =
        translate ? QCoreApplication::translate(context, m_source, nullptr, m_n) : QString::fromUtf8(m_source);
    if (!translate && m_n >= 0)
        pattern.replace(QLatin1String("%n"), QString::number(m_n));
    // One pass over the pattern: an argument is never searched for markers itself.
    QString out;
    out.reserve(pattern.size() + 32 * static_cast<qsizetype>(m_arguments.size()));
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c != QLatin1Char('%') || i + 1 >= pattern.size() || !pattern.at(i + 1).isDigit()) {
            out += c;
            continue;
        }
        qsizetype end = i + 1;
        int number = 0;
        while (end < pattern.size() && pattern.at(end).isDigit() && number < 100)
            number = number * 10 + pattern.at(end++).digitValue();
        if (number >= 1 && static_cast<std::size_t>(number) <= m_arguments.size()) {
            out += m_arguments[static_cast<std::size_t>(number) - 1].render(translate);
            i = end - 1;
        } else {
            out += c;
        }
    }
    return out;
}

DiagnosticText verbatimList(const QStringList &parts)
{
    return DiagnosticText::verbatim(parts.join(QStringLiteral(", ")));
}

} // namespace steadyline
