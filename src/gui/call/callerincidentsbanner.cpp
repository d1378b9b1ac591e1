#include "callerincidentsbanner.h"

#include "widgets/noticestyle.h"

#include <QBoxLayout>
#include <QLabel>

namespace steadyline::gui {

CallerIncidentsBanner::CallerIncidentsBanner(QWidget &callPage, QBoxLayout &callLayout, QObject *parent)
    : QObject(parent)
    , m_callPage(callPage)
    , m_callLayout(callLayout)
{}

void CallerIncidentsBanner::showDeskCount(int count)
{
    m_deskCount = count;
    update();
}

void CallerIncidentsBanner::showTeamCount(int count, int days)
{
    m_teamCount = count;
    m_teamDays = days;
    update();
}

void CallerIncidentsBanner::clear()
{
    if (m_label)
        m_label->hide();
    m_deskCount = -1;
    m_teamCount = -1;
}

void CallerIncidentsBanner::retranslate()
{
    if (isShown())
        update();
}

bool CallerIncidentsBanner::isShown() const
{
    return m_label && m_label->isVisible();
}

void CallerIncidentsBanner::update()
{
    const bool fromTeam = m_teamCount >= 0 && m_teamCount >= m_deskCount;
    const int count = fromTeam ? m_teamCount : m_deskCount;
    if (count <= 0) {
        if (m_label)
            m_label->hide();
        return;
    }
    if (!m_label) {
        m_label = new QLabel(&m_callPage);
        m_label->setObjectName(QStringLiteral("callerIncidentsBanner"));
        m_label->setWordWrap(true);
        m_label->setTextFormat(Qt::PlainText);
        styleAsNotice(m_label, NoticeKind::Attention);
        m_callLayout.insertWidget(0, m_label);
    }
    const QString text =
        fromTeam
            ? tr("%n abusive calls from this reference in the last %1 days", nullptr, count).arg(m_teamDays)
            : tr("%n abusive calls from this reference in the last %1 days (this desk)", nullptr, count).arg(kDeskDays);
    m_label->setText(text);
    m_label->setAccessibleName(text);
    m_label->show();
}

} // namespace steadyline::gui
