#!/usr/bin/env bash
# The Python artifacts, checked as a user gets them: the abi3 wheel and the sdist.
#
#   tests/release/check_wheel.sh
#
# 1. `maturin build --release --zig --compatibility manylinux_2_28` (python/) into
#    target/wheels: one abi3 wheel. zig (PyPI's ziglang) links against glibc 2.28's
#    symbol versions; a plain build on this machine (glibc 2.36) is manylinux_2_34,
#    since glibc 2.34 moved the pthread symbols into libc. Its artifacts go to
#    target/x86_64-unknown-linux-gnu/release (zig builds name the target).
# 2. `auditwheel show`: manylinux_2_28 or older.
# 3. The wheel holds py.typed, the .pyi stubs and the native module.
# 4. `maturin sdist` into target/wheels.
# 5. A fresh venv whose PATH has no cargo or rustc installs the wheel (no index,
#    no build) and calls get_current_user against target/debug/fastly-sandbox;
#    then, with only pytest added (from PyPI), runs a user's test suite
#    (python/tests/user_suite, copied out of the repository) that uses nothing
#    but the `fastly_sandbox` fixture the wheel registers (in-process sandbox).
# Prints the wheel's size; ends with "wheel: N passed, M failed".
# Time: about 15 s when target/x86_64-unknown-linux-gnu/release is warm; the first run
# is a full release build of the Python extension (7.5 min measured on 2 busy cores).
set -uo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
wheels="$repo/target/wheels"
tools="$repo/target/release-tools-venv"     # maturin + auditwheel, reused
fresh="$repo/target/release-wheel-venv"     # rebuilt every run
PYTHON=$(command -v "${PYTHON:-python3}")   # the system interpreter, before PATH changes
passed=0; failed=0
ok()   { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
step() { echo "--- $* ($(date +%T))"; }
finish() { echo "wheel: $passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit; }

version=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version *= *"\(.*\)"/\1/p' Cargo.toml)

step "tools venv"
[ -x "$tools/bin/python" ] || "$PYTHON" -m venv "$tools"
"$tools/bin/python" -m pip install --quiet --disable-pip-version-check "maturin>=1.9,<2" auditwheel "ziglang>=0.17,<0.18" \
  || { fail "could not install maturin, auditwheel and ziglang"; finish; }
# maturin finds zig as `python -m ziglang` through the python on PATH.
export PATH="$tools/bin:$PATH" VIRTUAL_ENV="$tools"

step "maturin build --release --zig --compatibility manylinux_2_28"
rm -f "$wheels"/fastly_account-"$version"-*.whl "$wheels"/fastly_account-"$version".tar.gz
start=$(date +%s)
if (cd python && maturin build --release --zig --compatibility manylinux_2_28 --out "$wheels"); then
  ok "maturin build --release ($(( $(date +%s) - start )) s)"
else
  fail "maturin build --release"; finish
fi
wheel=$(ls "$wheels"/fastly_account-"$version"-*.whl 2>/dev/null | head -1)
[ -n "$wheel" ] || { fail "no wheel in $wheels"; finish; }
echo "wheel: $(basename "$wheel"), $(stat -c %s "$wheel") bytes ($(du -h "$wheel" | cut -f1))"
case "$(basename "$wheel")" in
  *-cp39-abi3-*) ok "one abi3 wheel for CPython >= 3.9" ;;
  *) fail "not an abi3 cp39 wheel: $(basename "$wheel")" ;;
esac

step "auditwheel show"
show=$(auditwheel show "$wheel" 2>&1); echo "$show"
tag=$(grep -oE 'manylinux_2_[0-9]+_x86_64|manylinux_2_[0-9]+_aarch64' <<<"$show" | head -1)
minor=$(sed -n 's/manylinux_2_\([0-9]*\)_.*/\1/p' <<<"$tag")
if [ -n "$minor" ] && [ "$minor" -le 28 ]; then
  ok "auditwheel: $tag (manylinux_2_28 or older)"
else
  fail "auditwheel: ${tag:-no manylinux tag} (want manylinux_2_28 or older)"
fi

step "wheel contents"
contents=$("$PYTHON" -c 'import sys, zipfile; print("\n".join(zipfile.ZipFile(sys.argv[1]).namelist()))' "$wheel")
missing=""
for f in fastly_account/py.typed fastly_account/__init__.py fastly_account/_native.pyi; do
  grep -qx "$f" <<<"$contents" || missing="$missing $f"
done
grep -qE '^fastly_account/_native\.abi3\.so$' <<<"$contents" || missing="$missing fastly_account/_native.abi3.so"
stubs=$(grep -c '\.pyi$' <<<"$contents")
if [ -z "$missing" ]; then ok "py.typed, $stubs .pyi stub(s) and the native module inside"; else fail "missing from the wheel:$missing"; fi

step "maturin sdist"
# (maturin first looks for a Cargo.toml beside pyproject.toml and prints "manifest path
# `Cargo.toml` does not exist"; then it follows [tool.maturin] manifest-path.)
if (cd python && maturin sdist --out "$wheels") && [ -f "$wheels/fastly_account-$version.tar.gz" ]; then
  ok "sdist fastly_account-$version.tar.gz ($(du -h "$wheels/fastly_account-$version.tar.gz" | cut -f1))"
else
  fail "maturin sdist"
fi

step "fresh venv without Rust"
rm -rf "$fresh"
"$PYTHON" -m venv "$fresh"
# Only the venv and the system's own directories: no ~/.cargo/bin.
clean_path="$fresh/bin:/usr/local/bin:/usr/bin:/bin"
if PATH="$clean_path" bash -c 'command -v cargo || command -v rustc'; then
  fail "cargo or rustc is on the clean PATH"; finish
fi
if env -i HOME="$HOME" PATH="$clean_path" "$fresh/bin/python" -m pip install --quiet \
     --disable-pip-version-check --no-index "$wheel"; then
  ok "the wheel installs with no index and no Rust toolchain"
else
  fail "pip install of the wheel"; finish
fi

sandbox="$repo/target/debug/fastly-sandbox"
[ -x "$sandbox" ] || "$repo/tests/build-debug.sh" --quiet
cat > "$fresh/smoke.py" <<'PY'
"""A user's first call: the installed wheel against a sandbox it starts."""
import subprocess, sys
import fastly_account

token = "sbx-release-smoke-token"
proc = subprocess.Popen([sys.argv[1], "--port", "0", "--token", token],
                        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
try:
    line = proc.stdout.readline().strip()
    assert line.startswith("listening on "), line
    endpoint = line[len("listening on "):]
    with fastly_account.Client(token, endpoint=endpoint) as client:
        me = client.get_current_user()
    assert me.login, me
    assert fastly_account.__file__.startswith(sys.prefix), fastly_account.__file__
    print(f"get_current_user: {me.login} ({me.role}) from {fastly_account.__file__}")
finally:
    proc.stdin.close()
    proc.wait(timeout=10)
PY
if (cd "$fresh" && env -i HOME="$HOME" PATH="$clean_path" "$fresh/bin/python" smoke.py "$sandbox"); then
  ok "the installed wheel calls get_current_user against the sandbox"
else
  fail "the installed wheel against the sandbox"
fi

step "a user's test suite with the fastly_sandbox fixture"
if env -i HOME="$HOME" PATH="$clean_path" "$fresh/bin/python" -m pip install --quiet \
     --disable-pip-version-check "pytest>=8"; then
  rm -rf "$fresh/user_suite" && cp -r "$repo/python/tests/user_suite" "$fresh/user_suite"
  if (cd "$fresh/user_suite" && env -i HOME="$HOME" PATH="$clean_path" \
        "$fresh/bin/python" -m pytest -q -p no:cacheprovider .); then
    ok "wheel + pytest only: the user suite passes with the fastly_sandbox fixture"
  else
    fail "the user suite against the installed wheel"
  fi
else
  fail "pip install pytest into the fresh venv"
fi
finish
