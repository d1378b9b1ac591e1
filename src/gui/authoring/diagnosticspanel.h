#pragma once

#include "common/diagnostic.h"

#include <QObject>
#include <QString>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace steadyline::gui {

class CodeEditor;

// The editor's list of diagnostics: one row per diagnostic (line, code, message), the chosen one
// in full under the list, each underlined in the text; a click, Enter or F8 goes to the spot.
class DiagnosticsPanel : public QObject
{
    Q_OBJECT

public:
    DiagnosticsPanel(QTreeWidget &list, QLabel &detail, CodeEditor &text, QObject *parent = nullptr);

    // Shows these diagnostics and underlines them; returns the one-line summary ("2 errors, 1
    // warning — …") for the status bar.
    QString show(const Diagnostics &diagnostics);
    // Moves the cursor to the next diagnostic after it (round to the first); returns the line for
    // the status bar, or nothing when there is none.
    QString goToNext();

private:
    void showDetail(QTreeWidgetItem *item);
    void goTo(QTreeWidgetItem *item);

    QTreeWidget &m_list;
    QLabel &m_detail;
    CodeEditor &m_text;
};

} // namespace steadyline::gui
