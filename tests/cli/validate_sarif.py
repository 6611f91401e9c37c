#!/usr/bin/env python3
"""Runs orgmap-cli and validates its SARIF output against the SARIF 2.1.0 schema.

Usage: validate_sarif.py SCHEMA COMMAND [ARG...]
The command's exit status 0 or 1 (findings) is fine; 2 is a failure.
"""
import json
import subprocess
import sys

import jsonschema  # Debian: python3-jsonschema


def main():
    schema_path, command = sys.argv[1], sys.argv[2:]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    run = subprocess.run(command, capture_output=True, check=False)
    if run.returncode not in (0, 1):
        sys.exit(f"{command[0]} exited {run.returncode}: {run.stderr.decode(errors='replace')}")
    log = json.loads(run.stdout)
    validator = jsonschema.Draft4Validator(schema)
    errors = sorted(validator.iter_errors(log), key=lambda e: list(e.absolute_path))
    for error in errors:
        pointer = "/" + "/".join(str(p) for p in error.absolute_path)
        print(f"{pointer}: {error.message}", file=sys.stderr)
    if errors:
        sys.exit(f"{len(errors)} schema violation(s)")
    results = log["runs"][0]["results"]
    if not results:
        sys.exit("no results: the example map is expected to have findings")
    print(f"valid SARIF 2.1.0: {len(results)} results, "
          f"{len(log['runs'][0]['tool']['driver']['rules'])} rules")


if __name__ == "__main__":
    main()
