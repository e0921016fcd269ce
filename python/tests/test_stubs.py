"""The ``.pyi`` stubs IDEs and mypy read agree with the built module: mypy's
``stubtest`` compares every class, method, parameter (name, kind, default) and
attribute of ``fastly_account`` with what the extension exports at run time.
What may differ on purpose is listed, with its reason, in
python/stubtest-allowlist.txt."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import fastly_account

REPO = Path(__file__).resolve().parents[2]
ALLOWLIST = REPO / "python" / "stubtest-allowlist.txt"


def stubtest(package_parent: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = None if package_parent is None else dict(os.environ, PYTHONPATH=str(package_parent))
    return subprocess.run(
        [sys.executable, "-m", "mypy.stubtest", "fastly_account", "--allowlist", str(ALLOWLIST)],
        capture_output=True, text=True, env=env, cwd=package_parent or REPO,
    )


def test_stubs_match_the_built_module() -> None:
    checked = stubtest()
    assert checked.returncode == 0, checked.stdout + checked.stderr


def test_a_stub_that_drifted_fails(tmp_path: Path) -> None:
    # The same package (the built extension included) with one keyword argument
    # missing from the stubs: stubtest must name it.
    package = Path(fastly_account.__file__).parent
    copy = tmp_path / "fastly_account"
    shutil.copytree(package, copy, ignore=shutil.ignore_patterns("__pycache__"))
    stub = copy / "_native.pyi"
    text = stub.read_text(encoding="utf-8")
    drifted = text.replace("        require_new_password: bool | None = None,\n", "", 1)
    assert drifted != text, "the stub no longer has the line this test removes"
    stub.write_text(drifted, encoding="utf-8")
    checked = stubtest(tmp_path)
    assert checked.returncode != 0, checked.stdout
    assert "require_new_password" in checked.stdout, checked.stdout
