#include "catch_qt.h"
#include "eventually.h"

#include <QElapsedTimer>
#include <QTimer>

TEST_CASE("A wait returns as soon as its condition holds")
{
    bool shown = false;
    QTimer::singleShot(50, [&shown] { shown = true; });
    QElapsedTimer elapsed;
    elapsed.start();
    REQUIRE_EVENTUALLY_WITHIN(shown, 10000);
    CHECK(elapsed.elapsed() < 5000);
}

// Run only by the control test in tests/CMakeLists.txt, which expects this test to FAIL: a wait
// that never holds must fail the run (QTRY_VERIFY here would report the test as passed).
TEST_CASE("control: a wait that never holds", "[.control]")
{
    REQUIRE_EVENTUALLY_WITHIN(false, 200);
}
