"""The built open data (make test-dist): DIR is dist/data.

- datapackage.json names every file of DIR (but itself and the .br/.gz
  copies), and every resource is a file there (frictionless checks each
  one's size and rows: `frictionless validate`, run before this);
- datapackage.json has the data's version (changes.json's last) and every
  resource a `sha256:` hash that is the file's (and a changed byte would
  not match: the check can fail);
- report.json, viewer.json, text.json and changes.json fit their JSON Schemas (draft 2020-12), and
  the schemas refuse what the loader refuses (an unknown field, a pillar
  that is not one, a date that is not ISO): the check can fail;
- facts.xlsx, read back with openpyxl, has facts.csv's header and every
  row, cell for cell, the Chinese labels intact, numbers as numbers.

Prints `N passed, 0 failed` and exits 1 on the first failure.
"""

import copy
import csv
import hashlib
import json
import pathlib
import sys

import jsonschema
import openpyxl

passed = 0


def check(ok, message):
    global passed
    if not ok:
        print(f"check.py: FAILED: {message}", file=sys.stderr)
        print(f"{passed} passed, 1 failed")
        sys.exit(1)
    passed += 1


def is_cjk(s):
    return any("\u4e00" <= c <= "\u9fff" for c in s)


def main(d):
    package = json.loads((d / "datapackage.json").read_text("utf-8"))
    files = sorted(p.name for p in d.iterdir() if p.suffix not in (".br", ".gz") and p.name != "datapackage.json")
    described = sorted(r["path"] for r in package["resources"])
    check(files == described, f"the package describes {described}, the folder has {files}")
    check(package["licenses"][0]["name"] == "OGDL-Taiwan-1.0", f"licence {package['licenses']}")

    for r in package["resources"]:
        data = (d / r["path"]).read_bytes()
        check(r.get("hash") == "sha256:" + hashlib.sha256(data).hexdigest(), f"{r['path']}: its hash {r.get('hash')!r} is not the file's")
        check(r.get("bytes") == len(data), f"{r['path']}: {r.get('bytes')} bytes described, {len(data)} there")
        check(r["hash"] != "sha256:" + hashlib.sha256(data + b" ").hexdigest(), f"{r['path']}: a changed file would match")
    changes = json.loads((d / "changes.json").read_text("utf-8"))
    version = changes["changes"][-1]["version"] if changes["changes"] else changes["published"]["version"]
    check(package.get("version") == version, f"the package's version {package.get('version')!r} is not changes.json's {version!r}")

    for name in ("report", "viewer", "text", "changes"):
        schema = json.loads((d / f"{name}.schema.json").read_text("utf-8"))
        data = json.loads((d / f"{name}.json").read_text("utf-8"))
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
        errors = [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator.iter_errors(data)]
        check(not errors, f"{name}.json does not fit {name}.schema.json: {errors[:5]}")
        # The schema can refuse: an unknown field at the top and in a record.
        bad = copy.deepcopy(data)
        bad["unknown_field"] = 1
        check(not validator.is_valid(bad), f"{name}.schema.json takes an unknown field")
    schema = json.loads((d / "report.schema.json").read_text("utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    report = json.loads((d / "report.json").read_text("utf-8"))
    for path, value in ((("activities", 0, "pillar"), "people"), (("activities", 0, "date"), "2014/05/29"), (("figures", 0, "value"), "12")):
        bad = copy.deepcopy(report)
        target = bad
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        check(not validator.is_valid(bad), f"report.schema.json takes {path} = {value!r}")

    with open(d / "facts.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    sheet = openpyxl.load_workbook(d / "facts.xlsx", read_only=True).worksheets[0]
    cells = [["" if c is None else c for c in row] for row in sheet.iter_rows(values_only=True)]
    check(cells[0] == rows[0], f"facts.xlsx's header {cells[0]} is not facts.csv's {rows[0]}")
    check(len(cells) == len(rows), f"facts.xlsx has {len(cells) - 1} rows, facts.csv {len(rows) - 1}")
    header = rows[0]
    chinese = 0
    for n, (csv_row, xlsx_row) in enumerate(zip(rows[1:], cells[1:]), start=2):
        xlsx_row = list(xlsx_row) + [""] * (len(header) - len(xlsx_row))
        for column, a, b in zip(header, csv_row, xlsx_row):
            if column in ("year", "value") and a != "":
                check(isinstance(b, (int, float)) and float(a) == float(b), f"row {n}, {column}: {b!r} in facts.xlsx, {a} in facts.csv")
            else:
                check(a == b, f"row {n}, {column}: {b!r} in facts.xlsx, {a!r} in facts.csv")
        chinese += is_cjk(xlsx_row[header.index("label_zh")])
    check(chinese == len(rows) - 1, f"only {chinese} of {len(rows) - 1} Chinese labels in facts.xlsx have Chinese")
    print(f"check.py: {d}: the package names every file, each with its hash, at changes.json's version; report.json, viewer.json, text.json and changes.json fit their schemas; facts.xlsx has facts.csv's {len(rows) - 1} rows")
    print(f"{passed} passed, 0 failed")


if __name__ == "__main__":
    main(pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "dist/data"))
