#include "dashboardcharts.h"

#include <algorithm>

namespace steadyline::gui {

ChartData DashboardCharts::make(Chart chart, const QString &title, const server::DashboardFigures *figures)
{
    ChartData made;
    made.title = title;
    if (!figures) {
        made.title += QStringLiteral(" — ") + tr("no figures yet");
        return made;
    }
    const server::DashboardFigures &f = *figures;
    const auto countsOf = [&made] {
        double highest = 1;
        for (const ChartData::Series &series : made.series)
            for (const double value : series.values)
                highest = std::max(highest, value);
        made.setCountAxis(highest);
        made.legend = made.series.size() > 1;
    };

    switch (chart) {
    case Chart::PerDay:
    case Chart::PerWeek: {
        const bool perDay = chart == Chart::PerDay;
        const std::vector<server::IncidentBucket> &buckets = perDay ? f.perDay : f.perWeek;
        ChartData::Series incidents{tr("Abusive calls"), {}};
        ChartData::Series coolDowns{tr("Cool-downs taken"), {}};
        for (const server::IncidentBucket &bucket : buckets) {
            // Short enough for 31 days side by side; the tables hold the full dates.
            made.categories << (perDay ? bucket.start.toString(QStringLiteral("d.M."))
                                       : tr("week of %1").arg(bucket.start.toString(QStringLiteral("d.M."))));
            incidents.values.push_back(static_cast<double>(bucket.incidents));
            coolDowns.values.push_back(static_cast<double>(bucket.coolDowns));
        }
        made.series = {std::move(incidents), std::move(coolDowns)};
        countsOf();
        break;
    }
    case Chart::Escalations: {
        ChartData::Series calls{tr("Calls"), {}};
        for (const server::EscalationFigure &figure : f.escalations)
            calls.values.push_back(static_cast<double>(figure.calls));
        made.categories = {tr("Calmed at 1"), tr("Calmed at 2"), tr("Calmed at 3"), tr("Ended at 3½"),
                           tr("Not calmed")};
        made.series = {std::move(calls)};
        countsOf();
        break;
    }
    case Chart::TimeToCalm: {
        ChartData::Series median{tr("Median time to calm (seconds)"), {}};
        for (int step = 0; step < 3; ++step)
            median.values.push_back(f.escalations[static_cast<std::size_t>(step)].medianSecondsToCalm.value_or(0));
        made.categories = {tr("Calmed at 1"), tr("Calmed at 2"), tr("Calmed at 3")};
        made.series = {std::move(median)};
        countsOf();
        made.legend = true; // it names the unit
        break;
    }
    case Chart::Promises: {
        made.kind = ChartData::Kind::Pie;
        ChartData::Series promises{tr("Promises"), {}};
        const server::PromiseFigures &p = f.promises;
        for (const auto &[label, value] :
             {std::pair{tr("Kept on time"), p.keptOnTime}, std::pair{tr("Kept late"), p.keptLate},
              std::pair{tr("Cancelled"), p.cancelled}, std::pair{tr("Open, overdue"), p.openOverdue},
              std::pair{tr("Open, not yet due"), p.openNotDue}}) {
            if (value > 0) {
                made.categories << label;
                promises.values.push_back(static_cast<double>(value));
            }
        }
        made.series = {std::move(promises)};
        if (p.total() == 0)
            made.title += QStringLiteral(" — ") + tr("none");
        break;
    }
    case Chart::Training: {
        ChartData::Series score{tr("Mean score (%)"), {}};
        for (const server::TrainingFigure &figure : f.training) {
            made.categories << figure.scenarioId;
            score.values.push_back(figure.meanPercent.value_or(0));
        }
        made.series = {std::move(score)};
        made.top = 100;
        made.step = 20;
        break;
    }
    }
    return made;
}

} // namespace steadyline::gui
