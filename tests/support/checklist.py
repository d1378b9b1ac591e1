"""What the Python checkers share: one line per check ("ok …" or "FAIL …" with the reasons)
and an exit status that says whether any failed."""


class Checklist:
    def __init__(self):
        self.failures = 0

    def report(self, ok, what, details=()):
        if ok:
            print(f"ok {what}")
        else:
            self.failures += 1
            print(f"FAIL {what}")
            for line in details:
                print(f"    {line}")

    def finish(self):
        """Prints the summary; the process's exit status: 1 if any check failed, else 0."""
        print(f"{self.failures} check(s) failed" if self.failures else "all checks passed")
        return 1 if self.failures else 0
