"""The Python examples of the READMEs type-check under ``mypy --strict``, as
the README says the package does: every ```python block of python/README.md
and of the project README. A block that continues an earlier one (it uses
``client`` or ``fa`` without importing them) is checked with those two names
declared."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
READMES = [REPO / "python" / "README.md", REPO / "README.md"]
PRELUDE = "import fastly_account as fa\nclient: fa.Client\n"


def blocks() -> list[tuple[str, str]]:
    found = []
    for readme in READMES:
        text = readme.read_text(encoding="utf-8")
        for number, block in enumerate(re.findall(r"```python\n(.*?)```", text, re.S)):
            found.append((f"{readme.relative_to(REPO)}#{number}", block))
    return found


@pytest.mark.parametrize("name,block", blocks(), ids=[name for name, _ in blocks()])
def test_readme_example_passes_mypy_strict(name: str, block: str, tmp_path: Path) -> None:
    source = block if "import fastly_account" in block else PRELUDE + block
    example = tmp_path / "example.py"
    example.write_text(source, encoding="utf-8")
    checked = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--no-error-summary",
         "--cache-dir", str(tmp_path / ".mypy_cache"), str(example)],
        capture_output=True, text=True, cwd=tmp_path,
    )
    assert checked.returncode == 0, f"{name}:\n{source}\n{checked.stdout}{checked.stderr}"


def test_every_stub_method_of_the_clients_has_a_docstring() -> None:
    """IDE hover reads the stubs: every public method of Client and
    AsyncClient documents itself there."""
    import ast

    tree = ast.parse((REPO / "python" / "fastly_account" / "_native.pyi").read_text(encoding="utf-8"))
    missing = [
        f"{cls.name}.{item.name}"
        for cls in tree.body if isinstance(cls, ast.ClassDef) and cls.name in ("Client", "AsyncClient")
        for item in cls.body
        if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef))
        and not item.name.startswith("_") and ast.get_docstring(item) is None
    ]
    assert missing == []
