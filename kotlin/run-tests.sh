#!/usr/bin/env bash
# Kotlin/JVM binding: builds the Rust library and uniffi-bindgen, generates the Kotlin
# sources, compiles them, runs the JUnit 5 suite against the sandbox and packages the jar
# (`mvn verify`). Exits non-zero on any failure.
#
# Needs JDK 17+, Maven and cargo. JDK and Maven are installed from Debian's packages only
# when missing (CI runs as root, without stdin); Maven fetches its plugins, Kotlin, JNA
# and JUnit from Maven Central into ~/.m2 (cached between runs).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

java_ok() {
    command -v java >/dev/null 2>&1 && command -v javac >/dev/null 2>&1 || return 1
    local major
    major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
    [ -n "$major" ] && [ "${major%%.*}" -ge 17 ]
}

if ! java_ok || ! command -v mvn >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        echo "kotlin/run-tests.sh: needs JDK 17+ and Maven on PATH" >&2
        exit 1
    fi
    echo "kotlin/run-tests.sh: installing JDK 17 and Maven (Debian packages)" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends openjdk-17-jdk-headless maven >/dev/null
fi

if ! command -v cargo >/dev/null 2>&1; then
    if [ -x "$HOME/.cargo/bin/cargo" ]; then
        export PATH="$HOME/.cargo/bin:$PATH"
    else
        echo "kotlin/run-tests.sh: cargo not found (the Rust toolchain builds the library)" >&2
        exit 1
    fi
fi

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
    echo "kotlin: $((tests - failures - errors - skipped)) passed, $((failures + errors)) failed, $skipped skipped"
fi

if [ "$status" -ne 0 ]; then
    echo "kotlin/run-tests.sh: mvn verify failed (exit $status)" >&2
fi
exit "$status"
