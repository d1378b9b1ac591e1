#!/usr/bin/python3
"""Prints every text a user of a screen reader would get from one running application: the
name, description and text of each accessible object, one per line. Run with Debian's own
python3 (python3-pyatspi), with DBUS_SESSION_BUS_ADDRESS set to the bus the app uses.

Usage: atspi_texts.py APPLICATION-NAME
"""
import sys

import pyatspi


def texts(accessible, depth=0, out=None):
    out = [] if out is None else out
    if accessible is None or depth > 40:
        return out
    for value in (accessible.name, accessible.description):
        if value:
            out.append(value)
    try:
        text = accessible.queryText()
        value = text.getText(0, text.characterCount)
        if value:
            out.append(value)
    except NotImplementedError:
        pass
    for i in range(accessible.childCount):
        texts(accessible.getChildAtIndex(i), depth + 1, out)
    return out


def main():
    wanted = sys.argv[1].lower()
    desktop = pyatspi.Registry.getDesktop(0)
    for i in range(desktop.childCount):
        app = desktop.getChildAtIndex(i)
        if app is not None and wanted in (app.name or "").lower():
            for line in texts(app):
                print(line.replace("\n", " "))
            return 0
    return 3


if __name__ == "__main__":
    sys.exit(main())
