#include "callerbanner.h"

#include <QBoxLayout>
#include <QLabel>
#include <QStatusBar>

namespace steadyline::gui {

CallerBanner::CallerBanner(QWidget &central, QBoxLayout &layout, QStatusBar &statusBar, QObject *parent)
    : QObject(parent)
    , m_banner(new QLabel(&central))
    , m_statusBar(statusBar)
{
    m_banner->setObjectName(QStringLiteral("callerBanner"));
    m_banner->setWordWrap(true);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(4);
    m_banner->setTextFormat(Qt::PlainText); // a number from the phone is never markup
    QFont font = m_banner->font();
    font.setBold(true);
    m_banner->setFont(font);
    m_banner->hide();
    layout.insertWidget(0, m_banner);
    retranslate();
}

void CallerBanner::showRinging(const QString &callerReference, const QString &history)
{
    const QString who = callerReference.isEmpty() ? tr("Incoming call") : tr("Incoming call: %1").arg(callerReference);
    m_banner->setText(history.isEmpty() ? who : who + QStringLiteral(" · ") + history);
    m_banner->show();
}

void CallerBanner::showStarted(const QString &time, const QString &callerReference, const QString &history)
{
    m_banner->setText(tr("Call started at %1 · %2: %3").arg(time, callerReference, history));
    m_banner->show();
}

void CallerBanner::hide()
{
    m_banner->hide();
}

void CallerBanner::setSoftphoneStatus(const QString &text)
{
    if (!m_softphoneStatus) {
        if (text.isEmpty())
            return; // no softphone: no label (made at first use, a new one would lay the window out again)
        m_softphoneStatus = new QLabel(m_statusBar.parentWidget());
        m_softphoneStatus->setObjectName(QStringLiteral("softphoneStatus"));
        m_statusBar.addPermanentWidget(m_softphoneStatus);
    }
    m_softphoneStatus->setText(text);
    m_softphoneStatus->setAccessibleName(text);
    m_softphoneStatus->setVisible(!text.isEmpty());
}

void CallerBanner::retranslate()
{
    m_banner->setAccessibleDescription(tr("Incoming call"));
}

} // namespace steadyline::gui
