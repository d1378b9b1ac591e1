// The flow graph of a playbook: nodes, edges with their events, guards and timers, and the DOT
// and Mermaid texts written from it.
#include "playbook/playbookgraph.h"
#include "testplaybooks.h"

#include "catch_qt.h"

using namespace steadyline;

namespace {

// A countdown with a different end per channel, a global "calmed" that a step overrides with
// its own transition, a global that a step is excepted from, and titles in two locales.
const char *const kPlaybook = R"({
  "schemaVersion": 1, "id": "graph-test", "revision": 1, "baseLocale": "pl", "locales": ["pl", "cs"],
  "title": {"pl": "Wykres \"próba\"", "cs": "Graf"},
  "initialStep": "warn",
  "events": [{"id": "no_change", "label": {"pl": "Bez zmian", "cs": "Beze změny"}},
             {"id": "calmed", "label": {"pl": "Uspokoił się", "cs": "Uklidnil se"}}],
  "globalTransitions": [{"event": "calmed", "to": "resolution", "except": ["resolution"]}],
  "steps": [
    {"id": "warn", "label": "2", "title": {"pl": "Granica; \"twarda\"", "cs": "Hranice"},
     "on": [{"event": "no_change", "to": "countdown"}, {"event": "calmed", "to": "hang_up"}]},
    {"id": "countdown", "label": "3½", "title": {"pl": "Odliczanie", "cs": "Odpočet"},
     "timer": {"minMs": 5000, "maxMs": 10000, "defaultMs": 7500,
               "onExpiry": [{"to": "hang_up", "when": {"channel": "phone"}},
                            {"to": "call_security", "when": {"channel": "in_person"}}]}},
    {"id": "hang_up", "label": "3½", "title": {"pl": "Rozłącz", "cs": "Zavěste"}, "final": true},
    {"id": "call_security", "label": "3½", "title": {"pl": "Ochrona", "cs": "Ostraha"}, "final": true},
    {"id": "resolution", "label": "A", "title": {"pl": "Rozwiązanie", "cs": "Řešení"}, "final": true}
  ]
})";

const GraphEdge *findEdge(const PlaybookGraph &graph, const char *from, const char *to)
{
    for (const GraphEdge &edge : graph.edges) {
        if (graph.nodes[static_cast<std::size_t>(edge.from)].stepId == QLatin1String(from) &&
            graph.nodes[static_cast<std::size_t>(edge.to)].stepId == QLatin1String(to))
            return &edge;
    }
    return nullptr;
}

} // namespace

TEST_CASE("The graph has a node per step with label and title in the chosen locale", "[graph]")
{
    const auto playbook = test::requirePlaybook(kPlaybook);
    const PlaybookGraph czech = PlaybookGraph::build(*playbook, QStringLiteral("cs"));
    REQUIRE(czech.nodes.size() == 5);
    CHECK(czech.locale == QStringLiteral("cs"));
    CHECK(czech.title == QStringLiteral("Graf"));
    CHECK(czech.nodes[0].stepId == QStringLiteral("warn"));
    CHECK(czech.nodes[0].title == QStringLiteral("Hranice"));
    CHECK(czech.nodes[0].initial);
    CHECK_FALSE(czech.nodes[1].initial);
    CHECK(czech.nodes[1].label == QStringLiteral("3½"));
    CHECK(czech.nodes[2].isFinal);
    CHECK_FALSE(czech.nodes[1].isFinal);
    CHECK(czech.nodeIndex(QStringLiteral("resolution")) == 4);
    CHECK(czech.nodeIndex(QStringLiteral("nowhere")) == -1);

    const PlaybookGraph base = PlaybookGraph::build(*playbook);
    CHECK(base.locale == QStringLiteral("pl"));
    CHECK(base.nodes[0].title == QStringLiteral("Granica; \"twarda\""));
}

TEST_CASE("The graph's edges carry events, channel guards and timers", "[graph]")
{
    const auto playbook = test::requirePlaybook(kPlaybook);
    const PlaybookGraph graph = PlaybookGraph::build(*playbook, QStringLiteral("cs"));

    const GraphEdge *next = findEdge(graph, "warn", "countdown");
    REQUIRE(next);
    CHECK(next->kind == GraphEdgeKind::Event);
    CHECK(next->event == QStringLiteral("no_change"));
    CHECK(next->eventLabel == QStringLiteral("Beze změny"));
    CHECK(next->caption() == QStringLiteral("Beze změny")); // the button the consultant presses

    const GraphEdge *hangUp = findEdge(graph, "countdown", "hang_up");
    REQUIRE(hangUp);
    CHECK(hangUp->kind == GraphEdgeKind::Timer);
    CHECK(hangUp->channel == Channel::Phone);
    CHECK(hangUp->timerDefaultMs == 7500);
    CHECK(hangUp->caption() == QStringLiteral("timer 7.5 s (5–10 s) [phone]"));
    const GraphEdge *security = findEdge(graph, "countdown", "call_security");
    REQUIRE(security);
    CHECK(security->channel == Channel::InPerson);
    CHECK(security->caption() == QStringLiteral("timer 7.5 s (5–10 s) [in person]"));
}

TEST_CASE("Each global transition is one edge from \"any step\", naming the steps it skips (#16)", "[graph]")
{
    const auto playbook = test::requirePlaybook(kPlaybook);
    const PlaybookGraph graph = PlaybookGraph::build(*playbook);
    REQUIRE(graph.globals.size() == 1);
    const GraphEdge &calmed = graph.globals.front();
    CHECK(calmed.from == GraphEdge::kAnyStep);
    CHECK(calmed.kind == GraphEdgeKind::Global);
    CHECK(graph.nodes[static_cast<std::size_t>(calmed.to)].stepId == QStringLiteral("resolution"));
    CHECK(calmed.caption() == QStringLiteral("Uspokoił się (not in A)"));
    // Not drawn again from the steps it applies in…
    CHECK_FALSE(findEdge(graph, "countdown", "resolution"));
    CHECK(findEdge(graph, "warn", "hang_up"));
    // …and final steps have no way out.
    for (const GraphEdge &edge : graph.edges) {
        CHECK(edge.kind != GraphEdgeKind::Global);
        CHECK_FALSE(graph.nodes[static_cast<std::size_t>(edge.from)].isFinal);
    }
    CHECK(graph.edges.size() == 4); // warn: 2, countdown: 2 timers
}

TEST_CASE("DOT output escapes quotes, marks the start, final steps, timers and global edges", "[graph]")
{
    const auto playbook = test::requirePlaybook(kPlaybook);
    const QString dot = toDot(PlaybookGraph::build(*playbook));
    CHECK(dot.startsWith(QStringLiteral("digraph \"graph-test\" {\n")));
    CHECK(dot.endsWith(QStringLiteral("}\n")));
    CHECK(dot.contains(QStringLiteral("label=\"Wykres \\\"próba\\\" (graph-test, pl)\"")));
    CHECK(dot.contains(QStringLiteral("\"__start\" -> \"warn\";")));
    CHECK(dot.contains(QStringLiteral("\"warn\" [label=\"2 · Granica; \\\"twarda\\\"\"")));
    CHECK(dot.contains(QStringLiteral("\"hang_up\" [label=\"3½ · Rozłącz\", peripheries=2")));
    CHECK(dot.contains(
        QStringLiteral("\"countdown\" -> \"hang_up\" [label=\"timer 7.5 s (5–10 s) [phone]\", style=bold")));
    CHECK(dot.count(QStringLiteral("\"__any\" [label=\"any step\"")) == 1);
    CHECK(dot.contains(QStringLiteral("\"__any\" -> \"resolution\" [label=\"Uspokoił się (not in A)\", style=dashed")));
    // Every quote is paired: an odd count would mean an unescaped one.
    for (const QString &line : dot.split(QLatin1Char('\n'))) {
        QString unescaped = line;
        unescaped.remove(QStringLiteral("\\\""));
        INFO(line.toStdString());
        CHECK(unescaped.count(QLatin1Char('"')) % 2 == 0);
    }
}

TEST_CASE("Mermaid output is a state diagram with a state per step and a transition per edge", "[graph]")
{
    const auto playbook = test::requirePlaybook(kPlaybook);
    const PlaybookGraph graph = PlaybookGraph::build(*playbook);
    const QString mermaid = toMermaid(graph);
    const QStringList lines = mermaid.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    REQUIRE_FALSE(lines.isEmpty());
    CHECK(lines.first() == QStringLiteral("stateDiagram-v2"));
    CHECK(lines.contains(QStringLiteral("    state \"2 · Granica, 'twarda'\" as warn")));
    CHECK(lines.contains(QStringLiteral("    [*] --> warn")));
    CHECK(lines.contains(QStringLiteral("    countdown --> hang_up : timer 7.5 s (5–10 s) [phone]")));
    CHECK(lines.contains(QStringLiteral("    hang_up --> [*]")));
    CHECK(lines.contains(QStringLiteral("    state \"any step\" as anyStep")));
    CHECK(lines.contains(QStringLiteral("    anyStep --> resolution : Uspokoił się (not in A)")));
    CHECK(lines.filter(QStringLiteral(" --> ")).size() == static_cast<qsizetype>(graph.edges.size()) +
                                                              static_cast<qsizetype>(graph.globals.size()) +
                                                              1 /* start */ + 3 /* finals */);
}

TEST_CASE("Every shipped playbook makes a graph whose every step is drawn and reached", "[graph]")
{
    for (const char *name : {"aggressive-caller-pl.json", "aggressive-caller-en.json", "aggressive-caller-cs.json",
                             "aggressive-caller-ru.json", "complaint-pl.json", "complaint-en.json", "complaint-cs.json",
                             "complaint-ru.json"}) {
        const LoadResult loaded = PlaybookLoader::loadFile(test::shippedPlaybookPath(name));
        REQUIRE(loaded.ok());
        const PlaybookGraph graph = PlaybookGraph::build(*loaded.playbook);
        INFO(name);
        CHECK(graph.nodes.size() == loaded.playbook->steps.size());
        std::vector<bool> reached(graph.nodes.size(), false);
        for (const GraphNode &node : graph.nodes)
            reached[static_cast<std::size_t>(graph.nodeIndex(node.stepId))] = node.initial;
        for (const GraphEdge &edge : graph.edges)
            reached[static_cast<std::size_t>(edge.to)] = true;
        for (const GraphEdge &edge : graph.globals)
            reached[static_cast<std::size_t>(edge.to)] = true;
        CHECK(std::all_of(reached.begin(), reached.end(), [](bool r) { return r; }));
    }
}

namespace {

// Five global transitions, a placeholder in a title, one warning step per channel under the same
// title, and a phone-only transition from the step only in-person calls reach.
const char *const kFiveGlobals = R"({
  "schemaVersion": 1, "id": "five-globals", "revision": 1, "baseLocale": "cs", "title": "Pět globálních",
  "initialStep": "listen",
  "events": [{"id": "next", "label": "Dále"}, {"id": "calmed", "label": "Zákazník se uklidnil"},
             {"id": "threat", "label": "Vyhrožuje"}, {"id": "pause", "label": "Potřebuji pauzu"},
             {"id": "left", "label": "Zákazník odešel"}, {"id": "abuse", "label": "Uráží"}],
  "globalTransitions": [
    {"event": "calmed", "to": "resolved"}, {"event": "threat", "to": "hang_up"},
    {"event": "pause", "to": "pause", "except": ["pause"]}, {"event": "left", "to": "resolved"},
    {"event": "abuse", "to": "listen", "except": ["listen", "pause"]}],
  "steps": [
    {"id": "listen", "label": "A", "title": "Vyslechněte {address:ho|ji}, {agent:sám|sama}",
     "on": [{"event": "next", "to": "warn_phone", "when": {"channel": "phone"}},
            {"event": "next", "to": "warn_in_person", "when": {"channel": "in_person"}}]},
    {"id": "warn_phone", "label": "3", "title": "Poslední varování",
     "on": [{"event": "next", "to": "hang_up", "when": {"channel": "phone"}}]},
    {"id": "warn_in_person", "label": "3", "title": "Poslední varování",
     "on": [{"event": "next", "to": "security", "when": {"channel": "in_person"}},
            {"event": "next", "to": "hang_up", "when": {"channel": "phone"}}]},
    {"id": "hang_up", "label": "3½", "title": "Zavěste", "final": true},
    {"id": "security", "label": "3½", "title": "Přivolejte ostrahu", "final": true},
    {"id": "pause", "label": "P", "title": "Pauza", "on": [{"event": "next", "to": "listen"}]},
    {"id": "resolved", "label": "✓", "title": "Vyřešeno", "final": true}
  ]
})";

} // namespace

TEST_CASE("Five global transitions make five edges, not one per step and global (#16)", "[graph]")
{
    const auto playbook = test::requirePlaybook(kFiveGlobals);
    const PlaybookGraph graph = PlaybookGraph::build(*playbook);
    CHECK(graph.globals.size() == 5);
    CHECK(graph.edges.size() == 5); // listen: 2, warn_phone: 1, warn_in_person: 1, pause: 1
    const QString dot = toDot(graph);
    CHECK(dot.count(QStringLiteral(" -> ")) == 5 + 5 + 1 /* start */);
}

TEST_CASE("Placeholders in titles show both forms, or the forms chosen (#16)", "[graph]")
{
    const auto playbook = test::requirePlaybook(kFiveGlobals);
    const PlaybookGraph any = PlaybookGraph::build(*playbook);
    CHECK(any.nodes[0].title == QStringLiteral("Vyslechněte ho/ji, sám/sama"));
    CHECK_FALSE(toDot(any).contains(QStringLiteral("{address")));
    CHECK_FALSE(toMermaid(any).contains(QStringLiteral("{address")));

    GraphOptions female;
    female.address = FormOfAddress::FormalFemale;
    CHECK(PlaybookGraph::build(*playbook, {}, female).nodes[0].title == QStringLiteral("Vyslechněte ji, sám/sama"));
    female.agentGender = Gender::Female;
    CHECK(PlaybookGraph::build(*playbook, {}, female).nodes[0].title == QStringLiteral("Vyslechněte ji, sama"));
}

TEST_CASE("Look-alike steps are told apart and edges whose guard never holds are left out (#16)", "[graph]")
{
    const auto playbook = test::requirePlaybook(kFiveGlobals);
    const PlaybookGraph graph = PlaybookGraph::build(*playbook);
    const auto node = [&](const char *id) {
        return graph.nodes[static_cast<std::size_t>(graph.nodeIndex(QLatin1String(id)))];
    };
    CHECK(node("warn_phone").distinction == QStringLiteral("phone"));
    CHECK(node("warn_in_person").distinction == QStringLiteral("in person"));
    CHECK(node("listen").distinction.isEmpty());
    CHECK(toDot(graph).contains(QStringLiteral("label=\"3 · Poslední varování\\n(in person)\"")));
    // Only in-person calls reach warn_in_person, so its phone-only transition is never taken.
    CHECK(findEdge(graph, "warn_in_person", "security"));
    CHECK_FALSE(findEdge(graph, "warn_in_person", "hang_up"));
    CHECK(findEdge(graph, "warn_phone", "hang_up"));
}
