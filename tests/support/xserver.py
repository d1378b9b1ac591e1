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
"""
import fcntl
import os
import select
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

    def _start(self, screen, timeout):
        read, write = os.pipe()
        try:
            self.process = subprocess.Popen(["Xvfb", "-displayfd", str(write), "-screen", "0", screen,
                                             "-nolisten", "tcp"],
                                            pass_fds=(write,), stdout=subprocess.DEVNULL,
                                            stderr=subprocess.DEVNULL)
        except FileNotFoundError as error:
            os.close(read)
            os.close(write)
            raise XServerError("Xvfb is not installed") from error
        os.close(write)
        try:
            number = self._read_display_number(read, timeout)
        finally:
            os.close(read)
        if not number:
            self.stop()
            raise XServerError(f"Xvfb did not report a display within {timeout}s")
        self.display = ":" + number

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
