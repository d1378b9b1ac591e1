#include "scenariomodel.h"

#include <QDir>
#include <QGuiApplication>
#include <QPalette>

namespace steadyline::gui {

namespace {

// Beginner first; a scenario whose difficulty cannot be read last.
int difficultyRank(int difficulty)
{
    return difficulty >= 0 ? difficulty : 99;
}

} // namespace

QString ScenarioModel::difficultyText(const std::optional<Difficulty> &difficulty)
{
    if (!difficulty)
        return tr("unknown");
    switch (*difficulty) {
    case Difficulty::Beginner: return tr("Beginner");
    case Difficulty::Intermediate: return tr("Intermediate");
    case Difficulty::Advanced: return tr("Advanced");
    }
    return {};
}

QString ScenarioModel::percentText(int percent)
{
    return tr("%1 %").arg(percent);
}

int ScenarioModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScenarioModel::data(const QModelIndex &index, int role) const
{
    const ScenarioRow *row = checkIndex(index, CheckIndexOption::IndexIsValid) ? rowAt(index.row()) : nullptr;
    if (!row)
        return {};
    const ScenarioEntry &entry = row->entry;
    switch (role) {
    case PathRole: return entry.path;
    case TitleRole: return entry.title;
    case LanguageRole: return entry.language;
    case DifficultyRole: return entry.difficulty ? static_cast<int>(*entry.difficulty) : -1;
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? QVariant(QDir::toNativeSeparators(entry.path)) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == TitleColumn && !entry.loads
                   ? QVariant(QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text))
                   : QVariant();
    case Qt::DisplayRole: break;
    default: return {};
    }
    switch (index.column()) {
    case TitleColumn: return entry.loads ? entry.title : tr("%1 — cannot be rehearsed").arg(entry.title);
    case DifficultyColumn: return difficultyText(entry.difficulty);
    case AttemptsColumn:
        if (!row->stats)
            return tr("—");
        return entry.id.isEmpty() ? QString() : QString::number(row->stats->attempts);
    case BestColumn:
        if (!row->stats)
            return tr("—");
        if (entry.id.isEmpty() || row->stats->attempts == 0)
            return QString();
        return row->stats->passed ? tr("%1, passed").arg(percentText(row->stats->bestPercent))
                                  : percentText(row->stats->bestPercent);
    default: return {};
    }
}

QVariant ScenarioModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn: return tr("Scenario");
    case DifficultyColumn: return tr("Difficulty");
    case AttemptsColumn: return tr("Attempts");
    case BestColumn: return tr("Best");
    default: return {};
    }
}

ScenarioFilterModel::ScenarioFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // The order is fixed (easiest first, then by title): sorted once, kept as the rows change.
    setDynamicSortFilter(true);
    sort(ScenarioModel::TitleColumn);
}

void ScenarioFilterModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    invalidateFilter();
}

void ScenarioFilterModel::setDifficulty(int difficulty)
{
    if (difficulty == m_difficulty)
        return;
    m_difficulty = difficulty;
    invalidateFilter();
}

bool ScenarioFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    const QString language = index.data(ScenarioModel::LanguageRole).toString();
    const int difficulty = index.data(ScenarioModel::DifficultyRole).toInt();
    if (!m_language.isEmpty() && !language.isEmpty() && language != m_language)
        return false;
    return m_difficulty < 0 || difficulty < 0 || difficulty == m_difficulty;
}

bool ScenarioFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int leftRank = difficultyRank(left.data(ScenarioModel::DifficultyRole).toInt());
    const int rightRank = difficultyRank(right.data(ScenarioModel::DifficultyRole).toInt());
    if (leftRank != rightRank)
        return leftRank < rightRank;
    return QString::localeAwareCompare(left.data(ScenarioModel::TitleRole).toString(),
                                       right.data(ScenarioModel::TitleRole).toString()) < 0;
}

} // namespace steadyline::gui
