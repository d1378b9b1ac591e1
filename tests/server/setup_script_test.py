#!/usr/bin/env python3
"""scripts/setup-team-server, as an admin runs it, on a private cluster (--cluster-dir): a CA and a
certificate for the host, TLS and SCRAM only, the schema, a team and its admin; then the admin
adds a consultant over TLS with verify-full, a plain connection is refused, and a second run
changes nothing. Needs root (the script configures PostgreSQL as the user postgres); skipped (77)
otherwise.

Usage: setup_script_test.py STEADYLINE-BINARY
"""
import os
import shutil
import socket
import subprocess
import sys
import tempfile

SKIP = 77
REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SCRIPT = os.path.join(REPO, "scripts", "setup-team-server")
PG_CTL = "/usr/lib/postgresql/15/bin/pg_ctl"


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run(args, stdin="", env=None):
    return subprocess.run(args, input=stdin, capture_output=True, text=True, env=env, timeout=240)


def main():
    binary = sys.argv[1]
    if os.geteuid() != 0 or not os.path.exists(PG_CTL) or not shutil.which("psql"):
        print("SKIP: needs root and PostgreSQL 15")
        return SKIP
    top = tempfile.mkdtemp(prefix="steadyline-setup-")
    os.chmod(top, 0o755)  # the user postgres goes through it to its cluster
    cluster = os.path.join(top, "cluster")
    port = str(free_port())
    env = dict(os.environ, STEADYLINE=binary)
    setup = [SCRIPT, "--host", "localhost", "--network", "127.0.0.1/32", "--team", "Claims", "--admin", "adm",
             "--cluster-dir", cluster, "--port", port]
    try:
        first = run(setup, "admin-password\n", env)
        if first.returncode != 0:
            fail(f"the first run failed ({first.returncode}):\n{first.stdout}\n{first.stderr}")
        for expected in ("Team server schema version", "(created)", "Team 'Claims' added.",
                         "Login 'adm' added: admin in team 'Claims'.", "The team server is ready: localhost"):
            if expected not in first.stdout:
                fail(f"the first run did not say {expected!r}:\n{first.stdout}")
        ca = os.path.join(cluster, "data", "steadyline-tls", "steadyline-ca.crt")
        key = os.path.join(cluster, "data", "steadyline-tls", "server.key")
        if not os.path.exists(ca):
            fail("no CA certificate to give to the desks")
        if os.stat(key).st_mode & 0o077:
            fail(f"the server's key is readable by others: {oct(os.stat(key).st_mode)}")
        print("first run: cluster, certificate, schema, team and admin")

        # The admin, from "another machine": over TLS, the server verified by name.
        tls = f"postgresql://adm@localhost:{port}/steadyline?sslmode=verify-full&sslrootcert={ca}"
        admin_env = dict(os.environ, PGPASSWORD="admin-password")
        added = run([binary, "server", "add-user", "anna", "--role", "agent", "--team", "Claims", "--db", tls],
                    "anna-password\n", admin_env)
        if added.returncode != 0 or "Login 'anna' added" not in added.stdout:
            fail(f"the admin could not add a consultant over TLS:\n{added.stdout}\n{added.stderr}")
        print("the admin added a consultant over TLS (verify-full)")

        # Without TLS the server refuses; a name the certificate does not hold is refused by libpq.
        plain = run(["psql", f"postgresql://anna@127.0.0.1:{port}/steadyline?sslmode=disable", "-c", "SELECT 1"],
                    env=dict(os.environ, PGPASSWORD="anna-password"))
        if plain.returncode == 0 or "pg_hba.conf rejects connection" not in plain.stderr:
            fail(f"a connection without TLS was not refused:\n{plain.stdout}\n{plain.stderr}")
        desk = run(["psql", tls.replace("adm@", "anna@"), "-tAc", "SELECT steadyline.server_info() IS NOT NULL"],
                   env=dict(os.environ, PGPASSWORD="anna-password"))
        if desk.returncode != 0 or desk.stdout.strip() != "t":
            fail(f"the consultant could not reach the server over TLS:\n{desk.stdout}\n{desk.stderr}")
        print("plain connections refused; the consultant connects over TLS")

        again = run(setup, "", env)
        if again.returncode != 0:
            fail(f"the second run failed:\n{again.stdout}\n{again.stderr}")
        for expected in ("already current, nothing changed", "Team 'Claims' is there already.",
                         "Login 'adm' is there already."):
            if expected not in again.stdout:
                fail(f"the second run did not say {expected!r}:\n{again.stdout}")
        with open(os.path.join(cluster, "data", "pg_hba.conf"), encoding="utf-8") as f:
            if f.read().count("steadyline-team-server begin") != 1:
                fail("the second run wrote its pg_hba block twice")
        print("second run: nothing changed, the certificate kept")

        wrong = run([SCRIPT, "--network", "everyone"], env=env)
        if wrong.returncode != 2 or "--host is required" not in wrong.stderr:
            fail(f"a call without --host was not refused with usage:\n{wrong.stderr}")
        print("PASS: one command sets up a TLS-only team server, again without harm")
        return 0
    finally:
        if os.path.exists(os.path.join(cluster, "data", "postmaster.pid")):
            subprocess.run(["runuser", "-u", "postgres", "--", PG_CTL, "-D", os.path.join(cluster, "data"), "-m",
                            "immediate", "stop"], capture_output=True)
        shutil.rmtree(top, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
