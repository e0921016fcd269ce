#!/usr/bin/env bash
# Runs the Swift binding's XCTest suite against the sandbox.
#
#   swift/run-tests.sh                 build, generate, (provision,) swift test
#   swift/run-tests.sh --provision-only  only provision (or check) the Linux toolchain
#   swift/run-tests.sh -- ARGS...      extra arguments for `swift test` (e.g. --filter X)
#
# 1. Builds the UniFFI library and the sandbox with cargo on the host.
# 2. Generates the Swift bindings in library mode with the workspace's uniffi-bindgen
#    (into target/swift-bindings) and copies the .swift, the C header and the module
#    map where Package.swift expects them (gitignored folders).
# 3. With `swift` on PATH (a Mac, or Linux with a toolchain) runs `swift test` there.
#    Otherwise (Linux without Swift) provisions a Debian trixie root with Debian's
#    `swiftlang` once, cached OUTSIDE the repo in $FASTLY_SWIFT_ROOT
#    (default /var/cache/fastly-account/swift-trixie), and runs `swift test` inside it
#    (chroot) with the repo bind-mounted at the same path. Needs root for that.
#
# The toolchain, build and chroot code is shared with swift/run-bench.sh in
# swift/toolchain.sh (its header lists the environment variables).
# Non-interactive; exits non-zero on any failure.
set -euo pipefail

LOG_TAG=swift/run-tests
# shellcheck source=toolchain.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/toolchain.sh"

PROVISION_ONLY=0
SWIFT_TEST_ARGS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --provision-only) PROVISION_ONLY=1 ;;
        --) shift; SWIFT_TEST_ARGS=("$@"); break ;;
        *) die "unknown argument: $1 (see the header of $0)" ;;
    esac
    shift
done

if [ "$PROVISION_ONLY" = 1 ]; then
    if use_native_swift; then log "swift is on PATH: nothing to provision"; else provision; fi
    exit 0
fi

# The debug library (what the tests link) and the sandbox they talk to.
prepare_rust debug fastly-sandbox
SANDBOX_BIN="$TARGET_DIR/debug/fastly-sandbox"
[ -x "$SANDBOX_BIN" ] || die "cargo built no $SANDBOX_BIN"

if use_native_swift; then
    log "running swift test with $(command -v swift)"
else
    log "running swift test in the $SUITE root $ROOT"
fi
in_swift FASTLY_SANDBOX_BIN="$SANDBOX_BIN" -- /bin/sh -c '
    # Only XCTest here: skip the (empty) Swift Testing run and its "0 tests" line.
    if swift test --help 2>/dev/null | grep -q -- --disable-swift-testing; then
        set -- --disable-swift-testing "$@"
    fi
    exec swift test "$@"' swift-test \
    --scratch-path "$(scratch_dir test)" "${SWIFT_TEST_ARGS[@]}"
