#!/usr/bin/env bash
# Builds the Python package and runs its test suite against the sandbox.
#
# Idempotent; needs only python3 (>= 3.9), cargo, and access to PyPI and
# crates.io. The virtualenv lives in target/py-venv and is reused.
#   PYTHON=python3.12 python/run-tests.sh   # pick the interpreter
#   python/run-tests.sh -k pagination       # extra arguments go to pytest
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$REPO/target/py-venv"
PYTHON="${PYTHON:-python3}"

cd "$REPO"

if [ ! -x "$VENV/bin/python" ]; then
    echo "==> creating $VENV with $("$PYTHON" --version 2>&1)"
    "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 9))' \
        || { echo "error: $PYTHON is older than 3.9" >&2; exit 1; }
    "$PYTHON" -m venv "$VENV"
fi
export VIRTUAL_ENV="$VENV"
export PATH="$VENV/bin:$PATH"
unset PYTHONHOME CONDA_PREFIX

echo "==> installing the build and test tools"
python -m pip install --quiet --disable-pip-version-check \
    "maturin>=1.9,<2" "pytest>=8" "mypy>=1.10" "hypothesis>=6.100"

echo "==> building the sandbox"
tests/build-debug.sh --quiet  # the sandbox, with the same command as the other suites

echo "==> building and installing fastly_account (maturin develop)"
(cd "$REPO/python" && maturin develop --quiet)

echo "==> running the Python tests"
python -m pytest "$REPO/python/tests" -q -p no:cacheprovider "$@"
