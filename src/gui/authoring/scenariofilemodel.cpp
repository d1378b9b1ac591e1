#include "scenariofilemodel.h"

#include <QDir>
#include <QFileInfo>

namespace steadyline::gui {

QString ScenarioFileModel::path(int row) const
{
    const CatalogScenarioFile *found = rowAt(row);
    return found ? found->path : QString();
}

int ScenarioFileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1;
}

QVariant ScenarioFileModel::data(const QModelIndex &index, int role) const
{
    const CatalogScenarioFile *row = checkIndex(index, CheckIndexOption::IndexIsValid) ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return QStringLiteral("%1 · %2").arg(QFileInfo(row->path).fileName(), playbookSourceLabel(row->source));
    case Qt::ToolTipRole: return QDir::toNativeSeparators(row->path);
    case PathRole: return row->path;
    default: return {};
    }
}

} // namespace steadyline::gui
