"""Prints the imports Python's own parser sees, one JSON object per line, for the .py paths read from stdin.

Each line: {"path": ..., "imports": ["a.b", "..x", ...]} in source order, or {"path": ..., "error": "..."} when the file
does not parse with this interpreter (e.g. Python 2 test data). `import a.b as c` gives "a.b"; `from ..x import y`
gives "..x"; `from . import y` gives ".". Used by eval/imports.ts.
"""
import ast
import json
import sys
import tokenize


def imports_of(path):
    with tokenize.open(path) as f:  # honours PEP 263 coding cookies
        tree = ast.parse(f.read(), filename=path)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, node.col_offset, a.name) for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            found.append((node.lineno, node.col_offset, "." * node.level + (node.module or "")))
    return [name for _, _, name in sorted(found)]


for line in sys.stdin:
    path = line.rstrip("\n")
    if not path:
        continue
    try:
        print(json.dumps({"path": path, "imports": imports_of(path)}))
    except (SyntaxError, ValueError, UnicodeDecodeError, OSError) as err:
        print(json.dumps({"path": path, "error": f"{type(err).__name__}: {err}"}))
