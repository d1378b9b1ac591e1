// In-window notices (a list that cannot be read, a rejected playbook, a draft to recover, an
// editor's error) take their colours from the theme: readable in a light and in a dark one, and
// after the theme changes while the window is open.
#include "catch_qt.h"
#include "themepalettes.h"

#include "widgets/noticestyle.h"

#include <QApplication>
#include <QLabel>
#include <QPalette>

using namespace steadyline;
using namespace steadyline::test;

TEST_CASE("A notice's text stays readable on its tint in a light and a dark theme")
{
    PaletteGuard guard;
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    for (const QPalette &theme : {light, darkPalette()}) {
        QApplication::setPalette(theme);
        for (const NoticeKind kind : {NoticeKind::Problem, NoticeKind::Attention, NoticeKind::Success}) {
            QLabel notice(QStringLiteral("Lista nie może być odczytana."));
            styleAsNotice(&notice, kind);
            const QColor text = notice.palette().color(QPalette::WindowText);
            const QColor background = notice.palette().color(QPalette::Window);
            INFO("base " << theme.color(QPalette::Base).name().toStdString() << ", kind " << static_cast<int>(kind));
            CHECK(notice.autoFillBackground());
            CHECK(background != theme.color(QPalette::Base)); // tinted: it stands out as a notice
            CHECK(contrast(text, background) >= 7.0);         // WCAG AAA for normal text
        }
    }
}

TEST_CASE("A notice follows the theme switched while it is shown, and a quiet notice has no panel")
{
    PaletteGuard guard;
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    QApplication::setPalette(light);
    QLabel notice(QStringLiteral("Zapisano."));
    styleAsNotice(&notice, NoticeKind::Problem);
    const QColor onLight = notice.palette().color(QPalette::Window);
    QApplication::setPalette(darkPalette());
    QCoreApplication::sendPostedEvents();
    const QColor onDark = notice.palette().color(QPalette::Window);
    CHECK(onDark != onLight);
    CHECK(onDark.lightnessF() < 0.3);
    CHECK(contrast(notice.palette().color(QPalette::WindowText), onDark) >= 7.0);

    styleAsQuietNotice(&notice);
    CHECK_FALSE(notice.autoFillBackground());
    CHECK(notice.frameShape() == QFrame::NoFrame);
}
