#pragma once

#include "journal/journal.h"
#include "widgets/keyedrowsmodel.h"

#include <QCoreApplication>

namespace steadyline::gui {

// One listed call: the journal's record and the title of its playbook as the window found it.
struct CallHistoryRow
{
    journal::CallRecord call;
    QString playbookTitle;
};

// The calls of the history window, one per row in the order given (newest first): when, channel,
// case reference, outcome and playbook. A refresh keeps the rows that are still there, so the
// chosen call stays chosen.
class CallHistoryModel : public KeyedRowsModel<CallHistoryRow, qint64>
{
    Q_DECLARE_TR_FUNCTIONS(CallHistoryModel)

public:
    enum Column { StartedColumn, ChannelColumn, CaseColumn, OutcomeColumn, PlaybookColumn, ColumnCount };
    // The journal id of the row's call (qint64).
    static constexpr int CallIdRole = Qt::UserRole;

    using KeyedRowsModel::KeyedRowsModel;

    void setCalls(std::vector<CallHistoryRow> calls) { replaceRows(std::move(calls)); }
    [[nodiscard]] const journal::CallRecord *call(int row) const
    {
        const CallHistoryRow *found = rowAt(row);
        return found ? &found->call : nullptr;
    }

    [[nodiscard]] static QString channelText(Channel channel);

    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

protected:
    [[nodiscard]] qint64 keyOf(const CallHistoryRow &row) const override { return row.call.id; }
};

} // namespace steadyline::gui
