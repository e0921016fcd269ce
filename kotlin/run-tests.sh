#!/usr/bin/env bash
# Kotlin/JVM binding: builds the Rust library and uniffi-bindgen, generates the Kotlin
# sources, compiles them, runs the JUnit 5 suite against the sandbox, packages the jar,
# the -sources.jar and the -javadoc.jar and installs them into ~/.m2 (`mvn install`);
# then tests/consumers/kotlin/run.sh checks what was installed and runs a separate
# project that depends on the coordinates alone. Exits non-zero on any failure.
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
mvn -B -q -Dstyle.color=never -f kotlin/pom.xml install "$@" || status=$?
# Every operation of the generated Kotlin documents its parameters, result and errors.
if [ "$status" -eq 0 ]; then
    python3 "$root/tests/parity/check_docs.py" \
        --kotlin "$here/target/generated-sources/uniffi/dev/fastlyaccount/fastly_account.kt" || status=$?
fi

# The installed artifacts and a consumer of dev.fastlyaccount:fastly-account (tests/consumers).
consumer_counts="$here/target/consumer-counts"
rm -f "$consumer_counts"
if [ "$status" -eq 0 ]; then
    "$root/tests/consumers/kotlin/run.sh" --counts "$consumer_counts" || status=$?
fi

# The testing kit (kotlin/testing: the artifact fastly-account-testing, with its own native
# library) is built and tested against the main artifact, which it resolves from ~/.m2.
testing_reports="$here/testing/target/surefire-reports"
rm -rf "$testing_reports"
if [ "$status" -eq 0 ]; then
    mvn -B -q -Dstyle.color=never -f kotlin/testing/pom.xml install || status=$?
fi
# The testing artifact ships its sources too (an IDE shows the kit's docs from them).
if [ "$status" -eq 0 ]; then
    sources=$(ls "$here"/testing/target/fastly-account-testing-*-sources.jar 2>/dev/null | head -1)
    # (No `| grep -q`: under pipefail, grep's early exit can fail the lister.)
    if [ -z "$sources" ] || ! python3 -c 'import sys, zipfile
names = zipfile.ZipFile(sys.argv[1]).namelist()
sys.exit(not any(n.endswith("/SandboxClients.kt") for n in names))' "$sources"; then
        echo "kotlin/run-tests.sh: the testing kit's -sources.jar is missing or lacks SandboxClients.kt" >&2
        status=1
    fi
fi

# Surefire's summary is hidden by -q: print one closing line from its reports.
report_files=()
for dir in "$reports" "$testing_reports"; do
    if compgen -G "$dir/TEST-*.xml" >/dev/null; then report_files+=("$dir"/TEST-*.xml); fi
done
if [ "${#report_files[@]}" -gt 0 ]; then
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
        ' "${report_files[@]}"
    )
    # On a line of its own: Maven may leave colour codes without a newline.
    printf '\n'
    consumer_passed=0 consumer_failed=0
    [ ! -f "$consumer_counts" ] || read -r consumer_passed consumer_failed <"$consumer_counts"
    echo "kotlin: $((tests - failures - errors - skipped + consumer_passed)) passed, $((failures + errors + consumer_failed)) failed, $skipped skipped"
fi

if [ "$status" -ne 0 ]; then
    echo "kotlin/run-tests.sh: mvn install or the consumer failed (exit $status)" >&2
fi
exit "$status"
