#!/usr/bin/env python3
"""Every operation of every language documents its parameters, its result and
its errors (stdlib only). Fails (exit 1) on the first surface that lacks one.

  --stubs  python/fastly_account/_native.pyi: each method of `Client` and
           `AsyncClient` has a docstring with `Args:` naming every parameter,
           `Returns:` (or `Yields:` for a walk) and `Raises:`.
  --kotlin FILE  the generated Kotlin: each operation's `fun` (of the UDL's
           `Client` and `AsyncClient`) follows a KDoc with `@param` for every
           parameter, `@return` and `@throws`.
  --swift FILE   the generated Swift: each operation's `func` follows a doc
           comment with `- Parameter x:` for every parameter, `- Returns:` and
           `- Throws:`.

The operations are the methods of the UDL's `interface Client` (Kotlin and
Swift) and of the stubs' classes (Python). Rust's documentation is the source
of all of these and is checked by the generator's test
(`cargo test -p fastly-account-generate`).

Usage: python3 tests/parity/check_docs.py [--stubs] [--kotlin FILE] [--swift FILE]
"""
from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(w.title() for w in rest)


def udl_operations() -> list[str]:
    text = (ROOT / "bindings/uniffi/src/fastly_account.udl").read_text(encoding="utf-8")
    start = text.index("interface Client {")
    body = text[start : text.index("\n};", start)]
    begin = body.index("generated from the core's interface description")
    return re.findall(r"^    [\w<>?]+ (\w+)\(", body[begin:], flags=re.M)


def check_stubs(problems: list[str]) -> int:
    path = ROOT / "python/fastly_account/_native.pyi"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    checked = 0
    for cls in (n for n in tree.body if isinstance(n, ast.ClassDef)):
        if cls.name not in ("Client", "AsyncClient"):
            continue
        for fn in cls.body:
            if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)) or fn.name.startswith("_"):
                continue
            if fn.name == "rate_limit":
                continue
            checked += 1
            doc = ast.get_docstring(fn) or ""
            where = f"{path.name}: {cls.name}.{fn.name}"
            params = [a.arg for a in fn.args.args[1:] + fn.args.kwonlyargs]
            if params and "Args:" not in doc:
                problems.append(f"{where}: no Args:")
            for p in params:
                if not re.search(rf"^\s+{p}:", doc, flags=re.M):
                    problems.append(f"{where}: parameter {p} undocumented")
            if "Returns:" not in doc and "Yields:" not in doc:
                problems.append(f"{where}: no Returns:")
            if "Raises:" not in doc:
                problems.append(f"{where}: no Raises:")
    return checked


def doc_before(text: str, index: int) -> str:
    """The comment block that ends right above `index` (annotations between
    it and the declaration are skipped)."""
    lines = text[: text.rfind("\n", 0, index) + 1].splitlines()
    while lines and (not lines[-1].strip() or lines[-1].strip().startswith("@")):
        lines.pop()
    if not lines or not lines[-1].strip().endswith("*/"):
        return ""
    block = []
    while lines:
        line = lines.pop()
        block.append(line)
        if line.strip().startswith("/**"):
            break
    return "\n".join(reversed(block))


def balanced(text: str, start: int) -> str:
    """The text from `start` to the `)` that closes the `(` just before it."""
    depth = 1
    for i in range(start, len(text)):
        depth += {"(": 1, ")": -1}.get(text[i], 0)
        if depth == 0:
            return text[start:i]
    return text[start:]


def param_names(declared: str) -> list[str]:
    """The names of a Kotlin or Swift parameter list (`a: T, b: [K: V]? = nil`)."""
    names, depth, start = [], 0, 0
    for i, c in enumerate(declared + ","):
        if c in "[(<":
            depth += 1
        elif c in "])>":
            depth -= 1
        elif c == "," and depth == 0:
            part = declared[start:i].strip()
            if part:
                names.append(part.split(":")[0].strip().strip("`").split()[-1])
            start = i + 1
    return names


def check_foreign(path: Path, lang: str, problems: list[str]) -> int:
    text = path.read_text(encoding="utf-8")
    checked = 0
    for op in udl_operations():
        name = camel(op)
        if lang == "kotlin":
            pattern = rf"fun `{name}`\("
        else:
            pattern = rf"func {name}\("
        found = list(re.finditer(pattern, text))
        if not found:
            problems.append(f"{path.name}: no {name}")
            continue
        for match in found:
            checked += 1
            doc = doc_before(text, match.start())
            params = param_names(balanced(text, match.end()))
            where = f"{path.name}: {name} (line {text.count(chr(10), 0, match.start()) + 1})"
            if not doc:
                problems.append(f"{where}: no doc comment")
                continue
            for p in params:
                tag = f"@param {p}" if lang == "kotlin" else f"- Parameter {p}:"
                if tag not in doc:
                    problems.append(f"{where}: no `{tag}`")
            if ("@return" if lang == "kotlin" else "- Returns:") not in doc:
                problems.append(f"{where}: no return documented")
            if ("@throws" if lang == "kotlin" else "- Throws:") not in doc:
                problems.append(f"{where}: no errors documented")
    return checked


def main(argv: list[str]) -> int:
    problems: list[str] = []
    counts = []
    args = iter(argv)
    for arg in args:
        if arg == "--stubs":
            counts.append(f"{check_stubs(problems)} Python methods")
        elif arg in ("--kotlin", "--swift"):
            path = Path(next(args))
            counts.append(f"{check_foreign(path, arg[2:], problems)} {arg[2:].title()} declarations")
        else:
            print(__doc__)
            return 2
    for p in problems[:40]:
        print(f"FAIL: {p}")
    if problems:
        print(f"docs: {len(problems)} gaps ({', '.join(counts)} checked)")
        return 1
    print(f"docs: every operation documented ({', '.join(counts)})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
