#pragma once

#include "playbook.h"

#include <QString>

#include <optional>
#include <vector>

namespace steadyline {

// A playbook's flow as a graph, texts resolved in one locale: what `steadyline graph` prints and
// what the editor draws. Pure data, no layout.
struct GraphNode
{
    QString stepId;
    QString label; // "1", "2", "3½", …
    QString title; // in the graph's locale, placeholders rendered (see GraphOptions)
    // Tells apart steps that share label and title: the only channel the step is reached on
    // ("phone", "in person"), else its id. Empty when the step's label and title are its own.
    QString distinction;
    bool initial = false;
    bool isFinal = false;
};

enum class GraphEdgeKind {
    Event,  // the step's own transition on an event
    Global, // a playbook-wide transition, drawn once from "any step" (PlaybookGraph::globals)
    Timer   // the step's timer ran out
};

struct GraphEdge
{
    int from = 0; // index into PlaybookGraph::nodes; kAnyStep for a global transition
    int to = 0;
    GraphEdgeKind kind = GraphEdgeKind::Event;
    QString event;      // the event id; empty for a timer
    QString eventLabel; // the event's button label in the graph's locale
    std::optional<Channel> channel;
    int timerDefaultMs = 0; // timer edges: the countdown and its bounds
    int timerMinMs = 0;
    int timerMaxMs = 0;
    QStringList exceptLabels; // global edges: the steps it does not apply in, by label ("3½", "A")

    static constexpr int kAnyStep = -1;

    // What the edge says in a diagram: the button the consultant presses ("Klient se uklidnil"),
    // or "timer 7 s (5–10 s)"; with "[phone]" when a channel guard limits it, and for a global
    // transition the steps it does not apply in ("not in 3½, A").
    [[nodiscard]] QString caption() const;
};

// How placeholders in titles and labels are shown: a form chosen here is rendered as in a call;
// a form not chosen shows both ways ("ho/ji"), as the diagram stands for every call.
struct GraphOptions
{
    std::optional<FormOfAddress> address;
    std::optional<Gender> agentGender;
};

struct PlaybookGraph
{
    QString playbookId;
    QString title;
    QString locale;
    std::vector<GraphNode> nodes; // in the playbook's step order
    // The steps' own transitions and timers, in step order. An edge whose channel guard can never
    // hold where it starts (a phone-only edge from a step reached only in person) is left out.
    std::vector<GraphEdge> edges;
    // Each global transition once, from GraphEdge::kAnyStep: drawn from every step, five globals
    // would bury the flow under dozens of dashed edges (review §8).
    std::vector<GraphEdge> globals;

    // Builds the graph of a valid playbook; `locale` empty means its base locale.
    [[nodiscard]] static PlaybookGraph build(const Playbook &playbook, const QString &locale = {},
                                             const GraphOptions &options = {});
    [[nodiscard]] int nodeIndex(const QString &stepId) const; // -1 if absent
};

// Graphviz DOT (a digraph, top to bottom), renderable by `dot -Tsvg` without warnings.
[[nodiscard]] QString toDot(const PlaybookGraph &graph);
// A Mermaid state diagram (stateDiagram-v2), for wikis and reviews that render Mermaid.
[[nodiscard]] QString toMermaid(const PlaybookGraph &graph);

} // namespace steadyline
