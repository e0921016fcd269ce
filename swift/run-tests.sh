#!/usr/bin/env bash
# Runs the Swift binding's XCTest suite against the sandbox.
#
#   swift/run-tests.sh                 build, generate, (provision,) swift test
#   swift/run-tests.sh --provision-only  only provision (or check) the Linux toolchain
#   swift/run-tests.sh -- ARGS...      extra arguments for `swift test` (e.g. --filter X)
#
# 1. Builds the workspace with tests/build-debug.sh (the UniFFI library, the sandbox, the
#    testing kit's library fastly-account-testing-uniffi, uniffi-bindgen) on the host.
# 2. Generates the Swift bindings of both libraries in library mode with the workspace's
#    uniffi-bindgen (into target/swift-bindings and target/swift-bindings-testing) and
#    copies the .swift, the C header and the module map where Package.swift expects them
#    (gitignored folders).
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

# A copy of this run's output: the closing count (the consumer block at the end) reads
# XCTest's summary of this package's tests from it.
SUITE_OUT=$(mktemp)
trap 'rm -f "$SUITE_OUT"' EXIT
exec > >(tee "$SUITE_OUT")

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

# The debug library (what the tests link), the sandbox they talk to, and the testing
# kit's library (the in-process sandbox of FastlyAccountTesting).
prepare_rust debug
SANDBOX_BIN="$TARGET_DIR/debug/fastly-sandbox"
[ -x "$SANDBOX_BIN" ] || die "cargo built no $SANDBOX_BIN"

# Every operation of the generated Swift documents its parameters, result and errors.
python3 "$REPO/tests/parity/check_docs.py" --swift "$TARGET_DIR/swift-bindings/FastlyAccount.swift"

# The testing kit's bindings, generated from its library like the main ones (uniffi-bindgen
# leaves another library's output as uniffi wrote it).
generate_swift fastly_account_testing_uniffi FastlyAccountTesting "$TARGET_DIR/swift-bindings-testing"

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

# --- tests/consumers/swift: a separate package that depends on this one ----------------
# It runs after this package's tests passed (set -e); the closing line counts both.
main_summary=
for _ in $(seq 50); do # tee may still be writing XCTest's last lines
    main_summary=$(grep -A1 -E "Test Suite 'All tests' (passed|failed)" "$SUITE_OUT" \
        | grep -E 'Executed [0-9]+ tests?, with' | tail -1 || true)
    [ -z "$main_summary" ] || break
    sleep 0.1
done
[ -n "$main_summary" ] || die "no XCTest summary line in this run's output"
main_run=$(sed -n 's/.*Executed \([0-9]*\) tests*, with.*/\1/p' <<<"$main_summary")
main_skipped=$(sed -n 's/.*with \([0-9]*\) tests* skipped.*/\1/p' <<<"$main_summary")
main_failed=$(sed -n 's/.* \([0-9]*\) failures*.*/\1/p' <<<"$main_summary")
consumer_counts=$(mktemp)
consumer_status=0
"$REPO/tests/consumers/swift/run.sh" --counts "$consumer_counts" --prepared "$TARGET_DIR" || consumer_status=$?
consumer_passed=0 consumer_failed=1
[ ! -s "$consumer_counts" ] || read -r consumer_passed consumer_failed <"$consumer_counts"
rm -f "$consumer_counts"
echo "swift: $((main_run - ${main_skipped:-0} - ${main_failed:-0} + consumer_passed)) passed, $((${main_failed:-0} + consumer_failed)) failed, ${main_skipped:-0} skipped"
exit "$consumer_status"
