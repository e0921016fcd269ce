#!/usr/bin/env bash
# Builds the Android library of fastly-account: an AAR holding the Kotlin API
# (classes.jar) and libfastly_account_uniffi.so for arm64-v8a, armeabi-v7a and
# x86_64, plus a .pom that declares its dependencies (JNA as an AAR, coroutines).
#
#   packaging/android/build-aar.sh [OUT_DIR]      (default: target/android)
#
# Layout: a plain AAR zip assembled here, with no Gradle and no Android Gradle
# Plugin (the AAR format is a zip with a fixed layout):
#
#   fastly-account-android-<version>.aar
#     AndroidManifest.xml        package dev.fastlyaccount, minSdk, INTERNET permission
#     classes.jar                the generated Kotlin (android flavour) + kotlin/src/main
#     jni/<abi>/libfastly_account_uniffi.so
#     proguard.txt               consumer R8 rules (JNA reads our classes reflectively)
#     R.txt                      empty: no Android resources
#   fastly-account-android-<version>.pom
#     dev.fastlyaccount:fastly-account-android:<version>, packaging aar, depending on
#     net.java.dev.jna:jna:<jna>@aar, kotlinx-coroutines-android, androidx.annotation
#
# An app that uses the .aar file directly (not through a Maven repository) must add
# those dependencies itself, JNA as `implementation("net.java.dev.jna:jna:<jna>@aar")`
# (the AAR carries JNA's own libjnidispatch.so for every ABI; the plain jar does not).
#
# Needs: rustup, the Android NDK (ANDROID_NDK_HOME; r26+), the Android SDK platform
# (ANDROID_HOME, for android.jar: the android flavour of the generated code uses
# android.os.Build), a JDK, kotlinc (on PATH or KOTLINC), curl, and zip or the JDK's jar.
# cargo-ndk is installed with `cargo install` if missing.
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
OUT=${1:-$REPO/target/android}
mkdir -p "$OUT" && OUT=$(cd "$OUT" && pwd)

ABIS=(arm64-v8a armeabi-v7a x86_64)
RUST_TARGETS=(aarch64-linux-android armv7-linux-androideabi x86_64-linux-android)
PAGE_SIZE_FLAG="-Wl,-z,max-page-size=16384"
MIN_SDK=${MIN_SDK:-26}          # java.time in the generated models needs API 26 (or desugaring)
COMPILE_SDK=${COMPILE_SDK:-35}  # android.jar to compile the Kotlin against
CRATE=fastly-account-uniffi
LIB=libfastly_account_uniffi.so

die() { echo "build-aar: $*" >&2; exit 1; }
log() { echo "build-aar: $*" >&2; }

# Versions: the project's own, and the dependencies' from the Maven project.
VERSION=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version *= *"\(.*\)"/\1/p' "$REPO/Cargo.toml")
pom_prop() { sed -n "s:.*<$1>\(.*\)</$1>.*:\1:p" "$REPO/kotlin/pom.xml" | head -1; }
JNA_VERSION=${JNA_VERSION:-$(pom_prop jna.version)}
KOTLIN_VERSION=${KOTLIN_VERSION:-$(pom_prop kotlin.version)}
COROUTINES_VERSION=${COROUTINES_VERSION:-$(pom_prop coroutines.version)}
ANNOTATION_VERSION=${ANNOTATION_VERSION:-1.9.1}
[ -n "$VERSION" ] && [ -n "$JNA_VERSION" ] && [ -n "$COROUTINES_VERSION" ] \
    || die "could not read the versions from Cargo.toml and kotlin/pom.xml"

# --- prerequisites --------------------------------------------------------------
NDK=${ANDROID_NDK_HOME:-${ANDROID_NDK_ROOT:-}}
[ -n "$NDK" ] && [ -d "$NDK" ] || die "set ANDROID_NDK_HOME to the Android NDK (r26 or newer)"
export ANDROID_NDK_HOME=$NDK
SDK=${ANDROID_HOME:-${ANDROID_SDK_ROOT:-}}
ANDROID_JAR="$SDK/platforms/android-$COMPILE_SDK/android.jar"
[ -f "$ANDROID_JAR" ] || die "no $ANDROID_JAR: set ANDROID_HOME and install platforms;android-$COMPILE_SDK"
KOTLINC=${KOTLINC:-$(command -v kotlinc || true)}
[ -n "$KOTLINC" ] || die "kotlinc not found: put it on PATH or set KOTLINC"
rustup target add "${RUST_TARGETS[@]}"
if ! cargo ndk --version >/dev/null 2>&1; then
    log "installing cargo-ndk"
    cargo install cargo-ndk --locked
fi

# --- 1. the native libraries, one per ABI, 16 KB aligned -------------------------
STAGE="$OUT/aar"
rm -rf "$STAGE" && mkdir -p "$STAGE/jni"
ndk_targets=()
for abi in "${ABIS[@]}"; do ndk_targets+=(-t "$abi"); done
allocator_flags=()
[ "${FASTLY_SYSTEM_ALLOCATOR:-0}" = 1 ] && allocator_flags=(--no-default-features)
log "building $CRATE for ${ABIS[*]} (minSdk $MIN_SDK)"
# With --target (which cargo-ndk passes), RUSTFLAGS reach only the Android artifacts,
# not the build scripts and proc macros built for the host.
RUSTFLAGS="${RUSTFLAGS:-} -C link-arg=$PAGE_SIZE_FLAG" \
    cargo ndk "${ndk_targets[@]}" --platform "$MIN_SDK" -o "$STAGE/jni" \
    --manifest-path "$REPO/Cargo.toml" build --release -p "$CRATE" --lib ${allocator_flags[@]+"${allocator_flags[@]}"}
STRIP=$(ls "$NDK"/toolchains/llvm/prebuilt/*/bin/llvm-strip 2>/dev/null | head -1)
for abi in "${ABIS[@]}"; do
    so="$STAGE/jni/$abi/$LIB"
    [ -f "$so" ] || die "cargo ndk produced no $so"
    [ -n "$STRIP" ] && "$STRIP" --strip-unneeded "$so"
    # cargo-ndk copies libc++_shared.so only on request; the library needs no C++ runtime.
done
python3 "$REPO/tests/release/check_elf_alignment.py" "$STAGE"/jni/*/"$LIB"

# --- 2. the Kotlin API, android flavour ------------------------------------------
GEN="$OUT/kotlin-generated"
rm -rf "$GEN" && mkdir -p "$GEN"
cargo build --manifest-path "$REPO/Cargo.toml" -p fastly-account-uniffi-bindgen --bin uniffi-bindgen
BINDGEN="$(cargo metadata --manifest-path "$REPO/Cargo.toml" --format-version 1 --no-deps \
    | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')/debug/uniffi-bindgen"
# A global config whose [defaults] merge under bindings/uniffi/uniffi.toml (uniffi 0.32
# ignores an old-style flat file): the android flavour of the generated code (the JNA
# cleaner below API 34 instead of java.lang.ref.Cleaner, which Android lacks).
cat > "$OUT/uniffi-android.toml" <<TOML
[defaults.bindings.kotlin]
android = true
TOML
log "generating the Kotlin bindings (android = true)"
"$BINDGEN" generate --library "$STAGE/jni/arm64-v8a/$LIB" --language kotlin --no-format \
    --config "$OUT/uniffi-android.toml" --out-dir "$GEN"

# --- 3. classes.jar ------------------------------------------------------------
DEPS="$OUT/deps"
mkdir -p "$DEPS"
CENTRAL=https://repo1.maven.org/maven2
GOOGLE=https://dl.google.com/dl/android/maven2   # androidx lives on Google's Maven only
fetch() {  # repository group artifact version
    local jar="$3-$4.jar"
    [ -f "$DEPS/$jar" ] || curl -fsSL -o "$DEPS/$jar" "$1/${2//.//}/$3/$4/$jar"
}
fetch "$CENTRAL" net.java.dev.jna jna "$JNA_VERSION"
fetch "$CENTRAL" org.jetbrains.kotlinx kotlinx-coroutines-core-jvm "$COROUTINES_VERSION"
fetch "$GOOGLE" androidx.annotation annotation-jvm "$ANNOTATION_VERSION"
classpath="$ANDROID_JAR:$DEPS/jna-$JNA_VERSION.jar:$DEPS/kotlinx-coroutines-core-jvm-$COROUTINES_VERSION.jar:$DEPS/annotation-jvm-$ANNOTATION_VERSION.jar"
log "compiling the Kotlin sources into classes.jar"
# (No mapfile: macOS ships bash 3.2. The paths hold no newlines.)
sources=()
while IFS= read -r f; do sources+=("$f"); done \
    < <(find "$GEN" "$REPO/kotlin/src/main/kotlin" -name '*.kt' | sort)
[ ${#sources[@]} -gt 0 ] || die "no Kotlin sources in $GEN"
"$KOTLINC" -jvm-target 1.8 -no-reflect -classpath "$classpath" -d "$STAGE/classes.jar" "${sources[@]}"

# --- 4. the AAR and its POM ------------------------------------------------------
cat > "$STAGE/AndroidManifest.xml" <<XML
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android"
    package="dev.fastlyaccount">
    <uses-sdk android:minSdkVersion="$MIN_SDK" />
    <uses-permission android:name="android.permission.INTERNET" />
</manifest>
XML
cat > "$STAGE/proguard.txt" <<'RULES'
# JNA maps the generated Structures and callbacks by reflection (JNA's own advice,
# plus the generated package).
-dontwarn java.awt.**
-keep class com.sun.jna.** { *; }
-keepclassmembers class * extends com.sun.jna.** { public *; }
-keep class dev.fastlyaccount.** { *; }
RULES
: > "$STAGE/R.txt"
AAR="$OUT/fastly-account-android-$VERSION.aar"
rm -f "$AAR"
if command -v zip >/dev/null 2>&1; then
    (cd "$STAGE" && zip -qr -X "$AAR" AndroidManifest.xml classes.jar jni proguard.txt R.txt)
else
    jar --create --no-manifest --file "$AAR" -C "$STAGE" .
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
log "built $AAR ($(du -h "$AAR" | cut -f1)) and its .pom"
log "to a local Maven repository: mvn install:install-file -Dfile=$AAR -DpomFile=${AAR%.aar}.pom"
