#pragma once

#include "softphone/callevent.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace steadyline::softphone {

// Which playbook a call from the softphone starts on, by the caller's number or the queue the
// telephone system names: one rule a line, the first that matches wins, else the start page's.
//
//   +420*            = complaint-cs          (a number pattern: * any digits, ? one)
//   queue:complaints = complaint-pl          (the queue's name, as the PBX sends it)
//   # a comment
struct PlaybookRule
{
    enum class Field { Number, Queue };
    Field field = Field::Number;
    QString pattern;
    QString playbookId;
};

struct PlaybookRules
{
    std::vector<PlaybookRule> rules;
    QStringList problems; // "line 3: …", one per line that is not a rule
};

[[nodiscard]] PlaybookRules parsePlaybookRules(const QString &text);
// The playbook id of the first rule that matches the call (its number or its queue); empty when
// none does.
[[nodiscard]] QString playbookForCall(const PlaybookRules &rules, const QString &number, const QString &queue);

} // namespace steadyline::softphone
