#include "codeeditor.h"

#include "widgets/themecolours.h"

#include <QFontDatabase>
#include <QHelpEvent>
#include <QPainter>
#include <QSet>
#include <QTextBlock>
#include <QToolTip>

namespace steadyline::gui {

namespace {

// The margin left of the text; the editor paints it, so numbers follow scrolling exactly.
class LineNumberArea : public QWidget
{
public:
    explicit LineNumberArea(CodeEditor *editor)
        : QWidget(editor)
        , m_editor(editor)
    {
        setObjectName(QStringLiteral("lineNumberArea"));
    }

    [[nodiscard]] QSize sizeHint() const override { return {m_editor->lineNumberAreaWidth(), 0}; }

protected:
    void paintEvent(QPaintEvent *event) override { m_editor->paintLineNumbers(event); }

private:
    CodeEditor *m_editor;
};

bool isOpening(QChar c)
{
    return c == u'{' || c == u'[';
}

bool isClosing(QChar c)
{
    return c == u'}' || c == u']';
}

QChar partner(QChar c)
{
    switch (c.unicode()) {
    case u'{': return u'}';
    case u'[': return u']';
    case u'}': return u'{';
    case u']': return u'[';
    default: return {};
    }
}

// Length of the token starting at `index` in `text`: a whole string, or up to a delimiter.
qsizetype tokenLength(const QString &text, qsizetype index)
{
    if (index >= text.size())
        return 0;
    if (text.at(index) == u'"') {
        qsizetype end = index + 1;
        while (end < text.size() && text.at(end) != u'"')
            end += text.at(end) == u'\\' ? 2 : 1;
        return std::min(end + 1, text.size()) - index;
    }
    qsizetype end = index;
    while (end < text.size() && !text.at(end).isSpace() && QStringLiteral(",:{}[]\"").indexOf(text.at(end)) < 0)
        ++end;
    return std::max<qsizetype>(1, end - index);
}

} // namespace

CodeEditor::CodeEditor(QWidget *parent)
    : QPlainTextEdit(parent)
    , m_lineNumbers(new LineNumberArea(this))
{
    setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    setFont(mono);
    setTabStopDistance(fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
    connect(this, &QPlainTextEdit::blockCountChanged, this,
            [this] { setViewportMargins(lineNumberAreaWidth(), 0, 0, 0); });
    connect(this, &QPlainTextEdit::updateRequest, this, &CodeEditor::updateLineNumberArea);
    connect(this, &QPlainTextEdit::cursorPositionChanged, this, &CodeEditor::matchBrackets);
    setViewportMargins(lineNumberAreaWidth(), 0, 0, 0);
    matchBrackets();
}

int CodeEditor::lineNumberAreaWidth() const
{
    int digits = 1;
    for (int max = std::max(1, blockCount()); max >= 10; max /= 10)
        ++digits;
    return 12 + fontMetrics().horizontalAdvance(QLatin1Char('9')) * std::max(digits, 3);
}

void CodeEditor::updateLineNumberArea(const QRect &rect, int dy)
{
    if (dy != 0)
        m_lineNumbers->scroll(0, dy);
    else
        m_lineNumbers->update(0, rect.y(), m_lineNumbers->width(), rect.height());
}

void CodeEditor::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect area = contentsRect();
    m_lineNumbers->setGeometry(QRect(area.left(), area.top(), lineNumberAreaWidth(), area.height()));
}

void CodeEditor::paintLineNumbers(QPaintEvent *event)
{
    QPainter painter(m_lineNumbers);
    painter.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    QSet<int> markedLines;
    for (const Mark &mark : m_markList)
        markedLines.insert(mark.line);
    QTextBlock block = firstVisibleBlock();
    int number = block.blockNumber() + 1;
    qreal top = blockBoundingGeometry(block).translated(contentOffset()).top();
    const int current = textCursor().blockNumber() + 1;
    while (block.isValid() && top <= event->rect().bottom()) {
        const qreal height = blockBoundingRect(block).height();
        if (block.isVisible() && top + height >= event->rect().top()) {
            const QRect box(0, static_cast<int>(top), m_lineNumbers->width() - 6, fontMetrics().height());
            if (markedLines.contains(number)) {
                const QColor error = readableOn(QColor(0xc6, 0x28, 0x28), palette().color(QPalette::AlternateBase));
                painter.fillRect(QRect(0, box.top(), 4, box.height()), error);
                painter.setPen(error);
            } else {
                painter.setPen(number == current ? palette().color(QPalette::Text)
                                                 : palette().color(QPalette::PlaceholderText));
            }
            painter.drawText(box, Qt::AlignRight | Qt::AlignVCenter, QString::number(number));
        }
        block = block.next();
        top += height;
        ++number;
    }
}

int CodeEditor::positionOf(int line, int column) const
{
    const QTextBlock block = document()->findBlockByNumber(line - 1);
    if (!block.isValid())
        return -1;
    // Columns count code points; the document counts UTF-16 units.
    const QString text = block.text();
    qsizetype index = 0;
    for (int codePoint = 1; codePoint < column && index < text.size(); ++codePoint)
        index += (text.at(index).isHighSurrogate() && index + 1 < text.size()) ? 2 : 1;
    return block.position() + static_cast<int>(index);
}

void CodeEditor::goTo(int line, int column)
{
    const int position = positionOf(std::max(line, 1), std::max(column, 1));
    if (position < 0)
        return;
    QTextCursor cursor = textCursor();
    cursor.setPosition(position);
    setTextCursor(cursor);
    centerCursor();
    setFocus();
}

void CodeEditor::setMarks(const std::vector<Mark> &marks)
{
    m_markList = marks;
    m_marks.clear();
    for (const Mark &mark : marks) {
        if (mark.line <= 0)
            continue; // about the whole file: nothing to underline
        const int position = positionOf(mark.line, std::max(mark.column, 1));
        if (position < 0)
            continue;
        const QTextBlock block = document()->findBlock(position);
        const qsizetype inBlock = position - block.position();
        qsizetype length = tokenLength(block.text(), inBlock);
        int start = position;
        if (length == 0) { // at the end of a line: mark the character before it
            start = std::max(block.position(), position - 1);
            length = position - start;
            if (length == 0)
                continue;
        }
        QTextEdit::ExtraSelection selection;
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(readableOn(mark.error ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xe0, 0x8e, 0x00),
                                                      palette().color(QPalette::Base), 3.0));
        selection.format.setToolTip(mark.message);
        selection.cursor = QTextCursor(document());
        selection.cursor.setPosition(start);
        selection.cursor.setPosition(start + static_cast<int>(length), QTextCursor::KeepAnchor);
        m_marks << selection;
    }
    applySelections();
    m_lineNumbers->update();
}

void CodeEditor::matchBrackets()
{
    m_brackets.clear();
    const QString text = document()->toPlainText();
    const int cursor = textCursor().position();
    // The bracket just after the cursor, else the one just before it.
    int at = -1;
    if (cursor < text.size() && (isOpening(text.at(cursor)) || isClosing(text.at(cursor))))
        at = cursor;
    else if (cursor > 0 && (isOpening(text.at(cursor - 1)) || isClosing(text.at(cursor - 1))))
        at = cursor - 1;
    if (at >= 0) {
        const QChar bracket = text.at(at);
        const QChar other = partner(bracket);
        const int step = isOpening(bracket) ? 1 : -1;
        int depth = 0;
        int match = -1;
        bool inString = false;
        // Brackets inside strings do not count; walking backwards, a quote toggles the same way.
        for (int i = at; i >= 0 && i < text.size(); i += step) {
            const QChar c = text.at(i);
            if (c == u'"' && (i == 0 || text.at(i - 1) != u'\\')) {
                inString = !inString;
                continue;
            }
            if (inString)
                continue;
            if (c == bracket)
                ++depth;
            else if (c == other && --depth == 0) {
                match = i;
                break;
            }
        }
        const auto add = [this](int position, const QColor &background) {
            QTextEdit::ExtraSelection selection;
            selection.format.setBackground(background);
            selection.format.setFontWeight(QFont::Bold);
            selection.cursor = QTextCursor(document());
            selection.cursor.setPosition(position);
            selection.cursor.setPosition(position + 1, QTextCursor::KeepAnchor);
            m_brackets << selection;
        };
        // Tints of the theme's base colour: the bracket's text keeps the theme's colour.
        const QColor base = palette().color(QPalette::Base);
        const QColor matched = mixedColour(base, QColor(0x2e, 0x9d, 0x52), 0.35);
        add(at, match >= 0 ? matched : mixedColour(base, QColor(0xd3, 0x2f, 0x2f), 0.35));
        if (match >= 0)
            add(match, matched);
    }
    applySelections();
    m_lineNumbers->update();
}

void CodeEditor::applySelections()
{
    QTextEdit::ExtraSelection currentLine;
    currentLine.format.setBackground(
        mixedColour(palette().color(QPalette::Base), palette().color(QPalette::Highlight), 0.1));
    currentLine.format.setProperty(QTextFormat::FullWidthSelection, true);
    currentLine.cursor = textCursor();
    currentLine.cursor.clearSelection();
    setExtraSelections(QList<QTextEdit::ExtraSelection>{currentLine} + m_brackets + m_marks);
}

bool CodeEditor::viewportEvent(QEvent *event)
{
    // The diagnostic under the mouse, as a tooltip (extra selections do not show their own).
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int position = cursorForPosition(help->pos()).position();
        for (const QTextEdit::ExtraSelection &mark : std::as_const(m_marks)) {
            if (position >= mark.cursor.selectionStart() && position <= mark.cursor.selectionEnd()) {
                QToolTip::showText(help->globalPos(), mark.format.toolTip(), this);
                return true;
            }
        }
        QToolTip::hideText();
    }
    return QPlainTextEdit::viewportEvent(event);
}

} // namespace steadyline::gui
