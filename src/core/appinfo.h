#pragma once

#include <QCoreApplication>
#include <QString>

namespace steadyline {

// Names QSettings and QStandardPaths derive the user's folders from; set once in main().
inline void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Steadyline"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("steadyline.app"));
    QCoreApplication::setApplicationName(QStringLiteral("steadyline"));
    QCoreApplication::setApplicationVersion(QStringLiteral(STEADYLINE_VERSION));
}

} // namespace steadyline
