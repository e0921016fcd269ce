#!/usr/bin/env bash
# The Kotlin driver of the benchmark harness (tests/bench/run.py):
#
#   kotlin/run-bench.sh latency URL TOKEN CALLS WARMUP
#
# Builds the release library (FASTLY_PROFILE=debug for a quick run) and the driver
# (src/bench/kotlin), then times `client.getCurrentUser()` on the JVM after WARMUP calls
# (which also warm up the JIT) and prints one JSON line as the last line of stdout:
# {"impl":"kotlin","calls":N,"median_us":..,"p99_us":..,"mean_us":..}. Everything else
# goes to stderr.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOL_NAME=kotlin/run-bench.sh
# shellcheck source=toolchain.sh
. "$here/toolchain.sh"

if [ $# -ne 5 ] || [ "$1" != latency ]; then
    echo "usage: $0 latency URL TOKEN CALLS WARMUP" >&2
    exit 2
fi
run_driver "${FASTLY_PROFILE:-release}" -- "$@"
