#!/usr/bin/env bash
# A separate Swift package (FastlyAccountConsumer/ here) that depends on the repository's swift/
# package and its `FastlyAccount` product, built and tested against the sandbox:
#   1. builds the Rust library and the sandbox and places the generated bindings into
#      swift/Sources (swift/toolchain.sh's prepare_rust; a no-op when they are current);
#   2. starts a sandbox on loopback (`--roles 5`);
#   3. runs `swift test` of this package where swift/run-tests.sh runs its own (natively,
#      or in the cached Debian trixie root), with FASTLY_SANDBOX_URL and
#      FASTLY_SANDBOX_TOKEN.
#
#   tests/consumers/swift/run.sh [--counts FILE] [--prepared TARGET_DIR]
#
# --prepared: swift/run-tests.sh built the library and the sandbox into TARGET_DIR and
# placed the bindings already (and exported FASTLY_ACCOUNT_LIB_DIR): step 1 is skipped.
#
# Prints XCTest's output and then `consumer: N passed, M failed`; with --counts, writes
# "PASSED FAILED" to FILE (swift/run-tests.sh adds them to its closing line). Exits
# non-zero on any failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
counts=
prepared=
while [ $# -gt 0 ]; do
    case "$1" in
        --counts) counts=$2; shift 2 ;;
        --prepared) prepared=$2; shift 2 ;;
        *) echo "$0: unknown argument $1" >&2; exit 2 ;;
    esac
done

LOG_TAG=consumers/swift
# shellcheck source=../../../swift/toolchain.sh
. "$here/../../../swift/toolchain.sh"
# shellcheck source=../sandbox.sh
. "$here/../sandbox.sh"

if [ -n "$prepared" ] && [ -n "${FASTLY_ACCOUNT_LIB_DIR:-}" ]; then
    TARGET_DIR=$prepared
else
    prepare_rust debug
fi
token="consumer-token-$$"
start_sandbox "$TARGET_DIR/debug/fastly-sandbox" "$token" "$TARGET_DIR/consumer-logs/swift-sandbox.log" --roles 5
log "the consumer package against the sandbox at $SANDBOX_URL"

out=$(mktemp)
status=0
# 7>&-: nothing started here may hold the sandbox's stdin open.
in_swift FASTLY_SANDBOX_URL="$SANDBOX_URL" FASTLY_SANDBOX_TOKEN="$token" -- /bin/sh -c '
    if swift test --help 2>/dev/null | grep -q -- --disable-swift-testing; then
        set -- --disable-swift-testing "$@"
    fi
    exec swift test "$@"' swift-test \
    --package-path "$here/FastlyAccountConsumer" --scratch-path "$(scratch_dir consumer)" 7>&- 2>&1 | tee "$out" || status=$?
stop_sandbox

# XCTest's last summary: "Executed N tests, with M failures (...)".
summary=$(grep -E 'Executed [0-9]+ tests?, with' "$out" | tail -1 || true)
rm -f "$out"
run=$(sed -n 's/.*Executed \([0-9]*\) tests*, with.*/\1/p' <<<"$summary")
bad=$(sed -n 's/.* \([0-9]*\) failures*.*/\1/p' <<<"$summary")
run=${run:-0}
bad=${bad:-0}
# A build that failed before its tests counts as one failure.
[ "$status" -eq 0 ] || [ "$bad" -gt 0 ] || bad=1
passed=$((run - bad < 0 ? 0 : run - bad))
echo "consumer: $passed passed, $bad failed"
[ -z "$counts" ] || echo "$passed $bad" >"$counts"
exit "$status"
