"""Fails when a test file uses one of QtTest's checking macros.

Every test program here runs on Catch2. QVERIFY, QCOMPARE and the QTRY_* waits end a failing
check with a bare `return;`, which Catch2 counts as a passed test: the check can never fail.
Use REQUIRE/CHECK and REQUIRE_EVENTUALLY (tests/support/eventually.h) instead.

It also fails on a TEST_CASE whose name holds a ';': ctest's test discovery splits the name there,
and the halves match no test, so ctest "runs" it, runs nothing and reports it passed.

Usage: check_no_qtest_macros.py PATH... (a file is read as it is; a folder, every .cpp and .h below it)
"""
import pathlib
import re
import sys

FORBIDDEN = re.compile(r"\b(QTRY_[A-Z_0-9]+|QVERIFY[A-Z_0-9]*|QCOMPARE[A-Z_0-9]*|QFAIL|QSKIP|QEXPECT_FAIL"
                       r"|QFETCH|QTEST_[A-Z_]*MAIN)\s*\(")
# The name of a TEST_CASE, as far as its first string goes (names continued on the next line are
# checked in their first part, where every one found so far had it).
SPLIT_NAME = re.compile(r'\bTEST_CASE\(\s*"[^"]*;')


def code_of(line):
    """The line without its // comment (the macros may be named in comments that explain them)."""
    return line.split("//", 1)[0]


def main(folders):
    found = []
    paths = []
    for given in map(pathlib.Path, folders):
        if given.is_file():
            paths.append(given)
        else:
            paths += [p for p in sorted(given.rglob("*")) if p.suffix in (".cpp", ".h") and p.is_file()]
    for path in paths:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            match = FORBIDDEN.search(code_of(line))
            if match:
                found.append(f"{path}:{number}: {match.group(1)} in a Catch2 test: a failure would pass silently;"
                             " use REQUIRE/CHECK or REQUIRE_EVENTUALLY (tests/support/eventually.h)")
            if SPLIT_NAME.search(line):
                found.append(f"{path}:{number}: a ';' in a TEST_CASE name: ctest splits the name there and"
                             " runs nothing; use ' — ' or ','")
    for line in found:
        print(line)
    if found:
        print(f"{len(found)} QtTest checking macro(s) or split test name(s) found")
        return 1
    print("no QtTest checking macro in the Catch2 tests")
    return 0


if __name__ == "__main__":
    if len(sys.argv) < 2:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1:]))
