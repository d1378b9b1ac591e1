// One wording for each label the windows, the reports and the command line share.
#include "common/labels.h"
#include "playbook/playbook.h"

#include <catch2/catch.hpp>

#include <QSet>

using namespace steadyline;

TEST_CASE("Each call outcome has its own label, the same in English and untranslated", "[labels]")
{
    QSet<QString> seen;
    for (const std::optional<CallOutcome> outcome :
         {std::optional<CallOutcome>{}, std::optional{CallOutcome::Resolved},
          std::optional{CallOutcome::EndedByConsultant}, std::optional{CallOutcome::Escalated},
          std::optional{CallOutcome::CallerHungUp}, std::optional{CallOutcome::Interrupted}}) {
        const QString label = callOutcomeLabel(outcome);
        CHECK_FALSE(label.isEmpty());
        CHECK(callOutcomeEnglishLabel(outcome) == label); // no translator is installed here
        seen.insert(label);
    }
    CHECK(seen.size() == 6);
    CHECK(callOutcomeLabel(std::nullopt) == QStringLiteral("not ended"));
    CHECK(callOutcomeLabel(CallOutcome::Escalated) == QStringLiteral("escalated to the manager / security"));
}

TEST_CASE("Each playbook source has its own label", "[labels]")
{
    CHECK(playbookSourceLabel(PlaybookSource::BuiltIn) == QStringLiteral("built in"));
    CHECK(playbookSourceLabel(PlaybookSource::Team) == QStringLiteral("team folder"));
    CHECK(playbookSourceLabel(PlaybookSource::User) == QStringLiteral("your folder"));
}
