#include "dashboardcharts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QPieSeries>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace steadyline::gui {

QChart *DashboardCharts::make(Chart chart, const QString &title, const server::DashboardFigures *figures)
{
    auto *made = new QChart;
    made->setAnimationOptions(QChart::NoAnimation);
    made->setTitle(title);
    if (!figures) {
        made->setTitle(made->title() + QStringLiteral(" — ") + tr("no figures yet"));
        return made;
    }
    const server::DashboardFigures &f = *figures;
    const auto addBars = [made](const QStringList &categories, const std::vector<QBarSet *> &sets,
                                std::optional<double> maximum = std::nullopt) {
        auto *series = new QBarSeries;
        double highest = 1;
        for (QBarSet *set : sets) {
            series->append(set);
            for (int i = 0; i < set->count(); ++i)
                highest = std::max(highest, set->at(i));
        }
        made->addSeries(series);
        auto *axisX = new QBarCategoryAxis;
        axisX->append(categories);
        if (categories.size() > 12)
            axisX->setLabelsAngle(-90); // a month of days: upright they were cut to "8…"
        made->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        // Whole numbers on whole ticks (calls are counted): a step of 1, 2, 5, 10, 20, … that
        // gives at most about six ticks.
        const double top = maximum.value_or(std::max(1.0, std::ceil(highest)));
        double step = 1;
        for (double scale = 1; top / step > 6; scale *= 10) {
            for (const double multiple : {1.0, 2.0, 5.0}) {
                step = multiple * scale;
                if (top / step <= 6)
                    break;
            }
        }
        auto *axisY = new QValueAxis;
        axisY->setRange(0, std::ceil(top / step) * step);
        axisY->setTickType(QValueAxis::TicksDynamic);
        axisY->setTickAnchor(0);
        axisY->setTickInterval(step);
        axisY->setLabelFormat(QStringLiteral("%d"));
        made->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        made->legend()->setVisible(sets.size() > 1);
        made->legend()->setAlignment(Qt::AlignBottom);
    };

    switch (chart) {
    case Chart::PerDay:
    case Chart::PerWeek: {
        const bool perDay = chart == Chart::PerDay;
        const std::vector<server::IncidentBucket> &buckets = perDay ? f.perDay : f.perWeek;
        auto *incidents = new QBarSet(tr("Abusive calls"));
        auto *coolDowns = new QBarSet(tr("Cool-downs taken"));
        QStringList categories;
        for (const server::IncidentBucket &bucket : buckets) {
            // Short enough for 31 days side by side; the tables hold the full dates.
            categories << (perDay ? bucket.start.toString(QStringLiteral("d.M."))
                                  : tr("week of %1").arg(bucket.start.toString(QStringLiteral("d.M."))));
            *incidents << static_cast<double>(bucket.incidents);
            *coolDowns << static_cast<double>(bucket.coolDowns);
        }
        addBars(categories, {incidents, coolDowns});
        break;
    }
    case Chart::Escalations: {
        auto *calls = new QBarSet(tr("Calls"));
        for (const server::EscalationFigure &figure : f.escalations)
            *calls << static_cast<double>(figure.calls);
        addBars({tr("Calmed at 1"), tr("Calmed at 2"), tr("Calmed at 3"), tr("Ended at 3½"), tr("Not calmed")},
                {calls});
        break;
    }
    case Chart::TimeToCalm: {
        auto *median = new QBarSet(tr("Median time to calm (seconds)"));
        for (int step = 0; step < 3; ++step)
            *median << f.escalations[static_cast<std::size_t>(step)].medianSecondsToCalm.value_or(0);
        addBars({tr("Calmed at 1"), tr("Calmed at 2"), tr("Calmed at 3")}, {median});
        made->legend()->setVisible(true);
        break;
    }
    case Chart::Promises: {
        auto *series = new QPieSeries;
        const server::PromiseFigures &p = f.promises;
        for (const auto &[label, value] :
             {std::pair{tr("Kept on time"), p.keptOnTime}, std::pair{tr("Kept late"), p.keptLate},
              std::pair{tr("Cancelled"), p.cancelled}, std::pair{tr("Open, overdue"), p.openOverdue},
              std::pair{tr("Open, not yet due"), p.openNotDue}}) {
            if (value > 0)
                series->append(tr("%1: %2").arg(label, QString::number(value)), static_cast<double>(value));
        }
        series->setLabelsVisible(true);
        made->addSeries(series);
        made->legend()->setAlignment(Qt::AlignRight);
        if (p.total() == 0)
            made->setTitle(made->title() + QStringLiteral(" — ") + tr("none"));
        break;
    }
    case Chart::Training: {
        auto *score = new QBarSet(tr("Mean score (%)"));
        QStringList scenarios;
        for (const server::TrainingFigure &figure : f.training) {
            scenarios << figure.scenarioId;
            *score << figure.meanPercent.value_or(0);
        }
        addBars(scenarios, {score}, 100.0);
        break;
    }
    }
    return made;
}

} // namespace steadyline::gui
