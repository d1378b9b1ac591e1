#pragma once

#include "playbook/playbookcatalog.h"
#include "widgets/keyedrowsmodel.h"

#include <QCoreApplication>

namespace steadyline::gui {

// One playbook of the catalog as the library lists it.
struct PlaybookListRow
{
    QString id;
    QString title; // in the interface language where the playbook has it
    PlaybookSource source = PlaybookSource::BuiltIn;
    QString why;        // why this version is the one in use
    bool stale = false; // its file is now broken or its folder out of reach
};

// The catalog's playbooks, one per row: "title · where it comes from", with why that version is
// used as the tooltip and a warning icon on one whose file is now broken. Refreshing from the
// catalog keeps the rows that are still there, so the chosen playbook stays chosen.
class PlaybookListModel : public KeyedRowsModel<PlaybookListRow, QString>
{
    Q_DECLARE_TR_FUNCTIONS(PlaybookListModel)

public:
    // The playbook id of the row (QString).
    static constexpr int PlaybookIdRole = Qt::UserRole;

    using KeyedRowsModel::KeyedRowsModel;

    // Reads the playbooks in use from `catalog`, titled in `locale` ("pl", …).
    void refresh(const PlaybookCatalog &catalog, const QString &locale);
    [[nodiscard]] QString playbookId(int row) const;

    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    [[nodiscard]] QString keyOf(const PlaybookListRow &row) const override { return row.id; }
};

} // namespace steadyline::gui
