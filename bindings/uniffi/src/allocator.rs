//! The library's Rust allocations go to mimalloc, not the host's `malloc` (feature
//! `mimalloc`, on by default; `--no-default-features` keeps the system allocator).
//!
//! A list call allocates and frees a few strings per item: the core's JSON decode, the
//! conversion to the UDL's dictionaries, and the lowering into one buffer, which frees
//! each string as it writes it. Inside a JVM, glibc's `malloc` spent about a quarter of
//! a 10,000-user `listCustomerUsers` in `malloc`, `free` and their consolidation of
//! freed chunks; with mimalloc the Kotlin call went from 1.57x to 1.1-1.35x of the
//! blocking Rust client's (bindings/uniffi/README.md, "The allocator"). Every allocation
//! this library makes is freed by this library (a `RustBuffer` is freed through
//! `rustbuffer_free`), so the host's allocator and this one never see each other's
//! memory. mimalloc is built with local-dynamic TLS: the library is loaded with `dlopen`.

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_arena_eager_commit`: its index in mimalloc's `mi_option_t`, which mimalloc
/// keeps stable across versions (a retired option keeps its slot as `deprecated_...`).
#[cfg(any(target_os = "linux", target_os = "android"))]
const ARENA_EAGER_COMMIT: libmimalloc_sys::mi_option_t = 4;

/// Runs when the library is loaded (an ELF initializer), before its first allocation.
///
/// On systems that overcommit (Linux, Android) mimalloc commits each arena eagerly by
/// default, and with transparent huge pages the first touch of it takes resident memory
/// 2 MiB at a time: the 100,000-call Kotlin soak (8 threads) held 135-149 MiB of RSS
/// against 109-111 MiB with glibc's `malloc`. With eager commit off it held 102-114 MiB,
/// and a 10,000-user decode from Kotlin read within 4% of the eager figure in the same
/// rounds. (Elsewhere mimalloc does not commit eagerly by default.)
#[cfg(any(target_os = "linux", target_os = "android"))]
#[used]
#[link_section = ".init_array"]
static CONFIGURE_AT_LOAD: extern "C" fn() = configure;

#[cfg(any(target_os = "linux", target_os = "android"))]
extern "C" fn configure() {
    // SAFETY: sets one of mimalloc's options; mimalloc allows it before its first use.
    unsafe { libmimalloc_sys::mi_option_set(ARENA_EAGER_COMMIT, 0) }
}

#[cfg(all(test, any(target_os = "linux", target_os = "android")))]
mod tests {
    use super::ARENA_EAGER_COMMIT;

    #[test]
    fn arenas_are_not_committed_eagerly() {
        // Set by `configure` when this binary was loaded (mimalloc's default is 2).
        // SAFETY: reads one of mimalloc's options.
        assert_eq!(
            unsafe { libmimalloc_sys::mi_option_get(ARENA_EAGER_COMMIT) },
            0
        );
    }
}
