#pragma once

#include <QObject>

class QBoxLayout;
class QLabel;
class QWidget;

namespace steadyline::gui {

// Earlier abusive calls from the live call's caller reference, on the step card where the
// consultant looks: this desk's own count at once, the team's when the server answers. The team's
// count includes this desk's calls only once they are sent, so the larger of the two is shown. The
// banner sits at the top of the call page.
class CallerIncidentsBanner : public QObject
{
    Q_OBJECT

public:
    // The days the desk counts its own incidents over.
    static constexpr int kDeskDays = 30;

    CallerIncidentsBanner(QWidget &callPage, QBoxLayout &callLayout, QObject *parent = nullptr);

    // This desk's count over kDeskDays.
    void showDeskCount(int count);
    // The team's count over `days`.
    void showTeamCount(int count, int days);
    // Hidden, both counts forgotten: the next call starts afresh.
    void clear();
    void retranslate();

    [[nodiscard]] bool isShown() const;

private:
    void update();

    QWidget &m_callPage;
    QBoxLayout &m_callLayout;
    QLabel *m_label = nullptr; // made the first time a caller has a count to show
    int m_deskCount = -1;      // -1: not counted yet
    int m_teamCount = -1;      // -1: the team has not answered
    int m_teamDays = kDeskDays;
};

} // namespace steadyline::gui
