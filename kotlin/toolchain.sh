# Shared by kotlin/run-tests.sh, run-bench.sh and run-soak.sh (sourced, not run):
# makes sure JDK 17+, Maven and cargo are on PATH. JDK and Maven are installed from
# Debian's packages only when missing (CI runs as root, without stdin); Maven fetches
# its plugins, Kotlin, JNA and JUnit from Maven Central into ~/.m2 (cached between runs).
# The caller sets TOOL_NAME (for messages) and `set -euo pipefail` first.

java_ok() {
    command -v java >/dev/null 2>&1 && command -v javac >/dev/null 2>&1 || return 1
    local major
    major="$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
    [ -n "$major" ] && [ "${major%%.*}" -ge 17 ]
}

if ! java_ok || ! command -v mvn >/dev/null 2>&1; then
    if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
        echo "$TOOL_NAME: needs JDK 17+ and Maven on PATH" >&2
        exit 1
    fi
    echo "$TOOL_NAME: installing JDK 17 and Maven (Debian packages)" >&2
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq --no-install-recommends openjdk-17-jdk-headless maven >/dev/null
fi

if ! command -v cargo >/dev/null 2>&1; then
    if [ -x "$HOME/.cargo/bin/cargo" ]; then
        export PATH="$HOME/.cargo/bin:$PATH"
    else
        echo "$TOOL_NAME: cargo not found (the Rust toolchain builds the library)" >&2
        exit 1
    fi
fi

# run_driver PROFILE [JVM OPTION...] -- DRIVER ARGS...: builds the library with cargo's
# PROFILE (debug or release), the Kotlin bindings and the bench/soak drivers
# (src/bench/kotlin, test scope: never in the jar) into kotlin/target/driver-PROFILE,
# then runs dev.fastlyaccount.bench.Bench with the classes, the library (JNA loads it from
# the classpath) and the runtime dependencies only. The build's output goes to stderr,
# so the driver's JSON line is all there is on stdout.
run_driver() {
    local profile=$1
    shift
    local jvm=()
    while [ "$1" != "--" ]; do jvm+=("$1"); shift; done
    shift
    local maven_profile=()
    case "$profile" in
        release) maven_profile=(-Prelease) ;;
        debug) ;;
        *) echo "$TOOL_NAME: FASTLY_PROFILE must be release or debug (got '$profile')" >&2; exit 2 ;;
    esac
    local kotlin_dir
    kotlin_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
    local build_dir="$kotlin_dir/target/driver-$profile"
    mkdir -p "$build_dir"
    echo "$TOOL_NAME: building the $profile library and the drivers into $build_dir" >&2
    # One build of a folder at a time (a bench and a soak run may overlap).
    # A release driver measures: its compiler runs in Maven's process, since a Kotlin daemon
    # left behind keeps a core busy for minutes after the build (some 45% of one here),
    # under the measurement that follows. A debug driver (the test suites' quick runs)
    # measures nothing and keeps the daemon, which compiles it faster.
    local daemon=()
    [ "$profile" = release ] && daemon=(-Dkotlin.compiler.daemon=false)
    flock "$build_dir.lock" mvn -B -q -Dstyle.color=never -f "$kotlin_dir/pom.xml" "${maven_profile[@]}" \
        -DskipTests -Dkotlin.build.dir="$build_dir" ${daemon[@]+"${daemon[@]}"} \
        test-compile dependency:build-classpath \
        -Dmdep.outputFile="$build_dir/runtime.classpath" -DincludeScope=runtime >&2
    local classpath="$build_dir/classes:$build_dir/test-classes:$(cat "$build_dir/runtime.classpath")"
    exec java "${jvm[@]}" -cp "$classpath" dev.fastlyaccount.bench.Bench "$@"
}
