#!/usr/bin/env bash
# Conformance suite: sends the same calls through fastly_account.Client and the
# official Fastly Python client (fastly==15.0.0) to a local recording server and
# compares the requests; then compares the models built from one response body.
#
# Idempotent; reuses the virtualenv target/py-venv exactly as python/run-tests.sh
# creates it (maturin develop builds the extension when it is missing or stale).
#   tests/conformance/run.sh                 # every case
#   tests/conformance/run.sh -k update_user  # extra arguments go to pytest
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
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

echo "==> installing the build and test tools, and the official client"
python -m pip install --quiet --disable-pip-version-check \
    "maturin>=1.9,<2" "pytest>=8" "fastly==15.0.0"

echo "==> building and installing fastly_account (maturin develop)"
(cd "$REPO/python" && maturin develop --quiet)

echo "==> running the conformance tests"
python -m pytest "$REPO/tests/conformance" -q -p no:cacheprovider "$@"
