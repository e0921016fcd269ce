# Sourced by python/run-tests.sh and tests/conformance/run.sh: the one
# virtualenv of the Python suites (target/py-venv, created once, reused),
# activated, with the build and test tools and the extra packages given in
# PY_EXTRA_PACKAGES installed, and fastly_account built into it
# (`maturin develop`: a no-op rebuild when nothing changed).
#   PYTHON=python3.12 ...   picks the interpreter that creates the venv
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$REPO/target/py-venv"
PYTHON="${PYTHON:-python3}"

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
# shellcheck disable=SC2086 # PY_EXTRA_PACKAGES is a list of requirements
python -m pip install --quiet --disable-pip-version-check \
    "maturin>=1.9,<2" "pytest>=8" "mypy>=1.10" "hypothesis>=6.100" ${PY_EXTRA_PACKAGES:-}

echo "==> building and installing fastly_account (maturin develop)"
(cd "$REPO/python" && maturin develop --quiet)
