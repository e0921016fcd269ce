#!/usr/bin/env bash
# The Swift driver of the benchmark harness (tests/bench/run.py):
#
#   swift/run-bench.sh latency URL TOKEN CALLS WARMUP
#   swift/run-bench.sh serve URL TOKEN      (commands on stdin: tests/bench/interleave.py)
#
# Builds the Rust library (release by default; FASTLY_PROFILE=debug for a quick run),
# generates the bindings, builds the FastlyAccountBench executable target with
# `swift build -c release` (or debug) against that library and runs it: it times
# `client.getCurrentUser()` after WARMUP calls and prints one JSON line,
# {"impl":"swift","calls":N,"median_us":..,"p99_us":..,"mean_us":..}, as the last
# line of stdout. Everything else goes to stderr.
#
# Like swift/run-tests.sh it uses `swift` from PATH, or else the cached Debian trixie
# root (provisioned on first use, as root; see swift/toolchain.sh), and runs the
# driver where the toolchain lives.
set -euo pipefail

LOG_TAG=swift/run-bench
# shellcheck source=toolchain.sh
. "$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/toolchain.sh"

{ [ $# -eq 5 ] && [ "$1" = latency ]; } || { [ $# -eq 3 ] && [ "$1" = serve ]; } \
    || die "usage: $0 latency URL TOKEN CALLS WARMUP | serve URL TOKEN"
PROFILE=${FASTLY_PROFILE:-release}
case "$PROFILE" in
    release | debug) ;;
    *) die "FASTLY_PROFILE must be release or debug (got '$PROFILE')" ;;
esac

prepare_rust "$PROFILE"
log "building and running FastlyAccountBench (-c $PROFILE)"
in_swift -- /bin/sh -c '
    config=$1; scratch=$2; shift 2
    swift build -c "$config" --product FastlyAccountBench --scratch-path "$scratch" >&2
    bin=$(swift build -c "$config" --product FastlyAccountBench --scratch-path "$scratch" --show-bin-path)
    exec "$bin/FastlyAccountBench" "$@"' swift-bench \
    "$PROFILE" "$(scratch_dir "bench-$PROFILE")" "$@"
