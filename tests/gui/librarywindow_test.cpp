// Drives the real main window offscreen, with real key presses.
#include "authoring/librarywindow.h"
#include "catch_qt.h"

#include <QListWidget>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>

using steadyline::gui::LibraryWindow;

TEST_CASE("The playbook library lists the built-in playbooks and shows the chosen one's steps", "[gui]")
{
    LibraryWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *list = window.findChild<QListWidget *>(QStringLiteral("playbookList"));
    auto *details = window.findChild<QTextBrowser *>(QStringLiteral("playbookDetails"));
    REQUIRE(list);
    REQUIRE(details);
    CHECK(list->count() >= 8);
    CHECK(list->currentRow() == 0);
    CHECK(window.statusBar()->currentMessage().contains(QString::number(list->count())));

    list->setFocus();
    const QString first = details->toPlainText();
    CHECK_FALSE(first.isEmpty());
    QTest::keyClick(list, Qt::Key_Down);
    CHECK(list->currentRow() == 1);
    const QString second = details->toPlainText();
    CHECK(second != first);
    QTest::keyClick(list, Qt::Key_End);
    CHECK(list->currentRow() == list->count() - 1);
}

TEST_CASE("The library shows the Polish 3.5-step playbook with their labels", "[gui]")
{
    LibraryWindow window;
    window.show();
    auto *list = window.findChild<QListWidget *>(QStringLiteral("playbookList"));
    auto *details = window.findChild<QTextBrowser *>(QStringLiteral("playbookDetails"));
    const auto matches =
        list->findItems(QStringLiteral("Agresywny Klient — metoda 3,5 kroku · built in"), Qt::MatchExactly);
    REQUIRE(matches.size() == 1);
    list->setCurrentItem(matches.first());
    const QString text = details->toPlainText();
    CHECK(text.contains(QStringLiteral("Wyznacz granicę")));
    CHECK(text.contains(QStringLiteral("3½")));
}
