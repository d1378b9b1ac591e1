#include "jsonhighlighter.h"

#include "widgets/themecolours.h"

#include <QGuiApplication>
#include <QPalette>

namespace steadyline::gui {

namespace {

// The syntax colours are tuned for a light background; on a dark theme each is lightened until it
// reads (the hue stays).
QTextCharFormat colourFormat(const QColor &colour, bool bold = false)
{
    QTextCharFormat f;
    f.setForeground(readableOn(colour, QGuiApplication::palette().color(QPalette::Base)));
    if (bold)
        f.setFontWeight(QFont::DemiBold);
    return f;
}

bool isNumberChar(QChar c)
{
    return c.isDigit() || c == u'-' || c == u'+' || c == u'.' || c == u'e' || c == u'E';
}

} // namespace

JsonHighlighter::JsonHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
    , m_key(colourFormat(QColor(0x1f, 0x4e, 0x9a), true))
    , m_string(colourFormat(QColor(0x2e, 0x7d, 0x32)))
    , m_number(colourFormat(QColor(0xa6, 0x4d, 0x00)))
    , m_keyword(colourFormat(QColor(0x8e, 0x24, 0xaa), true))
    , m_placeholder(colourFormat(QColor(0xc2, 0x18, 0x5b), true))
    , m_punctuation(colourFormat(QColor(0x55, 0x5f, 0x6b)))
{}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const qsizetype length = text.size();
    qsizetype i = 0;
    while (i < length) {
        const QChar c = text.at(i);
        if (c == u'"') {
            qsizetype end = i + 1;
            while (end < length && text.at(end) != u'"')
                end += text.at(end) == u'\\' ? 2 : 1;
            end = std::min(end + 1, length);
            // A string followed by ':' is a member name.
            qsizetype next = end;
            while (next < length && text.at(next).isSpace())
                ++next;
            const bool key = next < length && text.at(next) == u':';
            setFormat(static_cast<int>(i), static_cast<int>(end - i), key ? m_key : m_string);
            if (!key)
                highlightPlaceholders(text, i + 1, end - 1);
            i = end;
        } else if (c.isDigit() || c == u'-') {
            qsizetype end = i + 1;
            while (end < length && isNumberChar(text.at(end)))
                ++end;
            setFormat(static_cast<int>(i), static_cast<int>(end - i), m_number);
            i = end;
        } else if (c.isLetter()) {
            qsizetype end = i + 1;
            while (end < length && text.at(end).isLetter())
                ++end;
            const QStringView word = QStringView(text).mid(i, end - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(static_cast<int>(i), static_cast<int>(end - i), m_keyword);
            i = end;
        } else {
            if (c == u'{' || c == u'}' || c == u'[' || c == u']' || c == u':' || c == u',')
                setFormat(static_cast<int>(i), 1, m_punctuation);
            ++i;
        }
    }
}

void JsonHighlighter::highlightPlaceholders(const QString &text, qsizetype start, qsizetype end)
{
    qsizetype i = start;
    while (i < end) {
        if (text.at(i) == u'{' && i + 1 < end && text.at(i + 1) == u'{') {
            i += 2; // "{{" is a literal brace
            continue;
        }
        if (text.at(i) == u'{') {
            const qsizetype close = text.indexOf(u'}', i);
            if (close < 0 || close >= end)
                return;
            setFormat(static_cast<int>(i), static_cast<int>(close - i + 1), m_placeholder);
            i = close + 1;
            continue;
        }
        ++i;
    }
}

} // namespace steadyline::gui
