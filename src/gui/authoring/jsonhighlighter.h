#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace steadyline::gui {

// Colours JSON as a playbook author reads it: member names, strings, numbers, true/false/null,
// and the placeholders inside strings ({address:…|…}, {agent:…|…}, {agentName}) that decide
// what the consultant will say. JSON strings never span lines, so each line is coloured alone.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit JsonHighlighter(QTextDocument *document);

protected:
    void highlightBlock(const QString &text) override;

private:
    void highlightPlaceholders(const QString &text, qsizetype start, qsizetype end);

    QTextCharFormat m_key;
    QTextCharFormat m_string;
    QTextCharFormat m_number;
    QTextCharFormat m_keyword;
    QTextCharFormat m_placeholder;
    QTextCharFormat m_punctuation;
};

} // namespace steadyline::gui
