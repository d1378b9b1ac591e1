"""A real baresip softphone for tests: one instance on loopback, driven through its ctrl_tcp
module (JSON messages framed as netstrings, ``LEN:JSON,``), with no sound hardware, no
display and no standard input.

    with tempfile.TemporaryDirectory() as work:
        alice = Baresip(os.path.join(work, "alice"), "alice")
        bob = Baresip(os.path.join(work, "bob"), "bob")
        alice.dial(bob.uri)
        bob.wait_for_event("CALL_INCOMING", 10)
        bob.accept()
        ...
        alice.hangup()
        alice.stop(); bob.stop()

Written for baresip 1.0.0 (Debian 12). Facts about that version that shape this module:

- ctrl_tcp serves ONE client at a time. A new connection silently replaces the previous one:
  baresip closes the old socket and sends events only to the newest client. So a test cannot
  watch an instance's events while Steadyline watches the same instance: make the instance
  that Steadyline follows with ``Baresip.unwatched`` (no ctrl_tcp connection of ours) and
  drive it through baresip's ``cons`` console instead (``console_command("accept")``).
- With ``;answermode=auto`` baresip 1.0 answers at once and sends NO ``CALL_INCOMING`` event,
  only ``CALL_ESTABLISHED``. The default here is manual answering with the ``accept`` command.
- Events carry ``accountaor``, ``direction`` (``incoming``/``outgoing``), ``peeruri``, ``id``
  (the SIP Call-ID) and ``param``; newer baresip versions renamed some of these.
- SIP listens on UDP and TCP at the configured port and TLS on the next port up.

SIP, ctrl_tcp and console ports are drawn below the kernel's ephemeral port range (see
``free_port``); ``stop()`` then ``start()`` restarts an instance on the same ports.

Only the Python standard library is used. When ``baresip`` is not installed, ``require()``
(called by the constructor) exits with 77, which ctest reports as skipped.
"""
import json
import os
import random
import shutil
import signal
import socket
import subprocess
import sys
import time

SKIP = 77
MODULE_PATH_CANDIDATES = ("/usr/lib/baresip/modules", "/usr/lib64/baresip/modules",
                          "/usr/local/lib/baresip/modules")

# SIP, ctrl_tcp and console ports; RTP ports (chosen by baresip itself) stay in RTP_PORTS.
# Both lie below Linux's default ephemeral range (32768-60999) and apart from each other.
PORT_RANGE = (11000, 16999)
RTP_PORTS = (20000, 29999)

_reserved_ports = set()


class BaresipError(Exception):
    pass


class PortInUse(BaresipError):
    """baresip could not bind one of the ports chosen for it."""


def skip(message):
    print("SKIP:", message, flush=True)
    sys.exit(SKIP)


def require():
    """Returns the path of the baresip binary and its module folder, or exits with 77."""
    binary = shutil.which("baresip")
    if not binary:
        skip("baresip is not installed (Debian: apt-get install --no-install-recommends baresip-core)")
    for folder in MODULE_PATH_CANDIDATES:
        if os.path.exists(os.path.join(folder, "ctrl_tcp.so")):
            return binary, folder
    skip("baresip is installed but its ctrl_tcp module was not found")


def _port_is_free(port, kind):
    with socket.socket(socket.AF_INET, kind) as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def _ephemeral_range():
    try:
        with open("/proc/sys/net/ipv4/ip_local_port_range", encoding="ascii") as f:
            low, high = (int(x) for x in f.read().split())
        return low, high
    except (OSError, ValueError):
        return 32768, 60999


def free_port(span=1):
    """A port on 127.0.0.1 that is free for TCP and UDP, as are the ``span - 1`` ports above it,
    and that no earlier call in this process handed out.

    The port is drawn from PORT_RANGE, below the kernel's ephemeral range, so that no socket
    given a port by the kernel (an outgoing connection, baresip's DNS client) can take it
    between this check and baresip's bind. Another process could still bind it explicitly;
    ``Baresip`` then draws new ports and starts again (baresip exits with EADDRINUSE, 98)."""
    low, high = PORT_RANGE
    ephemeral = _ephemeral_range()
    for _ in range(500):
        if low < ephemeral[0] and high < ephemeral[0]:
            port = random.randrange(low, high - span + 2)
        else:                             # an unusual ephemeral range: let the kernel choose
            with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
                s.bind(("127.0.0.1", 0))
                port = s.getsockname()[1]
        wanted = range(port, port + span)
        if port + span > 65535 or any(p in _reserved_ports for p in wanted):
            continue
        if all(_port_is_free(p, socket.SOCK_STREAM) and _port_is_free(p, socket.SOCK_DGRAM) for p in wanted):
            _reserved_ports.update(wanted)
            return port
    raise BaresipError("no free port found on 127.0.0.1")


class NetstringReader:
    """Splits a byte stream into netstring payloads (``LEN:PAYLOAD,``), whatever the chunking.

    ``feed()`` takes any number of bytes, however a message was cut, and returns the payloads
    completed by them (as bytes). LEN counts bytes, not characters (baresip sends UTF-8 as
    is). A malformed frame raises ValueError."""

    MAX_DIGITS = 8

    def __init__(self):
        self._buffer = bytearray()

    def feed(self, data):
        self._buffer += data
        payloads = []
        while self._buffer:
            colon = self._buffer.find(b":", 0, self.MAX_DIGITS + 1)
            if colon < 0:
                if not self._buffer.isdigit() or len(self._buffer) > self.MAX_DIGITS:
                    raise ValueError(f"netstring: bad length prefix {bytes(self._buffer[:16])!r}")
                break                     # the length is still arriving
            digits = bytes(self._buffer[:colon])
            if not digits.isdigit():
                raise ValueError(f"netstring: bad length prefix {digits!r}")
            end = colon + 1 + int(digits)
            if len(self._buffer) < end + 1:
                break                     # the payload or its ',' is still arriving
            if self._buffer[end] != ord(","):
                raise ValueError("netstring: missing ',' after payload")
            payloads.append(bytes(self._buffer[colon + 1:end]))
            del self._buffer[:end + 1]
        return payloads

    @property
    def pending(self):
        """Bytes received that do not yet make a whole netstring."""
        return bytes(self._buffer)


def encode_netstring(payload):
    return str(len(payload)).encode() + b":" + payload + b","


class CtrlClient:
    """One connection to a baresip ctrl_tcp port: commands out, events and responses in.

    Every byte received is kept in ``raw`` exactly as it came, every decoded message (dict)
    in ``messages``. Connecting takes the events away from any other client (baresip 1.0
    serves one client at a time); when another client connects, this one reads end-of-stream.
    """

    def __init__(self, port, host="127.0.0.1", timeout=5.0, name="ctrl_tcp", alive=None):
        self.name = name
        self.raw = bytearray()
        self.messages = []
        self.closed = False               # baresip closed the connection
        self._reader = NetstringReader()
        self._cursor = 0                  # wait_for_event looks at messages from here on
        self._token = 0
        deadline = time.monotonic() + timeout
        while True:
            if alive is not None:
                alive()
            try:
                self.sock = socket.create_connection((host, port), timeout=1)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise BaresipError(f"{name}: nothing accepts connections on {host}:{port}")
                time.sleep(0.05)

    def close(self):
        if self.sock is not None:
            self.sock.close()
            self.sock = None

    def send(self, command, params=None, token=None):
        """Sends one command; returns its token (made up when not given)."""
        if self.sock is None:
            raise BaresipError(f"{self.name}: not connected")
        if token is None:
            self._token += 1
            token = f"t{self._token}"
        message = {"command": command, "token": token}
        if params is not None:
            message["params"] = params
        self.sock.sendall(encode_netstring(json.dumps(message).encode()))
        return token

    def pump(self, timeout):
        """Reads one chunk if any arrives within ``timeout`` seconds; True when one did.
        Raises BaresipError at end-of-stream."""
        if self.sock is None or self.closed:
            raise BaresipError(f"{self.name}: the connection is closed")
        self.sock.settimeout(max(timeout, 0.001))
        try:
            data = self.sock.recv(65536)
        except (socket.timeout, BlockingIOError):
            return False
        if not data:
            self.closed = True
            raise BaresipError(f"{self.name}: ctrl_tcp closed the connection "
                               "(another client took over, or baresip ended)")
        self.raw += data
        for payload in self._reader.feed(data):
            self.messages.append(json.loads(payload))
        return True

    def read_until_closed(self, timeout):
        """Reads until baresip closes the connection; False if it did not within ``timeout``."""
        deadline = time.monotonic() + timeout
        try:
            while time.monotonic() < deadline:
                self.pump(deadline - time.monotonic())
        except BaresipError:
            return True
        return False

    def _wait(self, predicate, timeout, what, start=0):
        deadline = time.monotonic() + timeout
        index = start
        while True:
            while index < len(self.messages):
                if predicate(self.messages[index]):
                    return index
                index += 1
            left = deadline - time.monotonic()
            if left <= 0:
                seen = [m.get("type") or m for m in self.messages[start:]]
                raise BaresipError(f"{self.name}: timed out after {timeout}s waiting for {what}; saw {seen}")
            self.pump(min(left, 0.5))

    def command(self, command, params=None, timeout=5.0):
        """Sends a command and returns baresip's response (a dict with ok, data, token)."""
        token = self.send(command, params)
        index = self._wait(lambda m: m.get("response") and m.get("token") == token, timeout,
                           f"the response to {command!r}")
        return self.messages[index]

    def events(self, wait=0.0):
        """Every event received so far, after reading what arrives within ``wait`` seconds."""
        if self.sock is not None and not self.closed:
            deadline = time.monotonic() + wait
            while self.pump(max(deadline - time.monotonic(), 0.001)):
                pass
        return [m for m in self.messages if m.get("event")]

    def wait_for_event(self, event_type, timeout=10.0):
        """Returns the next event of this type after the last one waited for."""
        index = self._wait(lambda m: m.get("event") and m.get("type") == event_type, timeout, event_type,
                           self._cursor)
        self._cursor = index + 1
        return self.messages[index]


class Baresip:
    """One baresip instance in ``folder`` (created if needed) with one SIP account
    ``sip:USER@127.0.0.1:PORT`` that does not register anywhere.

    ``connect=True`` (the default) makes this object the instance's ctrl_tcp client, so that
    ``send``, ``command``, ``events``, ``wait_for_event``, ``dial``, ``accept`` and ``hangup``
    work, and ``raw``/``messages`` hold what came in. ``connect=False`` leaves ctrl_tcp free
    for another client (Steadyline); the instance is still started and checked to be ready.
    ``answermode`` is ``manual`` (answer with ``accept()``), ``auto`` or ``early``.
    ``console=True`` also opens baresip's ``cons`` console (UDP) on ``console_port``, for
    ``console_command()``, which works whoever holds ctrl_tcp.
    """

    def __init__(self, folder, user="alice", answermode="manual", connect=True, start=True,
                 display_name=None, console=False, startup_timeout=15.0):
        self.binary, self.module_path = require()
        self.folder = os.path.abspath(folder)
        self.user = user
        self.answermode = answermode
        self.display_name = display_name
        self.console = console
        self.process = None
        self.ctrl = None                   # our CtrlClient while we hold ctrl_tcp
        self._log = None
        os.makedirs(self.folder, exist_ok=True)
        self._choose_ports()
        if start:
            for attempt in range(3):
                try:
                    self.start(connect=connect, timeout=startup_timeout)
                    break
                except PortInUse:
                    # Another process bound a chosen port after free_port() checked it.
                    if attempt == 2:
                        raise
                    self._choose_ports()

    def _choose_ports(self):
        self.sip_port = free_port(2)       # UDP+TCP on sip_port, TLS on sip_port + 1
        self.ctrl_port = free_port(1)
        self.console_port = free_port(1) if self.console else None
        self.write_config()

    @classmethod
    def unwatched(cls, folder, user="bob", answermode="manual", **kwargs):
        """An instance whose ctrl_tcp nobody in the test holds, for Steadyline to connect to
        at ``ctrl_address``. If the test connected too, it would take the events away from
        Steadyline (one client at a time in baresip 1.0), so the test drives this instance
        through the ``cons`` console instead: ``console_command("accept")``."""
        kwargs.setdefault("console", True)
        return cls(folder, user, answermode=answermode, connect=False, **kwargs)

    # --- identity -------------------------------------------------------------------------

    @property
    def uri(self):
        return f"sip:{self.user}@127.0.0.1:{self.sip_port}"

    @property
    def ctrl_address(self):
        return f"127.0.0.1:{self.ctrl_port}"

    @property
    def log_path(self):
        return os.path.join(self.folder, "baresip.log")

    def log(self):
        """baresip's output so far, every start of this instance one after the other."""
        try:
            with open(self.log_path, "rb") as f:
                return f.read().decode("utf-8", errors="replace")
        except OSError:
            return ""

    # --- configuration --------------------------------------------------------------------

    def write_config(self):
        config = f"""\
# Written by tests/softphone/baresip.py for baresip 1.0: loopback only, no sound hardware,
# no terminal (no stdio.so), SIP without a registrar.
poll_method		epoll
sip_listen		127.0.0.1:{self.sip_port}
net_interface		127.0.0.1
call_local_timeout	120
call_max_calls		4
# ausine makes a 440 Hz tone and takes only 48 kHz stereo; G.711 is resampled from it.
audio_source		ausine,440
ausrc_srate		48000
ausrc_channels		2
# aubridge's player on a device that no source shares is a silent sink; nothing is opened.
audio_player		aubridge,nowhere
audio_alert		aubridge,nowhere
audio_level		no
ausrc_format		s16
auplay_format		s16
auenc_format		s16
audec_format		s16
audio_buffer		20-160
jitter_buffer_delay	5-10
rtp_tos			184
rtp_ports		{RTP_PORTS[0]}-{RTP_PORTS[1]}
rtcp_mux		no
rtp_stats		no
module_path		{self.module_path}
module			g711.so
module			ausine.so
module			aubridge.so
module_tmp		account.so
module_app		menu.so
module_app		ctrl_tcp.so
ctrl_tcp_listen		127.0.0.1:{self.ctrl_port}
"""
        if self.console_port:
            config += f"module_app\t\tcons.so\ncons_listen\t\t127.0.0.1:{self.console_port}\n"
        name = f'"{self.display_name}" ' if self.display_name else ""
        accounts = f"{name}<{self.uri}>;regint=0;answermode={self.answermode}\n"
        for file_name, text in (("config", config), ("accounts", accounts), ("contacts", "")):
            with open(os.path.join(self.folder, file_name), "w", encoding="utf-8") as f:
                f.write(text)

    # --- process --------------------------------------------------------------------------

    def _alive(self):
        if self.process.poll() is not None:
            raise BaresipError(f"{self.user}: baresip exited with {self.process.returncode}:\n{self.log()}")

    def start(self, connect=True, timeout=15.0):
        """Starts baresip (again, after ``stop()``: same ports, same config) and returns when it
        is ready. Readiness is an answer to a command, which only baresip's main loop gives,
        once the accounts and all modules are loaded (the sockets exist earlier). An instance
        with ``connect=False`` and a console is asked through the console, so that ctrl_tcp is
        never touched: connecting would take it away from a client already waiting there."""
        self._log = open(self.log_path, "ab")
        log_start = self._log.tell()
        self.ctrl = None
        self.process = subprocess.Popen([self.binary, "-f", self.folder], stdin=subprocess.DEVNULL,
                                        stdout=self._log, stderr=subprocess.STDOUT, cwd=self.folder,
                                        start_new_session=True)
        try:
            self._wait_until_ready(connect, timeout)
        except BaresipError as error:
            with open(self.log_path, "rb") as f:
                f.seek(log_start)
                this_start = f.read()
            if b"Address already in use" not in this_start:
                raise
            self.stop()
            raise PortInUse(f"{self.user}: a port was taken: {error}") from error

    def _wait_until_ready(self, connect, timeout):
        if connect or not self.console_port:
            self.connect(timeout)
            self.ctrl.command("reginfo", timeout=timeout)
            if not connect:
                self.disconnect()
            return
        deadline = time.monotonic() + timeout
        while not self.console_command("reginfo", timeout=0.2):
            self._alive()
            if time.monotonic() > deadline:
                raise BaresipError(f"{self.user}: the console on port {self.console_port} never answered:\n"
                                   f"{self.log()}")

    def connect(self, timeout=5.0):
        """Becomes the ctrl_tcp client (taking the events away from any other client)."""
        if self.ctrl is None:
            self.ctrl = CtrlClient(self.ctrl_port, timeout=timeout, name=self.user, alive=self._alive)
        return self.ctrl

    def disconnect(self):
        if self.ctrl is not None:
            self.ctrl.close()
            self.ctrl = None

    def stop(self, timeout=5.0):
        """Ends baresip (SIGTERM, then SIGKILL). While connected, what baresip sends as it
        shuts down (SHUTDOWN, EXIT) is read into ``raw``/``messages`` until it closes ctrl_tcp."""
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            deadline = time.monotonic() + timeout
            if self.ctrl is not None and not self.ctrl.closed:
                self.ctrl.read_until_closed(timeout)
            try:
                self.process.wait(max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout)
        if self.ctrl is not None:
            self.ctrl.close()             # kept (not None) so that raw and messages stay readable
        if self._log is not None:
            self._log.close()
            self._log = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.stop()

    # --- ctrl_tcp -------------------------------------------------------------------------

    def _client(self):
        if self.ctrl is None:
            raise BaresipError(f"{self.user}: not the ctrl_tcp client (made with connect=False?)")
        return self.ctrl

    @property
    def raw(self):
        return self.ctrl.raw if self.ctrl is not None else bytearray()

    @property
    def messages(self):
        return self.ctrl.messages if self.ctrl is not None else []

    def send(self, command, params=None, token=None):
        return self._client().send(command, params, token)

    def command(self, command, params=None, timeout=5.0):
        return self._client().command(command, params, timeout)

    def events(self, wait=0.0):
        return self._client().events(wait)

    def wait_for_event(self, event_type, timeout=10.0):
        return self._client().wait_for_event(event_type, timeout)

    def dial(self, uri):
        return self.command("dial", uri)

    def accept(self):
        return self.command("accept")

    def hangup(self):
        return self.command("hangup")

    # --- console (cons.so, UDP) -----------------------------------------------------------

    def console_command(self, command, params=None, timeout=2.0):
        """Runs a long command (``accept``, ``hangup``, ``dial URI``...) through the ``cons``
        console. Needs ``console=True``. Returns the console's first reply datagram, or ""."""
        if not self.console_port:
            raise BaresipError(f"{self.user}: no console (made without console=True)")
        line = "/" + command + (" " + params if params else "") + "\n"
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.settimeout(timeout)
            try:
                s.sendto(line.encode(), ("127.0.0.1", self.console_port))
                return s.recv(65536).decode(errors="replace")
            except (socket.timeout, ConnectionRefusedError):
                return ""
