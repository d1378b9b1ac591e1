#pragma once

#include "playbook/playbookcatalog.h"
#include "widgets/keyedrowsmodel.h"

namespace steadyline::gui {

// The scenario files the catalog found, one per row: "file name · where it comes from", with the
// full path as the tooltip. Refreshing keeps the rows that are still there.
class ScenarioFileModel : public KeyedRowsModel<CatalogScenarioFile, QString>
{
public:
    // The file's path (QString).
    static constexpr int PathRole = Qt::UserRole;

    using KeyedRowsModel::KeyedRowsModel;

    void refresh(const PlaybookCatalog &catalog) { replaceRows(catalog.scenarioFiles()); }
    [[nodiscard]] QString path(int row) const;

    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    [[nodiscard]] QString keyOf(const CatalogScenarioFile &row) const override { return row.path; }
};

} // namespace steadyline::gui
