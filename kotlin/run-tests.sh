#!/usr/bin/env bash
# Kotlin/JVM binding: builds the Rust library and uniffi-bindgen, generates the Kotlin
# sources, compiles them, runs the JUnit 5 suite against the sandbox and packages the jar
# (`mvn verify`). Exits non-zero on any failure.
#
# Needs JDK 17+, Maven and cargo (kotlin/toolchain.sh installs JDK and Maven from
# Debian's packages when missing; Maven caches its downloads in ~/.m2).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

TOOL_NAME=kotlin/run-tests.sh
# shellcheck source=toolchain.sh
. "$here/toolchain.sh"

status=0
reports="$here/target/surefire-reports"
rm -rf "$reports" # no stale counts if this run fails before the tests
mvn -B -q -Dstyle.color=never -f kotlin/pom.xml verify "$@" || status=$?

# Surefire's summary is hidden by -q: print one closing line from its reports.
if compgen -G "$reports/TEST-*.xml" >/dev/null; then
    read -r tests failures errors skipped < <(
        awk '
            /<testsuite / {
                for (i = 1; i <= NF; i++) {
                    if ($i ~ /^tests="/)    { gsub(/[^0-9]/, "", $i); t += $i }
                    if ($i ~ /^failures="/) { gsub(/[^0-9]/, "", $i); f += $i }
                    if ($i ~ /^errors="/)   { gsub(/[^0-9]/, "", $i); e += $i }
                    if ($i ~ /^skipped="/)  { gsub(/[^0-9]/, "", $i); s += $i }
                }
            }
            END { print t + 0, f + 0, e + 0, s + 0 }
        ' "$reports"/TEST-*.xml
    )
    # On a line of its own: Maven may leave colour codes without a newline.
    printf '\n'
    echo "kotlin: $((tests - failures - errors - skipped)) passed, $((failures + errors)) failed, $skipped skipped"
fi

if [ "$status" -ne 0 ]; then
    echo "kotlin/run-tests.sh: mvn verify failed (exit $status)" >&2
fi
exit "$status"
