#pragma once

#include "journal/journal.h"
#include "widgets/keyedrowsmodel.h"

#include <QCoreApplication>

namespace steadyline::gui {

// One group of the promises window: its heading and its promises in order.
struct PromiseGroup
{
    QString title;
    std::vector<journal::Promise> promises;
    bool alarming = false;      // drawn in red when it holds any promise (overdue)
    bool showWhenEmpty = false; // "— none" rather than no heading at all
};

// One row of the promises list: a group's heading or a promise.
struct PromiseRow
{
    int group = 0;
    QString heading;          // set on a heading row
    bool alarming = false;    // a heading drawn in red
    journal::Promise promise; // on a promise row (its id is never 0)
};

// The open promises in groups, in one flat table so that Up and Down walk from group to group.
// A heading row is disabled: not selectable and skipped by the arrow keys, drawn bold and in full
// colour all the same. A refresh keeps the rows that are still there, so the chosen promise
// stays chosen.
class PromiseModel : public KeyedRowsModel<PromiseRow, QString>
{
    Q_DECLARE_TR_FUNCTIONS(PromiseModel)

public:
    enum Column { PromiseColumn, CaseColumn, DueColumn, PromisedColumn, ColumnCount };
    // The journal id of the row's promise (qint64); 0 on a heading.
    static constexpr int PromiseIdRole = Qt::UserRole;

    using KeyedRowsModel::KeyedRowsModel;

    void setGroups(const std::vector<PromiseGroup> &groups);
    [[nodiscard]] bool isHeading(int row) const;
    [[nodiscard]] const journal::Promise *promise(int row) const;
    // The rows holding a promise, in order.
    [[nodiscard]] std::vector<int> promiseRows() const;

    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

protected:
    [[nodiscard]] QString keyOf(const PromiseRow &row) const override;
};

} // namespace steadyline::gui
