#!/usr/bin/env bash
# The release suite: the checks of what ships (docs/packaging.md), each one line,
# ending with "release: N passed, M failed".
#
#   tests/release/run.sh            (or ./tests/run-all.sh release)
#
# Builds little: the Python wheel (check_wheel.sh), the UniFFI library with the release
# profile (for the size budget), cargo doc of the two crates, `cargo publish --dry-run` (the two
# packaged crates only; dependencies come from target/ when the rust suite ran first,
# and crates.io must be reachable), and the UniFFI library if it is not built yet.
#   RELEASE_PUBLISH=list   check `cargo package --list` instead of the dry run
#                          (offline, a few seconds)
#   RELEASE_WHEEL=0        skip tests/release/check_wheel.sh (the Python wheel and
#                          sdist: about 15 s warm, but the first run is a release build
#                          of the extension for x86_64-unknown-linux-gnu, minutes)
set -uo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
logs="$repo/target/release-logs"
mkdir -p "$logs"

passed=0; failed=0; failures=()
suite_start=$(date +%s)
# check NAME COMMAND...: runs the command, its output into target/release-logs/NAME.log
# (shown on failure), and counts it.
check() {
  local name=$1; shift
  local start=$(date +%s)
  if "$@" >"$logs/$name.log" 2>&1; then
    passed=$((passed + 1)); echo "ok   $name ($(( $(date +%s) - start )) s)"
  else
    failed=$((failed + 1)); failures+=("$name"); echo "FAIL $name ($(( $(date +%s) - start )) s)"
    sed 's/^/     | /' "$logs/$name.log" | tail -40
  fi
}
# The file names (fixed strings) in FILE, or say which is missing.
names() {
  local file=$1; shift; local s missing=0
  for s in "$@"; do grep -qF -- "$s" "$file" || { echo "$file does not name: $s"; missing=1; }; done
  return $missing
}

# --- one version --------------------------------------------------------------------
check version python3 tests/release/check_version.py

# The check names the file that differs: a copy of the files it reads, one of them changed.
version_mismatch_is_named() {
  local tmp; tmp=$(mktemp -d)
  mkdir -p "$tmp/python" "$tmp/kotlin/testing" "$tmp/bindings/python" "$tmp/swift/Sources/FastlyAccount" \
    "$tmp/tests/consumers/kotlin"
  cp Cargo.toml CHANGELOG.md "$tmp/"; cp python/pyproject.toml "$tmp/python/"
  cp bindings/python/Cargo.toml "$tmp/bindings/python/"; cp kotlin/pom.xml "$tmp/kotlin/"
  cp kotlin/testing/pom.xml "$tmp/kotlin/testing/"; cp tests/consumers/kotlin/pom.xml "$tmp/tests/consumers/kotlin/"
  cp swift/Sources/FastlyAccount/Version.swift "$tmp/swift/Sources/FastlyAccount/"
  sed -i 's/fastlyAccountVersion = "[^"]*"/fastlyAccountVersion = "9.9.9"/' "$tmp/swift/Sources/FastlyAccount/Version.swift"
  local out status=0
  out=$(python3 tests/release/check_version.py --root "$tmp") && status=1
  rm -rf "$tmp"
  echo "$out"
  [ $status -eq 0 ] || { echo "a changed Swift version passed"; return 1; }
  # Only the changed file is named: every other copy read and agreed.
  [ "$(grep -c 'says' <<<"$out")" -eq 1 ] || { echo "more than the changed file was named"; return 1; }
  grep -q 'Version.swift says 9.9.9' <<<"$out"
}
check version-mismatch-named version_mismatch_is_named

# --- Rust: docs and packages ------------------------------------------------------
check rustdoc env RUSTDOCFLAGS="-D warnings" cargo doc --no-deps -p fastly-account -p fastly-sandbox
check sandbox-missing-docs grep -q '^#!\[warn(missing_docs)\]' tests/sandbox/src/lib.rs
check license-mit names LICENSE-MIT "MIT License" "Permission is hereby granted"
check license-apache names LICENSE-APACHE "Apache License" "Version 2.0"

# The profile of the packaged crates' verify build is the workspace's, so the
# dependencies already in target/ are reused.
profile=(--config 'profile.dev.package."*".opt-level=1' --config 'profile.dev.debug=1')
package_list() {
  local crate=$1; shift; local list
  list=$(cargo package --list --allow-dirty -p "$crate") || return 1
  echo "$list"
  local f; for f in Cargo.toml README.md LICENSE-MIT LICENSE-APACHE src/lib.rs "$@"; do
    grep -qx "$f" <<<"$list" || { echo "$crate: $f is not packaged"; return 1; }
  done
  ! grep -q '^tests/' <<<"$list" || { echo "$crate: its tests are packaged"; return 1; }
}
if [ "${RELEASE_PUBLISH:-dry-run}" = list ]; then
  check package-fastly-account package_list fastly-account src/client.rs
  check package-fastly-sandbox package_list fastly-sandbox src/main.rs
else
  check publish-dry-run cargo publish --dry-run --allow-dirty -p fastly-sandbox -p fastly-account "${profile[@]}"
  grep -E 'Packag(ing|ed)' "$logs/publish-dry-run.log" | sed 's/^ */     /'
fi

# --- Android: 16 KB pages ---------------------------------------------------------
# The library the other suites built (a no-op then), linked by bindings/uniffi/build.rs
# with -z max-page-size=16384.
check uniffi-library tests/build-debug.sh --quiet
# ... whose Rust allocations go to mimalloc (feature `mimalloc`, on by default: see
# bindings/uniffi/src/allocator.rs), as the AAR and XCFramework scripts build it.
check uniffi-allocator sh -c "nm target/debug/libfastly_account_uniffi.so | grep -q ' mi_malloc_aligned\$'"
# ... and takes no static TLS (no initial-exec TPOFF relocations: mimalloc's feature
# local_dynamic_tls): JNA loads it with dlopen, where static TLS is a small shared surplus
# (glibc) or refused (Android's linker).
check uniffi-no-static-tls sh -c "! readelf -rW target/debug/libfastly_account_uniffi.so | grep -q TPOFF"
check elf-alignment python3 tests/release/check_elf_alignment.py
# ... and the same check rejects a library linked without the flag: the Python
# extension (its crate sets no such flag), or the C library.
unaligned=""
for so in python/fastly_account/_native*.so target/debug/lib_native.so target/release/lib_native.so \
          /lib/x86_64-linux-gnu/libc.so.6 /usr/lib/x86_64-linux-gnu/libc.so.6; do
  [ -f "$so" ] && { unaligned=$so; break; }
done
if [ -n "$unaligned" ]; then
  check elf-alignment-rejects-4k python3 tests/release/check_elf_alignment.py --expect-unaligned "$unaligned"
fi

# --- the packaging scripts --------------------------------------------------------
script_ok() {
  local script=$1; shift
  [ -f "$script" ] || { echo "$script is missing"; return 1; }
  [ -x "$script" ] || { echo "$script is not executable"; return 1; }
  bash -n "$script" || return 1
  names "$script" "$@"
}
check build-aar script_ok packaging/android/build-aar.sh \
  "cargo ndk" "cargo install cargo-ndk" arm64-v8a armeabi-v7a x86_64 "-Wl,-z,max-page-size=16384" \
  AndroidManifest.xml classes.jar 'jni/' "<type>aar</type>" net.java.dev.jna "android = true" \
  FASTLY_SYSTEM_ALLOCATOR --no-default-features
check build-xcframework script_ok packaging/apple/build-xcframework.sh \
  aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios aarch64-apple-darwin x86_64-apple-darwin \
  "lipo -create" "xcodebuild -create-xcframework" module.modulemap FastlyAccountFFI.h \
  "--language swift" libfastly_account_uniffi.a FASTLY_SYSTEM_ALLOCATOR --no-default-features
check packaging-doc names docs/packaging.md \
  "dev.fastlyaccount:fastly-account:" "dev.fastlyaccount:fastly-account-android:" \
  '.binaryTarget(name: "FastlyAccountFFI", path:' "url:" "checksum:" \
  build-aar.sh build-xcframework.sh "cp39-abi3" "maturin build --release" "maturin sdist"

# --- the release pipeline (GitHub Actions workflows) -------------------------------
# actionlint, built from its source through the Go module proxy (a pinned version,
# cached in target/tools), lints every workflow; the release workflow must name every
# platform it promises.
ACTIONLINT_VERSION=v1.7.7
actionlint_workflows() {
  local bin="$repo/target/tools/actionlint-$ACTIONLINT_VERSION"
  if [ ! -x "$bin" ]; then
    command -v go >/dev/null || PATH="$PATH:/usr/local/go/bin"
    command -v go >/dev/null || { echo "go not found: it builds actionlint"; return 1; }
    GOBIN="$repo/target/tools/build" go install "github.com/rhysd/actionlint/cmd/actionlint@$ACTIONLINT_VERSION" \
      && mv "$repo/target/tools/build/actionlint" "$bin" || return 1
  fi
  "$bin" -version | sed -n 1p
  "$bin" .github/workflows/*.yml
}
check workflows-actionlint actionlint_workflows
check workflows-ci names .github/workflows/ci.yml ".ci/run" "macos-14" "swift/run-tests.sh"
check workflows-release names .github/workflows/release.yml \
  "tags: [\"v*\"]" x86_64-unknown-linux-gnu aarch64-unknown-linux-gnu 'manylinux: "2_28"' \
  x86_64-unknown-linux-musl aarch64-unknown-linux-musl musllinux_1_2 \
  aarch64-apple-darwin x86_64-apple-darwin x86_64-pc-windows-msvc "command: sdist" \
  aarch64-linux-android armv7-linux-androideabi x86_64-linux-android packaging/android/build-aar.sh \
  "runs-on: macos-14" packaging/apple/build-xcframework.sh \
  "needs: [test, wheels, sdist, aar, xcframework]" "cargo publish -p fastly-sandbox -p fastly-account" \
  pypa/gh-action-pypi-publish "kotlin/pom.xml -Prelease deploy" "kotlin/testing/pom.xml -Prelease deploy" \
  "gh release create"

# --- the Python wheel and sdist, installed where there is no Rust ------------------
if [ "${RELEASE_WHEEL:-1}" = 1 ]; then
  check wheel bash tests/release/check_wheel.sh
  grep -E '^wheel: fastly_account' "$logs/wheel.log" | sed 's/^/     /'
fi

# --- size budget of what ships (docs/packaging.md, "Library sizes") ---------------
# The UniFFI library with the release profile (LTO, one codegen unit), stripped as it
# ships (the profile keeps the symbol table, which uniffi-bindgen reads), and the wheel
# above; then the same check with every budget halved must fail.
uniffi_shipped="$repo/target/release-sizes/libfastly_account_uniffi.so"
build_shipped_uniffi() {
  cargo build --release -p fastly-account-uniffi --lib || return 1
  mkdir -p "$(dirname "$uniffi_shipped")"
  strip --strip-all -o "$uniffi_shipped" target/release/libfastly_account_uniffi.so
}
check uniffi-release-build build_shipped_uniffi
size_args=(--uniffi "$uniffi_shipped")
version=$(sed -n '/^\[workspace.package\]/,/^\[/s/^version *= *"\(.*\)"/\1/p' Cargo.toml)
shipped_wheel=$(ls target/wheels/fastly_account-"$version"-*manylinux*.whl 2>/dev/null | head -1)
[ -n "$shipped_wheel" ] && size_args+=(--wheel "$shipped_wheel")
check size-budget python3 tests/release/check_sizes.py "${size_args[@]}"
sed 's/^/     /' "$logs/size-budget.log"
# ... failing on the budget itself (the library measured and found over it).
check size-budget-rejects sh -c '! python3 tests/release/check_sizes.py --scale 0.5 "$@" >"$0" \
  && grep "^FAIL uniffi library (stripped): .* MiB (budget .* MiB)$" "$0"' \
  "$logs/size-budget-halved.out" "${size_args[@]}"

echo "release: suite took $(( $(date +%s) - suite_start )) s; logs in target/release-logs/"
[ ${#failures[@]} -eq 0 ] || echo "release: failed: ${failures[*]}"
echo "release: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
