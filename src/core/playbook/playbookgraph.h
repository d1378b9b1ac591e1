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
    QString title; // in the graph's locale
    bool initial = false;
    bool isFinal = false;
};

enum class GraphEdgeKind {
    Event,  // the step's own transition on an event
    Global, // a playbook-wide transition, drawn from every step it applies in
    Timer   // the step's timer ran out
};

struct GraphEdge
{
    int from = 0; // index into PlaybookGraph::nodes
    int to = 0;
    GraphEdgeKind kind = GraphEdgeKind::Event;
    QString event;      // the event id; empty for a timer
    QString eventLabel; // the event's label in the graph's locale
    std::optional<Channel> channel;
    int timerDefaultMs = 0; // timer edges: the countdown and its bounds
    int timerMinMs = 0;
    int timerMaxMs = 0;

    // What the edge says in a diagram: "no_change", "calmed (global)", "timer 7 s (5–10 s)",
    // each with "[phone]" when a channel guard limits it.
    [[nodiscard]] QString caption() const;
};

struct PlaybookGraph
{
    QString playbookId;
    QString title;
    QString locale;
    std::vector<GraphNode> nodes; // in the playbook's step order
    std::vector<GraphEdge> edges; // step order, then the step's transitions, timer, globals

    // Builds the graph of a valid playbook; `locale` empty means its base locale.
    [[nodiscard]] static PlaybookGraph build(const Playbook &playbook, const QString &locale = {});
    [[nodiscard]] int nodeIndex(const QString &stepId) const; // -1 if absent
};

// Graphviz DOT (a digraph, top to bottom), renderable by `dot -Tsvg` without warnings.
[[nodiscard]] QString toDot(const PlaybookGraph &graph);
// A Mermaid state diagram (stateDiagram-v2), for wikis and reviews that render Mermaid.
[[nodiscard]] QString toMermaid(const PlaybookGraph &graph);

} // namespace steadyline
