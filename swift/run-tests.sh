#!/usr/bin/env bash
# Runs the Swift binding's XCTest suite against the sandbox.
#
#   swift/run-tests.sh                 build, generate, (provision,) swift test
#   swift/run-tests.sh --provision-only  only provision (or check) the Linux toolchain
#   swift/run-tests.sh -- ARGS...      extra arguments for `swift test` (e.g. --filter X)
#
# 1. Builds the UniFFI library and the sandbox with cargo on the host.
# 2. Generates the Swift bindings in library mode with the workspace's uniffi-bindgen
#    (into target/swift-bindings) and copies the .swift, the C header and the module
#    map where Package.swift expects them (gitignored folders).
# 3. With `swift` on PATH (a Mac, or Linux with a toolchain) runs `swift test` there.
#    Otherwise (Linux without Swift) provisions a Debian trixie root with Debian's
#    `swiftlang` once, cached OUTSIDE the repo in $FASTLY_SWIFT_ROOT
#    (default /var/cache/fastly-account/swift-trixie), and runs `swift test` inside it
#    (chroot) with the repo bind-mounted at the same path. Needs root for that.
#
# Environment:
#   FASTLY_SWIFT_ROOT          where the trixie root lives (reused when complete)
#   FASTLY_SWIFT_MIRROR        Debian mirror for debootstrap (default deb.debian.org)
#   FASTLY_SWIFT_FORCE_CHROOT  =1: use the chroot even when `swift` is on PATH
#   FASTLY_SWIFT_SCRATCH       SwiftPM scratch (.build) dir; default: a cache folder
#                              inside the toolchain root (chroot), or swift/.build
# Non-interactive; exits non-zero on any failure.
set -euo pipefail

SWIFT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$SWIFT_DIR/.." && pwd)
ROOT=${FASTLY_SWIFT_ROOT:-/var/cache/fastly-account/swift-trixie}
ROOT=${ROOT%/}
MIRROR=${FASTLY_SWIFT_MIRROR:-http://deb.debian.org/debian}
SUITE=trixie
PACKAGES=(swiftlang libc6-dev libstdc++-14-dev)
# The marker holds the recipe: change the suite or the packages and the root is redone.
RECIPE="suite=$SUITE packages=${PACKAGES[*]} recipe=1"
MARKER="$ROOT/.fastly-account-provisioned"
export DEBIAN_FRONTEND=noninteractive

log() { printf '[swift/run-tests +%ss] %s\n' "$SECONDS" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# The root is deleted and rebuilt when incomplete: it must be a dedicated folder.
case "$ROOT" in
    /*/*) ;;
    *) die "FASTLY_SWIFT_ROOT must be an absolute path at least two levels deep (got '$ROOT')" ;;
esac

PROVISION_ONLY=0
SWIFT_TEST_ARGS=()
while [ $# -gt 0 ]; do
    case "$1" in
        --provision-only) PROVISION_ONLY=1 ;;
        --) shift; SWIFT_TEST_ARGS=("$@"); break ;;
        *) die "unknown argument: $1 (see the header of $0)" ;;
    esac
    shift
done

# ---------------------------------------------------------------------------
# Toolchain: native swift, or a cached Debian trixie root with swiftlang.
# ---------------------------------------------------------------------------

use_native_swift() {
    [ "${FASTLY_SWIFT_FORCE_CHROOT:-0}" != 1 ] && command -v swift >/dev/null 2>&1
}

# Mount points below $ROOT (deepest first), from /proc/self/mounts.
mounts_under_root() {
    awk -v root="$ROOT" '$2 == root || index($2, root "/") == 1 { print $2 }' /proc/self/mounts | sort -r
}

# Leaves no mount below $ROOT; refuses to go on if one stays (an `rm -rf` of the root
# must never reach a bind-mounted repository).
unmount_all_under_root() {
    local m
    for m in $(mounts_under_root); do
        umount "$m" 2>/dev/null || umount -l "$m" || true
    done
    if [ -n "$(mounts_under_root)" ]; then
        die "cannot unmount $(mounts_under_root | tr '\n' ' ')below $ROOT"
    fi
}

# Runs a command inside the root with /proc and /dev mounted, plus any extra bind
# mounts given as SRC=DEST-inside-root pairs before `--`. Uses a private mount
# namespace (unshare) when it can, so nothing outlives the command even on SIGKILL;
# otherwise mounts in the host namespace and unmounts in a trap.
in_root() {
    local binds=()
    while [ "$1" != "--" ]; do binds+=("$1"); shift; done
    shift
    local script='
        set -e
        root=$1; shift; nbinds=$1; shift
        mounted=""  # what this run mounted, newest first: only that is unmounted
        cleanup() {
            for m in $mounted; do
                umount -R "$m" 2>/dev/null || umount -l "$m" || true
            done
        }
        trap cleanup EXIT
        mount -t proc proc "$root/proc"; mounted="$root/proc $mounted"
        mount --rbind /dev "$root/dev"; mounted="$root/dev $mounted"
        # A fresh /tmp per run: SwiftPM leaves temporary folders behind.
        mount -t tmpfs -o mode=1777 tmpfs "$root/tmp"; mounted="$root/tmp $mounted"
        i=0
        while [ "$i" -lt "$nbinds" ]; do
            src=${1%%=*}; dest=${1#*=}; shift; i=$((i + 1))
            mkdir -p "$root$dest"
            mount --bind "$src" "$root$dest"; mounted="$root$dest $mounted"
        done
        chroot "$root" "$@"
    '
    if unshare --mount --propagation private true 2>/dev/null; then
        unshare --mount --propagation private bash -c "$script" in-root "$ROOT" "${#binds[@]}" "${binds[@]}" "$@"
    else
        bash -c "$script" in-root "$ROOT" "${#binds[@]}" "${binds[@]}" "$@"
    fi
}

provision() {
    [ "$(id -u)" = 0 ] || die "no swift on PATH, and provisioning a toolchain needs root"
    mkdir -p "$(dirname "$ROOT")"
    # One provisioning at a time; a second run waits and then reuses the result.
    exec 9>"$ROOT.lock"
    flock 9
    if [ -f "$MARKER" ] && [ "$(cat "$MARKER")" = "$RECIPE" ]; then
        log "reusing the Swift toolchain in $ROOT"
        exec 9>&-
        return
    fi
    local start=$SECONDS
    log "provisioning a Debian $SUITE root with ${PACKAGES[*]} in $ROOT (first run only)"
    unmount_all_under_root
    rm -rf --one-file-system "$ROOT"
    if ! command -v debootstrap >/dev/null 2>&1; then
        log "installing debootstrap"
        apt-get update -q
        apt-get install -y -q debootstrap
    fi
    debootstrap --variant=minbase "$SUITE" "$ROOT" "$MIRROR" >"$ROOT.debootstrap.log" 2>&1 \
        || { tail -n 30 "$ROOT.debootstrap.log" >&2; die "debootstrap failed (log: $ROOT.debootstrap.log)"; }
    cp -L /etc/resolv.conf "$ROOT/etc/resolv.conf"
    in_root -- /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin DEBIAN_FRONTEND=noninteractive \
        sh -c "apt-get update -q && apt-get install -y -q ${PACKAGES[*]} && apt-get clean" \
        >"$ROOT.apt.log" 2>&1 \
        || { tail -n 30 "$ROOT.apt.log" >&2; die "installing ${PACKAGES[*]} in the root failed (log: $ROOT.apt.log)"; }
    in_root -- /usr/bin/swift --version >&2 || die "swift does not run in $ROOT"
    printf '%s' "$RECIPE" >"$MARKER"
    log "provisioned the Swift toolchain in $((SECONDS - start)) s"
    exec 9>&-
}

if [ "$PROVISION_ONLY" = 1 ]; then
    if use_native_swift; then log "swift is on PATH: nothing to provision"; else provision; fi
    exit 0
fi

# ---------------------------------------------------------------------------
# Rust side: library, sandbox, generated bindings.
# ---------------------------------------------------------------------------

cd "$REPO"
command -v cargo >/dev/null 2>&1 || die "cargo is not on PATH"
log "building fastly-account-uniffi and fastly-sandbox"
METADATA=$(cargo metadata --format-version 1 --no-deps)
# The workspace's uniffi-bindgen (same uniffi version as the library): its own crate
# fastly-account-uniffi-bindgen, or (older layout) a binary of the library's crate
# behind its `cli` feature.
if printf '%s' "$METADATA" | grep -q '"name":"fastly-account-uniffi-bindgen"'; then
    BINDGEN=(-p fastly-account-uniffi-bindgen --bin uniffi-bindgen)
    cargo build --quiet -p fastly-account-uniffi -p fastly-sandbox -p fastly-account-uniffi-bindgen
else
    BINDGEN=(-p fastly-account-uniffi --features cli --bin uniffi-bindgen)
    cargo build --quiet -p fastly-account-uniffi -p fastly-sandbox --features fastly-account-uniffi/cli
fi

TARGET_DIR=$(printf '%s' "$METADATA" | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
[ -n "$TARGET_DIR" ] || die "could not find cargo's target directory"
case "$(uname -s)" in
    Darwin) LIB_FILE=libfastly_account_uniffi.dylib ;;
    *) LIB_FILE=libfastly_account_uniffi.so ;;
esac
LIB_DIR="$TARGET_DIR/debug"
LIB="$LIB_DIR/$LIB_FILE"
SANDBOX_BIN="$TARGET_DIR/debug/fastly-sandbox"
[ -f "$LIB" ] || die "cargo built no $LIB"
[ -x "$SANDBOX_BIN" ] || die "cargo built no $SANDBOX_BIN"

GEN_DIR="$TARGET_DIR/swift-bindings"
log "generating the Swift bindings into $GEN_DIR"
rm -rf "$GEN_DIR"
cargo run --quiet "${BINDGEN[@]}" -- \
    generate --library "$LIB" --language swift --out-dir "$GEN_DIR" >/dev/null
for f in FastlyAccount.swift FastlyAccountFFI.h FastlyAccountFFI.modulemap; do
    [ -f "$GEN_DIR/$f" ] || die "uniffi-bindgen produced no $f (got: $(ls "$GEN_DIR" | tr '\n' ' '))"
done

# Copy only what changed, so SwiftPM does not rebuild for nothing.
place() {
    mkdir -p "$(dirname "$2")"
    cmp -s "$1" "$2" || cp "$1" "$2"
}
place "$GEN_DIR/FastlyAccount.swift" "$SWIFT_DIR/Sources/FastlyAccount/Generated/FastlyAccount.swift"
place "$GEN_DIR/FastlyAccountFFI.h" "$SWIFT_DIR/Sources/FastlyAccountFFI/include/FastlyAccountFFI.h"
place "$GEN_DIR/FastlyAccountFFI.modulemap" "$SWIFT_DIR/Sources/FastlyAccountFFI/include/module.modulemap"

# Read by Package.swift (linker search path + rpath) and by the tests (sandbox binary).
export FASTLY_ACCOUNT_LIB_DIR="$LIB_DIR"
export FASTLY_SANDBOX_BIN="$SANDBOX_BIN"

# ---------------------------------------------------------------------------
# swift test
# ---------------------------------------------------------------------------

if use_native_swift; then
    log "running swift test with $(command -v swift)"
    cd "$SWIFT_DIR"
    scratch=()
    [ -n "${FASTLY_SWIFT_SCRATCH:-}" ] && scratch=(--scratch-path "$FASTLY_SWIFT_SCRATCH")
    extra=()
    swift test --help 2>/dev/null | grep -q -- --disable-swift-testing && extra=(--disable-swift-testing)
    exec swift test "${scratch[@]}" "${extra[@]}" "${SWIFT_TEST_ARGS[@]}"
fi

provision

# Inside the root the repo (and the cargo target dir, if it lies elsewhere) appear at
# the same absolute paths as on the host, so every path above stays valid.
binds=("$REPO=$REPO")
case "$TARGET_DIR/" in
    "$REPO"/*) ;;
    *) binds+=("$TARGET_DIR=$TARGET_DIR") ;;
esac
# SwiftPM's scratch folder lives in the toolchain's cache, keyed by the repo path, so a
# re-run (or CI's fresh clone at the same path) reuses the compiled package.
SCRATCH=${FASTLY_SWIFT_SCRATCH:-/var/cache/fastly-account-build/$(printf '%s' "$REPO" | cksum | cut -d' ' -f1)}
mkdir -p "$ROOT$SCRATCH"

log "running swift test in the $SUITE root $ROOT"
in_root "${binds[@]}" -- /usr/bin/env -i \
    PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 TMPDIR=/tmp \
    FASTLY_ACCOUNT_LIB_DIR="$FASTLY_ACCOUNT_LIB_DIR" FASTLY_SANDBOX_BIN="$FASTLY_SANDBOX_BIN" \
    /bin/sh -c '
        cd "$1" && shift
        # Only XCTest here: skip the (empty) Swift Testing run and its "0 tests" line.
        if swift test --help 2>/dev/null | grep -q -- --disable-swift-testing; then
            set -- --disable-swift-testing "$@"
        fi
        exec swift test "$@"' swift-test "$SWIFT_DIR" \
    --scratch-path "$SCRATCH" "${SWIFT_TEST_ARGS[@]}"
