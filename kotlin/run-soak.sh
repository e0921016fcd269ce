#!/usr/bin/env bash
# The Kotlin driver of the soak harness (tests/soak/soak.py):
#
#   kotlin/run-soak.sh URL TOKEN CALLS THREADS
#
# One shared client, THREADS threads, CALLS calls in all (getCurrentUser,
# getCurrentCustomer, listRoles, and getUser("no-such-user") expecting NOT_FOUND); prints
# one JSON line like the Rust driver's (`fastly-bench soak`): errors, and the JVM's
# resident memory (KiB), open descriptors and threads after a warm-up tenth and at the
# end. FASTLY_PROFILE=release|debug picks the Rust library (default debug).
#
# JVM options, so that only our library can make the numbers grow:
#   -XX:+UseSerialGC                     no GC worker threads (G1 starts them on demand)
#   -XX:-UseDynamicNumberOfCompilerThreads  all JIT compiler threads exist from the start
#   -Xms32m -Xmx32m -XX:+AlwaysPreTouch  the whole (small) heap is resident from the
#                                        start: heap growth cannot pass for a leak, and
#                                        native growth shows against a small baseline
# Each phase's worker threads are joined, and the driver waits for the process's thread
# count to settle after a System.gc(), before it samples.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TOOL_NAME=kotlin/run-soak.sh
# shellcheck source=toolchain.sh
. "$here/toolchain.sh"

if [ $# -ne 4 ]; then
    echo "usage: $0 URL TOKEN CALLS THREADS" >&2
    exit 2
fi
run_driver "${FASTLY_PROFILE:-debug}" \
    -XX:+UseSerialGC -XX:-UseDynamicNumberOfCompilerThreads \
    -Xms32m -Xmx32m -XX:+AlwaysPreTouch \
    -- soak "$@"
