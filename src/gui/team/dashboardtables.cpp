#include "dashboardtables.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace steadyline::gui {

namespace {

// "1:30" for 90 seconds; "–" for none.
QString durationText(const std::optional<double> &seconds)
{
    if (!seconds)
        return QStringLiteral("–");
    const auto whole = static_cast<qint64>(std::llround(*seconds));
    return QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

QString percentText(const std::optional<double> &percent)
{
    return percent ? QLocale().toString(*percent, 'f', 0) + QLatin1Char('%') : QStringLiteral("–");
}

QString number(qint64 value)
{
    return QString::number(value);
}

QString isoDay(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

} // namespace

std::vector<DashboardTable> DashboardTables::make(const server::DashboardFigures &f)
{
    std::vector<DashboardTable> made;
    qint64 incidents = 0;
    qint64 coolDowns = 0;
    for (const server::IncidentBucket &bucket : f.perDay) {
        incidents += bucket.incidents;
        coolDowns += bucket.coolDowns;
    }
    const auto reach = [&f](server::EscalationReach r) -> const server::EscalationFigure & {
        return f.escalations[static_cast<std::size_t>(r)];
    };
    qint64 trainingAttempts = 0;
    double trainingPoints = 0;
    for (const server::TrainingFigure &figure : f.training) {
        trainingAttempts += figure.attempts;
        trainingPoints += figure.meanPercent.value_or(0) * static_cast<double>(figure.attempts);
    }
    const qint64 promisesDue = f.promises.total();
    const std::optional<double> keptShare =
        promisesDue > 0 ? std::optional<double>(100.0 * static_cast<double>(f.promises.keptOnTime) /
                                                static_cast<double>(promisesDue))
                        : std::nullopt;

    DashboardTable summary{QStringLiteral("summary"), tr("Summary"), {tr("Figure"), tr("Value")}, {}};
    summary.rows = {
        {tr("Abusive calls"), number(incidents)},
        {tr("Cool-downs taken"), number(coolDowns)},
        {tr("Calmed at step 1"), number(reach(server::EscalationReach::CalmedAtStep1).calls)},
        {tr("Calmed at step 2"), number(reach(server::EscalationReach::CalmedAtStep2).calls)},
        {tr("Calmed at step 3"), number(reach(server::EscalationReach::CalmedAtStep3).calls)},
        {tr("Ended at step 3½"), number(reach(server::EscalationReach::EndedAtStep3Half).calls)},
        {tr("Method used, not calmed"), number(reach(server::EscalationReach::NotCalmed).calls)},
        {tr("Promises due"), number(promisesDue)},
        {tr("Promises kept on time"), number(f.promises.keptOnTime)},
        {tr("Promises kept on time (share)"), percentText(keptShare)},
        {tr("Training attempts"), number(trainingAttempts)},
        {tr("Mean training score"),
         percentText(trainingAttempts > 0
                         ? std::optional<double>(trainingPoints / static_cast<double>(trainingAttempts))
                         : std::nullopt)},
    };
    if (!f.assignments.empty()) {
        const QDate day = (f.fetchedAt.isValid() ? f.fetchedAt : QDateTime::currentDateTimeUtc()).toLocalTime().date();
        const auto done =
            std::count_if(f.assignments.begin(), f.assignments.end(), [](const auto &a) { return a.done; });
        const auto late = std::count_if(f.assignments.begin(), f.assignments.end(),
                                        [&day](const auto &a) { return !a.done && a.dueOn < day; });
        summary.rows.push_back({tr("Training assigned, done"),
                                tr("%1 of %2").arg(number(done), number(static_cast<qint64>(f.assignments.size())))});
        summary.rows.push_back({tr("Training assigned, overdue"), number(late)});
    }
    made.push_back(std::move(summary));

    DashboardTable escalations{QStringLiteral("escalations"),
                               tr("Escalations"),
                               {tr("How far it went"), tr("Calls"), tr("Median time to calm"), tr("Mean time to calm")},
                               {}};
    const QStringList reachNames{tr("Calmed at step 1"), tr("Calmed at step 2"), tr("Calmed at step 3"),
                                 tr("Ended at step 3½"), tr("Method used, not calmed")};
    for (const server::EscalationFigure &figure : f.escalations)
        escalations.rows.push_back({reachNames.value(static_cast<int>(figure.reach)), number(figure.calls),
                                    durationText(figure.medianSecondsToCalm), durationText(figure.meanSecondsToCalm)});
    made.push_back(std::move(escalations));

    for (const bool perDay : {true, false}) {
        DashboardTable buckets{perDay ? QStringLiteral("per_day") : QStringLiteral("per_week"),
                               perDay ? tr("Per day") : tr("Per week"),
                               {perDay ? tr("Day") : tr("Week from"), tr("Abusive calls"), tr("Cool-downs taken")},
                               {}};
        for (const server::IncidentBucket &bucket : perDay ? f.perDay : f.perWeek)
            buckets.rows.push_back({isoDay(bucket.start), number(bucket.incidents), number(bucket.coolDowns)});
        made.push_back(std::move(buckets));
    }

    DashboardTable training{
        QStringLiteral("training"), tr("Training"), {tr("Scenario"), tr("Attempts"), tr("Mean score")}, {}};
    for (const server::TrainingFigure &figure : f.training)
        training.rows.push_back({figure.scenarioId, number(figure.attempts), percentText(figure.meanPercent)});
    made.push_back(std::move(training));

    // Training the lead assigned, one row per assignment: the overdue first, then the rest, each
    // part in the order of the names and then of the due dates (no ranking by a score).
    const QDate today = (f.fetchedAt.isValid() ? f.fetchedAt : QDateTime::currentDateTimeUtc()).toLocalTime().date();
    const auto overdue = [&today](const server::AssignmentFigure &a) { return !a.done && a.dueOn < today; };
    std::vector<server::AssignmentFigure> assigned = f.assignments;
    QCollator byName;
    std::stable_sort(assigned.begin(), assigned.end(), [&](const auto &a, const auto &b) {
        if (overdue(a) != overdue(b))
            return overdue(a);
        if (const int names = byName.compare(a.login, b.login); names != 0)
            return names < 0;
        if (a.dueOn != b.dueOn)
            return a.dueOn < b.dueOn;
        return byName.compare(a.scenarioTitle, b.scenarioTitle) < 0;
    });
    DashboardTable assignments{QStringLiteral("assignments"),
                               tr("Training assigned"),
                               {tr("Consultant"), tr("Scenario"), tr("Due"), tr("Done"), tr("Best score")},
                               {}};
    for (const server::AssignmentFigure &a : assigned) {
        const QString done = a.done       ? tr("done %1").arg(isoDay(a.doneAt.toLocalTime().date()))
                             : overdue(a) ? tr("overdue")
                                          : tr("not yet");
        assignments.rows.push_back(
            {a.login, a.scenarioTitle.isEmpty() ? a.scenarioId : a.scenarioTitle, isoDay(a.dueOn), done,
             a.bestPercent ? percentText(static_cast<double>(*a.bestPercent)) : QStringLiteral("–")});
    }
    made.push_back(std::move(assignments));

    // Per consultant last, by name (the server's order; sorted here too, by the interface
    // language's alphabet). Never by a figure: no ranking.
    DashboardTable consultants{QStringLiteral("consultants"),
                               tr("Per consultant"),
                               {tr("Consultant"), tr("Calls"), tr("Abusive calls"), tr("Calmed"),
                                tr("Cool-downs taken"), tr("Promises due"), tr("Kept on time"), tr("Training attempts"),
                                tr("Mean training score")},
                               {}};
    std::vector<server::ConsultantFigures> people = f.consultants;
    QCollator collator;
    std::stable_sort(people.begin(), people.end(),
                     [&collator](const auto &a, const auto &b) { return collator.compare(a.login, b.login) < 0; });
    for (const server::ConsultantFigures &person : people)
        consultants.rows.push_back({person.login, number(person.calls), number(person.incidents), number(person.calmed),
                                    number(person.coolDowns), number(person.promisesDue),
                                    number(person.promisesKeptOnTime), number(person.trainingAttempts),
                                    percentText(person.trainingMeanPercent)});
    made.push_back(std::move(consultants));
    return made;
}

} // namespace steadyline::gui
