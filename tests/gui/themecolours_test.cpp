// Colours no palette role names (the editor's current line and syntax colours, the diagram's
// boxes) are derived from the theme: in a dark theme the diagram's titles and the editor's text
// stay readable (they were dark on light, fixed colours, on a dark desktop).
#include "catch_qt.h"
#include "eventually.h"
#include "themepalettes.h"

#include "authoring/codeeditor.h"
#include "authoring/playbookdiagram.h"
#include "playbook/playbookgraph.h"
#include "playbook/playbookloader.h"
#include "widgets/themecolours.h"

#include <QApplication>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsTextItem>
#include <QPalette>

using namespace steadyline;
using namespace steadyline::test;

TEST_CASE("A colour is made readable on a light and a dark background, keeping one that already is")
{
    const QColor darkBlue(0x1f, 0x4e, 0x9a);
    CHECK(readableOn(darkBlue, Qt::white) == darkBlue);
    for (const QColor &background : {QColor(0x1e, 0x1e, 0x1e), QColor(Qt::black), QColor(0x55, 0x55, 0x55)}) {
        for (const QColor &tone :
             {darkBlue, QColor(0x2e, 0x7d, 0x32), QColor(0x8e, 0x24, 0xaa), QColor(0xc6, 0x28, 0x28)})
            CHECK(contrast(readableOn(tone, background), background) >= 4.5);
    }
    CHECK(contrast(readableOn(QColor(0xf0, 0xf0, 0x60), Qt::white), Qt::white) >= 4.5);
    CHECK(mixedColour(Qt::black, Qt::white, 0.0) == QColor(Qt::black));
    CHECK(mixedColour(Qt::black, Qt::white, 1.0) == QColor(Qt::white));
}

TEST_CASE("In a dark theme the diagram's step titles read on their boxes, and follow a theme change")
{
    PaletteGuard guard;
    const LoadResult loaded =
        PlaybookLoader::loadFile(QStringLiteral(STEADYLINE_PLAYBOOKS_DIR "/aggressive-caller-pl.json"));
    REQUIRE(loaded.ok());
    const auto readable = [](const gui::PlaybookDiagram &diagram) {
        std::vector<QColor> fills;
        std::vector<QColor> titles;
        for (QGraphicsItem *item : diagram.scene()->items()) {
            if (auto *box = qgraphicsitem_cast<QGraphicsPathItem *>(item); box && box->zValue() == 1)
                fills.push_back(box->brush().color());
            if (auto *title = qgraphicsitem_cast<QGraphicsTextItem *>(item))
                titles.push_back(title->defaultTextColor());
        }
        REQUIRE(!fills.empty());
        REQUIRE(!titles.empty());
        double worst = 21;
        for (const QColor &title : titles) // a title reads on the canvas too (the "any step" box)
            worst = std::min(worst, contrast(diagram.backgroundBrush().color(), title));
        for (const QColor &fill : fills)
            for (const QColor &title : titles)
                worst = std::min(worst, contrast(fill, title));
        return worst;
    };
    gui::PlaybookDiagram diagram;
    diagram.setGraph(PlaybookGraph::build(*loaded.playbook, QStringLiteral("pl")));
    diagram.setCurrentStep(loaded.playbook->steps.front().id);
    CHECK(readable(diagram) >= 4.5);
    QApplication::setPalette(darkPalette());
    INFO("background " << diagram.backgroundBrush().color().name().toStdString() << ", palette base "
                       << diagram.palette().color(QPalette::Base).name().toStdString());
    REQUIRE_EVENTUALLY(diagram.backgroundBrush().color() == darkPalette().color(QPalette::Base));
    CHECK(readable(diagram) >= 4.5);
}

TEST_CASE("In a dark theme the editor's current line keeps its text readable")
{
    PaletteGuard guard;
    QApplication::setPalette(darkPalette());
    gui::CodeEditor editor;
    editor.setPlainText(QStringLiteral("{\n  \"id\": \"x\"\n}\n"));
    editor.setFocus();
    const QList<QTextEdit::ExtraSelection> selections = editor.extraSelections();
    REQUIRE(!selections.isEmpty());
    const QColor band = selections.front().format.background().color();
    CHECK(contrast(band, darkPalette().color(QPalette::Text)) >= 7.0);
}
