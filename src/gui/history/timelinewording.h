#pragma once

#include "journal/journal.h"
#include "playbook/playbook.h"

#include <QCoreApplication>
#include <QString>

namespace steadyline::gui {

// One line of a call's timeline in the user's words ("Entered step 2 · Set a boundary (the caller
// insulted)", "Countdown started: 7 s"), for the history and the lead's team board alike. The
// playbook (null when unknown) names steps and events in `locale`.
class TimelineWording
{
    Q_DECLARE_TR_FUNCTIONS(TimelineWording)

public:
    [[nodiscard]] static QString describe(const journal::TimelineEvent &event, const Playbook *used,
                                          const QString &locale);
};

} // namespace steadyline::gui
