#!/usr/bin/env bash
# The Kotlin driver of the benchmark harness (tests/bench/run.py):
#
#   kotlin/run-bench.sh latency URL TOKEN CALLS WARMUP
#   kotlin/run-bench.sh serve URL TOKEN      (commands on stdin: tests/bench/interleave.py)
#
# Builds the release library (FASTLY_PROFILE=debug for a quick run) and the driver
# (src/bench/kotlin), then times `client.getCurrentUser()` on the JVM after WARMUP calls
# (which also warm up the JIT), then the throughput of 1,000 concurrent suspend calls
# (AsyncClient) and of the blocking client on 8 threads, and prints one JSON line as the
# last line of stdout:
# {"impl":"kotlin","calls":N,"median_us":..,"p99_us":..,"mean_us":..,
#  "async_concurrent":1000,"async_concurrent_calls_per_s":..,
#  "async_concurrent_default_dispatcher_calls_per_s":..,
#  "blocking_threads":8,"blocking_threads_calls_per_s":..,"throughput_rounds":5}
# (see throughput() in src/bench/kotlin/.../Bench.kt). Everything else goes to stderr.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOL_NAME=kotlin/run-bench.sh
# shellcheck source=toolchain.sh
. "$here/toolchain.sh"

if ! { [ $# -eq 5 ] && [ "$1" = latency ]; } && ! { [ $# -eq 3 ] && [ "$1" = serve ]; }; then
    echo "usage: $0 latency URL TOKEN CALLS WARMUP | serve URL TOKEN" >&2
    exit 2
fi
run_driver "${FASTLY_PROFILE:-release}" -- "$@"
