// The dashboard's charts are drawn by the app itself (no Qt Charts: it and the OpenGL it pulls in
// cost every desk 2 ms and 1 MB at start, issue #13). What a chart shows is plain data, tested
// without drawing; the drawing is tested on an image: taller bars for larger figures, the second
// series told apart by a pattern as well as a colour, the figures as text for a screen reader.
#include "catch_qt.h"
#include "themepalettes.h"

#include "team/dashboardcharts.h"
#include "widgets/chartview.h"
#include "widgets/themecolours.h"

#include <QImage>
#include <QPainter>

using namespace steadyline;
using namespace steadyline::gui;
using Chart = DashboardCharts::Chart;

namespace {

server::DashboardFigures someFigures()
{
    server::DashboardFigures figures;
    figures.perDay = {{QDate(2026, 11, 2), 3, 1}, {QDate(2026, 11, 3), 7, 0}, {QDate(2026, 11, 4), 0, 2}};
    for (const auto &[reach, calls] :
         {std::pair{server::EscalationReach::CalmedAtStep1, 12}, std::pair{server::EscalationReach::CalmedAtStep2, 5},
          std::pair{server::EscalationReach::CalmedAtStep3, 2}, std::pair{server::EscalationReach::EndedAtStep3Half, 1},
          std::pair{server::EscalationReach::NotCalmed, 0}})
        figures.escalations.push_back({reach, calls, 30.0, 31.0});
    figures.promises.keptOnTime = 4;
    figures.promises.openOverdue = 1;
    figures.training = {{QStringLiteral("angry-refund"), 3, 80.0}};
    return figures;
}

// Pixels of `tone` in column `x` of `image`.
int tonePixelsInColumn(const QImage &image, int x, const QColor &tone)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        count += image.pixelColor(x, y) == tone ? 1 : 0;
    return count;
}

// The tallest run of `tone` in each stretch of columns where it shows: one entry per bar, left
// to right.
std::vector<int> barHeights(const QImage &image, const QColor &tone)
{
    std::vector<int> heights;
    bool inBar = false;
    for (int x = 0; x < image.width(); ++x) {
        const int here = tonePixelsInColumn(image, x, tone);
        if (here > 2 && !inBar)
            heights.push_back(0);
        inBar = here > 2;
        if (inBar)
            heights.back() = std::max(heights.back(), here);
    }
    return heights;
}

// The middle column of the tallest bar of `tone` (its outline is the tone even when hatched).
int middleOfTallestBar(const QImage &image, const QColor &tone)
{
    int best = -1;
    int bestPixels = 0;
    int start = -1;
    for (int x = 0; x <= image.width(); ++x) {
        const bool inBar = x < image.width() && tonePixelsInColumn(image, x, tone) > 2;
        if (inBar && start < 0)
            start = x;
        if (!inBar && start >= 0) {
            const int middle = (start + x - 1) / 2;
            if (tonePixelsInColumn(image, start, tone) > bestPixels) {
                bestPixels = tonePixelsInColumn(image, start, tone);
                best = middle;
            }
            start = -1;
        }
    }
    return best;
}

// Of the pixels from the first to the last of `tone` in column `x`, the share that is another colour.
double shareNotInTone(const QImage &image, int x, const QColor &tone)
{
    int first = -1;
    int last = -1;
    for (int y = 0; y < image.height(); ++y) {
        if (image.pixelColor(x, y) == tone) {
            first = first < 0 ? y : first;
            last = y;
        }
    }
    if (first < 0)
        return 1;
    const int span = last - first + 1;
    return 1.0 - static_cast<double>(tonePixelsInColumn(image, x, tone)) / span;
}

// `chart` drawn by a view of `size`, as the dashboard shows it.
QImage rendered(ChartView &view, ChartData chart, QSize size)
{
    view.resize(size);
    view.setChart(std::move(chart));
    QImage image(view.size(), QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    view.render(&image);
    return image;
}

} // namespace

TEST_CASE("A count axis goes up in whole steps of 1, 2 or 5 times ten, at most six of them, to the highest figure")
{
    ChartData chart;
    chart.setCountAxis(0);
    CHECK((chart.top == 1 && chart.step == 1));
    chart.setCountAxis(6);
    CHECK((chart.top == 6 && chart.step == 1));
    chart.setCountAxis(7);
    CHECK((chart.top == 8 && chart.step == 2));
    chart.setCountAxis(23);
    CHECK((chart.top == 25 && chart.step == 5));
    chart.setCountAxis(140);
    CHECK((chart.top == 150 && chart.step == 50));
    chart.setCountAxis(2.2); // a median of seconds rounds up to a whole tick
    CHECK((chart.top == 3 && chart.step == 1));
}

TEST_CASE("Each dashboard chart shows the server's figures: days with two series, escalations, promises as a pie")
{
    const server::DashboardFigures figures = someFigures();
    const ChartData perDay = DashboardCharts::make(Chart::PerDay, QStringLiteral("Per day"), &figures);
    CHECK(perDay.kind == ChartData::Kind::Bars);
    CHECK(perDay.categories == QStringList{QStringLiteral("2.11."), QStringLiteral("3.11."), QStringLiteral("4.11.")});
    REQUIRE(perDay.series.size() == 2);
    CHECK(perDay.series[0].values == std::vector<double>{3, 7, 0});
    CHECK(perDay.series[1].values == std::vector<double>{1, 0, 2});
    CHECK(perDay.legend);
    CHECK((perDay.top == 8 && perDay.step == 2));

    const ChartData reach = DashboardCharts::make(Chart::Escalations, QStringLiteral("Reach"), &figures);
    CHECK(reach.categories.size() == 5);
    REQUIRE(reach.series.size() == 1);
    CHECK(reach.series[0].values == std::vector<double>{12, 5, 2, 1, 0});
    CHECK_FALSE(reach.legend);

    // A pie leaves out what is zero; its figures read as text in the order of the slices.
    const ChartData promises = DashboardCharts::make(Chart::Promises, QStringLiteral("Promises"), &figures);
    CHECK(promises.kind == ChartData::Kind::Pie);
    CHECK(promises.categories == QStringList{QStringLiteral("Kept on time"), QStringLiteral("Open, overdue")});
    CHECK(promises.description() == QStringLiteral("Kept on time: 4\nOpen, overdue: 1"));

    const ChartData training = DashboardCharts::make(Chart::Training, QStringLiteral("Training"), &figures);
    CHECK((training.top == 100 && training.series[0].values == std::vector<double>{80}));

    const ChartData none = DashboardCharts::make(Chart::PerWeek, QStringLiteral("Per week"), nullptr);
    CHECK(none.title == QStringLiteral("Per week — no figures yet"));
    CHECK(none.series.empty());
}

TEST_CASE(
    "A bar chart is drawn with taller bars for larger figures, the second series hatched, its figures readable as text")
{
    test::PaletteGuard guard;
    const server::DashboardFigures figures = someFigures();
    ChartView view;
    QImage image =
        rendered(view, DashboardCharts::make(Chart::Escalations, QStringLiteral("How far escalations went"), &figures),
                 {600, 360});

    // One bar per category with a figure (the last is 0), in proportion to the figures 12 : 5 : 2 : 1.
    const QColor first = readableOn(QColor(0x1f, 0x77, 0xb4), view.palette().color(QPalette::Base), 3.0);
    const std::vector<int> heights = barHeights(image, first);
    REQUIRE(heights.size() == 4);
    CHECK(heights[0] > heights[1]);
    CHECK(heights[1] > heights[2]);
    CHECK(heights[2] > heights[3]);
    CHECK(std::abs(heights[0] * 5.0 / 12.0 - heights[1]) < 4);

    CHECK(view.accessibleDescription().startsWith(QStringLiteral("How far escalations went\nCalmed at 1: 12\n")));

    // Two series: the second is hatched, so a grey print still tells them apart. Down the middle
    // of each series' tallest bar, a solid bar is all tone, a hatched one lets the background through.
    image = rendered(view, DashboardCharts::make(Chart::PerDay, QStringLiteral("Per day"), &figures), {600, 360});
    const QColor second = readableOn(QColor(0xe6, 0x6a, 0x00), view.palette().color(QPalette::Base), 3.0);
    CHECK(shareNotInTone(image, middleOfTallestBar(image, first), first) < 0.05);
    CHECK(shareNotInTone(image, middleOfTallestBar(image, second), second) > 0.3);
}

TEST_CASE("A chart keeps to the palette: a dark theme draws it on a dark background with light text")
{
    test::PaletteGuard guard;
    QApplication::setPalette(test::darkPalette());
    const server::DashboardFigures figures = someFigures();
    ChartView view;
    const QImage image =
        rendered(view, DashboardCharts::make(Chart::Promises, QStringLiteral("Promises"), &figures), {400, 300});
    CHECK(image.pixelColor(2, 2) == test::darkPalette().color(QPalette::Base));
    // The title is drawn in the theme's text colour.
    int lightPixels = 0;
    for (int y = 0; y < 30; ++y)
        for (int x = 0; x < image.width(); ++x)
            lightPixels += image.pixelColor(x, y).lightnessF() > 0.8 ? 1 : 0;
    CHECK(lightPixels > 20);
}
