#pragma once

#include "journal/journal.h"
#include "scenariomodel.h"

#include <QAbstractItemModel>
#include <QCoreApplication>

#include <optional>
#include <vector>

namespace steadyline::gui {

// The trainee's attempts as a tree: one group per scenario, in title order, with its attempts
// under it oldest first, so the trend reads down. A group shows the count, the best score and
// whether the scenario was passed; an attempt its score, result and number of mistakes.
// Refreshing after a rehearsal inserts the new attempt where it belongs and keeps everything
// else (the chosen row, what is expanded); only a new scenario or a deleted attempt resets.
class AttemptModel : public QAbstractItemModel
{
    Q_DECLARE_TR_FUNCTIONS(AttemptModel)

public:
    enum Column { WhenColumn, ScoreColumn, PercentColumn, ResultColumn, MistakesColumn, ColumnCount };
    static constexpr int AttemptIdRole = Qt::UserRole;      // qint64; 0 on a group
    static constexpr int ScenarioIdRole = Qt::UserRole + 1; // QString

    using QAbstractItemModel::QAbstractItemModel;

    // `attempts` oldest first, as the journal gives them.
    void setAttempts(const std::vector<journal::TrainingAttempt> &attempts);

    [[nodiscard]] int groupCount() const { return static_cast<int>(m_groups.size()); }
    [[nodiscard]] const journal::TrainingAttempt *attempt(const QModelIndex &index) const;
    // The group of `scenarioId`, invalid when it has no attempt.
    [[nodiscard]] QModelIndex groupOf(const QString &scenarioId) const;
    // The row of the attempt with this id, invalid when there is none.
    [[nodiscard]] QModelIndex indexOfAttempt(qint64 id) const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

private:
    struct Attempt
    {
        journal::TrainingAttempt attempt;
        std::optional<int> mistakes; // none when they cannot be read
    };
    struct Group
    {
        QString scenarioId;
        QString title;
        ScenarioStats stats;
        std::vector<Attempt> attempts;
    };

    [[nodiscard]] const Group *groupAt(const QModelIndex &index) const;

    std::vector<Group> m_groups;
};

} // namespace steadyline::gui
