#include "statusquote.h"

namespace steadyline::gui {

QString quotedForStatus(const QString &text)
{
    const QString simple = text.simplified();
    return QStringLiteral("“%1”").arg(simple.size() > 60 ? simple.left(59) + QChar(0x2026) : simple);
}

} // namespace steadyline::gui
