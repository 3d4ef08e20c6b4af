# SPDX-License-Identifier: MIT
"""The functions the public headers declare, for the export-list test.

A declaration is a statement at file scope that ends with ';', has a
parameter list and is no typedef. Yields (header, line, name, exported)
where exported says whether the statement opens with CC_API."""
import re
import sys
from pathlib import Path

COMMENT = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)


def blank(match):
    # Keep line breaks so that line numbers stay right.
    return re.sub(r"[^\n]", " ", match.group(0))


def declarations(header):
    text = COMMENT.sub(blank, header.read_text())
    depth = 0
    stmt = []
    start = 0
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.strip()
        if depth == 0 and not stmt:
            if not stripped or stripped.startswith("#") or not re.match(r"[A-Za-z_]", stripped):
                depth += line.count("{") - line.count("}")
                continue
            if re.match(r"(typedef|G_BEGIN_DECLS|G_END_DECLS|G_DEFINE_\w+)\b", stripped):
                depth += line.count("{") - line.count("}")
                continue
            start = number
        if depth > 0:
            depth += line.count("{") - line.count("}")
            continue
        stmt.append(stripped)
        joined = " ".join(stmt)
        if "{" in joined:  # an inline definition, a struct or an enum
            depth += joined.count("{") - joined.count("}")
            stmt = []
            continue
        if joined.endswith(";"):
            stmt = []
            m = re.search(r"(\w+)\s*\(", joined)
            if m and not re.search(r"\(\s*\*", joined.split(m.group(1))[0] + "("):
                yield header.name, start, m.group(1), joined.startswith("CC_API ")


if __name__ == "__main__":
    for path in sorted(Path(sys.argv[1]).glob("*.h")):
        for name, line, func, exported in declarations(path):
            print(f"{name}:{line}: {func} {'CC_API' if exported else '-'}")
