#!/usr/bin/env python3
"""The team's playbook folder (a network share) disappears in the middle of a call: the call goes
on with the playbook it started with, the next call still gets the last good team version, and
the app says so (its log, and the window's playbook banner built from the same catalog problem).
When the folder is back, the catalog reloads it. Runs the real app under Xvfb, the folder first
deleted, then (where mounting is allowed) a tmpfs share unmounted under the running app, once
with its mount point removed and once with the empty mount point left behind.

Usage: playbook_folder_gone.py STEADYLINE_BINARY
"""
import glob
import json
import os
import shutil
import subprocess
import sys

from faultsupport import desktop, fail, integrity, journal_rows, notes, wait_until

SOURCE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "playbooks",
                      "aggressive-caller-pl.json")
TEAM_REVISION = 7


def write_team_playbook(folder):
    """The shipped Polish playbook as the team's revision 7 (a newer one wins over the built-in)."""
    os.makedirs(folder, exist_ok=True)
    with open(SOURCE, encoding="utf-8") as f:
        playbook = json.load(f)
    playbook["revision"] = TEAM_REVISION
    with open(os.path.join(folder, "aggressive-caller-pl.json"), "w", encoding="utf-8") as f:
        json.dump(playbook, f, ensure_ascii=False, indent=2)


def log_text(work):
    found = glob.glob(os.path.join(work, "share", "**", "steadyline.log"), recursive=True)
    if not found:
        return ""
    with open(found[0], encoding="utf-8") as f:
        return f.read()


def calls(data):
    return journal_rows(data, "SELECT id, playbook_id, playbook_revision, outcome FROM calls ORDER BY id")


def steps_of(data, call_id):
    return [row[0] for row in journal_rows(
        data, "SELECT step_id FROM timeline WHERE call_id = ? AND kind = 'step_entered' ORDER BY id", (call_id,))]


def one_call_through_the_loss(d, binary, work, team, lose, bring_back, label):
    data = os.path.join(work, f"data-{label}")
    app, window = d.start(binary, data, {"XDG_DATA_HOME": os.path.join(work, "share")})
    wait_until(lambda: f"aggressive-caller-pl revision {TEAM_REVISION}" in log_text(work), 30,
               "the team's playbook to load")
    d.keys(window, "Return", "F5", "F8")  # the call, step 2, the note field
    d.type("Przed awaria")
    d.xdotool("key", "Return")
    wait_until(lambda: os.path.exists(os.path.join(data, "journal.sqlite")) and notes(data), 15, "the first note")
    first = calls(data)
    if first[0][1:3] != ("aggressive-caller-pl", TEAM_REVISION):
        fail(f"the call did not start with the team's playbook: {first}")

    warnings_before = log_text(work).count("playbook folder unreachable")
    lose()
    wait_until(lambda: log_text(work).count("playbook folder unreachable") > warnings_before, 60,
               "the app to notice the folder is gone")
    if app.poll() is not None:
        fail(f"the app ended when the folder went away (exit {app.returncode})")

    # The call goes on: the next step, another note.
    d.focus(window)
    d.keys(window, "F5", "F8")
    d.type("Po awarii")
    d.xdotool("key", "Return")
    wait_until(lambda: len(notes(data)) == 2, 15, "the note written after the folder went away")
    call_id = first[0][0]
    if steps_of(data, call_id) != ["help_offer", "boundary", "final_warning"]:
        fail(f"the call did not go on after the folder went away: steps {steps_of(data, call_id)}")
    d.keys(window, "F10")
    wait_until(lambda: calls(data)[0][3] is not None, 15, "the end of the call")

    # The next call still gets the last good team version. Ended at the final warning, the call
    # counts as abusive (#18): Esc skips the break it offers, Enter leaves the summary, Enter starts.
    d.keys(window, "Escape", "Return", "Return")
    wait_until(lambda: len(calls(data)) == 2, 15, "a second call")
    second = calls(data)[1]
    if second[1:3] != ("aggressive-caller-pl", TEAM_REVISION):
        fail(f"the next call lost the team's playbook while the folder was gone: {second}")
    if integrity(data) != "ok":
        fail("integrity_check is not ok")

    loaded_before = log_text(work).count(f"aggressive-caller-pl revision {TEAM_REVISION}")
    bring_back()
    wait_until(lambda: log_text(work).count(f"aggressive-caller-pl revision {TEAM_REVISION}") > loaded_before, 60,
               "the team's playbook to reload when the folder is back")
    print(f"{label}: the call went on (steps {', '.join(steps_of(data, call_id))}, notes {notes(data)}), "
          f"the next call kept team revision {TEAM_REVISION}, the log says the folder is unreachable, "
          f"and the folder reloaded when back")
    app.terminate()
    app.wait(timeout=20)


def main():
    binary = sys.argv[1]
    with desktop() as d:
        team = os.path.join(d.work, "team")
        write_team_playbook(team)
        with open(os.path.join(d.work, "config", "Steadyline", "steadyline.conf"), "a", encoding="utf-8") as f:
            f.write(f"[playbooks]\nteamFolder={team}\n")

        # 1. The folder deleted (a share's folder removed by an administrator).
        aside = team + "-aside"
        one_call_through_the_loss(d, binary, d.work, team, lambda: os.rename(team, aside),
                                  lambda: os.rename(aside, team), "deleted")

        # 2. The share unmounted under the running app (a tmpfs stands for it), and its mount
        # point removed too.
        shutil.rmtree(team)
        os.makedirs(team)
        mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1024k", "tmpfs", team],
                                 capture_output=True, text=True)
        if mounted.returncode != 0:
            print(f"the unmount cases are not run: cannot mount a tmpfs here ({mounted.stderr.strip()})")
            return
        write_team_playbook(team)

        def unmount(remove_mount_point):
            # Lazy, as a vanished network share.
            subprocess.run(["umount", "-l", team], check=True)
            if remove_mount_point:
                os.rmdir(team)

        def remount():
            os.makedirs(team, exist_ok=True)
            subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1024k", "tmpfs", team], check=True)
            write_team_playbook(team)

        one_call_through_the_loss(d, binary, d.work, team, lambda: unmount(True), remount, "unmounted")

        # 3. Unmounted, the mount point left behind as an empty folder of the parent file system
        # (what an automounter or a dropped CIFS share usually leaves): not "no team playbooks".
        one_call_through_the_loss(d, binary, d.work, team, lambda: unmount(False), remount,
                                  "unmounted, empty mount point left")

if __name__ == "__main__":
    main()
