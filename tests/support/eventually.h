#pragma once

// Waiting for something in a Catch2 test. QtTest's checking macros (the QTRY_ waits, the
// VERIFY and COMPARE checks) end a failing check with a bare `return;`: in a TEST_CASE that return
// ends the test as *passed* and skips every check after it. These waits fail the test instead.
// tests/support/check_no_qtest_macros.py keeps QtTest's checking macros out of the tests.

#include <QTest>

#include <catch2/catch.hpp>

namespace steadyline::test {
// Long enough for a loaded 2-core machine running the sanitizer build; a wait that holds
// returns as soon as it holds, so only a failing test pays for it.
inline constexpr int kEventuallyTimeoutMs = 5000;
} // namespace steadyline::test

// Processes events until `condition` holds or `timeoutMs` has passed, then REQUIREs it.
#define REQUIRE_EVENTUALLY_WITHIN(condition, timeoutMs)                                                                \
    do {                                                                                                               \
        const bool steadylineConditionHeld =                                                                           \
            QTest::qWaitFor([&]() -> bool { return static_cast<bool>(condition); }, (timeoutMs));                      \
        INFO("waited " << (timeoutMs) << " ms for: " #condition);                                                      \
        REQUIRE(steadylineConditionHeld);                                                                              \
    } while (false)

#define REQUIRE_EVENTUALLY(condition) REQUIRE_EVENTUALLY_WITHIN(condition, steadyline::test::kEventuallyTimeoutMs)
