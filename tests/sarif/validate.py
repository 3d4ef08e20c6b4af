# SPDX-License-Identifier: MIT
"""Validates SARIF files against the SARIF 2.1.0 JSON schema.

usage: validate.py SCHEMA FILE...   exit 0 when every file is valid, 1 if
not (each error printed with its JSON path), 2 on usage errors.
"""
import json
import sys

from jsonschema import Draft202012Validator


def main():
    if len(sys.argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    validator = Draft202012Validator(schema)
    bad = 0
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
        for err in sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path)):
            where = "/".join(str(p) for p in err.absolute_path)
            print(f"{path}: /{where}: {err.message}")
            bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
