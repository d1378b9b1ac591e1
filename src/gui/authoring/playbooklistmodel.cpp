#include "playbooklistmodel.h"

#include <QApplication>
#include <QStyle>

namespace steadyline::gui {

void PlaybookListModel::refresh(const PlaybookCatalog &catalog, const QString &locale)
{
    std::vector<PlaybookListRow> rows;
    for (const CatalogEntry &entry : catalog.entries()) {
        const Playbook &playbook = entry.active->playbook();
        rows.push_back({entry.id, playbook.title.resolve(locale, playbook.baseLocale), entry.active->source, entry.why,
                        entry.stale});
    }
    replaceRows(std::move(rows));
}

QString PlaybookListModel::playbookId(int row) const
{
    const PlaybookListRow *found = rowAt(row);
    return found ? found->id : QString();
}

int PlaybookListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant PlaybookListModel::data(const QModelIndex &index, int role) const
{
    const PlaybookListRow *row = checkIndex(index, CheckIndexOption::IndexIsValid) ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole: return QStringLiteral("%1 · %2").arg(row->title, playbookSourceLabel(row->source));
    case Qt::ToolTipRole: return row->why;
    case Qt::DecorationRole:
        return row->stale ? QVariant(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning)) : QVariant();
    // The icon says nothing to a screen reader: the words do.
    case Qt::AccessibleDescriptionRole:
        return row->stale ? tr("Its file now has errors or cannot be reached; the last good version is used.")
                          : QVariant();
    case PlaybookIdRole: return row->id;
    default: return {};
    }
}

} // namespace steadyline::gui
