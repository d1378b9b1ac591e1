#pragma once

#include "common/diagnostictext.h"
#include "playbook.h"

#include <QString>

#include <optional>
#include <vector>

namespace steadyline {

// What a line is rendered for: the caller's form of address and the consultant's gender pick
// the one correct grammatical form, so no "Panu/Pani" or "zmuszony(a)" reaches the screen.
struct RenderContext
{
    FormOfAddress address = FormOfAddress::FormalMale;
    Gender agentGender = Gender::Female;
    Channel channel = Channel::Phone;
    QString agentName;
    QString caseReference;
};

// A line of a playbook with its placeholders:
//   {address:Panu|Pani|Państwu} the caller's form: formal_male | formal_female | formal_plural;
//                              without the third form a couple is shown both ("Panu/Pani")
//   {agent:zmuszony|zmuszona}  the consultant's gender: male | female
//   {channel:hovor|rozhovor}   the call's channel: phone | in person
//   {agentName} {caseRef}      values of the call
//   {{ and }}                  literal braces
//   {/}                        a slash that is meant ("24{/}7"), not alternatives
class MessageTemplate
{
public:
    struct Error
    {
        qsizetype offset = 0; // in UTF-16 code units from the start of the text
        QString code;         // "unknown-placeholder" or "malformed-placeholder"
        DiagnosticText message;
    };

    // Parses `text`; on failure returns the first error.
    static std::optional<Error> check(const QString &text);
    // Renders `text`; a malformed placeholder is left as written (the validator has said so).
    static QString render(const QString &text, const RenderContext &context);
    // Where `text` has its first {address:…|…} without the third, plural form; -1 when it has none.
    static qsizetype lacksPluralAddress(const QString &text);
    // Whether `text` has an {address:…|…|…} with the plural form.
    static bool hasPluralAddress(const QString &text);
    // Renders `text` for a picture of every call: a form not chosen shows all ways ("ho/ji"),
    // a value its name in angle quotes ("‹agentName›").
    static QString renderForAnyCall(const QString &text, std::optional<FormOfAddress> address,
                                    std::optional<Gender> agentGender, std::optional<Channel> channel = std::nullopt);
};

// Whether no text of `playbook`, in any language, has an {address:…|…} without the plural form
// (a playbook that never addresses the caller has every form it needs).
[[nodiscard]] bool everyAddressHasPluralForm(const Playbook &playbook);

} // namespace steadyline
