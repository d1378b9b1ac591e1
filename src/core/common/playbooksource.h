#pragma once

namespace steadyline {

// Where a playbook or scenario file comes from: the catalog and the scenario library both say it
// with this one enum. The order is the tie-break order: on equal revisions the team folder wins
// over the user's folder, and the user's folder over the built-in copy. A playbook published by
// the team (through the team server) wins over every other version, whatever its revision: the
// lead chose it, also when rolling back to an earlier one.
enum class PlaybookSource { BuiltIn = 0, User = 1, Team = 2, Published = 3 };

} // namespace steadyline
