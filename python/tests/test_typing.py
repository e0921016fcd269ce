"""The stubs: `mypy --strict` accepts a script using every operation and
rejects misuse."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).parent

pytest.importorskip("mypy")


def mypy(*args: str) -> "subprocess.CompletedProcess[str]":
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--no-incremental", "--no-error-summary", *args],
        cwd=HERE,
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_mypy_strict_accepts_every_operation() -> None:
    result = mypy("--strict", str(HERE / "typing_check.py"))
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_rejects_misuse() -> None:
    source = HERE / "typing_misuse.py"
    expected = {
        number
        for number, line in enumerate(source.read_text().splitlines(), start=1)
        if line.rstrip().endswith("# E")
    }
    result = mypy("--strict", str(source))
    assert result.returncode == 1, result.stdout + result.stderr
    reported = {
        int(match.group(1))
        for match in re.finditer(r"typing_misuse\.py:(\d+): error", result.stdout)
    }
    assert reported == expected, result.stdout


def test_mypy_strict_accepts_tests_written_with_the_testing_kit() -> None:
    result = mypy(
        "--strict", str(HERE / "test_testing_kit.py"), str(HERE / "user_suite" / "test_user_code.py")
    )
    assert result.returncode == 0, result.stdout + result.stderr
