#!/usr/bin/env bash
# Builds the Python package and runs its test suite against the sandbox.
#
# Idempotent; needs only python3 (>= 3.9), cargo, and access to PyPI and
# crates.io. The virtualenv lives in target/py-venv and is reused.
#   PYTHON=python3.12 python/run-tests.sh   # pick the interpreter
#   python/run-tests.sh -k pagination       # extra arguments go to pytest
set -euo pipefail

# shellcheck source=venv.sh
. "$(dirname "${BASH_SOURCE[0]}")/venv.sh"
cd "$REPO"

echo "==> building the sandbox"
tests/build-debug.sh --quiet  # the sandbox, with the same command as the other suites

echo "==> running the Python tests"
python -m pytest "$REPO/python/tests" -q -p no:cacheprovider "$@"
