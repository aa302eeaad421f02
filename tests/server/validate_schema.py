#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Validates JSON documents against one of the project's JSON Schemas with python3-jsonschema.

Usage: validate_schema.py SCHEMA_DIR SCHEMA_FILE DOCUMENT...
Prints one line per document; exits 1 if any is invalid, 77 if jsonschema is missing.
"""
import json
import pathlib
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed (scripts/setup installs it)")
    sys.exit(77)

schema_dir = pathlib.Path(sys.argv[1])
schema = json.loads((schema_dir / sys.argv[2]).read_text(encoding="utf-8"))
jsonschema.Draft7Validator.check_schema(schema)
validator = jsonschema.Draft7Validator(schema)
failed = 0
for name in sys.argv[3:]:
    document = json.loads(pathlib.Path(name).read_text(encoding="utf-8"))
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    for error in errors[:5]:
        print(f"{name}: {'/'.join(map(str, error.path)) or '(root)'}: {error.message}")
    failed += bool(errors)
    if not errors:
        print(f"{name}: valid against {sys.argv[2]}")
sys.exit(1 if failed else 0)
