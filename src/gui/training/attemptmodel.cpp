#include "attemptmodel.h"

#include "training/trainingattempt.h"

#include <QLocale>

#include <algorithm>
#include <map>

namespace steadyline::gui {

namespace {

// internalId of a group's row; an attempt's row holds its group's position + 1.
constexpr quintptr kGroupRow = 0;

QString dateTimeText(const QDateTime &at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : AttemptModel::tr("unknown");
}

} // namespace

void AttemptModel::setAttempts(const std::vector<journal::TrainingAttempt> &attempts)
{
    std::map<QString, Group> byScenario;
    for (const journal::TrainingAttempt &attempt : attempts) {
        Group &group = byScenario[attempt.scenarioId];
        group.scenarioId = attempt.scenarioId;
        // The newest attempt names the scenario: a renamed one is listed by its current title.
        group.title = attempt.scenarioTitle.isEmpty() ? attempt.scenarioId : attempt.scenarioTitle;
        ++group.stats.attempts;
        group.stats.bestPercent = std::max(group.stats.bestPercent, attempt.percent);
        group.stats.passed = group.stats.passed || attempt.passed;
        const auto mistakes = mistakesFromJson(attempt.mistakesJson);
        group.attempts.push_back(
            {attempt, mistakes ? std::optional<int>(static_cast<int>(mistakes->size())) : std::nullopt});
    }
    std::vector<Group> fresh;
    for (auto &[id, group] : byScenario)
        fresh.push_back(std::move(group));
    std::stable_sort(fresh.begin(), fresh.end(),
                     [](const Group &a, const Group &b) { return QString::localeAwareCompare(a.title, b.title) < 0; });

    // The same scenarios in the same order, each old attempt still there and first: only new
    // attempts to insert. Anything else resets.
    bool grows = fresh.size() == m_groups.size();
    for (std::size_t g = 0; grows && g < fresh.size(); ++g) {
        const Group &now = fresh[g];
        const Group &before = m_groups[g];
        grows = now.scenarioId == before.scenarioId && now.attempts.size() >= before.attempts.size();
        for (std::size_t a = 0; grows && a < before.attempts.size(); ++a)
            grows = now.attempts[a].attempt.id == before.attempts[a].attempt.id;
    }
    if (!grows) {
        beginResetModel();
        m_groups = std::move(fresh);
        endResetModel();
        return;
    }
    for (std::size_t g = 0; g < fresh.size(); ++g) {
        Group &before = m_groups[g];
        const auto known = before.attempts.size();
        if (fresh[g].attempts.size() > known) {
            beginInsertRows(index(static_cast<int>(g), 0), static_cast<int>(known),
                            static_cast<int>(fresh[g].attempts.size()) - 1);
            before.attempts.insert(before.attempts.end(),
                                   fresh[g].attempts.begin() + static_cast<std::ptrdiff_t>(known),
                                   fresh[g].attempts.end());
            endInsertRows();
        }
    }
    m_groups = std::move(fresh);
    if (m_groups.empty())
        return;
    // Counts and best scores of the groups, and the texts of the attempts, may have changed.
    emit dataChanged(index(0, 0), index(groupCount() - 1, ColumnCount - 1));
    for (int g = 0; g < groupCount(); ++g) {
        const QModelIndex group = index(g, 0);
        if (const int rows = rowCount(group); rows > 0)
            emit dataChanged(index(0, 0, group), index(rows - 1, ColumnCount - 1, group));
    }
}

const AttemptModel::Group *AttemptModel::groupAt(const QModelIndex &index) const
{
    if (!index.isValid())
        return nullptr;
    const quintptr group =
        index.internalId() == kGroupRow ? static_cast<quintptr>(index.row()) : index.internalId() - 1;
    return group < m_groups.size() ? &m_groups[group] : nullptr;
}

const journal::TrainingAttempt *AttemptModel::attempt(const QModelIndex &index) const
{
    const Group *group = groupAt(index);
    if (!group || index.internalId() == kGroupRow || index.row() >= static_cast<int>(group->attempts.size()))
        return nullptr;
    return &group->attempts[static_cast<std::size_t>(index.row())].attempt;
}

QModelIndex AttemptModel::groupOf(const QString &scenarioId) const
{
    for (int g = 0; g < groupCount(); ++g) {
        if (m_groups[static_cast<std::size_t>(g)].scenarioId == scenarioId)
            return index(g, 0);
    }
    return {};
}

QModelIndex AttemptModel::indexOfAttempt(qint64 id) const
{
    for (int g = 0; g < groupCount(); ++g) {
        const auto &attempts = m_groups[static_cast<std::size_t>(g)].attempts;
        for (std::size_t a = 0; a < attempts.size(); ++a) {
            if (attempts[a].attempt.id == id)
                return index(static_cast<int>(a), 0, index(g, 0));
        }
    }
    return {};
}

QModelIndex AttemptModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, kGroupRow);
    return createIndex(row, column, static_cast<quintptr>(parent.row()) + 1);
}

QModelIndex AttemptModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kGroupRow)
        return {};
    return createIndex(static_cast<int>(child.internalId() - 1), 0, kGroupRow);
}

int AttemptModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return groupCount();
    if (parent.column() != 0 || parent.internalId() != kGroupRow)
        return 0;
    const Group *group = groupAt(parent);
    return group ? static_cast<int>(group->attempts.size()) : 0;
}

int AttemptModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant AttemptModel::data(const QModelIndex &index, int role) const
{
    const Group *group = checkIndex(index, CheckIndexOption::IndexIsValid) ? groupAt(index) : nullptr;
    if (!group)
        return {};
    if (role == ScenarioIdRole)
        return group->scenarioId;
    const journal::TrainingAttempt *shown = attempt(index);
    if (role == AttemptIdRole)
        return shown ? shown->id : qint64(0);
    if (role != Qt::DisplayRole)
        return {};
    if (!shown) {
        switch (index.column()) {
        case WhenColumn: return group->title;
        case ScoreColumn: return tr("%n attempt(s)", nullptr, group->stats.attempts);
        case PercentColumn: return tr("best %1").arg(ScenarioModel::percentText(group->stats.bestPercent));
        case ResultColumn: return group->stats.passed ? tr("passed") : tr("not passed yet");
        default: return {};
        }
    }
    switch (index.column()) {
    case WhenColumn: return dateTimeText(shown->finishedAt);
    case ScoreColumn: return tr("%1 of %2").arg(shown->score).arg(shown->max);
    case PercentColumn: return ScenarioModel::percentText(shown->percent);
    case ResultColumn: return shown->passed ? tr("passed") : tr("not passed");
    case MistakesColumn: {
        const auto &mistakes = group->attempts[static_cast<std::size_t>(index.row())].mistakes;
        return mistakes ? QString::number(*mistakes) : tr("?");
    }
    default: return {};
    }
}

QVariant AttemptModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn: return tr("Scenario / finished");
    case ScoreColumn: return tr("Score");
    case PercentColumn: return tr("Percent");
    case ResultColumn: return tr("Result");
    case MistakesColumn: return tr("Mistakes");
    default: return {};
    }
}

} // namespace steadyline::gui
