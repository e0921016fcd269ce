#!/usr/bin/env python3
"""Cross-language parity of the operations (stdlib only).

Fails (exit 1) unless the spec, the Rust clients (async and blocking), the
UniFFI interface definition (Kotlin and Swift are generated from it: `Client`
and `AsyncClient`) and the Python module (`Client` and `AsyncClient`) all
expose the same operations:

* every operationId of tests/spec/fastly-account-openapi.yml and
  tests/spec/fastly-account-extended.yml, in snake_case, plus the follow-all
  helpers (the `iter_*` of FOLLOW_ALL), is present on each surface;
* no surface has an operation the others lack (names are normalised from
  camelCase to snake_case; members that are not operations, such as
  constructors and accessors, are listed in NOT_OPERATIONS).

Surfaces read:
  Rust    core/src/api/*.rs                    `pub async fn` and `pub fn iter_*` of
                                               `operations! { }` and `impl Client`
          core/src/api/*.rs                    the `operations! { }` blocks (each
                                               operation's one declaration: async and
                                               blocking), and `pub fn` of `impl Client`
                                               in core/src/blocking.rs
  UDL     bindings/uniffi/src/fastly_account.udl  methods of `interface Client` and
                                               of `interface AsyncClient`
  Python  python/fastly_account/*.pyi          `def` of `class Client` and of
                                               `class AsyncClient` (the stubs), and
          bindings/python/src/operation_list.rs the `fn` list of `macro_rules! operations`
                                               (generated from the core's declarations)
                                               (the module: both classes expand it);
                                               at least one of the two must exist,
                                               and each one found is checked.
  README  README.md                            the operation table (second column)

It also fails when an operation of the extended spec has no `x-source`.

Usage: python3 tests/parity/check_operations.py [REPO_ROOT]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

FOLLOW_ALL = {
    "iter_roles",
    "iter_service_groups",
    "iter_user_groups",
    "iter_invitations",
    "iter_iam_roles",
    "iter_service_group_services",
    "iter_user_group_members",
    "iter_user_group_roles",
    "iter_user_group_service_groups",
    "iter_automation_tokens",
    "iter_automation_token_services",
    "iter_service_authorizations",
    "iter_events",
}

# Both spec files: the seed's 15 operations and the extended spec's.
SPEC_FILES = ("tests/spec/fastly-account-openapi.yml", "tests/spec/fastly-account-extended.yml")

# Members of a client that are not API operations (constructors, configuration,
# accessors, context-manager and dunder methods).
NOT_OPERATIONS = {
    "new",
    "from_env",
    "from_async",
    "as_async",
    "with_options",
    "builder",
    "config",
    "endpoint",
    "rate_limit",
    "close",
}


def snake(name: str) -> str:
    """getCurrentUser -> get_current_user (snake_case stays as it is)."""
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


def spec_operations(root: Path) -> set[str]:
    ids: list[str] = []
    for name in SPEC_FILES:
        text = (root / name).read_text(encoding="utf-8")
        found = re.findall(r"^\s*operationId:\s*['\"]?(\w+)", text, flags=re.M)
        if not found:
            raise SystemExit(f"parity: no operationId found in {name}")
        ids.extend(found)
    return {snake(i) for i in ids}


def block_after(text: str, header: re.Pattern[str], path: Path) -> str:
    """The text of the brace block that starts at the first match of `header`."""
    match = header.search(text)
    if not match:
        raise SystemExit(f"parity: {header.pattern!r} not found in {path}")
    start = text.index("{", match.start())
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return text[start + 1 : i]
    raise SystemExit(f"parity: unbalanced braces after {header.pattern!r} in {path}")


def strip_rust_comments(text: str) -> str:
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    return re.sub(r"//[^\n]*", "", text)


def rust_blocking(root: Path) -> set[str]:
    """`pub fn` of `impl Client` in core/src/blocking.rs, plus every operation
    of the `operations! { ... }` blocks of core/src/api (the macro writes the
    blocking method of each next to the async one)."""
    path = root / "core/src/blocking.rs"
    text = strip_rust_comments(path.read_text(encoding="utf-8"))
    body = block_after(text, re.compile(r"^impl Client\s*\{", re.M), path)
    return set(re.findall(r"\bpub fn (\w+)", body)) | declared_operations(root)


def declared_operations(root: Path) -> set[str]:
    """`pub async fn` and `pub fn iter_*` of every `operations! { ... }` block
    of core/src/api (each operation's one declaration)."""
    names: set[str] = set()
    for path in sorted((root / "core/src/api").glob("*.rs")):
        text = strip_rust_comments(path.read_text(encoding="utf-8"))
        for match in re.finditer(r"^operations!\s*\{", text, flags=re.M):
            body = block_after(text[match.start() :], re.compile(r"operations!\s*\{"), path)
            names.update(re.findall(r"\bpub async fn (\w+)", body))
            names.update(re.findall(r"\bpub fn (iter_\w+)", body))
    return names


def rust_async(root: Path) -> set[str]:
    """The operations declared in core/src/api (`operations!` blocks), plus
    `pub async fn` and `pub fn iter_*` of any `impl Client` there."""
    names = declared_operations(root)
    for path in sorted((root / "core/src/api").glob("*.rs")):
        text = strip_rust_comments(path.read_text(encoding="utf-8"))
        for match in re.finditer(r"^impl Client\s*\{", text, flags=re.M):
            body = block_after(text[match.start() :], re.compile(r"impl Client\s*\{"), path)
            names.update(re.findall(r"\bpub async fn (\w+)", body))
            names.update(re.findall(r"\bpub fn (iter_\w+)", body))
    if not names:
        raise SystemExit("parity: no operation found in core/src/api")
    return names


def udl(root: Path, interface: str = "Client") -> set[str]:
    path = root / "bindings/uniffi/src/fastly_account.udl"
    text = re.sub(r"//[^\n]*", "", path.read_text(encoding="utf-8"))
    body = block_after(text, re.compile(rf"\binterface {interface}\s*\{{"), path)
    body = re.sub(r"\[[^\]]*\]", "", body)  # attributes such as [Throws=FastlyError]
    names = set()
    for statement in body.split(";"):
        statement = statement.strip()
        if not statement or statement.startswith("constructor"):
            continue
        match = re.search(r"(\w+)\s*\(", statement)
        if match:
            names.add(match.group(1))
    return names


def with_async_twin(names: set[str]) -> set[str]:
    """The functions that have their `<name>_async` twin (the twin itself is
    not another operation)."""
    return {n for n in names if not n.endswith("_async") and f"{n}_async" in names}


def udl_functions(root: Path) -> set[str]:
    """The operations among the UDL namespace's functions (each blocking, and
    async as `<name>_async`): Kotlin's and Swift's top-level functions."""
    path = root / "bindings/uniffi/src/fastly_account.udl"
    text = re.sub(r"//[^\n]*", "", path.read_text(encoding="utf-8"))
    body = block_after(text, re.compile(r"\bnamespace fastly_account\s*\{"), path)
    body = re.sub(r"\[[^\]]*\]", "", body)
    names = {m.group(1) for m in re.finditer(r"(\w+)\s*\(", body)} - {"set_log_sink"}
    return with_async_twin(names)


def python_stub_functions(root: Path) -> set[str]:
    """The operations among the stubs' module-level functions (`def name` and
    `async def name_async`)."""
    names: set[str] = set()
    for path in sorted((root / "python/fastly_account").glob("*.pyi")):
        text = path.read_text(encoding="utf-8")
        names.update(re.findall(r"^(?:async )?def (\w+)\s*\(", text, flags=re.M))
    return with_async_twin(names)


def python_native_functions(root: Path) -> set[str]:
    """The operations of the Python module's generated function list (each
    written blocking, and awaitable as `<name>_async`), when the module adds
    them (`functions::add_functions`)."""
    src = root / "bindings/python/src"
    path = src / "function_list.rs"
    if not path.exists():
        return set()
    text = strip_rust_comments(path.read_text(encoding="utf-8"))
    names = set(re.findall(r"^\s*fn (\w+)\s*\(", text, flags=re.M))
    if "add_functions(m)" not in (src / "lib.rs").read_text(encoding="utf-8"):
        print("FAIL: bindings/python/src/lib.rs adds no module functions")
        return set()
    return names


def python_stubs(root: Path, cls: str = "Client") -> set[str] | None:
    stubs = sorted((root / "python/fastly_account").glob("*.pyi"))
    for path in stubs:
        text = path.read_text(encoding="utf-8")
        match = re.search(rf"^class {cls}\b[^\n]*:\n", text, flags=re.M)
        if not match:
            continue
        body = []
        for line in text[match.end() :].splitlines():
            if line and not line[0].isspace():
                break  # the next top-level statement ends the class
            body.append(line)
        names = set(re.findall(r"^    (?:async )?def (\w+)\s*\(", "\n".join(body), flags=re.M))
        return {n for n in names if not n.startswith("_")}
    return None


def python_native(root: Path) -> set[str] | None:
    """The operation list of the Python module (bindings/python/src/operations.rs:
    the `fn` declarations inside `macro_rules! operations`), which both classes
    expand: `operations!(blocking Client ...)` and `operations!(asyncio
    AsyncClient ...)` must both be present, or the module counts as lacking
    every operation."""
    src = root / "bindings/python/src"
    path = src / "operation_list.rs"  # generated from the core's declarations
    if not path.exists():
        return None
    text = strip_rust_comments(path.read_text(encoding="utf-8"))
    body = block_after(text, re.compile(r"macro_rules!\s*operations\s*\{"), path)
    names = {n for n in re.findall(r"\bfn (\w+)\s*\(", body) if not n.startswith("_")}
    expanded = "".join(strip_rust_comments(p.read_text(encoding="utf-8")) for p in sorted(src.glob("*.rs")))
    for mode, cls in (("blocking", "Client"), ("asyncio", "AsyncClient")):
        if not re.search(rf"\boperations!\(\s*{mode}\s+{cls}\b", expanded):
            print(f"FAIL: bindings/python/src expands no `operations!({mode} {cls} ...)`")
            return set()
    return names


def operations_without_source(root: Path) -> list[str]:
    """operationIds of the extended spec whose operation has no `x-source`."""
    lines = (root / SPEC_FILES[1]).read_text(encoding="utf-8").splitlines()
    missing = []
    for i, line in enumerate(lines):
        match = re.match(r"^(\s*)operationId:\s*['\"]?(\w+)", line)
        if not match:
            continue
        indent = len(match.group(1))
        start = i
        while start > 0 and len(lines[start]) - len(lines[start].lstrip()) >= indent:
            start -= 1  # back to the method line (`get:`, `post:`, ...)
        end = i + 1
        while end < len(lines) and (
            not lines[end].strip() or len(lines[end]) - len(lines[end].lstrip()) >= indent
        ):
            end += 1
        block = lines[start + 1 : end]
        if not any(re.match(rf"^\s{{{indent}}}x-source:", b) for b in block):
            missing.append(match.group(2))
    return missing


def readme_table(root: Path) -> set[str]:
    """The Rust/Python names in the README's operation table (and its walks)."""
    text = (root / "README.md").read_text(encoding="utf-8")
    names: set[str] = set()
    for row in re.findall(r"^\|[^|\n]*\|([^|\n]*)\|", text, flags=re.M):
        names.update(re.findall(r"`(\w+)`", row))
    return names


def main() -> int:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2]
    spec = spec_operations(root)
    required = spec | FOLLOW_ALL

    # The library's functions (`create_token`: no client yet) count on every
    # surface: module-level in Python, top-level in Kotlin and Swift.
    udl_funcs = udl_functions(root)
    surfaces: dict[str, set[str]] = {
        "Rust async client (core/src/api)": rust_async(root),
        "Rust blocking client (core/src/blocking.rs)": rust_blocking(root),
        "UniFFI UDL Client (Kotlin, Swift)": udl(root) | udl_funcs,
        "UniFFI UDL AsyncClient (Kotlin suspend, Swift async)": udl(root, "AsyncClient") | udl_funcs,
    }
    stub_funcs, native_funcs = python_stub_functions(root), python_native_functions(root)
    stubs, native = python_stubs(root), python_native(root)
    if stubs is None and native is None:
        print(
            "FAIL: the Python side is missing: no `class Client` in python/fastly_account/*.pyi "
            "and no operation list in bindings/python/src/operations.rs"
        )
        print("0 passed, 1 failed")
        return 1
    if stubs is not None:
        surfaces["Python stubs (python/fastly_account/*.pyi)"] = stubs | stub_funcs
    if native is not None:
        surfaces["Python module, Client and AsyncClient (bindings/python/src/operations.rs)"] = native | native_funcs
    async_stubs = python_stubs(root, "AsyncClient")
    if async_stubs is None:
        print("FAIL: no `class AsyncClient` in python/fastly_account/*.pyi")
        print("0 passed, 1 failed")
        return 1
    surfaces["Python AsyncClient stubs (python/fastly_account/*.pyi)"] = async_stubs | stub_funcs
    surfaces["README.md operation table"] = readme_table(root)

    failures: dict[str, list[str]] = {name: [] for name in surfaces}
    operations = {name: {snake(m) for m in members} - NOT_OPERATIONS for name, members in surfaces.items()}
    union = set().union(*operations.values())
    for name, ops in operations.items():
        for op in sorted(required - ops):
            failures[name].append(f"lacks {op} (required: spec operationId or follow-all helper)")
        for op in sorted(union - required - ops):
            owners = "; ".join(n for n, o in operations.items() if op in o)
            failures[name].append(f"lacks {op} (exposed by {owners})")

    print(f"spec: {len(spec)} operationIds; follow-all helpers: {', '.join(sorted(FOLLOW_ALL))}")
    unsourced = operations_without_source(root)
    for op in unsourced:
        print(f"FAIL: {SPEC_FILES[1]} operation {op} has no x-source")
    for name, ops in operations.items():
        print(f"{name}: {len(ops)} operations")
    failed = [name for name, problems in failures.items() if problems]
    for name in failed:
        for problem in failures[name]:
            print(f"FAIL: {name} {problem}")
    if not failed:
        print(f"all {len(surfaces)} surfaces expose the same {len(union)} operations")
    sourced = 0 if unsourced else 1
    print(f"{len(surfaces) - len(failed) + sourced} passed, {len(failed) + 1 - sourced} failed")
    return 1 if failed or unsourced else 0


if __name__ == "__main__":
    sys.exit(main())
