#!/usr/bin/env bash
# The android suite: what can be checked of the Android library on a Linux host with no
# NDK, no Android SDK and no device. Run by tests/run-all.sh (suite `android`):
#
#   1. the AAR: packaging/android/build-aar.sh --host generates the android flavour of
#      the Kotlin bindings from the host library, compiles it against the Android
#      framework, checks it against the API 26 signatures (minSdk) and assembles the AAR
#      with every part but jni/; check_aar.py checks its layout (one check per line);
#   2. the API-level check refuses what it must: a probe calling two APIs above 26
#      fails it, and the same call behind @RequiresApi passes;
#   3. an app's view under Robolectric (tests/android/app), each test on API 26 and on
#      API 34: suspend calls from a main-thread scope on Robolectric's main looper, a Flow walk in a screen's scope
#      cancelled mid-walk (the sandbox logs the abandoned page), errors as the sealed
#      FastlyException's cases, the blocking client and the main thread (JUnit 4);
#   4. the release build: ProGuard shrinks and obfuscates the app with the library and
#      every dependency, with the AAR's proguard.txt and the dependencies' own rules, and
#      ReleaseBuildTest runs on the shrunk app against the sandbox;
#   5. each needed keep rule of proguard.txt, taken out, makes that test fail.
#
#   tests/android/run.sh
#
# Everything it downloads comes from Maven Central through Maven (the Robolectric
# framework jar, ProGuard, animal-sniffer's signatures) into ~/.m2; JDK and Maven come
# from Debian's packages when missing (kotlin/toolchain.sh). Ends with one line,
# `android: N passed, M failed`; exits non-zero on any failure.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
app="$here/app"
TOOL_NAME=tests/android/run.sh
# shellcheck source=../../kotlin/toolchain.sh
. "$root/kotlin/toolchain.sh"
# shellcheck source=../consumers/sandbox.sh
. "$root/tests/consumers/sandbox.sh"

out="$root/target/android-host"        # the AAR built without the NDK
work="$app/target"                      # everything else this suite writes
logs="$work/android-logs"
rm -rf "$work" && mkdir -p "$logs"
target_dir="${CARGO_TARGET_DIR:-$root/target}"
mvn_q=(mvn -B -q -Dstyle.color=never)

passed=0 failed=0
ok() { echo "ok   $*"; passed=$((passed + 1)); }
bad() { echo "FAIL $*"; failed=$((failed + 1)); }
finish() {
    stop_sandbox
    # On a line of its own: the tally of tests/run-all.sh reads it.
    printf '\nandroid: %d passed, %d failed\n' "$passed" "$failed"
    [ "$failed" -eq 0 ]
    exit
}
# "N passed, M failed" of a line in a log, added to ours.
add_counts() {
    local p f
    read -r p f < <(sed -n "s/^$1: \([0-9]*\) passed, \([0-9]*\) failed.*/\1 \2/p" "$2" | tail -1) || true
    passed=$((passed + ${p:-0})) failed=$((failed + ${f:-0}))
    [ -n "${p:-}" ]
}

# --- 1. the AAR, without the NDK --------------------------------------------------
echo "--- the AAR (packaging/android/build-aar.sh --host)"
if ! "$root/packaging/android/build-aar.sh" --host "$out" 2>&1 | tee "$logs/build-aar.log"; then
    add_counts aar "$logs/build-aar.log" || true
    bad "build-aar.sh --host (log: $logs/build-aar.log)"
    finish
fi
add_counts aar "$logs/build-aar.log" || bad "build-aar.sh printed no layout check"
aar=$(ls "$out"/fastly-account-android-*.aar)

# --- 2. the API-level check refuses calls above minSdk -------------------------------
echo "--- the API-level check against a probe (tests/android/api-probe)"
probe_log="$logs/api-probe.log"
if "${mvn_q[@]}" -f "$root/packaging/android/pom.xml" process-classes \
    -Dandroid.kotlin.sources="$here/api-probe/above" -Duniffi.generated.dir="$here/api-probe/guarded" \
    -Dandroid.build.dir="$work/api-probe" >"$probe_log" 2>&1; then
    bad "the API 26 check passed calls above API 26 (log: $probe_log)"
elif grep -q 'Undefined reference: java.nio.ByteBuffer java.nio.ByteBuffer.position(int)' "$probe_log" \
    && grep -q 'Undefined reference: java.lang.ref.Cleaner java.lang.ref.Cleaner.create()' "$probe_log" \
    && ! grep -q 'GuardedCleaner\|Guarded.kt' "$probe_log"; then
    ok "the API 26 check refuses ByteBuffer.position(Int) (API 34) and Cleaner.create() (API 33), and passes them behind @RequiresApi"
else
    bad "the API 26 check failed the probe, but not on exactly its two calls (log: $probe_log)"
fi

# --- 3. the app under Robolectric ----------------------------------------------------
echo "--- the app under Robolectric (tests/android/app)"
mkdir -p "$work/aar"
python3 - "$aar" "$work/aar" <<'PY'
import sys, zipfile
# What an app's build takes from the AAR: the classes and the consumer rules.
with zipfile.ZipFile(sys.argv[1]) as aar:
    for name in ("classes.jar", "proguard.txt"):
        open(f"{sys.argv[2]}/{name}", "wb").write(aar.read(name))
PY
token="android-sandbox-token-$$"
if ! start_sandbox "$target_dir/debug/fastly-sandbox" "$token" "$logs/sandbox.log"; then
    bad "the sandbox did not start"
    finish
fi
echo "sandbox at $SANDBOX_URL"
sandbox_args=(-Dfastly.sandbox.url="$SANDBOX_URL" -Dfastly.sandbox.token="$token" -Dnative.library.dir="$target_dir/debug")
# -Dmaven.test.failure.ignore: a failed test still leaves the app's jar for step 4; the
# counts come from the reports.
"${mvn_q[@]}" -f "$app/pom.xml" package -Dmaven.test.failure.ignore=true "${sandbox_args[@]}" \
    >"$logs/app.log" 2>&1
app_status=$?
cat "$logs/app.log"
reports=("$work"/surefire-reports/TEST-*.xml)
if [ -f "${reports[0]}" ]; then
    read -r t f < <(awk '
        /<testsuite / {
            for (i = 1; i <= NF; i++) {
                if ($i ~ /^tests="/)    { gsub(/[^0-9]/, "", $i); t += $i }
                if ($i ~ /^failures="/) { gsub(/[^0-9]/, "", $i); f += $i }
                if ($i ~ /^errors="/)   { gsub(/[^0-9]/, "", $i); f += $i }
            }
        }
        END { print t + 0, f + 0 }' "${reports[@]}")
    echo "robolectric: $((t - f)) passed, $f failed"
    passed=$((passed + t - f)) failed=$((failed + f))
fi
if [ "$app_status" -ne 0 ] || [ ! -f "$work/admin-app-1.0.0.jar" ]; then
    bad "the app's Maven build (log: $logs/app.log)"
    finish
fi

# --- 4. the release build: shrunk, obfuscated, tested ------------------------------
echo "--- the release build (ProGuard, with the AAR's proguard.txt)"
"${mvn_q[@]}" -f "$here/proguard/pom.xml" dependency:build-classpath \
    -Dmdep.outputFile="$work/proguard-classpath.txt" >"$logs/proguard-deps.log" 2>&1 \
    || { bad "ProGuard from Maven Central (log: $logs/proguard-deps.log)"; finish; }
java_home=$(java -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.home = //p')
[ -f "$java_home/jmods/java.base.jmod" ] \
    || { bad "no $java_home/jmods (ProGuard reads the JDK's classes there; Debian's openjdk-17-jdk-headless has them)"; finish; }
# The framework the app compiles against (compileSdk 34), as android.jar is to R8.
android_all="$work/robolectric-deps/android-all-$(sed -n 's:.*<android.all.version>\(.*\)</android.all.version>.*:\1:p' "$app/pom.xml").jar"
[ -f "$android_all" ] || { bad "no $android_all"; finish; }

# The dependencies' own rules, as the Android Gradle Plugin hands them to a shrinker:
# META-INF/com.android.tools/proguard/*.pro where a jar has them, else META-INF/proguard/.
mkdir -p "$work/release/rules"
python3 - "$work/release/rules" "$work"/release-inputs/*.jar <<'PY'
import os, sys, zipfile
out = sys.argv[1]
for jar in sys.argv[2:]:
    names = zipfile.ZipFile(jar).namelist()
    tool = [n for n in names if n.startswith("META-INF/com.android.tools/proguard/") and n.endswith(".pro")]
    plain = [n for n in names if n.startswith("META-INF/proguard/") and n.endswith(".pro")]
    for n in tool or plain:
        dest = os.path.join(out, os.path.basename(jar)[:-4] + "-" + os.path.basename(n))
        open(dest, "wb").write(zipfile.ZipFile(jar).read(n))
PY

# shrink LIBRARY_RULES OUT_JAR: the app's release build with those consumer rules.
shrink() {
    local rules=$1 jar=$2 config="${2%.jar}.pro" f
    local filter='(!META-INF/MANIFEST.MF,!META-INF/versions/**,!module-info.class,!META-INF/proguard/**,!META-INF/com.android.tools/**)'
    {
        echo "-injars $work/admin-app-1.0.0.jar"
        echo "-injars $work/aar/classes.jar$filter"
        for f in "$work"/release-inputs/*.jar; do echo "-injars $f$filter"; done
        echo "-outjars $jar"
        # The platform: Android's framework, and the JDK's java.base and java.logging
        # for the java.* classes that Robolectric's framework jar leaves to the JVM.
        echo "-libraryjars $java_home/jmods/java.base.jmod(!**.jar;!module-info.class)"
        echo "-libraryjars $java_home/jmods/java.logging.jmod(!**.jar;!module-info.class)"
        echo "-libraryjars $android_all"
        echo "-printmapping ${jar%.jar}-mapping.txt"
        echo "-include $app/proguard-app.pro"
        echo "-include $rules"
        for f in "$work"/release/rules/*.pro; do echo "-include $f"; done
    } >"$config"
    java -cp "$(cat "$work/proguard-classpath.txt")" proguard.ProGuard "@$config" >"${jar%.jar}-proguard.log" 2>&1
}

# The test's classpath beside the shrunk app: ReleaseBuildTest and Robolectric's
# settings, JUnit, Robolectric and its own dependencies, the framework jar; not the
# Kotlin standard library, coroutines, JNA or the library (those are inside the app).
mkdir -p "$work/release/test-classes/com/example/admin"
cp "$work"/test-classes/com/example/admin/ReleaseBuildTest*.class "$work/release/test-classes/com/example/admin/"
cp "$work/test-classes/robolectric.properties" "$work/release/test-classes/"
test_cp=$(tr ':' '\n' <"$work/shrunk-test-classpath.txt" | grep -v -E '\.aar$|/kotlin-stdlib-|/annotations-13\.0' | paste -sd:)
host_jvm_args=$(sed -n 's:.*<host.jvm.args>\(.*\)</host.jvm.args>.*:\1:p' "$app/pom.xml")

# run_shrunk JAR LOG: ReleaseBuildTest on the shrunk app (JUnit 4's runner); sets
# shrunk_tests and shrunk_failures.
run_shrunk() {
    # shellcheck disable=SC2086 # host_jvm_args is one option, or none
    java $host_jvm_args \
        -Drobolectric.offline=true -Drobolectric.dependency.dir="$work/robolectric-deps" \
        -Drobolectric.usePreinstrumentedJars=false -Drobolectric.logging.enabled=false \
        -Djna.library.path="$target_dir/debug" \
        -Dfastly.sandbox.url="$SANDBOX_URL" -Dfastly.sandbox.token="$token" \
        -cp "$1:$work/release/test-classes:$work/androidx-test-monitor/classes.jar:$test_cp:$android_all" \
        org.junit.runner.JUnitCore com.example.admin.ReleaseBuildTest >"$2" 2>&1
    shrunk_tests=$(sed -n 's/^OK (\([0-9]*\) tests*)$/\1/p; s/^Tests run: \([0-9]*\), *Failures: [0-9]*$/\1/p' "$2" | tail -1)
    shrunk_failures=$(sed -n 's/^OK (.*)$/0/p; s/^Tests run: [0-9]*, *Failures: \([0-9]*\)$/\1/p' "$2" | tail -1)
}

release="$work/release/app-release.jar"
if ! shrink "$work/aar/proguard.txt" "$release"; then
    bad "ProGuard with the AAR's rules (log: ${release%.jar}-proguard.log)"
    finish
fi
run_shrunk "$release" "$logs/release-test.log"
cat "$logs/release-test.log"
if [ -z "$shrunk_tests" ]; then
    bad "ReleaseBuildTest did not run on the shrunk app (log: $logs/release-test.log)"
else
    echo "release build: $((shrunk_tests - shrunk_failures)) passed, $shrunk_failures failed"
    passed=$((passed + shrunk_tests - shrunk_failures)) failed=$((failed + shrunk_failures))
fi
# The shrinker did shrink and rename: the library's classes keep their names (the
# rules), the Kotlin standard library's do not.
if grep -q '^kotlin.collections.CollectionsKt -> shrunk\.' "${release%.jar}-mapping.txt" \
    && grep -q '^dev.fastlyaccount.Client -> dev.fastlyaccount.Client:' "${release%.jar}-mapping.txt"; then
    ok "the release build renamed the app's dependencies and kept the library's names ($(du -k "$release" | cut -f1) KiB)"
else
    bad "the release build's mapping is not what the rules ask for (${release%.jar}-mapping.txt)"
fi

# --- 5. every needed keep rule is needed ------------------------------------------------
# Without one of these lines of proguard.txt, the same app shrinks without a warning and
# fails at run time (JNA binds UniffiLib's native methods by name, reads Structure fields
# by name, and its native part calls into its own classes by name).
for rule in '-keep class dev.fastlyaccount.** { *; }' '-keep class com.sun.jna.** { *; }'; do
    name=$(tr -c 'a-z' '-' <<<"$rule" | tr -s '-' | sed 's/^-//; s/-$//')
    rules="$work/release/without-$name.txt"
    grep -v -F -x -- "$rule" "$work/aar/proguard.txt" >"$rules"
    if cmp -s "$rules" "$work/aar/proguard.txt"; then
        bad "proguard.txt has no line '$rule'"
        continue
    fi
    jar="$work/release/without-$name.jar"
    if ! shrink "$rules" "$jar"; then
        bad "ProGuard without '$rule' (log: ${jar%.jar}-proguard.log)"
        continue
    fi
    run_shrunk "$jar" "$logs/without-$name.log"
    if [ -n "$shrunk_tests" ] && [ "$shrunk_failures" -gt 0 ]; then
        ok "without '$rule' the shrunk app fails $shrunk_failures of $shrunk_tests tests: $(grep -m1 -o -E '(UnsatisfiedLinkError|NoClassDefFoundError|NoSuchMethodError|IllegalArgumentException|Error)[^;]*' "$logs/without-$name.log" | cut -c1-160)"
    else
        bad "without '$rule' the shrunk app still passes (${shrunk_tests:-no} tests): the rule is not needed, or the test does not reach what it keeps (log: $logs/without-$name.log)"
    fi
done

finish
