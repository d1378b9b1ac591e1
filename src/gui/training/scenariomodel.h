#pragma once

#include "training/scenariolibrary.h"
#include "widgets/keyedrowsmodel.h"

#include <QCoreApplication>
#include <QSortFilterProxyModel>

#include <optional>

namespace steadyline::gui {

// How a trainee has done in one scenario so far.
struct ScenarioStats
{
    int attempts = 0;
    int bestPercent = 0;
    bool passed = false;
};

// One scenario of the library with the trainee's record in it; no record when the journal could
// not be opened.
struct ScenarioRow
{
    ScenarioEntry entry;
    std::optional<ScenarioStats> stats;
};

// The scenarios of the training window, one per row: title, difficulty, attempts and best score.
// A scenario that cannot be rehearsed says so and is greyed. A refresh keeps the rows that are
// still there (a scenario is its path), so the chosen one stays chosen.
class ScenarioModel : public KeyedRowsModel<ScenarioRow, QString>
{
    Q_DECLARE_TR_FUNCTIONS(ScenarioModel)

public:
    enum Column { TitleColumn, DifficultyColumn, AttemptsColumn, BestColumn, ColumnCount };
    static constexpr int PathRole = Qt::UserRole;           // QString
    static constexpr int LanguageRole = Qt::UserRole + 1;   // QString, empty when unreadable
    static constexpr int DifficultyRole = Qt::UserRole + 2; // int, -1 when unreadable
    static constexpr int TitleRole = Qt::UserRole + 3;      // QString, the title alone

    using KeyedRowsModel::KeyedRowsModel;

    void setScenarios(std::vector<ScenarioRow> rows) { replaceRows(std::move(rows)); }

    [[nodiscard]] static QString difficultyText(const std::optional<Difficulty> &difficulty);
    [[nodiscard]] static QString percentText(int percent);

    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;

protected:
    [[nodiscard]] QString keyOf(const ScenarioRow &row) const override { return row.entry.path; }
};

// The scenarios in one language and of one difficulty, easiest first and then by title. A file
// whose language or difficulty cannot be read (a broken one) passes that filter, so whoever wrote
// it sees it, and why it does not load, whatever the filters are.
class ScenarioFilterModel : public QSortFilterProxyModel
{
public:
    explicit ScenarioFilterModel(QObject *parent = nullptr);

    // Empty: every language.
    void setLanguage(const QString &language);
    // -1: every difficulty; else a Difficulty as int.
    void setDifficulty(int difficulty);

protected:
    [[nodiscard]] bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_language;
    int m_difficulty = -1;
};

} // namespace steadyline::gui
