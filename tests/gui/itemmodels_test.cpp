// The item models behind the history, promises, training and library windows: each is checked by
// Qt's QAbstractItemModelTester (a broken model aborts the test program), and a refresh must
// tell the views as little as it can, so that the chosen row survives it.
#include "authoring/playbooklistmodel.h"
#include "authoring/scenariofilemodel.h"
#include "catch_qt.h"
#include "history/callhistorymodel.h"
#include "history/promisemodel.h"
#include "training/attemptmodel.h"
#include "training/scenariomodel.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>
#include <QSignalSpy>

using namespace steadyline;
using namespace steadyline::gui;

namespace {

// Aborts on the first broken rule: QtTest's own reporting would pass unnoticed under Catch2.
QAbstractItemModelTester checked(QAbstractItemModel *model)
{
    return QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
}

CallHistoryRow call(qint64 id, const QString &caseReference, std::optional<CallOutcome> outcome = CallOutcome::Resolved)
{
    CallHistoryRow row;
    row.call.id = id;
    row.call.caseReference = caseReference;
    row.call.outcome = outcome;
    row.call.playbookId = QStringLiteral("aggressive-caller-pl");
    row.call.revision = 3;
    row.playbookTitle = QStringLiteral("Agresywny Klient");
    return row;
}

std::vector<CallHistoryRow> calls(std::initializer_list<std::pair<qint64, const char *>> rows)
{
    std::vector<CallHistoryRow> result;
    for (const auto &[id, reference] : rows)
        result.push_back(call(id, QString::fromUtf8(reference)));
    return result;
}

QStringList texts(std::initializer_list<const char *> utf8)
{
    QStringList result;
    for (const char *text : utf8)
        result << QString::fromUtf8(text);
    return result;
}

QStringList column(const QAbstractItemModel &model, int column, const QModelIndex &parent = {})
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(parent); ++row)
        texts << model.index(row, column, parent).data().toString();
    return texts;
}

struct Signals
{
    explicit Signals(QAbstractItemModel *model)
        : inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , reset(model, &QAbstractItemModel::modelReset)
        , changed(model, &QAbstractItemModel::dataChanged)
    {}
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy reset;
    QSignalSpy changed;
};

journal::Promise promise(qint64 id, const QString &text)
{
    journal::Promise result;
    result.id = id;
    result.text = text;
    result.caseReference = QStringLiteral("RK-7");
    return result;
}

journal::TrainingAttempt attempt(qint64 id, const QString &scenarioId, int percent, bool passed)
{
    journal::TrainingAttempt result;
    result.id = id;
    result.scenarioId = scenarioId;
    result.scenarioTitle = scenarioId.toUpper();
    result.score = percent / 10;
    result.max = 10;
    result.percent = percent;
    result.passed = passed;
    result.mistakesJson = QStringLiteral("[]");
    return result;
}

ScenarioRow scenario(const QString &path, const QString &title, const QString &language,
                     std::optional<Difficulty> difficulty, bool loads = true)
{
    ScenarioRow row;
    row.entry.path = path;
    row.entry.id = path;
    row.entry.title = title;
    row.entry.language = language;
    row.entry.difficulty = difficulty;
    row.entry.loads = loads;
    return row;
}

} // namespace

TEST_CASE("Call history model: new calls are inserted, gone ones removed, the chosen one kept", "[gui][models]")
{
    CallHistoryModel model;
    const auto tester = checked(&model);
    model.setCalls(calls({{3, "C"}, {2, "B"}, {1, ""}}));
    REQUIRE(model.rowCount() == 3);
    CHECK(column(model, CallHistoryModel::CaseColumn) == texts({"C", "B", "—"}));
    CHECK(model.index(2, CallHistoryModel::CaseColumn).data(Qt::AccessibleTextRole).toString() ==
          QStringLiteral("no case reference"));
    CHECK(model.index(0, CallHistoryModel::OutcomeColumn).data().toString() == QStringLiteral("resolved"));
    CHECK(model.index(0, CallHistoryModel::PlaybookColumn).data(Qt::ToolTipRole).toString() ==
          QStringLiteral("aggressive-caller-pl, revision 3"));
    CHECK(model.headerData(CallHistoryModel::OutcomeColumn, Qt::Horizontal).toString() == QStringLiteral("Outcome"));

    const QPersistentModelIndex chosen = model.index(1, 0);
    Signals spy(&model);
    // A call taken since: one row inserted on top, nothing reset, the chosen call still chosen.
    model.setCalls(calls({{4, "D"}, {3, "C"}, {2, "B"}, {1, ""}}));
    CHECK(spy.inserted.size() == 1);
    CHECK(spy.reset.isEmpty());
    CHECK(chosen.row() == 2);
    CHECK(chosen.data(CallHistoryModel::CallIdRole).toLongLong() == 2);

    // A call deleted (retention): one row removed.
    model.setCalls(calls({{4, "D"}, {2, "B"}, {1, ""}}));
    CHECK(spy.removed.size() == 1);
    CHECK(spy.reset.isEmpty());
    CHECK(chosen.row() == 1);
    CHECK(model.rowOf(2) == 1);

    // The same calls with a new outcome: their texts change, the rows stay.
    auto ended = calls({{4, "D"}, {2, "B"}, {1, ""}});
    ended[0].call.outcome = CallOutcome::CallerHungUp;
    const int changes = static_cast<int>(spy.changed.size());
    model.setCalls(std::move(ended));
    CHECK(spy.changed.size() == changes + 1);
    CHECK(model.index(0, CallHistoryModel::OutcomeColumn).data().toString() == QStringLiteral("the caller hung up"));

    // Another order (a search): one reset.
    model.setCalls(calls({{1, ""}, {4, "D"}}));
    CHECK(spy.reset.size() == 1);
    CHECK(column(model, CallHistoryModel::CaseColumn) == texts({"—", "D"}));
    model.setCalls({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("Promise model: headings are disabled rows with a count, promises are selectable", "[gui][models]")
{
    PromiseModel model;
    const auto tester = checked(&model);
    model.setGroups({{QStringLiteral("Overdue"), {promise(1, QStringLiteral("Oddzwonię\njutro"))}, true, true},
                     {QStringLiteral("Due today"), {}, false, true},
                     {QStringLiteral("No due date"), {}, false, false}});
    CHECK(column(model, PromiseModel::PromiseColumn) == texts({"Overdue (1)", "Oddzwonię jutro", "Due today — none"}));
    CHECK(model.isHeading(0));
    CHECK(model.flags(model.index(0, 0)) == Qt::NoItemFlags);
    CHECK(model.flags(model.index(1, 0)).testFlag(Qt::ItemIsSelectable));
    CHECK(model.index(0, 0).data(Qt::FontRole).value<QFont>().bold());
    CHECK(model.index(0, 0).data(Qt::ForegroundRole).isValid()); // overdue ones: red
    CHECK(model.index(1, 0).data(Qt::ToolTipRole).toString() == QStringLiteral("Oddzwonię\njutro"));
    CHECK(model.index(1, PromiseModel::CaseColumn).data().toString() == QStringLiteral("RK-7"));
    CHECK(model.promiseRows() == std::vector<int>{1});

    // Kept: its row goes, the heading says none, nothing is reset.
    Signals spy(&model);
    model.setGroups({{QStringLiteral("Overdue"), {}, true, true},
                     {QStringLiteral("Due today"), {}, false, true},
                     {QStringLiteral("No due date"), {}, false, false}});
    CHECK(spy.removed.size() == 1);
    CHECK(spy.reset.isEmpty());
    CHECK(column(model, 0) == texts({"Overdue — none", "Due today — none"}));
    CHECK_FALSE(model.index(0, 0).data(Qt::ForegroundRole).isValid());
}

TEST_CASE("Scenario filter: language and difficulty filter, easiest first, a broken file always shown", "[gui][models]")
{
    ScenarioModel scenarios;
    ScenarioFilterModel shown;
    shown.setSourceModel(&scenarios);
    const auto testerOfSource = checked(&scenarios);
    const auto testerOfFilter = checked(&shown);
    std::vector<ScenarioRow> rows{
        scenario(QStringLiteral("/b"), QStringLiteral("Zeta"), QStringLiteral("pl"), Difficulty::Advanced),
        scenario(QStringLiteral("/a"), QStringLiteral("Alfa"), QStringLiteral("en"), Difficulty::Beginner),
        scenario(QStringLiteral("/c"), QStringLiteral("Beta"), QStringLiteral("pl"), Difficulty::Beginner),
        scenario(QStringLiteral("/x"), QStringLiteral("broken.json"), {}, std::nullopt, false)};
    for (ScenarioRow &row : rows)
        row.stats = ScenarioStats{};
    rows[2].stats = ScenarioStats{2, 80, true};
    scenarios.setScenarios(rows);
    CHECK(column(shown, ScenarioModel::TitleColumn) ==
          texts({"Alfa", "Beta", "Zeta", "broken.json — cannot be rehearsed"}));
    CHECK(column(shown, ScenarioModel::BestColumn) == texts({"", "80 %, passed", "", ""}));
    CHECK(column(shown, ScenarioModel::DifficultyColumn) == texts({"Beginner", "Beginner", "Advanced", "unknown"}));

    shown.setLanguage(QStringLiteral("pl"));
    CHECK(column(shown, 0) == texts({"Beta", "Zeta", "broken.json — cannot be rehearsed"}));
    shown.setDifficulty(static_cast<int>(Difficulty::Advanced));
    CHECK(column(shown, 0) == texts({"Zeta", "broken.json — cannot be rehearsed"}));
    shown.setLanguage({});
    shown.setDifficulty(-1);

    // A new scenario takes its place in the order; the one chosen stays chosen.
    const QPersistentModelIndex chosen = shown.index(1, 0);
    rows.push_back(scenario(QStringLiteral("/d"), QStringLiteral("Aaa"), QStringLiteral("en"), Difficulty::Beginner));
    Signals spy(&scenarios);
    scenarios.setScenarios(rows);
    CHECK(spy.reset.isEmpty());
    CHECK(column(shown, 0).first() == QStringLiteral("Aaa"));
    CHECK(chosen.data().toString() == QStringLiteral("Beta"));
}

TEST_CASE("Attempt model: one group per scenario — a new attempt is inserted under its group", "[gui][models]")
{
    AttemptModel model;
    const auto tester = checked(&model);
    model.setAttempts({attempt(1, QStringLiteral("b"), 40, false), attempt(2, QStringLiteral("a"), 90, true),
                       attempt(3, QStringLiteral("b"), 70, true)});
    CHECK(column(model, AttemptModel::WhenColumn) == texts({"A", "B"}));
    const QModelIndex b = model.groupOf(QStringLiteral("b"));
    REQUIRE(b.isValid());
    CHECK(column(model, AttemptModel::PercentColumn, b) == texts({"40 %", "70 %"}));
    CHECK(column(model, AttemptModel::MistakesColumn, b) == texts({"0", "0"}));
    CHECK(model.index(b.row(), AttemptModel::PercentColumn).data().toString() == QStringLiteral("best 70 %"));
    CHECK(model.index(b.row(), AttemptModel::ScoreColumn).data().toString() == QStringLiteral("2 attempt(s)"));

    const QPersistentModelIndex chosen = model.indexOfAttempt(1);
    Signals spy(&model);
    model.setAttempts({attempt(1, QStringLiteral("b"), 40, false), attempt(2, QStringLiteral("a"), 90, true),
                       attempt(3, QStringLiteral("b"), 70, true), attempt(4, QStringLiteral("b"), 100, true)});
    CHECK(spy.inserted.size() == 1);
    CHECK(spy.reset.isEmpty());
    CHECK(chosen.isValid());
    CHECK(model.attempt(chosen)->id == 1);
    CHECK(model.index(b.row(), AttemptModel::PercentColumn).data().toString() == QStringLiteral("best 100 %"));

    // A scenario rehearsed for the first time: a new group, one reset.
    model.setAttempts({attempt(1, QStringLiteral("b"), 40, false), attempt(5, QStringLiteral("c"), 10, false)});
    CHECK(spy.reset.size() == 1);
    CHECK(column(model, 0) == texts({"B", "C"}));
    model.setAttempts({});
    CHECK(model.rowCount() == 0);
}

TEST_CASE("Library models: every built-in playbook and scenario with where it comes from", "[gui][models]")
{
    PlaybookCatalog catalog;
    PlaybookListModel playbooks;
    ScenarioFileModel scenarioFiles;
    const auto playbookTester = checked(&playbooks);
    const auto scenarioTester = checked(&scenarioFiles);
    playbooks.refresh(catalog, QStringLiteral("pl"));
    scenarioFiles.refresh(catalog);
    REQUIRE(playbooks.rowCount() == static_cast<int>(catalog.entries().size()));
    CHECK(playbooks.rowCount() >= 8);
    for (const QString &text : column(playbooks, 0))
        CHECK(text.endsWith(QStringLiteral(" · built in")));
    CHECK(playbooks.playbookId(0) == catalog.entries().front().id);
    CHECK_FALSE(playbooks.index(0, 0).data(Qt::ToolTipRole).toString().isEmpty());
    REQUIRE(scenarioFiles.rowCount() == static_cast<int>(catalog.scenarioFiles().size()));
    if (scenarioFiles.rowCount() > 0)
        CHECK(scenarioFiles.path(0) == catalog.scenarioFiles().front().path);

    // Read again with nothing changed: no row inserted, removed or reset.
    Signals spy(&playbooks);
    playbooks.refresh(catalog, QStringLiteral("pl"));
    CHECK(spy.inserted.isEmpty());
    CHECK(spy.removed.isEmpty());
    CHECK(spy.reset.isEmpty());
}
