#include "diagnosticspanel.h"

#include "codeeditor.h"

#include <QApplication>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>

namespace steadyline::gui {

DiagnosticsPanel::DiagnosticsPanel(QTreeWidget &list, QLabel &detail, CodeEditor &text, QObject *parent)
    : QObject(parent)
    , m_list(list)
    , m_detail(detail)
    , m_text(text)
{
    m_list.setColumnWidth(0, 56);
    m_list.setColumnWidth(1, 150);
    connect(&m_list, &QTreeWidget::itemClicked, this, &DiagnosticsPanel::goTo);
    connect(&m_list, &QTreeWidget::itemActivated, this, &DiagnosticsPanel::goTo);
    // The chosen diagnostic (else the first) in full under the list: messages say what would fix
    // the mistake and are too long for a column.
    connect(&m_list, &QTreeWidget::currentItemChanged, this, &DiagnosticsPanel::showDetail);
}

QString DiagnosticsPanel::show(const Diagnostics &diagnostics)
{
    m_list.clear();
    std::vector<CodeEditor::Mark> marks;
    int errors = 0;
    for (const Diagnostic &d : diagnostics) {
        const bool error = d.severity == Severity::Error;
        errors += error ? 1 : 0;
        auto *item = new QTreeWidgetItem(&m_list);
        item->setText(0, d.line > 0 ? QString::number(d.line) : QString());
        item->setText(1, d.code);
        // In the interface language; the code stays as the docs and scripts know it.
        const QString message = d.translatedMessage();
        item->setText(2, message);
        item->setToolTip(2, message);
        item->setIcon(
            0, m_list.style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        item->setData(0, Qt::UserRole, d.line);
        item->setData(1, Qt::UserRole, d.column);
        marks.push_back({d.line, d.column, error, message});
    }
    m_text.setMarks(marks);
    showDetail(m_list.topLevelItem(0));
    const int warnings = static_cast<int>(diagnostics.size()) - errors;
    QString summary;
    if (diagnostics.empty())
        summary = tr("Valid: no errors, no warnings");
    else
        summary = tr("%n error(s)", nullptr, errors) + QStringLiteral(", ") + tr("%n warning(s)", nullptr, warnings) +
                  (errors ? tr(" — the preview shows the last valid version") : QString());
    m_list.setAccessibleDescription(summary);
    return summary;
}

QString DiagnosticsPanel::goToNext()
{
    if (m_list.topLevelItemCount() == 0)
        return {};
    const QTextCursor cursor = m_text.textCursor();
    const int line = cursor.blockNumber() + 1;
    const int column = cursor.positionInBlock() + 1;
    QTreeWidgetItem *next = nullptr;
    for (int i = 0; i < m_list.topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list.topLevelItem(i);
        const int itemLine = item->data(0, Qt::UserRole).toInt();
        const int itemColumn = item->data(1, Qt::UserRole).toInt();
        if (itemLine > line || (itemLine == line && itemColumn > column)) {
            next = item;
            break;
        }
    }
    QTreeWidgetItem *target = next ? next : m_list.topLevelItem(0); // after the last one, round to the first
    m_list.setCurrentItem(target);
    m_text.goTo(target->data(0, Qt::UserRole).toInt(), target->data(1, Qt::UserRole).toInt());
    return target->text(1) + QStringLiteral(": ") + target->text(2);
}

void DiagnosticsPanel::showDetail(QTreeWidgetItem *item)
{
    m_detail.setVisible(item != nullptr);
    if (!item)
        return;
    const QString where =
        item->text(0).isEmpty() ? QString() : tr("Line %1").arg(item->text(0)) + QStringLiteral(" · ");
    m_detail.setText(where + item->text(1) + QStringLiteral(": ") + item->text(2));
}

void DiagnosticsPanel::goTo(QTreeWidgetItem *item)
{
    if (item)
        m_text.goTo(item->data(0, Qt::UserRole).toInt(), item->data(1, Qt::UserRole).toInt());
}

} // namespace steadyline::gui
