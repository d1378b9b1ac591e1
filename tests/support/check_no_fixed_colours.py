#!/usr/bin/env python3
"""Fails when a style sheet in the given files or folders names a fixed colour (#rgb, #rrggbb):
colours come from the palette (src/gui/widgets/noticestyle.h), so dark and high-contrast themes
stay readable. Prints file:line for each and exits 1."""
import pathlib
import re
import sys

STYLE_SHEET = re.compile(r"setStyleSheet\s*\(")
HEX_COLOUR = re.compile(r"#[0-9a-fA-F]{3}(?:[0-9a-fA-F]{3})?\b")


def files(arguments):
    for argument in arguments:
        path = pathlib.Path(argument)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix in {".cpp", ".h"})
        else:
            yield path


def main():
    found = 0
    for path in files(sys.argv[1:]):
        lines = path.read_text(encoding="utf-8").splitlines()
        for number, line in enumerate(lines, start=1):
            if not STYLE_SHEET.search(line):
                continue
            # A style sheet's string may go on over the next lines.
            statement = " ".join(lines[number - 1 : number + 3])
            statement = statement[: statement.find(";") + 1 or None]
            if HEX_COLOUR.search(statement):
                print(f"{path}:{number}: a fixed colour in a style sheet; take it from the palette")
                found += 1
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
