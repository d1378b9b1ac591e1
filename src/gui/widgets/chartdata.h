#pragma once

#include <QString>
#include <QStringList>

#include <vector>

namespace steadyline::gui {

// What a chart shows, apart from how it is drawn (ChartView draws it): a title, categories and
// the values of one or more series. Bars stand on a value axis from 0 to `top` in ticks of
// `step`; a pie has one series, a slice per category.
struct ChartData
{
    enum class Kind { Bars, Pie };
    struct Series
    {
        QString name;
        std::vector<double> values; // one per category
    };

    Kind kind = Kind::Bars;
    QString title;
    QStringList categories;
    std::vector<Series> series;
    double top = 1;
    double step = 1;
    bool legend = false;

    // Whole counts on whole ticks: a step of 1, 2, 5, 10, 20, … giving at most six ticks up to
    // at least `highest` (at least 1).
    void setCountAxis(double highest);
    // One line per category, read by a screen reader in place of the picture.
    [[nodiscard]] QString description() const;
};

} // namespace steadyline::gui
