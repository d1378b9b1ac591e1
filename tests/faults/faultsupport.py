"""What the fault tests share: a private X server (Xvfb), the real app started on it and driven
with xdotool as a consultant would, the journal read back with Python's own sqlite3, and small
file systems (tmpfs) that can be filled or made read-only.

A test that cannot set up its fault (no permission to mount, a tool missing) exits with 77,
which ctest reports as skipped, never as passed.
"""
import contextlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "support"))
from xserver import XServer, XServerError, find_window  # noqa: E402

SKIP = 77


def fail(message):
    print("FAIL:", message, flush=True)
    sys.exit(1)


def skip(message):
    print("SKIP:", message, flush=True)
    sys.exit(SKIP)


def wait_until(predicate, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    fail(f"timed out after {timeout}s waiting for {what}")


class Desktop:
    """A private Xvfb display and a settings folder preset for a Polish phone call."""

    def __init__(self, work):
        self.work = work
        config = os.path.join(work, "config", "Steadyline")
        os.makedirs(config, exist_ok=True)
        with open(os.path.join(config, "steadyline.conf"), "w", encoding="utf-8") as f:
            f.write("[call]\nlastPlaybook=aggressive-caller-pl\nlastAddress=formal_female\n"
                    "[consultant]\ngender=female\n[countdown]\nsound=false\n")
        try:
            self.xvfb = XServer(screen="900x900x24")
        except XServerError as error:
            skip(str(error))
        self.display = self.xvfb.display
        self.env = self.xvfb.environment(dict(os.environ, XDG_CONFIG_HOME=os.path.join(work, "config"),
                                              XDG_STATE_HOME=os.path.join(work, "state"), XDG_RUNTIME_DIR=work))
        self.apps = []

    def xdotool(self, *args, check=True):
        return subprocess.run(["xdotool", *args], env=self.env, check=check, capture_output=True, text=True,
                              timeout=30)

    def start(self, binary, data_dir, extra_env=None):
        """Starts the app and waits for its window; returns (process, window id)."""
        env = dict(self.env, **(extra_env or {}))
        # What the app writes to stderr goes to a file: a pipe nobody reads fills up, and an app
        # that then logs (on SIGTERM, on a full disk) blocks for ever.
        log_path = os.path.join(self.work, f"app-{len(self.apps)}.stderr")
        with open(log_path, "w", encoding="utf-8") as log:
            app = subprocess.Popen([binary, "--data-dir", data_dir], env=env, stdout=subprocess.DEVNULL,
                                   stderr=log)
        app.log_path = log_path
        self.apps.append(app)

        try:
            window_id = find_window(self.env, app)
        except XServerError as error:
            fail(f"{error}: {self.output(app)}")
        self.focus(window_id)
        return app, window_id

    @staticmethod
    def output(app):
        """What the app wrote to stderr so far."""
        with open(app.log_path, encoding="utf-8", errors="replace") as f:
            return f.read()

    def focus(self, window_id):
        self.xdotool("windowfocus", "--sync", window_id, check=False)
        time.sleep(0.3)

    def keys(self, window_id, *keys):
        for key in keys:
            self.xdotool("key", "--window", window_id, key)

    def type(self, text):
        """Types into the focused widget, as a keyboard would (the window must have the focus)."""
        self.xdotool("type", "--delay", "15", text)

    def close(self):
        for app in self.apps:
            if app.poll() is None:
                app.kill()
                app.wait(timeout=10)
        self.xvfb.stop()


@contextlib.contextmanager
def desktop():
    work = tempfile.mkdtemp(prefix="steadyline-fault-")
    d = Desktop(work)
    try:
        yield d
    finally:
        d.close()
        _unmount_all_under(work)
        shutil.rmtree(work, ignore_errors=True)


def _unmount_all_under(path):
    with open("/proc/mounts", encoding="utf-8") as f:
        points = [line.split()[1] for line in f if line.split()[1].startswith(path)]
    for point in sorted(points, reverse=True):
        subprocess.run(["umount", "-l", point], check=False)


def tmpfs(path, size_kb):
    """Mounts a small tmpfs at path (skips the test when mounting is not allowed)."""
    os.makedirs(path, exist_ok=True)
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0755", "tmpfs", path],
                          capture_output=True, text=True)
    if done.returncode != 0:
        skip(f"cannot mount a tmpfs here ({done.stderr.strip()}); run as root with CAP_SYS_ADMIN")


def remount_read_only(path):
    done = subprocess.run(["mount", "-o", "remount,ro", path], capture_output=True, text=True)
    if done.returncode != 0:
        skip(f"cannot remount read-only ({done.stderr.strip()})")


def fill(folder):
    """Fills the file system of folder to the last byte; returns the filler file."""
    filler = os.path.join(folder, "filler")
    with open(filler, "wb", buffering=0) as f:
        for chunk in (65536, 4096, 512, 1):
            try:
                while True:
                    f.write(b"\0" * chunk)
            except OSError:
                pass
    return filler


def journal_rows(data_dir, sql, parameters=()):
    """Reads the journal the way another program would, read-only."""
    database = os.path.join(data_dir, "journal.sqlite")
    with contextlib.closing(sqlite3.connect(f"file:{database}?mode=ro", uri=True, timeout=10)) as db:
        return [row for row in db.execute(sql, parameters)]


def notes(data_dir):
    return [row[0] for row in journal_rows(data_dir, "SELECT text FROM notes ORDER BY id")]


def integrity(data_dir):
    return journal_rows(data_dir, "PRAGMA integrity_check")[0][0]
