#include "promisemodel.h"

#include <QColor>
#include <QFont>
#include <QLocale>

namespace steadyline::gui {

namespace {

QString dateTimeText(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace

void PromiseModel::setGroups(const std::vector<PromiseGroup> &groups)
{
    std::vector<PromiseRow> rows;
    for (std::size_t group = 0; group < groups.size(); ++group) {
        const PromiseGroup &shown = groups[group];
        if (shown.promises.empty() && !shown.showWhenEmpty)
            continue;
        PromiseRow heading;
        heading.group = static_cast<int>(group);
        heading.heading = shown.promises.empty()
                              ? tr("%1 — none").arg(shown.title)
                              : QStringLiteral("%1 (%2)").arg(shown.title).arg(shown.promises.size());
        heading.alarming = shown.alarming && !shown.promises.empty();
        rows.push_back(std::move(heading));
        for (const journal::Promise &promise : shown.promises)
            rows.push_back(PromiseRow{static_cast<int>(group), {}, false, promise});
    }
    replaceRows(std::move(rows));
}

QString PromiseModel::keyOf(const PromiseRow &row) const
{
    return row.promise.id != 0 ? QString::number(row.promise.id) : QStringLiteral("group %1").arg(row.group);
}

bool PromiseModel::isHeading(int row) const
{
    const PromiseRow *found = rowAt(row);
    return found && found->promise.id == 0;
}

const journal::Promise *PromiseModel::promise(int row) const
{
    const PromiseRow *found = rowAt(row);
    return found && found->promise.id != 0 ? &found->promise : nullptr;
}

std::vector<int> PromiseModel::promiseRows() const
{
    std::vector<int> found;
    for (int row = 0; row < rowCount(); ++row) {
        if (!isHeading(row))
            found.push_back(row);
    }
    return found;
}

int PromiseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags PromiseModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || isHeading(index.row()))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

QVariant PromiseModel::data(const QModelIndex &index, int role) const
{
    const PromiseRow *row = checkIndex(index, CheckIndexOption::IndexIsValid) ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    if (role == PromiseIdRole)
        return row->promise.id;
    if (row->promise.id == 0) {
        if (index.column() != PromiseColumn)
            return {};
        switch (role) {
        case Qt::DisplayRole: return row->heading;
        case Qt::FontRole: {
            QFont font;
            font.setBold(true);
            return font;
        }
        case Qt::ForegroundRole: return row->alarming ? QVariant(QColor(0xb7, 0x1c, 0x1c)) : QVariant();
        default: return {};
        }
    }
    const journal::Promise &promise = row->promise;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case PromiseColumn: return promise.text.simplified();
        case CaseColumn: return promise.caseReference;
        case DueColumn: return dateTimeText(promise.due);
        case PromisedColumn: return dateTimeText(promise.at);
        default: break;
        }
    }
    // The whole promise, line breaks and all, where the list shows one line of it.
    if (role == Qt::ToolTipRole && index.column() == PromiseColumn)
        return promise.text;
    return {};
}

QVariant PromiseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case PromiseColumn: return tr("Promise");
    case CaseColumn: return tr("Case");
    case DueColumn: return tr("Due");
    case PromisedColumn: return tr("Promised");
    default: break;
    }
    return {};
}

} // namespace steadyline::gui
