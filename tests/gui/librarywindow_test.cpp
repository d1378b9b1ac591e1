// Drives the real main window offscreen, with real key presses.
#include "authoring/librarywindow.h"
#include "catch_qt.h"

#include <QListView>
#include <QStatusBar>
#include <QTest>
#include <QTextBrowser>

using steadyline::gui::LibraryWindow;

TEST_CASE("The playbook library lists the built-in playbooks and shows the chosen one's steps", "[gui]")
{
    LibraryWindow window;
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *list = window.findChild<QListView *>(QStringLiteral("playbookList"));
    auto *details = window.findChild<QTextBrowser *>(QStringLiteral("playbookDetails"));
    REQUIRE(list);
    REQUIRE(details);
    const int count = list->model()->rowCount();
    CHECK(count >= 8);
    CHECK(list->currentIndex().row() == 0);
    CHECK(window.statusBar()->currentMessage().contains(QString::number(count)));

    list->setFocus();
    const QString first = details->toPlainText();
    CHECK_FALSE(first.isEmpty());
    QTest::keyClick(list, Qt::Key_Down);
    CHECK(list->currentIndex().row() == 1);
    const QString second = details->toPlainText();
    CHECK(second != first);
    QTest::keyClick(list, Qt::Key_End);
    CHECK(list->currentIndex().row() == count - 1);
}

TEST_CASE("The library shows the Polish 3.5-step playbook with their labels", "[gui]")
{
    LibraryWindow window;
    window.show();
    auto *list = window.findChild<QListView *>(QStringLiteral("playbookList"));
    auto *details = window.findChild<QTextBrowser *>(QStringLiteral("playbookDetails"));
    const auto matches =
        list->model()->match(list->model()->index(0, 0), Qt::DisplayRole,
                             QStringLiteral("Agresywny Klient — metoda 3,5 kroku · built in"), -1, Qt::MatchExactly);
    REQUIRE(matches.size() == 1);
    list->setCurrentIndex(matches.first());
    const QString text = details->toPlainText();
    CHECK(text.contains(QStringLiteral("Wyznacz granicę")));
    CHECK(text.contains(QStringLiteral("3½")));
}
