#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QSet>

#include <vector>

namespace steadyline::gui {

// A table whose rows each have a key (a journal id, a path). replaceRows() tells the views as
// little as it can — rows gone are removed, new rows inserted, the rest reported changed — so the
// current row, the selection and the scroll position survive a refresh. Only a change of order
// resets the model; the window then chooses its row again by key.
template<typename Row, typename Key> class KeyedRowsModel : public QAbstractTableModel
{
public:
    using QAbstractTableModel::QAbstractTableModel;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
    }
    // The row at `row`, null outside the table.
    [[nodiscard]] const Row *rowAt(int row) const
    {
        return row >= 0 && row < rowCount() ? &m_rows[static_cast<std::size_t>(row)] : nullptr;
    }
    // The row whose key is `key`, or -1.
    [[nodiscard]] int rowOf(const Key &key) const
    {
        for (std::size_t row = 0; row < m_rows.size(); ++row) {
            if (keyOf(m_rows[row]) == key)
                return static_cast<int>(row);
        }
        return -1;
    }
    [[nodiscard]] const std::vector<Row> &rows() const { return m_rows; }

protected:
    [[nodiscard]] virtual Key keyOf(const Row &row) const = 0;

    void replaceRows(std::vector<Row> fresh)
    {
        QSet<Key> freshKeys;
        for (const Row &row : fresh)
            freshKeys.insert(keyOf(row));
        // Rows gone, a run at a time from the end so the positions before stay valid.
        for (int last = rowCount() - 1; last >= 0; --last) {
            if (freshKeys.contains(keyOf(m_rows[static_cast<std::size_t>(last)])))
                continue;
            int first = last;
            while (first > 0 && !freshKeys.contains(keyOf(m_rows[static_cast<std::size_t>(first - 1)])))
                --first;
            beginRemoveRows({}, first, last);
            m_rows.erase(m_rows.begin() + first, m_rows.begin() + last + 1);
            endRemoveRows();
            last = first;
        }
        // What is left must keep its order among the fresh rows; a new order is a reset.
        QSet<Key> oldKeys;
        QList<Key> oldOrder;
        for (const Row &row : m_rows) {
            oldKeys.insert(keyOf(row));
            oldOrder << keyOf(row);
        }
        QList<Key> keptOrder;
        for (const Row &row : fresh) {
            if (oldKeys.contains(keyOf(row)))
                keptOrder << keyOf(row);
        }
        if (keptOrder != oldOrder) {
            beginResetModel();
            m_rows = std::move(fresh);
            endResetModel();
            return;
        }
        // New rows, a run at a time where they belong.
        for (std::size_t first = 0; first < fresh.size(); ++first) {
            if (oldKeys.contains(keyOf(fresh[first])))
                continue;
            std::size_t end = first;
            while (end < fresh.size() && !oldKeys.contains(keyOf(fresh[end])))
                ++end;
            beginInsertRows({}, static_cast<int>(first), static_cast<int>(end - 1));
            m_rows.insert(m_rows.begin() + static_cast<std::ptrdiff_t>(first),
                          fresh.begin() + static_cast<std::ptrdiff_t>(first),
                          fresh.begin() + static_cast<std::ptrdiff_t>(end));
            endInsertRows();
            first = end - 1;
        }
        // The same keys in the same places now: their texts may have changed.
        m_rows = std::move(fresh);
        if (!m_rows.empty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    }

private:
    std::vector<Row> m_rows;
};

} // namespace steadyline::gui
