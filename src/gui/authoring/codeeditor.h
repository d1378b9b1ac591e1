#pragma once

#include <QPlainTextEdit>

#include <vector>

namespace steadyline::gui {

// A plain-text editor for code: line numbers in the margin, the current line shaded, the
// bracket matching the one at the cursor highlighted, and marked spots (the validator's
// diagnostics) underlined with a wavy line and explained in a tooltip.
class CodeEditor : public QPlainTextEdit
{
    Q_OBJECT

public:
    struct Mark
    {
        int line = 0;   // 1-based
        int column = 0; // 1-based, in code points (as the validator counts)
        bool error = true;
        QString message;
    };

    explicit CodeEditor(QWidget *parent = nullptr);

    void setMarks(const std::vector<Mark> &marks);
    // Moves the cursor to LINE:COLUMN (code points), shows it and takes the focus.
    void goTo(int line, int column);
    // The cursor position of LINE:COLUMN, or -1 when the text has no such line.
    [[nodiscard]] int positionOf(int line, int column) const;
    [[nodiscard]] const QList<QTextEdit::ExtraSelection> &markSelections() const { return m_marks; }
    [[nodiscard]] const QList<QTextEdit::ExtraSelection> &bracketSelections() const { return m_brackets; }

    [[nodiscard]] int lineNumberAreaWidth() const;
    void paintLineNumbers(QPaintEvent *event);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void updateLineNumberArea(const QRect &rect, int dy);
    void matchBrackets();
    void applySelections();

    QWidget *m_lineNumbers = nullptr;
    QList<QTextEdit::ExtraSelection> m_marks;
    QList<QTextEdit::ExtraSelection> m_brackets;
    std::vector<Mark> m_markList;
};

} // namespace steadyline::gui
