#include "playbookgraph.h"

#include "messagetemplate.h"
#include "playbookchecker.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <algorithm>
#include <array>
#include <deque>

namespace steadyline {

namespace {

// "7 s", "7.5 s": durations as a lead writes them, not in milliseconds.
QString seconds(int ms)
{
    return QStringLiteral("%1 s").arg(QString::number(ms / 1000.0, 'g', 4));
}

QString channelCaption(Channel channel)
{
    return channel == Channel::Phone ? QCoreApplication::translate("PlaybookGraph", "phone")
                                     : QCoreApplication::translate("PlaybookGraph", "in person");
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
    QStringList lines = wrapped(title.isEmpty() ? head : head + QStringLiteral(" · ") + title, 28);
    if (!node.distinction.isEmpty())
        lines << QStringLiteral("(%1)").arg(node.distinction);
    return lines.join(lineBreak);
}

QString anyStepText()
{
    return QCoreApplication::translate("PlaybookGraph", "any step");
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
    case GraphEdgeKind::Event:
    case GraphEdgeKind::Global: text = eventLabel.isEmpty() ? event : eventLabel; break;
    case GraphEdgeKind::Timer:
        text =
            timerMinMs == timerMaxMs
                ? QCoreApplication::translate("PlaybookGraph", "timer %1").arg(seconds(timerDefaultMs))
                : QCoreApplication::translate("PlaybookGraph", "timer %1 (%2–%3)")
                      .arg(seconds(timerDefaultMs), QString::number(timerMinMs / 1000.0, 'g', 4), seconds(timerMaxMs));
        break;
    }
    if (channel)
        text += QStringLiteral(" [%1]").arg(channelCaption(*channel));
    if (!exceptLabels.isEmpty())
        text +=
            QLatin1Char(' ') +
            QCoreApplication::translate("PlaybookGraph", "(not in %1)").arg(exceptLabels.join(QStringLiteral(", ")));
    return text;
}

namespace {

constexpr std::array<Channel, 2> kChannels{Channel::Phone, Channel::InPerson};

// The global transitions that can fire in `step` on `channel`: those that apply there, unless the
// step's own transition on the same event takes precedence (as in the engine).
bool globalFires(const GlobalTransition &global, const Step &step, Channel channel)
{
    const Transition &t = global.transition;
    if (!appliesIn(global, step) || !t.guard.matches(channel))
        return false;
    return std::none_of(step.transitions.begin(), step.transitions.end(),
                        [&](const Transition &own) { return own.event == t.event && own.guard.matches(channel); });
}

// Per step, whether a call on each channel can get there from the initial step.
std::vector<std::array<bool, 2>> reachedOnChannels(const Playbook &playbook)
{
    std::vector<std::array<bool, 2>> reached(playbook.steps.size(), {false, false});
    const int start = playbook.stepIndex(playbook.initialStep);
    if (start < 0)
        return reached;
    for (std::size_t c = 0; c < kChannels.size(); ++c) {
        const Channel channel = kChannels[c];
        std::deque<int> queue{start};
        reached[static_cast<std::size_t>(start)][c] = true;
        const auto visit = [&](const QString &target) {
            const int index = playbook.stepIndex(target);
            if (index >= 0 && !reached[static_cast<std::size_t>(index)][c]) {
                reached[static_cast<std::size_t>(index)][c] = true;
                queue.push_back(index);
            }
        };
        while (!queue.empty()) {
            const Step &step = playbook.steps[static_cast<std::size_t>(queue.front())];
            queue.pop_front();
            for (const Transition &t : step.transitions) {
                if (t.guard.matches(channel))
                    visit(t.target);
            }
            if (step.timer) {
                for (const Transition &t : step.timer->onExpiry) {
                    if (t.guard.matches(channel))
                        visit(t.target);
                }
            }
            for (const GlobalTransition &global : playbook.globalTransitions) {
                if (globalFires(global, step, channel))
                    visit(global.transition.target);
            }
        }
    }
    return reached;
}

} // namespace

PlaybookGraph PlaybookGraph::build(const Playbook &playbook, const QString &locale, const GraphOptions &options)
{
    PlaybookGraph graph;
    graph.playbookId = playbook.id;
    graph.locale = locale.isEmpty() ? playbook.baseLocale : locale;
    // A diagram stands for every call: forms not chosen show both ways ("ho/ji"), never raw.
    const auto shown = [&](const LocalizedText &text) {
        return MessageTemplate::renderForAnyCall(text.resolve(graph.locale, playbook.baseLocale), options.address,
                                                 options.agentGender);
    };
    graph.title = shown(playbook.title);
    graph.nodes.reserve(playbook.steps.size());
    for (const Step &step : playbook.steps) {
        graph.nodes.push_back(
            {step.id, step.label, shown(step.title), QString(), step.id == playbook.initialStep, step.isFinal});
    }
    const auto eventLabel = [&](const QString &event) {
        const EventDefinition *definition = playbook.findEvent(event);
        return definition ? shown(definition->label) : event;
    };
    const std::vector<std::array<bool, 2>> reached = reachedOnChannels(playbook);
    // An edge is drawn when a call on some channel can be in its step and pass its guard. A step
    // no call reaches keeps all its edges (the validator warns about it; the picture shows it).
    const auto canHappen = [&](std::size_t from, const Guard &guard) {
        const std::array<bool, 2> &on = reached[from];
        if (!on[0] && !on[1])
            return true;
        for (std::size_t c = 0; c < kChannels.size(); ++c) {
            if (on[c] && guard.matches(kChannels[c]))
                return true;
        }
        return false;
    };
    for (std::size_t from = 0; from < playbook.steps.size(); ++from) {
        const Step &step = playbook.steps[from];
        const int fromIndex = static_cast<int>(from);
        for (const Transition &t : step.transitions) {
            if (const int to = playbook.stepIndex(t.target); to >= 0 && canHappen(from, t.guard))
                graph.edges.push_back(
                    {fromIndex, to, GraphEdgeKind::Event, t.event, eventLabel(t.event), t.guard.channel, 0, 0, 0, {}});
        }
        if (step.timer) {
            for (const Transition &t : step.timer->onExpiry) {
                if (const int to = playbook.stepIndex(t.target); to >= 0 && canHappen(from, t.guard))
                    graph.edges.push_back({fromIndex,
                                           to,
                                           GraphEdgeKind::Timer,
                                           QString(),
                                           QString(),
                                           t.guard.channel,
                                           step.timer->defaultMs,
                                           step.timer->minMs,
                                           step.timer->maxMs,
                                           {}});
            }
        }
    }
    for (const GlobalTransition &global : playbook.globalTransitions) {
        const Transition &t = global.transition;
        const int to = playbook.stepIndex(t.target);
        if (to < 0)
            continue;
        QStringList except;
        for (const QString &stepId : global.exceptSteps) {
            const Step *step = playbook.findStep(stepId);
            const QString name = step && !step->label.trimmed().isEmpty() ? step->label : stepId;
            if (!except.contains(name))
                except << name;
        }
        graph.globals.push_back({GraphEdge::kAnyStep, to, GraphEdgeKind::Global, t.event, eventLabel(t.event),
                                 t.guard.channel, 0, 0, 0, except});
    }
    // Steps that look alike ("3 · Poslední varování" for the phone and in person) get told apart.
    QHash<QString, int> lookAlikes;
    for (const GraphNode &node : graph.nodes)
        ++lookAlikes[node.label + QLatin1Char('\n') + node.title];
    for (std::size_t i = 0; i < graph.nodes.size(); ++i) {
        GraphNode &node = graph.nodes[i];
        if (lookAlikes.value(node.label + QLatin1Char('\n') + node.title) < 2)
            continue;
        const std::array<bool, 2> &on = reached[i];
        node.distinction = on[0] != on[1] ? channelCaption(on[0] ? Channel::Phone : Channel::InPerson) : node.stepId;
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
        if (edge.kind == GraphEdgeKind::Timer)
            attributes += QStringLiteral(", style=bold, color=\"#b03a2e\", fontcolor=\"#b03a2e\"");
        line(QStringLiteral("%1 -> %2 [%3];")
                 .arg(dotQuoted(graph.nodes[static_cast<std::size_t>(edge.from)].stepId),
                      dotQuoted(graph.nodes[static_cast<std::size_t>(edge.to)].stepId), attributes));
    }
    // Global transitions once each, from one "any step" box.
    if (!graph.globals.empty())
        line(QStringLiteral("\"__any\" [label=%1, style=\"rounded,dashed\", color=\"#8a96a3\", fontcolor=\"#5c6873\"];")
                 .arg(dotQuoted(anyStepText())));
    for (const GraphEdge &edge : graph.globals) {
        line(QStringLiteral("\"__any\" -> %1 [label=%2, style=dashed, color=\"#8a96a3\", fontcolor=\"#5c6873\"];")
                 .arg(dotQuoted(graph.nodes[static_cast<std::size_t>(edge.to)].stepId), dotQuoted(edge.caption())));
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
    // Global transitions once each, from one "any step" state; "anyStep" cannot be a step id.
    if (!graph.globals.empty())
        line(QStringLiteral("state \"%1\" as anyStep").arg(mermaidText(anyStepText())));
    for (const GraphEdge &edge : graph.globals) {
        line(QStringLiteral("anyStep --> %1 : %2")
                 .arg(mermaidId(graph.nodes[static_cast<std::size_t>(edge.to)].stepId), mermaidText(edge.caption())));
    }
    for (const GraphNode &node : graph.nodes) {
        if (node.isFinal)
            line(QStringLiteral("%1 --> [*]").arg(mermaidId(node.stepId)));
    }
    return text;
}

} // namespace steadyline
