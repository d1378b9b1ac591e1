#pragma once

#include <string>

namespace steadyline::test {

// A valid playbook of `steps` steps in a chain, each with a line to render, for size tests and
// benchmarks. Big playbooks are rare in real life; this is the worst case a lead could write.
inline std::string generateChainPlaybook(int steps)
{
    std::string json =
        R"({"schemaVersion": 1, "id": "generated", "revision": 1, "baseLocale": "pl", "title": "Generated",
  "initialStep": "s0", "events": [{"id": "next", "label": "Next"}, {"id": "calmed", "label": "Calmed"}],
  "globalTransitions": [{"event": "calmed", "to": "s0", "except": ["s0"]}],
  "steps": [)";
    json.reserve(static_cast<std::size_t>(steps) * 200);
    for (int i = 0; i < steps; ++i) {
        // Appends only: GCC 12 warns falsely (-Wrestrict) on "literal" + std::string when inlined.
        std::string id = "s";
        id += std::to_string(i);
        json += "\n  {\"id\": \"";
        json += id + "\", \"label\": \"" + std::to_string(i + 1) +
                "\", \"title\": \"Krok\", \"say\": [\"Jestem tu po to, aby {address:Panu|Pani} pomóc.\", "
                "\"będę {agent:zmuszony|zmuszona} zakończyć\"], \"tips\": [\"Spokojnie.\"]";
        if (i + 1 < steps) {
            json += ", \"on\": [{\"event\": \"next\", \"to\": \"s";
            json += std::to_string(i + 1) + "\"}]},";
        } else
            json += ", \"final\": true}";
    }
    json += "\n]}\n";
    return json;
}

} // namespace steadyline::test
