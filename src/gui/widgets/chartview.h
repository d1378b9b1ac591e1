#pragma once

#include "chartdata.h"

#include <QWidget>

#include <vector>

namespace steadyline::gui {

// Draws a ChartData with QPainter in the palette's colours: grouped bars on a value axis, or a pie
// with each slice's label and value. Series are told apart by colour and by pattern (the second
// series is hatched), so the chart reads in grey too. A screen reader gets the figures as text.
class ChartView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);

    void setChart(ChartData chart);
    [[nodiscard]] const ChartData &chart() const { return m_chart; }

    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // The series' (or a pie's slices') fill: a tone readable on the window, hatched for every
    // second one.
    [[nodiscard]] QBrush fillOf(int index) const;
    [[nodiscard]] QColor toneOf(int index) const;
    // Where each legend entry goes (rows wrap at the widget's width), from y = 0.
    [[nodiscard]] std::vector<QRect> legendPlaces(const QFontMetrics &metrics, const QStringList &names) const;
    // Draws the legend's entries from `top` down; returns the height it took.
    int drawLegend(QPainter &painter, const QStringList &names, int top) const;
    void drawBars(QPainter &painter, QRect area) const;
    void drawPie(QPainter &painter, QRect area) const;

    ChartData m_chart;
};

} // namespace steadyline::gui
