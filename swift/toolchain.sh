# Shared by swift/run-tests.sh and swift/run-bench.sh (sourced, not run): the Swift
# toolchain (native, or a cached Debian trixie root provisioned on Linux), the Rust
# library and the generated bindings, and running a command where `swift` lives.
#
# The caller sets LOG_TAG (prefix of its log lines) and `set -euo pipefail` first.
#
# Environment:
#   FASTLY_SWIFT_ROOT          where the trixie root lives (reused when complete;
#                              default /var/cache/fastly-account/swift-trixie)
#   FASTLY_SWIFT_MIRROR        Debian mirror for debootstrap (default deb.debian.org)
#   FASTLY_SWIFT_FORCE_CHROOT  =1: use the chroot even when `swift` is on PATH
#   FASTLY_SWIFT_SCRATCH       SwiftPM scratch (.build) dir; default: a cache folder
#                              inside the toolchain root (chroot), or swift/.build

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

log() { printf '[%s +%ss] %s\n' "${LOG_TAG:-swift}" "$SECONDS" "$*" >&2; }
die() { log "error: $*"; exit 1; }

# The root is deleted and rebuilt when incomplete: it must be a dedicated folder.
case "$ROOT" in
    /*/*) ;;
    *) die "FASTLY_SWIFT_ROOT must be an absolute path at least two levels deep (got '$ROOT')" ;;
esac

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
        apt-get update -q >&2
        apt-get install -y -q debootstrap >&2
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

# ---------------------------------------------------------------------------
# Rust side: the library (debug or release), generated bindings, optional extras.
# ---------------------------------------------------------------------------

# prepare_rust PROFILE: builds fastly-account-uniffi (PROFILE debug or release) and the
# workspace's debug build (tests/build-debug.sh: every member's libraries and binaries,
# so fastly-sandbox, uniffi-bindgen and the testing kit's library too), generates the
# Swift bindings from that library with the workspace's uniffi-bindgen and places them
# where Package.swift expects them (gitignored folders).
# Sets TARGET_DIR and LIB_DIR; exports FASTLY_ACCOUNT_LIB_DIR (read by Package.swift).
prepare_rust() {
    local profile=$1
    cd "$REPO"
    command -v cargo >/dev/null 2>&1 || die "cargo is not on PATH"
    log "building the workspace (debug) with tests/build-debug.sh"
    local metadata
    metadata=$(cargo metadata --format-version 1 --no-deps)
    # The same command as every other suite's debug build: cargo reuses what they built.
    "$REPO/tests/build-debug.sh" --quiet >&2
    if [ "$profile" = release ]; then
        log "building fastly-account-uniffi (release)"
        cargo build --quiet --release -p fastly-account-uniffi --lib >&2
    fi

    TARGET_DIR=$(printf '%s' "$metadata" | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')
    [ -n "$TARGET_DIR" ] || die "could not find cargo's target directory"
    LIB_DIR="$TARGET_DIR/$profile"
    # One output folder per profile: a test run and a benchmark run may overlap.
    local gen_dir="$TARGET_DIR/swift-bindings"
    [ "$profile" = release ] && gen_dir="$gen_dir-release"
    generate_swift fastly_account_uniffi FastlyAccount "$gen_dir"
    export FASTLY_ACCOUNT_LIB_DIR="$LIB_DIR"
}

# generate_swift CRATE_LIB MODULE GEN_DIR: generates the Swift bindings of
# $LIB_DIR/lib<CRATE_LIB>.so (.dylib on a Mac) into GEN_DIR with the workspace's
# uniffi-bindgen, and places MODULE.swift, MODULEFFI.h and its module map where
# Package.swift expects them (Sources/MODULE/Generated, Sources/MODULEFFI/include;
# gitignored). Needs TARGET_DIR and LIB_DIR (prepare_rust sets them).
generate_swift() {
    local crate_lib=$1 module=$2 gen_dir=$3
    local lib="$LIB_DIR/lib$crate_lib.so"
    [ "$(uname -s)" = Darwin ] && lib="$LIB_DIR/lib$crate_lib.dylib"
    [ -f "$lib" ] || die "cargo built no $lib"
    log "generating the Swift bindings of $module into $gen_dir"
    rm -rf "$gen_dir"
    # The built binary, not `cargo run -p ...`: that would resolve features for the
    # generator alone and rebuild its dependencies.
    "$TARGET_DIR/debug/uniffi-bindgen" \
        generate --library "$lib" --language swift --out-dir "$gen_dir" >/dev/null
    local f
    for f in "$module.swift" "${module}FFI.h" "${module}FFI.modulemap"; do
        [ -f "$gen_dir/$f" ] || die "uniffi-bindgen produced no $f (got: $(ls "$gen_dir" | tr '\n' ' '))"
    done
    # Copy only what changed, so SwiftPM does not rebuild for nothing. (The sources are
    # the same for both profiles: they come from the same interface.)
    place "$gen_dir/$module.swift" "$SWIFT_DIR/Sources/$module/Generated/$module.swift"
    place "$gen_dir/${module}FFI.h" "$SWIFT_DIR/Sources/${module}FFI/include/${module}FFI.h"
    place "$gen_dir/${module}FFI.modulemap" "$SWIFT_DIR/Sources/${module}FFI/include/module.modulemap"
}

place() {
    mkdir -p "$(dirname "$2")"
    cmp -s "$1" "$2" || cp "$1" "$2"
}

# ---------------------------------------------------------------------------
# Running swift (and what it builds) natively or inside the root.
# ---------------------------------------------------------------------------

# The SwiftPM scratch folder for a flavour of build ("test", "bench-release", ...).
# In the root it lives in the toolchain's cache, keyed by the repo path, so a re-run
# (or CI's fresh clone at the same path) reuses the compiled package. Each flavour has
# its own, since they link different Rust libraries.
scratch_dir() {
    local flavour=$1
    if [ -n "${FASTLY_SWIFT_SCRATCH:-}" ]; then
        if [ "$flavour" = test ]; then printf '%s' "$FASTLY_SWIFT_SCRATCH"; else printf '%s-%s' "$FASTLY_SWIFT_SCRATCH" "$flavour"; fi
    elif use_native_swift; then
        if [ "$flavour" = test ]; then printf '%s' "$SWIFT_DIR/.build"; else printf '%s' "$SWIFT_DIR/.build-$flavour"; fi
    else
        local key
        key=$(printf '%s' "$REPO" | cksum | cut -d' ' -f1)
        if [ "$flavour" = test ]; then
            printf '/var/cache/fastly-account-build/%s' "$key"
        else
            printf '/var/cache/fastly-account-build/%s-%s' "$key" "$flavour"
        fi
    fi
}

# in_swift VAR=VALUE... -- COMMAND ARGS...: runs COMMAND in $SWIFT_DIR with `swift` on
# PATH and the given environment (plus FASTLY_ACCOUNT_LIB_DIR): natively, or inside
# the trixie root (provisioned on first use) with the repository, and the cargo target
# dir if it lies elsewhere, bind-mounted at the same absolute paths, so every path
# stays valid. Creates the scratch folders named by --scratch-path arguments.
in_swift() {
    local env=()
    while [ "$1" != "--" ]; do env+=("$1"); shift; done
    shift
    local args=("$@") i
    if use_native_swift; then
        for ((i = 0; i + 1 < ${#args[@]}; i++)); do
            [ "${args[i]}" = --scratch-path ] && mkdir -p "${args[i + 1]}"
        done
        (cd "$SWIFT_DIR" && exec env "${env[@]}" FASTLY_ACCOUNT_LIB_DIR="$FASTLY_ACCOUNT_LIB_DIR" "${args[@]}")
        return
    fi
    provision
    for ((i = 0; i + 1 < ${#args[@]}; i++)); do
        [ "${args[i]}" = --scratch-path ] && mkdir -p "$ROOT${args[i + 1]}"
    done
    local binds=("$REPO=$REPO")
    case "$TARGET_DIR/" in
        "$REPO"/*) ;;
        *) binds+=("$TARGET_DIR=$TARGET_DIR") ;;
    esac
    in_root "${binds[@]}" -- /usr/bin/env -i \
        PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 TMPDIR=/tmp \
        FASTLY_ACCOUNT_LIB_DIR="$FASTLY_ACCOUNT_LIB_DIR" "${env[@]}" \
        /bin/sh -c 'cd "$1" && shift && exec "$@"' in-swift "$SWIFT_DIR" "${args[@]}"
}
