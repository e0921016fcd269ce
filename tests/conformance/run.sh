#!/usr/bin/env bash
# Conformance suite: sends the same calls through fastly_account.Client and the
# official Fastly Python client (fastly==15.0.0) to a local recording server and
# compares the requests; then compares the models built from one response body.
#
# Idempotent; the virtualenv of the Python suites (python/venv.sh, target/py-venv),
# with the official client installed beside our package.
#   tests/conformance/run.sh                 # every case
#   tests/conformance/run.sh -k update_user  # extra arguments go to pytest
set -euo pipefail

# The official client, pinned: the conformance is with this version.
PY_EXTRA_PACKAGES="fastly==15.0.0"
# shellcheck source=../../python/venv.sh
. "$(dirname "${BASH_SOURCE[0]}")/../../python/venv.sh"
cd "$REPO"

echo "==> running the conformance tests"
python -m pytest "$REPO/tests/conformance" -q -p no:cacheprovider "$@"
