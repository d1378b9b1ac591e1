// The call page's word-wrapped labels remember their height per width: the height they give is
// always the one QLabel would give for what they show now.
#include "catch_qt.h"

#include "widgets/wrappinglabel.h"

#include <QLabel>

using steadyline::gui::WrappingLabel;

namespace {

const QString kLine = QStringLiteral("Rozumiem, że jest Pan zdenerwowany. Chcę Panu pomóc, ale nie pozwolę się "
                                     "obrażać. Jeśli to się powtórzy, zakończę rozmowę.");

// A plain QLabel set up like `label`: the figure to match.
int plainHeight(const WrappingLabel &label, int width)
{
    QLabel plain;
    plain.setWordWrap(label.wordWrap());
    plain.setTextFormat(label.textFormat());
    plain.setMargin(label.margin());
    plain.setIndent(label.indent());
    plain.setAlignment(label.alignment());
    plain.setTextInteractionFlags(label.textInteractionFlags());
    plain.setFont(label.font());
    plain.setContentsMargins(label.contentsMargins());
    plain.setText(label.text());
    return plain.heightForWidth(width);
}

} // namespace

TEST_CASE("A wrapping label gives QLabel's height for each width, again and again")
{
    WrappingLabel label;
    label.setWordWrap(true);
    label.setText(kLine);
    for (int round = 0; round < 2; ++round) {
        for (const int width : {120, 200, 320, 480, 640, 120}) {
            INFO("width " << width << ", round " << round);
            CHECK(label.heightForWidth(width) == plainHeight(label, width));
        }
    }
    CHECK(label.heightForWidth(120) > label.heightForWidth(640)); // it does wrap
}

TEST_CASE("A wrapping label asked for no width at all answers as QLabel does")
{
    WrappingLabel label;
    label.setWordWrap(true);
    label.setText(kLine);
    CHECK(label.heightForWidth(-1) == plainHeight(label, -1));
    CHECK(label.heightForWidth(-1) > 0);
}

TEST_CASE("A wrapping label forgets its heights when what it shows changes")
{
    WrappingLabel label;
    label.setWordWrap(true);
    label.setText(QStringLiteral("Krótko."));
    const int width = 160;
    const int shortHeight = label.heightForWidth(width);
    CHECK(shortHeight == plainHeight(label, width));

    SECTION("new text")
    {
        label.setText(kLine);
        CHECK(label.heightForWidth(width) == plainHeight(label, width));
        CHECK(label.heightForWidth(width) > shortHeight);
    }
    SECTION("a larger font")
    {
        label.setText(kLine);
        const int before = label.heightForWidth(width);
        QFont font = label.font();
        font.setPointSizeF(font.pointSizeF() * 2);
        label.setFont(font);
        CHECK(label.heightForWidth(width) == plainHeight(label, width));
        CHECK(label.heightForWidth(width) > before);
    }
    SECTION("margins, indent and contents margins")
    {
        label.setMargin(9);
        CHECK(label.heightForWidth(width) == plainHeight(label, width));
        CHECK(label.heightForWidth(width) > shortHeight);
        label.setText(kLine);
        const int withMargin = label.heightForWidth(width);
        label.setIndent(60); // fewer words per line: more lines
        CHECK(label.heightForWidth(width) == plainHeight(label, width));
        CHECK(label.heightForWidth(width) > withMargin);
        const int withIndent = label.heightForWidth(width);
        label.setContentsMargins(0, 30, 0, 30);
        CHECK(label.heightForWidth(width) == plainHeight(label, width));
        CHECK(label.heightForWidth(width) > withIndent);
    }
    SECTION("word wrap turned off, the text unchanged")
    {
        label.setText(kLine);
        const int wrapped = label.heightForWidth(width);
        label.setWordWrap(false);
        CHECK(label.heightForWidth(width) == plainHeight(label, width));
        CHECK(label.heightForWidth(width) < wrapped);
    }
}
