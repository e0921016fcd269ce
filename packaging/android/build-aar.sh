#!/usr/bin/env bash
# Builds the Android library of fastly-account: an AAR holding the Kotlin API
# (classes.jar) and libfastly_account_uniffi.so for arm64-v8a, armeabi-v7a and
# x86_64, plus a .pom that declares its dependencies (JNA as an AAR, coroutines).
#
#   packaging/android/build-aar.sh [OUT_DIR]          (default: target/android)
#   packaging/android/build-aar.sh --host [OUT_DIR]   (default: target/android-host)
#
# --host: everything but the cross-compiled libraries, on any Linux machine with no
# NDK and no Android SDK: the Kotlin is generated (android flavour) from the host's
# debug library instead of the arm64 one (the same crate, so the same code), compiled
# and API-checked exactly as below, and the AAR is assembled without jni/. The test
# suite (tests/android/run.sh) builds it this way and runs its classes under
# Robolectric and through ProGuard.
#
# Layout: a plain AAR zip assembled here, with no Gradle and no Android Gradle
# Plugin (the AAR format is a zip with a fixed layout):
#
#   fastly-account-android-<version>.aar
#     AndroidManifest.xml        package dev.fastlyaccount, minSdk, INTERNET permission
#     classes.jar                the generated Kotlin (android flavour) + kotlin/src/main
#     jni/<abi>/libfastly_account_uniffi.so      (not with --host)
#     proguard.txt               consumer R8 rules (JNA reads our classes reflectively):
#                                packaging/android/proguard.txt
#     R.txt                      empty: no Android resources
#   fastly-account-android-<version>.pom
#     dev.fastlyaccount:fastly-account-android:<version>, packaging aar, depending on
#     net.java.dev.jna:jna:<jna>@aar, kotlinx-coroutines-android, androidx.annotation
#   packaging/android/check_aar.py checks both (every entry, the manifest, the classes,
#   the rules, the POM's dependencies) before the script ends.
#
# An app that uses the .aar file directly (not through a Maven repository) must add
# those dependencies itself, JNA as `implementation("net.java.dev.jna:jna:<jna>@aar")`
# (the AAR carries JNA's own libjnidispatch.so for every ABI; the plain jar does not).
#
# classes.jar: packaging/android/pom.xml compiles the Kotlin (jvmTarget 1.8) against
# the Android framework classes (Robolectric's android-all, API 34, from Maven Central)
# and checks with animal-sniffer that nothing calls an API above minSdk 26.
#
# Needs: a JDK 17 and Maven (kotlin/toolchain.sh installs them when missing), python3,
# zip or the JDK's jar; without --host also rustup and the Android NDK
# (ANDROID_NDK_HOME; r26+); cargo-ndk is installed with `cargo install` if missing.
#
# Allocator: the library's Rust allocations go to mimalloc (the crate's default feature
# `mimalloc`; see bindings/uniffi/src/allocator.rs), not to Bionic's Scudo. FASTLY_SYSTEM_ALLOCATOR=1
# builds with --no-default-features instead (Scudo's hardening, memory tagging where the
# device has it, for the library's allocations too; list calls are slower).
#
# 16 KB pages: Android 15+ devices may use 16 KB pages, and an app whose native
# libraries are aligned to 4 KB fails to load there. Every library is linked with
# -Wl,-z,max-page-size=16384 (here through RUSTFLAGS, and by bindings/uniffi/build.rs for
# every Android and Linux build), and checked with tests/release/check_elf_alignment.py.
set -euo pipefail

REPO=$(cd "$(dirname "$0")/../.." && pwd)
HOST=0
if [ "${1:-}" = --host ]; then HOST=1; shift; fi
if [ "$HOST" = 1 ]; then OUT=${1:-$REPO/target/android-host}; else OUT=${1:-$REPO/target/android}; fi
mkdir -p "$OUT" && OUT=$(cd "$OUT" && pwd)

ABIS=(arm64-v8a armeabi-v7a x86_64)
RUST_TARGETS=(aarch64-linux-android armv7-linux-androideabi x86_64-linux-android)
PAGE_SIZE_FLAG="-Wl,-z,max-page-size=16384"
MIN_SDK=26   # java.time in the generated models needs API 26 (or desugaring); pom.xml checks it
CRATE=fastly-account-uniffi
LIB=libfastly_account_uniffi.so

die() { echo "build-aar: $*" >&2; exit 1; }
log() { echo "build-aar: $*" >&2; }

# Versions: the project's own, and the dependencies' from the Maven project.
VERSION=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version *= *"\(.*\)"/\1/p' "$REPO/Cargo.toml")
pom_prop() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$2" | head -1; }
JNA_VERSION=$(pom_prop jna.version "$REPO/kotlin/pom.xml")
KOTLIN_VERSION=$(pom_prop kotlin.version "$REPO/kotlin/pom.xml")
COROUTINES_VERSION=$(pom_prop coroutines.version "$REPO/kotlin/pom.xml")
ANNOTATION_VERSION=$(pom_prop annotation.version "$REPO/packaging/android/pom.xml")
[ -n "$VERSION" ] && [ -n "$JNA_VERSION" ] && [ -n "$KOTLIN_VERSION" ] && [ -n "$COROUTINES_VERSION" ] \
    && [ -n "$ANNOTATION_VERSION" ] || die "could not read the versions from Cargo.toml and the poms"

# --- prerequisites --------------------------------------------------------------
TOOL_NAME=build-aar.sh
# shellcheck source=../../kotlin/toolchain.sh
. "$REPO/kotlin/toolchain.sh"   # JDK 17+ and Maven (installed from Debian's packages if missing)
if [ "$HOST" = 0 ]; then
    NDK=${ANDROID_NDK_HOME:-${ANDROID_NDK_ROOT:-}}
    [ -n "$NDK" ] && [ -d "$NDK" ] || die "set ANDROID_NDK_HOME to the Android NDK (r26 or newer), or pass --host"
    export ANDROID_NDK_HOME=$NDK
    rustup target add "${RUST_TARGETS[@]}"
    if ! cargo ndk --version >/dev/null 2>&1; then
        log "installing cargo-ndk"
        cargo install cargo-ndk --locked
    fi
fi

STAGE="$OUT/aar"
rm -rf "$STAGE" && mkdir -p "$STAGE"
TARGET_DIR="$(cargo metadata --manifest-path "$REPO/Cargo.toml" --format-version 1 --no-deps \
    | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')"

# --- 1. the native libraries, one per ABI, 16 KB aligned -------------------------
if [ "$HOST" = 0 ]; then
    mkdir -p "$STAGE/jni"
    ndk_targets=()
    for abi in "${ABIS[@]}"; do ndk_targets+=(-t "$abi"); done
    allocator_flags=()
    [ "${FASTLY_SYSTEM_ALLOCATOR:-0}" = 1 ] && allocator_flags=(--no-default-features)
    log "building $CRATE for ${ABIS[*]} (minSdk $MIN_SDK)"
    # With --target (which cargo-ndk passes), RUSTFLAGS reach only the Android artifacts,
    # not the build scripts and proc macros built for the host.
    RUSTFLAGS="${RUSTFLAGS:-} -C link-arg=$PAGE_SIZE_FLAG" \
        cargo ndk "${ndk_targets[@]}" --platform "$MIN_SDK" -o "$STAGE/jni" \
        --manifest-path "$REPO/Cargo.toml" build --profile mobile -p "$CRATE" --lib \
        ${allocator_flags[@]+"${allocator_flags[@]}"}
    # The `mobile` profile (Cargo.toml: LTO, one codegen unit, opt-level "s"; sizes in
    # docs/packaging.md) keeps the symbol table, where uniffi-bindgen reads the interface
    # (UNIFFI_META_* symbols): the bindings come from an unstripped copy, then the
    # libraries that ship are stripped.
    SOURCE_LIB="$OUT/unstripped-arm64-v8a-$LIB"
    cp "$STAGE/jni/arm64-v8a/$LIB" "$SOURCE_LIB" || die "cargo ndk produced no arm64-v8a/$LIB"
    STRIP=$(ls "$NDK"/toolchains/llvm/prebuilt/*/bin/llvm-strip 2>/dev/null | head -1)
    for abi in "${ABIS[@]}"; do
        so="$STAGE/jni/$abi/$LIB"
        [ -f "$so" ] || die "cargo ndk produced no $so"
        [ -n "$STRIP" ] && "$STRIP" --strip-unneeded "$so"
        # cargo-ndk copies libc++_shared.so only on request; the library needs no C++ runtime.
    done
    python3 "$REPO/tests/release/check_elf_alignment.py" "$STAGE"/jni/*/"$LIB"
    cargo build --manifest-path "$REPO/Cargo.toml" -p fastly-account-uniffi-bindgen --bin uniffi-bindgen
else
    # The host's debug build, the one every suite shares (tests/build-debug.sh): the
    # library and uniffi-bindgen. The generated Kotlin depends on the crate's interface
    # only, not on the target it was built for.
    log "building the host library and uniffi-bindgen (tests/build-debug.sh)"
    "$REPO/tests/build-debug.sh" --quiet
    SOURCE_LIB="$TARGET_DIR/debug/$LIB"
fi

# --- 2. the Kotlin API, android flavour ------------------------------------------
GEN="$OUT/kotlin-generated"
rm -rf "$GEN" && mkdir -p "$GEN"
BINDGEN="$TARGET_DIR/debug/uniffi-bindgen"
# A global config whose [defaults] merge under bindings/uniffi/uniffi.toml (uniffi 0.32
# ignores an old-style flat file): the android flavour of the generated code (the JNA
# cleaner below API 34 instead of java.lang.ref.Cleaner, which Android lacks below 33;
# android.system.SystemCleaner from 34).
cat > "$OUT/uniffi-android.toml" <<TOML
[defaults.bindings.kotlin]
android = true
TOML
log "generating the Kotlin bindings (android = true) from $SOURCE_LIB"
"$BINDGEN" generate --library "$SOURCE_LIB" --language kotlin --no-format \
    --config "$OUT/uniffi-android.toml" --out-dir "$GEN"
grep -q 'import android.os.Build' "$GEN/dev/fastlyaccount/fastly_account.kt" \
    || die "the generated Kotlin is not the android flavour (uniffi's android option was ignored)"

# --- 3. classes.jar: compiled against the Android framework, API-level checked ---
log "compiling the Kotlin into classes.jar and checking it against API $MIN_SDK (packaging/android/pom.xml)"
mvn -B -q -Dstyle.color=never -f "$REPO/packaging/android/pom.xml" package \
    -Duniffi.generated.dir="$GEN" -Dandroid.build.dir="$OUT/classes-build" \
    -Dkotlin.version="$KOTLIN_VERSION" -Djna.version="$JNA_VERSION" -Dcoroutines.version="$COROUTINES_VERSION" \
    || die "compiling classes.jar or its API-level check failed (see above)"
cp "$OUT/classes-build/classes.jar" "$STAGE/classes.jar"

# --- 4. the AAR and its POM ------------------------------------------------------
cat > "$STAGE/AndroidManifest.xml" <<XML
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android"
    package="dev.fastlyaccount">
    <uses-sdk android:minSdkVersion="$MIN_SDK" />
    <uses-permission android:name="android.permission.INTERNET" />
</manifest>
XML
cp "$REPO/packaging/android/proguard.txt" "$STAGE/proguard.txt"
: > "$STAGE/R.txt"
AAR="$OUT/fastly-account-android-$VERSION.aar"
rm -f "$AAR"
entries=(AndroidManifest.xml classes.jar proguard.txt R.txt)
[ "$HOST" = 1 ] || entries+=(jni)
if command -v zip >/dev/null 2>&1; then
    (cd "$STAGE" && zip -qr -X "$AAR" "${entries[@]}")
else
    jar --create --no-manifest --file "$AAR" -C "$STAGE" "${entries[@]}"
fi
cat > "$OUT/fastly-account-android-$VERSION.pom" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>dev.fastlyaccount</groupId>
  <artifactId>fastly-account-android</artifactId>
  <version>$VERSION</version>
  <packaging>aar</packaging>
  <dependencies>
    <dependency>
      <groupId>net.java.dev.jna</groupId>
      <artifactId>jna</artifactId>
      <version>$JNA_VERSION</version>
      <type>aar</type>
    </dependency>
    <dependency>
      <groupId>org.jetbrains.kotlinx</groupId>
      <artifactId>kotlinx-coroutines-android</artifactId>
      <version>$COROUTINES_VERSION</version>
    </dependency>
    <dependency>
      <groupId>org.jetbrains.kotlin</groupId>
      <artifactId>kotlin-stdlib</artifactId>
      <version>$KOTLIN_VERSION</version>
    </dependency>
    <dependency>
      <groupId>androidx.annotation</groupId>
      <artifactId>annotation</artifactId>
      <version>$ANNOTATION_VERSION</version>
    </dependency>
  </dependencies>
</project>
XML

# --- 5. the layout check -----------------------------------------------------------
check_args=()
[ "$HOST" = 1 ] && check_args=(--no-jni)
python3 "$REPO/packaging/android/check_aar.py" "$AAR" "${AAR%.aar}.pom" --min-sdk "$MIN_SDK" \
    --jna "$JNA_VERSION" ${check_args[@]+"${check_args[@]}"} || die "the AAR's layout check failed"
log "built $AAR ($(du -h "$AAR" | cut -f1)) and its .pom"
log "to a local Maven repository: mvn install:install-file -Dfile=$AAR -DpomFile=${AAR%.aar}.pom"
