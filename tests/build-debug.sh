#!/usr/bin/env bash
# The one debug build of the workspace that every suite but the Rust one uses:
# libraries and binaries of every member (the UniFFI libraries, uniffi-bindgen,
# fastly-sandbox, fastly-bench, ...), in one cargo invocation.
#
# Why one command: cargo unifies dependency features over the packages a command
# names, so `cargo build -p A` and `cargo build -p B` can compile tokio, hyper or
# serde with different features, and every crate above them twice. With every
# suite asking for the same set, the second and later calls are no-ops.
# Release builds (benchmarks, soak, packaging) name their packages themselves.
#
#   tests/build-debug.sh [extra cargo arguments, e.g. --quiet]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec cargo build --workspace --lib --bins "$@"
