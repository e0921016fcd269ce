#!/usr/bin/env bash
# Builds FastlyAccountFFI.xcframework (the Rust library, static, for iOS devices, the
# iOS simulator and macOS) and the Swift sources that go with it, for apps and for a
# release of the Swift package (see docs/packaging.md for the Package.swift forms).
#
#   packaging/apple/build-xcframework.sh [OUT_DIR]      (default: target/apple)
#
# Output:
#   OUT/FastlyAccountFFI.xcframework       ios-arm64, ios-arm64_x86_64-simulator,
#                                          macos-arm64_x86_64; each with the C header
#                                          FastlyAccountFFI.h and its module.modulemap
#   OUT/FastlyAccountFFI.xcframework.zip   the same, zipped, for binaryTarget(url:checksum:)
#   OUT/FastlyAccountFFI.xcframework.zip.checksum   its SHA-256 (= swift package compute-checksum)
#   OUT/Sources/FastlyAccount/FastlyAccount.swift   the generated Swift API (it must come
#                                          from the same build as the libraries)
#
# Runs on macOS with Xcode (xcodebuild, lipo) and rustup. Apps must link the staticlib:
# the crate builds a staticlib beside its cdylib, and iOS forbids loose dylibs.
#
# Allocator: the library's Rust allocations go to mimalloc (the crate's default feature
# `mimalloc`; see bindings/uniffi/src/allocator.rs; it replaces no system `malloc`).
# FASTLY_SYSTEM_ALLOCATOR=1 builds with --no-default-features instead (list calls are slower).
set -euo pipefail

REPO=$(cd "$(dirname "$0")/../.." && pwd)
OUT=${1:-$REPO/target/apple}
mkdir -p "$OUT" && OUT=$(cd "$OUT" && pwd)

CRATE=fastly-account-uniffi
LIB=libfastly_account_uniffi.a
IOS=aarch64-apple-ios
IOS_SIM=(aarch64-apple-ios-sim x86_64-apple-ios)
MACOS=(aarch64-apple-darwin x86_64-apple-darwin)
export IPHONEOS_DEPLOYMENT_TARGET=${IPHONEOS_DEPLOYMENT_TARGET:-15.0}
export MACOSX_DEPLOYMENT_TARGET=${MACOSX_DEPLOYMENT_TARGET:-12.0}

die() { echo "build-xcframework: $*" >&2; exit 1; }
log() { echo "build-xcframework: $*" >&2; }

[ "$(uname -s)" = Darwin ] || die "needs macOS with Xcode (xcodebuild, lipo)"
command -v xcodebuild >/dev/null || die "xcodebuild not found: install Xcode"
TARGET_DIR=$(cargo metadata --manifest-path "$REPO/Cargo.toml" --format-version 1 --no-deps \
    | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')

# --- 1. the static library for every Apple target ----------------------------------
allocator_flags=()
[ "${FASTLY_SYSTEM_ALLOCATOR:-0}" = 1 ] && allocator_flags=(--no-default-features)
rustup target add "$IOS" "${IOS_SIM[@]}" "${MACOS[@]}"
for target in "$IOS" "${IOS_SIM[@]}" "${MACOS[@]}"; do
    log "building $CRATE for $target"
    # The `mobile` profile (Cargo.toml: the release profile, LTO, optimised for size),
    # with unwinding (the workspace never sets panic = "abort"): a Rust panic becomes a
    # Swift error instead of a crash. An app's link strips what it does not use.
    cargo build --manifest-path "$REPO/Cargo.toml" --profile mobile -p "$CRATE" --lib --target "$target" \
        ${allocator_flags[@]+"${allocator_flags[@]}"}
    [ -f "$TARGET_DIR/$target/mobile/$LIB" ] || die "cargo built no $target/mobile/$LIB"
done

# --- 2. one library per platform: the simulators' and the Macs' two archs lipo'd --
UNIVERSAL="$OUT/universal"
rm -rf "$UNIVERSAL" && mkdir -p "$UNIVERSAL/ios-sim" "$UNIVERSAL/macos"
lipo -create "$TARGET_DIR/${IOS_SIM[0]}/mobile/$LIB" "$TARGET_DIR/${IOS_SIM[1]}/mobile/$LIB" \
     -output "$UNIVERSAL/ios-sim/$LIB"
lipo -create "$TARGET_DIR/${MACOS[0]}/mobile/$LIB" "$TARGET_DIR/${MACOS[1]}/mobile/$LIB" \
     -output "$UNIVERSAL/macos/$LIB"

# --- 3. the generated header, module map and Swift API ----------------------------
# The workspace's uniffi-bindgen (the library's uniffi version, plus the project's
# Swift fix-up), in library mode on the macOS build of the same sources.
GEN="$OUT/generated"
rm -rf "$GEN" && mkdir -p "$GEN"
cargo build --manifest-path "$REPO/Cargo.toml" -p fastly-account-uniffi-bindgen --bin uniffi-bindgen
"$TARGET_DIR/debug/uniffi-bindgen" generate --library "$TARGET_DIR/${MACOS[0]}/mobile/$LIB" \
    --language swift --out-dir "$GEN"
for f in FastlyAccount.swift FastlyAccountFFI.h FastlyAccountFFI.modulemap; do
    [ -f "$GEN/$f" ] || die "uniffi-bindgen produced no $f"
done
HEADERS="$OUT/headers"
rm -rf "$HEADERS" && mkdir -p "$HEADERS"
cp "$GEN/FastlyAccountFFI.h" "$HEADERS/"
# xcodebuild and SwiftPM look for exactly `module.modulemap` beside the headers.
cp "$GEN/FastlyAccountFFI.modulemap" "$HEADERS/module.modulemap"
mkdir -p "$OUT/Sources/FastlyAccount"
cp "$GEN/FastlyAccount.swift" "$OUT/Sources/FastlyAccount/FastlyAccount.swift"

# --- 4. the XCFramework, zipped, with its checksum -------------------------------
XCF="$OUT/FastlyAccountFFI.xcframework"
rm -rf "$XCF" "$XCF.zip"
xcodebuild -create-xcframework \
    -library "$TARGET_DIR/$IOS/mobile/$LIB" -headers "$HEADERS" \
    -library "$UNIVERSAL/ios-sim/$LIB" -headers "$HEADERS" \
    -library "$UNIVERSAL/macos/$LIB" -headers "$HEADERS" \
    -output "$XCF"
(cd "$OUT" && ditto -c -k --sequesterRsrc --keepParent FastlyAccountFFI.xcframework FastlyAccountFFI.xcframework.zip)
# What `swift package compute-checksum` prints: the SHA-256 of the zip.
shasum -a 256 "$XCF.zip" | cut -d' ' -f1 > "$XCF.zip.checksum"
log "built $XCF"
log "binaryTarget(url: ..., checksum: \"$(cat "$XCF.zip.checksum")\") for $XCF.zip"
