"""What the two JSON Schema checkers (playbooks, scenarios) share: the validator, error messages
that say where a document is wrong, and reading JSON as UTF-8."""

import json
import sys

try:
    from jsonschema import Draft202012Validator  # noqa: F401 (re-exported for the checkers)
    from jsonschema.exceptions import best_match
except ImportError:  # pragma: no cover - depends on the machine
    print("FAIL python3-jsonschema is not installed (apt-get install python3-jsonschema)")
    sys.exit(2)


def json_path(path):
    """A JSON Pointer-like location for messages, e.g. /steps/3/timer/minMs."""
    return "/" + "/".join(str(p) for p in path) if path else "(top level)"


def describe(error):
    """One line per error; for oneOf/anyOf, the most relevant sub-error too."""
    text = f"{json_path(error.absolute_path)}: {error.message}"
    if len(text) > 300:
        text = text[:297] + "..."
    if error.context:
        inner = best_match(error.context)
        text += f" [{json_path(inner.absolute_path)}: {inner.message[:200]}]"
    return text


def errors_of(validator, document):
    return sorted(validator.iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path])


def load_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)
