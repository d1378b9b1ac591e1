#include "callhistorymodel.h"

#include "common/labels.h"

#include <QLocale>

namespace steadyline::gui {

QString CallHistoryModel::channelText(Channel channel)
{
    return channel == Channel::Phone ? tr("Phone") : tr("In person");
}

int CallHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CallHistoryModel::data(const QModelIndex &index, int role) const
{
    const CallHistoryRow *row = checkIndex(index, CheckIndexOption::IndexIsValid) ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const journal::CallRecord &call = row->call;
    if (role == CallIdRole)
        return call.id;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case StartedColumn:
            return call.started.isValid() ? QLocale().toString(call.started.toLocalTime(), QLocale::ShortFormat)
                                          : QString();
        case ChannelColumn: return channelText(call.channel);
        case CaseColumn: return call.caseReference.isEmpty() ? QStringLiteral("—") : call.caseReference;
        case OutcomeColumn: return callOutcomeLabel(call.outcome);
        case PlaybookColumn: return row->playbookTitle;
        default: break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == PlaybookColumn)
        return tr("%1, revision %2").arg(call.playbookId).arg(call.revision);
    // A screen reader says "no case reference" where the eye sees a dash.
    if (role == Qt::AccessibleTextRole && index.column() == CaseColumn && call.caseReference.isEmpty())
        return tr("no case reference");
    return {};
}

QVariant CallHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case StartedColumn: return tr("Started");
    case ChannelColumn: return tr("Channel");
    case CaseColumn: return tr("Case");
    case OutcomeColumn: return tr("Outcome");
    case PlaybookColumn: return tr("Playbook");
    default: break;
    }
    return {};
}

} // namespace steadyline::gui
