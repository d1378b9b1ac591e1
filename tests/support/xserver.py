"""A private X server for the real-process tests, and the app's window found on it.

Xvfb is started with -displayfd: it writes its display number to the pipe only once it accepts
connections, so nobody races it (waiting for the socket file did: the file can exist before the
server answers, and a loaded run failed with "could not connect to display"). It picks a free
display number itself, so tests running at once never take each other's display.

Two Xvfb looking for a free number at the same moment can still break each other: the one that
loses the race for :N has already unlinked and bound /tmp/.X11-unix/XN before it moves on, so the
winner's socket file is gone and clients get "could not connect to display :N" (seen in loaded
runs with several real-process tests at once). Starting servers one at a time, under a lock file
held until the display is reported, closes that window.

A CI run under the sanitizers still failed with "could not connect to display :0" on a server
that had reported :0. An X server resets when its last client leaves, and refuses connections
while it does: a client that came and went before the app (xdotool, or a check) left the app
knocking during a reset. Xvfb runs with -noreset. Besides, each server takes a display number
drawn at random from 100 – 999 rather than the lowest free one (a number just given up is not
reused at once), and counts as started only once it has answered an X11 connection handshake;
otherwise it is stopped and another number is tried.
"""
import fcntl
import os
import random
import select
import socket
import subprocess
import tempfile
import time

_START_LOCK = os.path.join(tempfile.gettempdir(), "steadyline-tests-xvfb-start.lock")

SKIP = 77


class XServerError(RuntimeError):
    pass


class XServer:
    """Xvfb on a display of its own; use as a context manager or call stop()."""

    def __init__(self, screen="1024x768x24", timeout=30):
        try:
            lock = open(_START_LOCK, "a")
        except OSError:  # another user's lock file: start without it, as before
            self._start(screen, timeout)
            return
        with lock:
            fcntl.flock(lock, fcntl.LOCK_EX)  # released when the file closes
            self._start(screen, timeout)

    def _start(self, screen, timeout, attempts=5):
        for _ in range(attempts):
            number = str(random.randrange(100, 1000))
            if self._start_on(number, screen, timeout) and self._answers(number):
                self.display = ":" + number
                return
            self.stop()
        raise XServerError(f"Xvfb did not start and answer on a display within {attempts} attempts")

    def _start_on(self, number, screen, timeout):
        """True when Xvfb on :number reported itself ready (-displayfd)."""
        read, write = os.pipe()
        try:
            # -noreset: by default an X server resets when its last client leaves, and a client
            # connecting meanwhile is refused (a check of the server, or xdotool, then the app).
            self.process = subprocess.Popen(["Xvfb", ":" + number, "-displayfd", str(write), "-noreset", "-screen",
                                             "0", screen, "-nolisten", "tcp"],
                                            pass_fds=(write,), stdout=subprocess.DEVNULL,
                                            stderr=subprocess.DEVNULL)
        except FileNotFoundError as error:
            os.close(read)
            os.close(write)
            raise XServerError("Xvfb is not installed") from error
        os.close(write)
        try:
            return self._read_display_number(read, timeout) == number
        finally:
            os.close(read)

    @staticmethod
    def _answers(number, timeout=10):
        """True when the server on :number accepts an X11 connection (its setup reply says success)."""
        # Connection setup: little-endian, protocol 11.0, no authorisation (Xvfb allows local clients).
        setup = b"l\x00" + (11).to_bytes(2, "little") + (0).to_bytes(2, "little") + bytes(6)
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
                connection.settimeout(timeout)
                connection.connect(f"/tmp/.X11-unix/X{number}")
                connection.sendall(setup)
                return connection.recv(1) == b"\x01"
        except OSError:
            return False

    def _read_display_number(self, read, timeout):
        text = b""
        deadline = time.monotonic() + timeout
        while not text.endswith(b"\n"):
            remaining = deadline - time.monotonic()
            if remaining <= 0 or self.process.poll() is not None:
                break
            ready, _, _ = select.select([read], [], [], remaining)
            if not ready:
                break
            chunk = os.read(read, 16)
            if not chunk:
                break
            text += chunk
        return text.decode().strip()

    def environment(self, base=None):
        """base (default: os.environ) with DISPLAY set to this server and Qt on xcb."""
        env = dict(os.environ if base is None else base, DISPLAY=self.display, QT_QPA_PLATFORM="xcb")
        env.pop("WAYLAND_DISPLAY", None)
        return env

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()


def find_window(env, process, name="^Steadyline$", timeout=60):
    """The X window id of `process` whose title matches `name`, once it is mapped.

    Raises XServerError when the process exits first or the window does not appear in time."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise XServerError(f"the app exited with {process.returncode} before its window appeared")
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(process.pid), "--name", name],
                               env=env, capture_output=True, text=True, timeout=30)
        ids = found.stdout.split()
        if ids:
            return ids[0]
        time.sleep(0.1)
    raise XServerError(f"no window named {name} within {timeout}s")
