#pragma once

#include "training/playbookset.h"

#include <QString>
#include <QStringList>

namespace steadyline::cli {

// Whether the file is a training scenario rather than a playbook (unreadable files are left to
// the playbook loader, which reports them).
[[nodiscard]] bool isScenarioFile(const QString &path);

// The playbooks a scenario may train: the files named on the command line, those beside the
// scenario and in the folder above (where shipped scenarios find theirs), and the built-in ones.
[[nodiscard]] PlaybookSet playbooksForScenario(const QString &scenarioPath, const QStringList &files);

} // namespace steadyline::cli
