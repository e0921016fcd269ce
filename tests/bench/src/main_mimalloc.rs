//! `fastly-bench-mimalloc`: the same drivers as `fastly-bench`, with mimalloc as the
//! process's allocator: the allocator the Kotlin and Swift library ships with
//! (bindings/uniffi, feature `mimalloc`). `run.py` measures the blocking Rust client
//! both ways, so the Kotlin rows can be read against either.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[path = "main.rs"]
mod drivers;

fn main() -> std::process::ExitCode {
    drivers::main()
}
