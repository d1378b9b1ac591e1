#!/usr/bin/env python3
"""Reads the real Steadyline window the way a screen reader does, through AT-SPI.

Runs the app under Xvfb with Qt's accessibility bridge on, in a D-Bus session of its own (where
at-spi2-core's bus and registry start on demand), starts a call with --start-call phone, and
checks that every button, field and list the user can reach, and the step card, have a name in
the interface language. Run once per language: `atspi_test.py STEADYLINE en` and `… pl`.
Exits 77 (skipped) when the machine lacks Xvfb, D-Bus or AT-SPI, saying which."""
import os
import shutil
import subprocess
import sys
import tempfile
import time

SKIP = 77
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "desktop"))
from desktoptest import Sandbox, check, fail, stop  # noqa: E402

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from xserver import XServer, XServerError  # noqa: E402

# What the window must say, per language: texts a user sees on the step card during a call.
EXPECTED = {
    "en": {"end": "End call", "step": "Step 1", "status": "Call started at", "menu": "Call"},
    "pl": {"end": "Zakończ rozmowę", "step": "Krok 1", "status": "Rozmowa rozpoczęta o", "menu": "Rozmowa"},
}
# Roles a user acts on: each must have a name. (Labels name themselves by their text.)
CONTROL_ROLES = {"push button", "toggle button", "check box", "radio button", "combo box", "text", "entry",
                 "spin button", "list", "table", "tree table", "page tab", "menu"}


def skip(message):
    print("SKIP:", message)
    sys.exit(SKIP)


def outer(binary, language):
    for tool in ("Xvfb", "dbus-run-session"):
        if not shutil.which(tool):
            skip(f"{tool} is not installed (Debian: xvfb, dbus)")
    if not os.path.exists("/usr/libexec/at-spi-bus-launcher"):
        skip("at-spi2-core is not installed")
    # pyatspi is a Debian package: a Python from elsewhere (pyenv, a venv) does not see it.
    interpreter = next((candidate for candidate in (sys.executable, "/usr/bin/python3")
                        if os.path.exists(candidate) and subprocess.run(
                            [candidate, "-c", "import pyatspi"], capture_output=True).returncode == 0), None)
    if interpreter is None:
        skip("python3-pyatspi is not installed (or not visible to /usr/bin/python3)")
    # A session bus of our own: the AT-SPI bus launcher and registry are started on it on demand.
    env = dict(os.environ)
    for name in ("DBUS_SESSION_BUS_ADDRESS", "AT_SPI_BUS_ADDRESS", "DISPLAY", "WAYLAND_DISPLAY"):
        env.pop(name, None)
    # And a runtime folder of our own: the AT-SPI bus launcher puts its socket there under a fixed
    # name, so two of these tests at once (ctest -j) would otherwise take each other's bus.
    runtime = tempfile.mkdtemp(prefix="steadyline-atspi-runtime-")
    env["XDG_RUNTIME_DIR"] = runtime
    try:
        result = subprocess.run(["dbus-run-session", "--", interpreter, os.path.abspath(__file__), binary, language,
                                 "--inner"], env=env, timeout=180)
    finally:
        shutil.rmtree(runtime, ignore_errors=True)
    return result.returncode


def start_xvfb():
    try:
        xvfb = XServer()
    except XServerError as error:
        skip(str(error))
    return xvfb, xvfb.display


def find_app(pyatspi, timeout=30):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        for index in range(desktop.childCount):
            app = desktop.getChildAtIndex(index)
            if app is not None and app.name == "steadyline":
                return app
        time.sleep(0.2)
    return None


def walk(node, depth=0):
    yield node, depth
    for index in range(node.childCount):
        child = node.getChildAtIndex(index)
        if child is not None:
            yield from walk(child, depth + 1)


def inner(binary, language):
    import pyatspi

    expected = EXPECTED[language]
    xvfb, display = start_xvfb()
    sandbox = Sandbox("steadyline-atspi-")
    sandbox.write_settings(f"[interface]\nlanguage={language}\n")
    env = dict(sandbox.env, DISPLAY=display, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
               QT_ACCESSIBILITY="1", NO_AT_BRIDGE="0")
    app_process = subprocess.Popen([binary, "--data-dir", os.path.join(sandbox.root, "data"), "--start-call",
                                    "phone"], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        app = find_app(pyatspi)
        if app is None:
            output = app_process.stdout.read1().decode(errors="replace") if app_process.poll() is not None else ""
            fail(f"Steadyline did not appear on the AT-SPI bus within 30 s. {output}")
        # The call card is laid out once the window is mapped; give the tree a moment to settle.
        deadline = time.monotonic() + 20
        seen = []
        while time.monotonic() < deadline:
            seen = [(node, depth) for node, depth in walk(app)]
            names = [node.name for node, _ in seen]
            if any(name == expected["end"] for name in names):
                break
            time.sleep(0.3)

        controls, unnamed, lines = 0, [], []
        for node, depth in seen:
            role = node.getRoleName()
            states = node.getState()
            showing = states.contains(pyatspi.STATE_SHOWING)
            lines.append(f"{'  ' * depth}{role}: {node.name!r}" + (f" ({node.description!r})" if node.description
                                                                      else "") + ("" if showing else " [hidden]"))
            if showing and role in CONTROL_ROLES:
                controls += 1
                if not node.name.strip():
                    unnamed.append(f"{role} (description {node.description!r})")
        print(f"AT-SPI tree of the running window ({language}):")
        print("\n".join(lines))
        check(controls >= 8, f"only {controls} controls were visible through AT-SPI")
        check(not unnamed, f"controls without an accessible name: {unnamed}")

        showing = [(node.getRoleName(), node.name, node.description) for node, _ in seen
                   if node.getState().contains(pyatspi.STATE_SHOWING)]
        names = [name for _, name, _ in showing]
        check(expected["end"] in names, f"no '{expected['end']}' button on the call card")
        check(any(name == expected["step"] for name in names), f"the step badge is not read as '{expected['step']}'")
        # The step card: its title and the line to say are read by their text, with their purpose.
        card = [(role, name) for role, name, description in showing if role == "label" and description]
        check(len([1 for _, name in card if name.strip()]) >= 2, f"the step card's labels have no text: {card}")
        check(any(name.startswith(expected["status"]) for name in names),
              f"the status message '{expected['status']} …' is not readable")
        check(any(role in ("menu", "menu item") and name.replace("&", "") == expected["menu"] for role, name, _ in showing),
              f"no '{expected['menu']}' menu")
        print(f"PASS: {controls} controls, all named, in {language}")
        return 0
    finally:
        stop(app_process)
        xvfb.stop()


if __name__ == "__main__":
    if len(sys.argv) < 3:
        print("usage: atspi_test.py STEADYLINE-BINARY en|pl")
        sys.exit(2)
    if "--inner" in sys.argv:
        sys.exit(inner(sys.argv[1], sys.argv[2]))
    sys.exit(outer(sys.argv[1], sys.argv[2]))
