#include "playbookgraph.h"

#include "playbookchecker.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>

namespace steadyline {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("PlaybookGraph", text);
}

// "7 s", "7.5 s": durations as a lead writes them, not in milliseconds.
QString seconds(int ms)
{
    return QStringLiteral("%1 s").arg(QString::number(ms / 1000.0, 'g', 4));
}

QString channelCaption(Channel channel)
{
    return channel == Channel::Phone ? tr("phone") : tr("in person");
}

// Long titles break into lines of about `width` characters, at spaces, so nodes stay compact.
QStringList wrapped(const QString &text, qsizetype width)
{
    QStringList lines;
    QString line;
    for (const QString &word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << line;
    return lines;
}

QString nodeText(const GraphNode &node, const QString &lineBreak)
{
    const QString title = node.title.simplified();
    const QString head = node.label.isEmpty() ? node.stepId : node.label;
    return wrapped(title.isEmpty() ? head : head + QStringLiteral(" · ") + title, 28).join(lineBreak);
}

// A DOT quoted string: quotes and backslashes escaped, line breaks as DOT's centred "\n".
QString dotQuoted(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size() + 2);
    for (const QChar c : text) {
        if (c == u'"' || c == u'\\')
            escaped += QLatin1Char('\\');
        if (c == u'\n') {
            escaped += QStringLiteral("\\n");
            continue;
        }
        escaped += c;
    }
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

// Mermaid has no escape for these inside a state description or a transition label.
QString mermaidText(const QString &text)
{
    QString cleaned = text.simplified();
    cleaned.replace(QLatin1Char('"'), QLatin1Char('\''));
    cleaned.replace(QLatin1Char(';'), QLatin1Char(','));
    cleaned.replace(QLatin1Char('#'), QStringLiteral("no. "));
    return cleaned;
}

// Step ids are lower-case identifiers; a few of them are words of Mermaid's own syntax.
QString mermaidId(const QString &stepId)
{
    static const QStringList reserved{QStringLiteral("state"),     QStringLiteral("note"),  QStringLiteral("end"),
                                      QStringLiteral("direction"), QStringLiteral("class"), QStringLiteral("classdef"),
                                      QStringLiteral("style"),     QStringLiteral("as"),    QStringLiteral("click")};
    return reserved.contains(stepId) ? stepId + QStringLiteral("_step") : stepId;
}

} // namespace

QString GraphEdge::caption() const
{
    QString text;
    switch (kind) {
    case GraphEdgeKind::Event: text = event; break;
    case GraphEdgeKind::Global: text = tr("%1 (global)").arg(event); break;
    case GraphEdgeKind::Timer:
        text = timerMinMs == timerMaxMs ? tr("timer %1").arg(seconds(timerDefaultMs))
                                        : tr("timer %1 (%2–%3)")
                                              .arg(seconds(timerDefaultMs),
                                                   QString::number(timerMinMs / 1000.0, 'g', 4), seconds(timerMaxMs));
        break;
    }
    if (channel)
        text += QStringLiteral(" [%1]").arg(channelCaption(*channel));
    return text;
}

PlaybookGraph PlaybookGraph::build(const Playbook &playbook, const QString &locale)
{
    PlaybookGraph graph;
    graph.playbookId = playbook.id;
    graph.locale = locale.isEmpty() ? playbook.baseLocale : locale;
    graph.title = playbook.title.resolve(graph.locale, playbook.baseLocale);
    graph.nodes.reserve(playbook.steps.size());
    for (const Step &step : playbook.steps) {
        graph.nodes.push_back({step.id, step.label, step.title.resolve(graph.locale, playbook.baseLocale),
                               step.id == playbook.initialStep, step.isFinal});
    }
    const auto eventLabel = [&](const QString &event) {
        const EventDefinition *definition = playbook.findEvent(event);
        return definition ? definition->label.resolve(graph.locale, playbook.baseLocale) : event;
    };
    for (std::size_t from = 0; from < playbook.steps.size(); ++from) {
        const Step &step = playbook.steps[from];
        const int fromIndex = static_cast<int>(from);
        for (const Transition &t : step.transitions) {
            if (const int to = playbook.stepIndex(t.target); to >= 0)
                graph.edges.push_back(
                    {fromIndex, to, GraphEdgeKind::Event, t.event, eventLabel(t.event), t.guard.channel, 0, 0, 0});
        }
        if (step.timer) {
            for (const Transition &t : step.timer->onExpiry) {
                if (const int to = playbook.stepIndex(t.target); to >= 0)
                    graph.edges.push_back({fromIndex, to, GraphEdgeKind::Timer, QString(), QString(), t.guard.channel,
                                           step.timer->defaultMs, step.timer->minMs, step.timer->maxMs});
            }
        }
        // A global transition is drawn from each step it applies in: that is where it can happen.
        for (const GlobalTransition &global : playbook.globalTransitions) {
            const Transition &t = global.transition;
            const int to = playbook.stepIndex(t.target);
            if (to < 0 || !appliesIn(global, step))
                continue;
            // The step's own transition on the same event takes precedence (as in the engine).
            const bool shadowed = std::any_of(step.transitions.begin(), step.transitions.end(), [&](const auto &own) {
                return own.event == t.event && (!own.guard.channel || own.guard.channel == t.guard.channel);
            });
            if (!shadowed)
                graph.edges.push_back(
                    {fromIndex, to, GraphEdgeKind::Global, t.event, eventLabel(t.event), t.guard.channel, 0, 0, 0});
        }
    }
    return graph;
}

int PlaybookGraph::nodeIndex(const QString &stepId) const
{
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        if (nodes[i].stepId == stepId)
            return static_cast<int>(i);
    }
    return -1;
}

QString toDot(const PlaybookGraph &graph)
{
    QString dot;
    const auto line = [&dot](const QString &text) { dot += QStringLiteral("  ") + text + QLatin1Char('\n'); };
    dot += QStringLiteral("digraph %1 {\n").arg(dotQuoted(graph.playbookId));
    line(QStringLiteral("graph [rankdir=TB, labelloc=t, fontsize=16, label=%1];")
             .arg(dotQuoted(graph.title + QStringLiteral(" (") + graph.playbookId + QStringLiteral(", ") +
                            graph.locale + QLatin1Char(')'))));
    line(QStringLiteral("node [shape=box, style=\"rounded,filled\", fillcolor=\"#f4f6f8\", color=\"#4a5560\", "
                        "fontsize=11];"));
    line(QStringLiteral("edge [fontsize=9, color=\"#4a5560\"];"));
    // The start marker: a dot pointing at the initial step, as in UML state diagrams.
    line(QStringLiteral("\"__start\" [shape=point, width=0.15, label=\"\", style=filled, fillcolor=\"#4a5560\"];"));
    for (const GraphNode &node : graph.nodes) {
        QString attributes = QStringLiteral("label=%1").arg(dotQuoted(nodeText(node, QStringLiteral("\n"))));
        if (node.isFinal)
            attributes += QStringLiteral(", peripheries=2, fillcolor=\"#fdecea\"");
        if (node.initial)
            attributes += QStringLiteral(", fillcolor=\"#e3f1e6\"");
        line(QStringLiteral("%1 [%2];").arg(dotQuoted(node.stepId), attributes));
        if (node.initial)
            line(QStringLiteral("\"__start\" -> %1;").arg(dotQuoted(node.stepId)));
    }
    for (const GraphEdge &edge : graph.edges) {
        QString attributes = QStringLiteral("label=%1").arg(dotQuoted(edge.caption()));
        if (edge.kind == GraphEdgeKind::Global)
            attributes += QStringLiteral(", style=dashed, color=\"#8a96a3\", fontcolor=\"#5c6873\"");
        else if (edge.kind == GraphEdgeKind::Timer)
            attributes += QStringLiteral(", style=bold, color=\"#b03a2e\", fontcolor=\"#b03a2e\"");
        line(QStringLiteral("%1 -> %2 [%3];")
                 .arg(dotQuoted(graph.nodes[static_cast<std::size_t>(edge.from)].stepId),
                      dotQuoted(graph.nodes[static_cast<std::size_t>(edge.to)].stepId), attributes));
    }
    dot += QStringLiteral("}\n");
    return dot;
}

QString toMermaid(const PlaybookGraph &graph)
{
    QString text;
    const auto line = [&text](const QString &content) { text += QStringLiteral("    ") + content + QLatin1Char('\n'); };
    text += QStringLiteral("stateDiagram-v2\n");
    line(QStringLiteral("%% %1 (%2, %3)").arg(mermaidText(graph.title), graph.playbookId, graph.locale));
    for (const GraphNode &node : graph.nodes)
        line(QStringLiteral("state \"%1\" as %2")
                 .arg(mermaidText(nodeText(node, QStringLiteral(" "))), mermaidId(node.stepId)));
    for (const GraphNode &node : graph.nodes) {
        if (node.initial)
            line(QStringLiteral("[*] --> %1").arg(mermaidId(node.stepId)));
    }
    for (const GraphEdge &edge : graph.edges) {
        line(QStringLiteral("%1 --> %2 : %3")
                 .arg(mermaidId(graph.nodes[static_cast<std::size_t>(edge.from)].stepId),
                      mermaidId(graph.nodes[static_cast<std::size_t>(edge.to)].stepId), mermaidText(edge.caption())));
    }
    for (const GraphNode &node : graph.nodes) {
        if (node.isFinal)
            line(QStringLiteral("%1 --> [*]").arg(mermaidId(node.stepId)));
    }
    return text;
}

} // namespace steadyline
