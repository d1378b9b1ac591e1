"""Shared helpers for the desktop tests that run the real steadyline binary as a user would."""
import atexit
import os
import shutil
import subprocess
import sys
import tempfile
import time


def fail(message):
    print("FAIL:", message)
    sys.exit(1)


def check(condition, message):
    if not condition:
        fail(message)


class Sandbox:
    """A home of its own: settings, data, logs and the instance socket in a temporary folder."""

    def __init__(self, prefix):
        self.root = tempfile.mkdtemp(prefix=prefix)
        atexit.register(shutil.rmtree, self.root, ignore_errors=True)
        self.config = os.path.join(self.root, "config")
        self.data_home = os.path.join(self.root, "share")
        self.runtime = os.path.join(self.root, "run")
        for folder in (self.config, self.data_home, self.runtime):
            os.makedirs(folder, mode=0o700)
        # A rehearsal (--rehearse) looks for the caller's voice: libspeechd is pointed at a socket
        # that does not exist and may not start speech-dispatcher, which on a machine without sound
        # deadlocks and stays after the test. The voice itself is voice_tests'.
        self.env = dict(os.environ, XDG_CONFIG_HOME=self.config, XDG_DATA_HOME=self.data_home,
                        XDG_RUNTIME_DIR=self.runtime, QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8",
                        SPEECHD_ADDRESS="unix_socket:" + os.path.join(self.runtime, "no-speechd.sock"),
                        SPEECHD_CMD="false")
        self.env.pop("WAYLAND_DISPLAY", None)

    @property
    def log_file(self):
        return os.path.join(self.data_home, "Steadyline", "steadyline", "logs", "steadyline.log")

    def write_settings(self, text):
        folder = os.path.join(self.config, "Steadyline")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "steadyline.conf"), "w", encoding="utf-8") as f:
            f.write(text)

    def read_log(self):
        try:
            with open(self.log_file, encoding="utf-8") as f:
                return f.read()
        except FileNotFoundError:
            return ""


def wait_for(predicate, timeout=20.0, what="a condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.05)
    fail(f"timed out after {timeout:.0f} s waiting for {what}")


def stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)
