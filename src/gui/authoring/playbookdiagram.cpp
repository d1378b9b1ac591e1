#include "playbookdiagram.h"

#include "widgets/themecolours.h"

#include <QEvent>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QPainterPath>
#include <QtMath>

#include <algorithm>
#include <functional>

namespace steadyline::gui {

namespace {

constexpr qreal kNodeWidth = 170;
constexpr qreal kColumnGap = 40;
constexpr qreal kLayerGap = 44;
constexpr qreal kMargin = 16;

// The diagram's colours from the theme: boxes are tints of the base colour (the start green, the
// ends red, the current step amber), lines and text the theme's text colour, so a dark theme
// gets a dark diagram with light titles.
struct DiagramColours
{
    QColor background, staleBackground, text, line, globalLine, timerLine;
    QColor nodeFill, initialFill, finalFill, currentFill, currentLine, captionBackground;

    static DiagramColours of(const QPalette &palette)
    {
        const QColor base = palette.color(QPalette::Base);
        const QColor text = palette.color(QPalette::Text);
        DiagramColours colours;
        colours.background = base;
        colours.staleBackground = mixedColour(base, text, 0.06);
        colours.text = text;
        colours.line = mixedColour(base, text, 0.75);
        colours.globalLine = mixedColour(base, text, 0.5);
        colours.timerLine = readableOn(QColor(0xb0, 0x3a, 0x2e), base, 3.0);
        colours.nodeFill = mixedColour(base, text, 0.05);
        colours.initialFill = mixedColour(base, QColor(0x2e, 0x9d, 0x52), 0.16);
        colours.finalFill = mixedColour(base, QColor(0xd3, 0x2f, 0x2f), 0.12);
        colours.currentFill = mixedColour(base, QColor(0xff, 0xb3, 0x00), 0.45);
        colours.currentLine = readableOn(QColor(0xc7, 0x80, 0x00), base, 3.0);
        colours.captionBackground = base;
        colours.captionBackground.setAlpha(220);
        return colours;
    }
};

QPolygonF arrowHead(const QPointF &tip, const QPointF &from)
{
    const qreal angle = std::atan2(tip.y() - from.y(), tip.x() - from.x());
    constexpr qreal size = 8;
    return QPolygonF{{tip, tip - QPointF(size * std::cos(angle - M_PI / 7), size * std::sin(angle - M_PI / 7)),
                      tip - QPointF(size * std::cos(angle + M_PI / 7), size * std::sin(angle + M_PI / 7))}};
}

// An edge, its arrow head and its caption; `colours` are the drawing's, taken once for all edges.
void addEdge(QGraphicsScene &scene, const DiagramColours &colours, const QPainterPath &path, const QPointF &control,
             const QPointF &end, const QPen &pen, const QString &text, const QFont &font, const QPointF &captionAt)
{
    scene.addPath(path, pen)->setZValue(0);
    scene.addPolygon(arrowHead(end, control), QPen(pen.color()), QBrush(pen.color()))->setZValue(0);
    auto *caption = new QGraphicsSimpleTextItem(text);
    caption->setFont(font);
    // Captions in the theme's text colour, on a veil of the background: they cross lines.
    caption->setBrush(pen.color() == colours.timerLine ? colours.timerLine : colours.text);
    // Down the flow, near the target: edges leaving one step fan out and their captions part.
    const QRectF bounds = caption->boundingRect();
    caption->setPos(captionAt.x() + 4, captionAt.y() - bounds.height() / 2);
    auto *background = scene.addRect(QRectF(caption->pos(), bounds.size()).adjusted(-2, 0, 2, 0), Qt::NoPen,
                                     QBrush(colours.captionBackground));
    background->setZValue(3);
    caption->setZValue(4);
    scene.addItem(caption);
}

} // namespace

DiagramLayout DiagramLayout::of(const PlaybookGraph &graph)
{
    const int count = static_cast<int>(graph.nodes.size());
    DiagramLayout layout;
    layout.layerOf.assign(static_cast<std::size_t>(count), -1);
    if (count == 0)
        return layout;
    std::vector<std::vector<int>> successors(static_cast<std::size_t>(count));
    for (const GraphEdge &edge : graph.edges)
        successors[static_cast<std::size_t>(edge.from)].push_back(edge.to);
    // A global transition's target sits below the start, as if the first step led there; the
    // transition itself is drawn once, from the "any step" box.
    for (int i = 0; i < count; ++i) {
        if (!graph.nodes[static_cast<std::size_t>(i)].initial)
            continue;
        for (const GraphEdge &global : graph.globals) {
            if (global.to != i)
                successors[static_cast<std::size_t>(i)].push_back(global.to);
        }
    }

    // Depth-first from the initial step (then any step not reached) in step order; an edge to a
    // step still on the stack goes back up the flow and does not push its target down.
    std::vector<int> state(static_cast<std::size_t>(count), 0); // 0 new, 1 on stack, 2 done
    std::vector<int> finished;
    std::vector<std::pair<int, int>> forward;
    const std::function<void(int)> visit = [&](int node) {
        state[static_cast<std::size_t>(node)] = 1;
        for (const int next : successors[static_cast<std::size_t>(node)]) {
            if (state[static_cast<std::size_t>(next)] == 1)
                continue;
            forward.emplace_back(node, next);
            if (state[static_cast<std::size_t>(next)] == 0)
                visit(next);
        }
        state[static_cast<std::size_t>(node)] = 2;
        finished.push_back(node);
    };
    std::vector<int> roots;
    for (int i = 0; i < count; ++i) {
        if (graph.nodes[static_cast<std::size_t>(i)].initial)
            roots.push_back(i);
    }
    for (int i = 0; i < count; ++i)
        roots.push_back(i);
    for (const int root : roots) {
        if (state[static_cast<std::size_t>(root)] == 0)
            visit(root);
    }
    // Longest path over the forward edges, in topological order (reverse finishing order).
    std::vector<std::vector<int>> forwardSuccessors(static_cast<std::size_t>(count));
    for (const auto &[from, to] : forward)
        forwardSuccessors[static_cast<std::size_t>(from)].push_back(to);
    for (int &layer : layout.layerOf)
        layer = 0;
    for (auto it = finished.rbegin(); it != finished.rend(); ++it) {
        for (const int next : forwardSuccessors[static_cast<std::size_t>(*it)]) {
            int &layer = layout.layerOf[static_cast<std::size_t>(next)];
            layer = std::max(layer, layout.layerOf[static_cast<std::size_t>(*it)] + 1);
        }
    }
    const int layerCount = *std::max_element(layout.layerOf.begin(), layout.layerOf.end()) + 1;
    layout.layers.assign(static_cast<std::size_t>(layerCount), {});
    for (int i = 0; i < count; ++i)
        layout.layers[static_cast<std::size_t>(layout.layerOf[static_cast<std::size_t>(i)])].push_back(i);

    // Within a layer: by the mean position of the steps above that lead here (then step order).
    std::vector<double> position(static_cast<std::size_t>(count), 0);
    for (std::vector<int> &layer : layout.layers) {
        std::vector<double> key(static_cast<std::size_t>(count), 0);
        for (const int node : layer) {
            double sum = 0;
            int parents = 0;
            for (const auto &[from, to] : forward) {
                if (to == node) {
                    sum += position[static_cast<std::size_t>(from)];
                    ++parents;
                }
            }
            key[static_cast<std::size_t>(node)] = parents ? sum / parents : node;
        }
        std::stable_sort(layer.begin(), layer.end(), [&](int a, int b) {
            return key[static_cast<std::size_t>(a)] < key[static_cast<std::size_t>(b)];
        });
        for (std::size_t i = 0; i < layer.size(); ++i)
            position[static_cast<std::size_t>(layer[i])] = static_cast<double>(i) - (layer.size() - 1) / 2.0;
    }
    return layout;
}

PlaybookDiagram::PlaybookDiagram(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    setBackgroundBrush(DiagramColours::of(palette()).background);
}

void PlaybookDiagram::setGraph(const PlaybookGraph &graph)
{
    m_graph = graph;
    m_nodeItems.clear();
    scene()->clear();
    const DiagramColours colours = DiagramColours::of(palette());
    if (m_graph.nodes.size() > kMaxDrawnSteps) {
        auto *note = scene()->addText(tr("This playbook has %n steps: too many to draw here.\n"
                                         "For its flow run: steadyline graph FILE | dot -Tsvg -o flow.svg",
                                         nullptr, static_cast<int>(m_graph.nodes.size())));
        note->setObjectName(QStringLiteral("tooLargeNote"));
        note->setDefaultTextColor(colours.text);
        scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-kMargin, -kMargin, kMargin, kMargin));
        resetTransform();
        return;
    }
    const DiagramLayout layout = DiagramLayout::of(m_graph);
    const int count = static_cast<int>(m_graph.nodes.size());
    std::size_t widest = 1;
    for (const auto &layer : layout.layers)
        widest = std::max(widest, layer.size());
    const qreal sceneWidth = static_cast<qreal>(widest) * (kNodeWidth + kColumnGap);

    // Nodes: text first, so each box is as tall as its title needs.
    QFont labelFont = font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.9);
    std::vector<QRectF> boxes(static_cast<std::size_t>(count));
    m_nodeItems.assign(static_cast<std::size_t>(count), nullptr);
    qreal y = kMargin;
    for (const auto &layer : layout.layers) {
        qreal layerHeight = 0;
        std::vector<QGraphicsTextItem *> texts;
        for (const int node : layer) {
            const GraphNode &n = m_graph.nodes[static_cast<std::size_t>(node)];
            auto *text = new QGraphicsTextItem;
            text->setFont(labelFont);
            text->setDefaultTextColor(colours.text);
            text->setTextWidth(kNodeWidth - 12);
            QString html = QStringLiteral("<div align=\"center\"><b>%1</b> %2")
                               .arg(n.label.toHtmlEscaped(), n.title.toHtmlEscaped());
            if (!n.distinction.isEmpty())
                html += QStringLiteral("<br><i>(%1)</i>").arg(n.distinction.toHtmlEscaped());
            text->setHtml(html + QStringLiteral("</div>"));
            text->setZValue(2);
            layerHeight = std::max(layerHeight, text->boundingRect().height() + 10);
            texts.push_back(text);
        }
        const qreal layerWidth = static_cast<qreal>(layer.size()) * (kNodeWidth + kColumnGap) - kColumnGap;
        qreal x = kMargin + (sceneWidth - kColumnGap - layerWidth) / 2;
        for (std::size_t i = 0; i < layer.size(); ++i) {
            const int node = layer[i];
            const QRectF box(x, y, kNodeWidth, layerHeight);
            boxes[static_cast<std::size_t>(node)] = box;
            QPainterPath shape;
            shape.addRoundedRect(box, 8, 8);
            auto *item = scene()->addPath(shape);
            item->setZValue(1);
            m_nodeItems[static_cast<std::size_t>(node)] = item;
            item->setToolTip(m_graph.nodes[static_cast<std::size_t>(node)].stepId);
            scene()->addItem(texts[i]);
            texts[i]->setPos(x + 6, y + (layerHeight - texts[i]->boundingRect().height()) / 2);
            x += kNodeWidth + kColumnGap;
        }
        y += layerHeight + kLayerGap;
    }
    for (int i = 0; i < count; ++i) {
        if (m_graph.nodes[static_cast<std::size_t>(i)].initial) {
            const QRectF &box = boxes[static_cast<std::size_t>(i)];
            scene()->addEllipse(box.center().x() - 5, box.top() - 26, 10, 10, QPen(colours.line), QBrush(colours.line));
            scene()->addLine(box.center().x(), box.top() - 16, box.center().x(), box.top() - 1,
                             QPen(colours.line, 1.2));
        }
    }

    // Edges: down the flow as curves between boxes; back up (or sideways) around the right side.
    QFont edgeFont = font();
    edgeFont.setPointSizeF(edgeFont.pointSizeF() * 0.75);
    int detour = 0;
    for (const GraphEdge &edge : m_graph.edges) {
        const QRectF &from = boxes[static_cast<std::size_t>(edge.from)];
        const QRectF &to = boxes[static_cast<std::size_t>(edge.to)];
        QPainterPath path;
        QPointF end;
        QPointF control;
        if (to.top() > from.bottom()) {
            const QPointF start(from.center().x(), from.bottom());
            end = QPointF(to.center().x(), to.top());
            const qreal bend = (end.y() - start.y()) / 2;
            control = end - QPointF(0, bend);
            path.moveTo(start);
            path.cubicTo(start + QPointF(0, bend), control, end);
        } else {
            const qreal out = sceneWidth + kMargin + 12 + 10 * (detour++ % 6);
            const QPointF start(from.right(), from.center().y());
            end = QPointF(to.right(), to.center().y() + (edge.from == edge.to ? 8 : 0));
            control = QPointF(out, end.y());
            path.moveTo(start);
            path.cubicTo(QPointF(out, start.y()), control, end);
        }
        const QPen pen = edge.kind == GraphEdgeKind::Timer ? QPen(colours.timerLine, 2) : QPen(colours.line, 1.3);
        addEdge(*scene(), colours, path, control, end, pen, edge.caption(), edgeFont,
                path.pointAtPercent(to.top() > from.bottom() ? 0.68 : 0.5));
    }
    // Global transitions once each, from one "any step" box at the top right: drawn from every
    // step, five of them bury the flow (review §8).
    if (!m_graph.globals.empty()) {
        const QRectF anyBox(kMargin + sceneWidth + 24, kMargin, kNodeWidth * 0.7, 30);
        QPainterPath shape;
        shape.addRoundedRect(anyBox, 8, 8);
        auto *box = scene()->addPath(shape, QPen(colours.globalLine, 1, Qt::DashLine), QBrush(colours.background));
        box->setZValue(1);
        auto *text = scene()->addSimpleText(tr("any step"), labelFont);
        text->setBrush(colours.text);
        text->setPos(anyBox.center() - text->boundingRect().center());
        text->setZValue(2);
        for (std::size_t i = 0; i < m_graph.globals.size(); ++i) {
            const GraphEdge &edge = m_graph.globals[i];
            const QRectF &to = boxes[static_cast<std::size_t>(edge.to)];
            const QPointF start(anyBox.center().x(), anyBox.bottom());
            const QPointF end(to.right(), to.center().y() - 6 + 4 * static_cast<qreal>(i % 4));
            const QPointF control(start.x(), end.y());
            QPainterPath path;
            path.moveTo(start);
            path.cubicTo(QPointF(start.x(), (start.y() + end.y()) / 2), control, end);
            addEdge(*scene(), colours, path, control, end, QPen(colours.globalLine, 1, Qt::DashLine), edge.caption(),
                    edgeFont, path.pointAtPercent(0.75));
        }
    }
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-kMargin, -kMargin, kMargin, kMargin));
    paintNodes();
    fitToWidth();
}

void PlaybookDiagram::setCurrentStep(const QString &stepId)
{
    m_current = stepId;
    paintNodes();
    const int index = m_graph.nodeIndex(stepId);
    if (index >= 0 && static_cast<std::size_t>(index) < m_nodeItems.size() &&
        m_nodeItems[static_cast<std::size_t>(index)])
        ensureVisible(m_nodeItems[static_cast<std::size_t>(index)], 20, 20);
}

void PlaybookDiagram::setStale(bool stale)
{
    m_stale = stale;
    const DiagramColours colours = DiagramColours::of(palette());
    setBackgroundBrush(stale ? colours.staleBackground : colours.background);
}

void PlaybookDiagram::paintNodes()
{
    const DiagramColours colours = DiagramColours::of(palette());
    for (std::size_t i = 0; i < m_nodeItems.size(); ++i) {
        QGraphicsPathItem *item = m_nodeItems[i];
        if (!item)
            continue;
        const GraphNode &node = m_graph.nodes[i];
        const bool current = node.stepId == m_current;
        item->setBrush(current        ? colours.currentFill
                       : node.isFinal ? colours.finalFill
                       : node.initial ? colours.initialFill
                                      : colours.nodeFill);
        item->setPen(QPen(current ? colours.currentLine : colours.line, current ? 3 : node.isFinal ? 2 : 1));
    }
}

void PlaybookDiagram::fitToWidth()
{
    // The whole width in view (never enlarged); the height scrolls.
    const QRectF rect = sceneRect();
    if (rect.isEmpty() || viewport()->width() <= 0)
        return;
    const qreal scale = std::min(1.0, (viewport()->width() - 4) / rect.width());
    setTransform(QTransform::fromScale(scale, scale));
}

void PlaybookDiagram::changeEvent(QEvent *event)
{
    QGraphicsView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) { // the theme changed: draw again in its colours
        setStale(m_stale);
        if (!m_graph.nodes.empty())
            setGraph(PlaybookGraph(m_graph));
        setCurrentStep(QString(m_current));
    }
}

void PlaybookDiagram::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fitToWidth();
}

} // namespace steadyline::gui
