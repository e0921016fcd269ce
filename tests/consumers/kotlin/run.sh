#!/usr/bin/env bash
# The published JVM artifact, as a user gets it (run after `mvn -f kotlin/pom.xml install`;
# kotlin/run-tests.sh calls this after its install):
#   1. check-installed.py: ~/.m2 holds the pom, the jar with the native library, the
#      -sources.jar and the -javadoc.jar of the version in kotlin/pom.xml;
#   2. this folder's Maven project, which depends on dev.fastlyaccount:fastly-account by
#      its coordinates alone, compiles and runs its JUnit tests against a sandbox
#      started here (the fastly-sandbox binary cargo builds).
#
#   tests/consumers/kotlin/run.sh [--counts FILE] [MAVEN ARGS...]
#
# Prints `installed: ...` and `consumer: N passed, M failed`; with --counts, also
# writes "PASSED FAILED" of both together to FILE (kotlin/run-tests.sh adds them to its
# closing line). Exits non-zero on any failure.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
counts=
if [ "${1:-}" = --counts ]; then counts=$2; shift 2; fi
# shellcheck source=../sandbox.sh
. "$here/../sandbox.sh"

# The version the consumer asks for: the one kotlin/pom.xml builds.
version=$(python3 -c '
import sys, xml.etree.ElementTree as ET
v = ET.parse(sys.argv[1]).getroot().find("{http://maven.apache.org/POM/4.0.0}version")
print(v.text.strip())' "$root/kotlin/pom.xml")

status=0
installed_out=$(python3 "$here/check-installed.py" "$version" --built "$root/kotlin/target") || status=$?
printf '%s\n' "$installed_out"
read -r ip if_ < <(sed -n 's/^installed: \([0-9]*\) passed, \([0-9]*\) failed$/\1 \2/p' <<<"$installed_out") || true

sandbox_bin="${CARGO_TARGET_DIR:-$root/target}/debug/fastly-sandbox"
"$root/tests/build-debug.sh" --quiet
token="consumer-token-$$"
start_sandbox "$sandbox_bin" "$token" "$here/target/sandbox.log" --roles 5
echo "consumer: dev.fastlyaccount:fastly-account:$version against the sandbox at $SANDBOX_URL"

reports="$here/target/surefire-reports"
rm -rf "$reports"
FASTLY_SANDBOX_URL="$SANDBOX_URL" FASTLY_SANDBOX_TOKEN="$token" \
    mvn -B -q -Dstyle.color=never -f "$here/pom.xml" -Dfastly.account.version="$version" test "$@" || status=$?
stop_sandbox

tests=0 bad=0
if compgen -G "$reports/TEST-*.xml" >/dev/null; then
    read -r tests bad < <(
        awk '
            /<testsuite / {
                for (i = 1; i <= NF; i++) {
                    if ($i ~ /^tests="/)    { gsub(/[^0-9]/, "", $i); t += $i }
                    if ($i ~ /^failures="/) { gsub(/[^0-9]/, "", $i); b += $i }
                    if ($i ~ /^errors="/)   { gsub(/[^0-9]/, "", $i); b += $i }
                }
            }
            END { print t + 0, b + 0 }
        ' "$reports"/TEST-*.xml
    )
fi
# A build that failed before its tests counts as one failure.
[ "$status" -eq 0 ] || [ "$bad" -gt 0 ] || [ "${if_:-1}" -gt 0 ] || bad=1
printf '\n'
echo "consumer: $((tests - bad < 0 ? 0 : tests - bad)) passed, $bad failed"
if [ -n "$counts" ]; then
    echo "$(( ${ip:-0} + (tests - bad < 0 ? 0 : tests - bad) )) $(( ${if_:-1} + bad ))" >"$counts"
fi
exit "$status"
