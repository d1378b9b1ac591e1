#pragma once

#include "playbook/playbookgraph.h"

#include <QGraphicsView>

#include <vector>

class QGraphicsPathItem;

namespace steadyline::gui {

// Layers of a playbook graph for drawing top to bottom: each step one layer below the steps
// that lead to it (longest path, back edges ignored), ordered within a layer to keep edges
// short. Separate from the view so it can be tested without a display.
struct DiagramLayout
{
    std::vector<int> layerOf;             // per node
    std::vector<std::vector<int>> layers; // node indices, left to right

    [[nodiscard]] static DiagramLayout of(const PlaybookGraph &graph);
};

// The flow diagram of the playbook being edited, drawn with our own simple layered layout (no
// Graphviz at runtime). The step the preview is on is highlighted.
class PlaybookDiagram : public QGraphicsView
{
    Q_OBJECT

public:
    // Beyond this many steps a drawing is unreadable and slow to rebuild on every pause in
    // typing; the diagram then says so and points to `steadyline graph`.
    static constexpr std::size_t kMaxDrawnSteps = 300;

    explicit PlaybookDiagram(QWidget *parent = nullptr);

    void setGraph(const PlaybookGraph &graph);
    void setCurrentStep(const QString &stepId);
    // The text has errors: the diagram shows the last valid version, greyed a little.
    void setStale(bool stale);
    [[nodiscard]] const PlaybookGraph &graph() const { return m_graph; }
    [[nodiscard]] QString currentStep() const { return m_current; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitToWidth();
    // One edge with its arrow head and a caption on a white ground at `captionAt`.
    void paintNodes();

    PlaybookGraph m_graph;
    QString m_current;
    std::vector<QGraphicsPathItem *> m_nodeItems;
    bool m_stale = false;
};

} // namespace steadyline::gui
