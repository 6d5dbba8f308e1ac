#!/usr/bin/env python3
"""Validates OpenAPI documents with openapi-spec-validator.

    python3 Tests/OpenAPI/validate.py FILE...     (or - for standard input)

Each FILE is read as JSON when it parses as JSON, else as YAML (PyYAML's safe loader, a YAML
1.1 reader: a document that reads back differently there, such as an unquoted `on` or `200`
key, fails here rather than in someone's docs site). Prints one line per document and exits
0 when every document is valid, 1 when any is invalid, 2 when a file cannot be read or parsed
or the validator is not installed (pip install openapi-spec-validator).
"""

import json
import sys


def load(path):
    """The document at path ("-" for standard input) as Python data."""
    if path == "-":
        text = sys.stdin.read()
    else:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
    try:
        return json.loads(text)
    except ValueError:
        pass
    import yaml  # openapi-spec-validator depends on PyYAML, so it is there when the validator is.

    return yaml.safe_load(text)


def describe(error):
    """One line for a validation error: where in the document, and what is wrong.

    str(error) would print the whole failing part of the document and the schema it failed.
    """
    message = getattr(error, "message", None) or str(error).splitlines()[0]
    where = getattr(error, "absolute_path", None)
    if where:
        return "at " + " > ".join(str(part) for part in where) + ": " + message
    return message


def main(paths):
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    try:
        from openapi_spec_validator import validate
    except ImportError:
        print("error: openapi-spec-validator is not installed; run 'pip install openapi-spec-validator'", file=sys.stderr)
        return 2
    status = 0
    for path in paths:
        try:
            document = load(path)
        except Exception as error:  # unreadable or not JSON/YAML: report it and go on
            print(f"error: {path}: cannot read the document: {error}", file=sys.stderr)
            status = max(status, 2)
            continue
        if not isinstance(document, dict):
            print(f"invalid: {path}: the document is not a mapping", file=sys.stderr)
            status = max(status, 1)
            continue
        try:
            validate(document)
        except Exception as error:  # the validator raises jsonschema's ValidationError and its own kinds
            print(f"invalid: {path}: {describe(error)}", file=sys.stderr)
            status = max(status, 1)
            continue
        print(f"valid: {path} (OpenAPI {document.get('openapi')})")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
