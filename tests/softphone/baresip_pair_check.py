#!/usr/bin/env python3
"""Two real baresip instances on loopback call each other, with no sound hardware.

Three calls, each between a fresh pair of instances. The caller (SIP user +48221234567,
display name "Paweł Nowak") dials the callee (bob), and:

- answered: bob answers with the ``accept`` command; after a second the caller hangs up;
- missed: the caller hangs up while bob's phone still rings;
- auto-answered: bob's account has ``;answermode=auto`` (baresip 1.0 then sends no
  CALL_INCOMING event, only CALL_ESTABLISHED); the caller hangs up after half a second;
- one-client-at-a-time: nobody in the test holds bob's ctrl_tcp (as when Steadyline follows
  bob); two clients connect, the first is disconnected by baresip and the second gets the
  events; bob answers through its ``cons`` console.

The ctrl_tcp events are checked: CALL_INCOMING (callee), CALL_ESTABLISHED, CALL_CLOSED, their
fields (class, accountaor, direction, peeruri, peerdisplayname) and the call ``id``, which is
the same on both sides of a call.

    baresip_pair_check.py            check only; exits 0 when every call went as expected
    baresip_pair_check.py --record   also writes the raw ctrl_tcp streams (bytes exactly as
                                     received, from connecting until baresip closed the
                                     connection on shutdown) to data/baresip-1.0-*.bin:
                                     callee.bin and caller.bin (answered), callee-missed.bin,
                                     callee-autoanswer.bin

Exits 77 (skipped) when baresip is not installed, 1 on failure.
"""
import argparse
import os
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import baresip  # noqa: E402

DATA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")
CALLER_USER = "+48221234567"
CALLER_NAME = "Paweł Nowak"


def fail(message, *instances):
    print("FAIL:", message, flush=True)
    for instance in instances:
        print(f"--- {instance.user} log ({instance.log_path}) ---\n{instance.log()}", flush=True)
    sys.exit(1)


def expect(condition, message, *instances):
    if not condition:
        fail(message, *instances)


def check_call_event(event, instance, direction, peer):
    where = f"{instance.user}'s {event.get('type')}"
    expect(event.get("class") == "call", f"{where}: class is {event.get('class')!r}", instance)
    expect(event.get("accountaor") == instance.uri, f"{where}: accountaor is {event.get('accountaor')!r}", instance)
    expect(event.get("direction") == direction, f"{where}: direction is {event.get('direction')!r}", instance)
    expect(event.get("peeruri") == peer.uri, f"{where}: peeruri is {event.get('peeruri')!r}", instance)
    expect(bool(event.get("id")), f"{where}: no call id", instance)


def answered_call(alice, bob):
    """alice dials bob, bob accepts, alice hangs up after a second."""
    response = alice.dial(bob.uri)
    expect(response.get("ok") is True, f"dial was refused: {response}", alice)

    incoming = bob.wait_for_event("CALL_INCOMING", 10)
    check_call_event(incoming, bob, "incoming", alice)
    expect(incoming.get("peerdisplayname") == CALLER_NAME,
           f"bob's CALL_INCOMING: peerdisplayname is {incoming.get('peerdisplayname')!r}", bob)
    call_id = incoming["id"]

    response = bob.accept()
    expect(response.get("ok") is True, f"accept was refused: {response}", bob)
    for instance, direction, peer in ((bob, "incoming", alice), (alice, "outgoing", bob)):
        established = instance.wait_for_event("CALL_ESTABLISHED", 10)
        check_call_event(established, instance, direction, peer)
        expect(established["id"] == call_id, f"{instance.user}: call id {established['id']!r} != {call_id!r}",
               instance)

    time.sleep(1.0)
    response = alice.hangup()
    expect(response.get("ok") is True, f"hangup was refused: {response}", alice)
    for instance, direction, peer in ((alice, "outgoing", bob), (bob, "incoming", alice)):
        closed = instance.wait_for_event("CALL_CLOSED", 10)
        check_call_event(closed, instance, direction, peer)
        expect(closed["id"] == call_id, f"{instance.user}: call id {closed['id']!r} != {call_id!r}", instance)
    return call_id


def missed_call(alice, bob):
    """alice dials bob and hangs up while it still rings."""
    response = alice.dial(bob.uri)
    expect(response.get("ok") is True, f"dial was refused: {response}", alice)
    incoming = bob.wait_for_event("CALL_INCOMING", 10)
    check_call_event(incoming, bob, "incoming", alice)
    alice.wait_for_event("CALL_RINGING", 10)
    response = alice.hangup()
    expect(response.get("ok") is True, f"hangup was refused: {response}", alice)
    closed = bob.wait_for_event("CALL_CLOSED", 10)
    check_call_event(closed, bob, "incoming", alice)
    expect(closed["id"] == incoming["id"], "the missed call closed with another id", bob)
    alice.wait_for_event("CALL_CLOSED", 10)
    expect(not [e for e in bob.events(0.2) if e.get("type") == "CALL_ESTABLISHED"], "the missed call was established",
           bob)
    return incoming["id"]


def auto_answered_call(alice, bob):
    """bob has ;answermode=auto: baresip 1.0 then sends no CALL_INCOMING, only CALL_ESTABLISHED."""
    response = alice.dial(bob.uri)
    expect(response.get("ok") is True, f"dial was refused: {response}", alice)
    established = bob.wait_for_event("CALL_ESTABLISHED", 10)
    check_call_event(established, bob, "incoming", alice)
    alice.wait_for_event("CALL_ESTABLISHED", 10)
    time.sleep(0.5)
    alice.hangup()
    closed = bob.wait_for_event("CALL_CLOSED", 10)
    expect(closed["id"] == established["id"], "the call closed with another id", bob)
    alice.wait_for_event("CALL_CLOSED", 10)
    expect(not [e for e in bob.events(0.2) if e.get("type") == "CALL_INCOMING"],
           "an auto-answered call sent CALL_INCOMING (baresip 1.0 does not; has baresip changed?)", bob)
    return established["id"]


def one_client_at_a_time(alice, bob):
    """bob's ctrl_tcp is left to others (as Steadyline will have it). A second client takes
    over from the first, which is disconnected; the test answers through the cons console."""
    first = baresip.CtrlClient(bob.ctrl_port, name="first client")
    second = baresip.CtrlClient(bob.ctrl_port, name="second client")
    try:
        expect(first.read_until_closed(5), "baresip kept its first ctrl_tcp client after a second connected", bob)
        response = alice.dial(bob.uri)
        expect(response.get("ok") is True, f"dial was refused: {response}", alice)
        incoming = second.wait_for_event("CALL_INCOMING", 10)
        check_call_event(incoming, bob, "incoming", alice)
        bob.console_command("accept")
        established = second.wait_for_event("CALL_ESTABLISHED", 10)
        alice.wait_for_event("CALL_ESTABLISHED", 10)
        alice.hangup()
        closed = second.wait_for_event("CALL_CLOSED", 10)
        expect(incoming["id"] == established["id"] == closed["id"], "the call changed its id", bob)
        expect(not [m for m in first.messages if m.get("event")], "the first client got events", bob)
        return incoming["id"]
    finally:
        first.close()
        second.close()


# name, what happens, how the callee is made, what to record: {"caller"|"callee": file name}
SCENARIOS = (
    ("answered", answered_call, {}, {"callee": "baresip-1.0-callee.bin", "caller": "baresip-1.0-caller.bin"}),
    ("missed", missed_call, {}, {"callee": "baresip-1.0-callee-missed.bin"}),
    ("auto-answered", auto_answered_call, {"answermode": "auto"}, {"callee": "baresip-1.0-callee-autoanswer.bin"}),
    ("one-client-at-a-time", one_client_at_a_time, {"connect": False, "console": True}, {}),
)


def run(work, record):
    started = time.monotonic()
    ids = set()
    for name, scenario, callee, recordings in SCENARIOS:
        alice = bob = None
        try:
            alice = baresip.Baresip(os.path.join(work, name, "alice"), CALLER_USER, display_name=CALLER_NAME)
            bob = baresip.Baresip(os.path.join(work, name, "bob"), "bob", **callee)
            call_id = scenario(alice, bob)
            expect(call_id not in ids, f"{name}: call id {call_id!r} was used by an earlier call", bob)
            ids.add(call_id)
            for instance in (alice, bob):
                if instance.ctrl is not None:
                    instance.events(0.3)
            alice.stop()                  # reads until baresip closes ctrl_tcp (SHUTDOWN, EXIT)
            bob.stop()
        except baresip.BaresipError as error:
            fail(f"{name}: {error}", *(i for i in (alice, bob) if i))
        finally:
            for instance in (alice, bob):
                if instance:
                    instance.stop()
        if record:
            for side, file_name in recordings.items():
                write((bob if side == "callee" else alice).raw, file_name)
        print(f"ok: {name} ({time.monotonic() - started:.1f}s so far)", flush=True)


def write(data, name):
    os.makedirs(DATA, exist_ok=True)
    path = os.path.join(DATA, name)
    with open(path, "wb") as f:
        f.write(bytes(data))
    print(f"recorded {len(data)} bytes to {path}", flush=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--record", action="store_true", help="write the raw ctrl_tcp streams to data/")
    parser.add_argument("--keep", action="store_true", help="keep the baresip folders and logs")
    args = parser.parse_args()
    baresip.require()
    if args.keep:
        work = tempfile.mkdtemp(prefix="steadyline-baresip-")
        print("work folder:", work, flush=True)
        run(work, args.record)
    else:
        with tempfile.TemporaryDirectory(prefix="steadyline-baresip-") as work:
            run(work, args.record)


if __name__ == "__main__":
    main()
