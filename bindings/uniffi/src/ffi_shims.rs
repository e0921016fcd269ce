//! All-primitive twins of the FFI functions that take or return a `RustBuffer`, for the
//! Kotlin binding.
//!
//! JNA's direct mapping sends any call with a `Structure` argument or a by-value
//! `Structure` return down its slow path (reflection, a `Structure` and native `Memory`
//! allocated per call and registered with JNA's one `Cleaner` thread). uniffi 0.32's
//! Kotlin passes and returns `RustBuffer.ByValue`, a `Structure`, in most calls. For each
//! such function `f` (uniffi's own list of FFI functions, read from the UDL by build.rs:
//! the scaffolding, `rustbuffer_alloc`/`free`/`reserve`, the future helpers), this module
//! exports `fastly_shim_f`: every `RustBuffer` argument is passed as its capacity, length
//! and data, and a returned `RustBuffer` is written through an out-pointer (the argument
//! before the call status), so the Kotlin side only passes `Long`s and `Pointer`s. The
//! workspace's `uniffi-bindgen` rewrites the generated Kotlin to call them
//! (bindgen/src/kotlin_ffi_buffers.rs) and checks that each one it calls is in the library.
//!
//! A shim only forwards: it calls the scaffolding function by its symbol, declared with
//! the signature uniffi itself derives from the UDL (so the two cannot disagree), and
//! catches nothing: the scaffolding already turns panics into the call status.
//! Swift and the other bindings never call these.

/// uniffi's `RustBuffer`, field for field (`#[repr(C)]`: capacity, length, data). uniffi
/// keeps the fields private; the layout is checked below and by the unit test.
#[repr(C)]
pub struct RawBuffer {
    capacity: u64,
    len: u64,
    data: *mut u8,
}

const _: () = assert!(
    std::mem::size_of::<RawBuffer>() == std::mem::size_of::<uniffi::RustBuffer>()
        && std::mem::align_of::<RawBuffer>() == std::mem::align_of::<uniffi::RustBuffer>()
);

include!(concat!(env!("OUT_DIR"), "/ffi_shims.rs"));

#[cfg(test)]
mod tests {
    use super::RawBuffer;

    #[test]
    fn raw_buffer_has_the_layout_of_rust_buffer() {
        let buffer = uniffi::RustBuffer::from_vec(vec![1u8, 2, 3]);
        let (len, capacity, data) = (buffer.len(), buffer.capacity(), buffer.data_pointer());
        // SAFETY: same size and alignment (checked at compile time), both #[repr(C)].
        let raw: RawBuffer = unsafe { std::mem::transmute(buffer) };
        assert_eq!(
            (raw.len, raw.capacity, raw.data as *const u8),
            (len as u64, capacity as u64, data)
        );
        // SAFETY: the same buffer, handed back.
        let buffer: uniffi::RustBuffer = unsafe { std::mem::transmute(raw) };
        assert_eq!(buffer.destroy_into_vec(), vec![1, 2, 3]);
    }

    #[test]
    fn a_shim_round_trips_a_buffer() {
        // rustbuffer_alloc through its shim, then free through the free shim.
        let mut status = uniffi::RustCallStatus::default();
        let mut out = std::mem::MaybeUninit::<RawBuffer>::uninit();
        // SAFETY: `out` has room for a RustBuffer, `status` is a valid status.
        let raw = unsafe {
            super::fastly_shim_ffi_fastly_account_uniffi_rustbuffer_alloc(
                16,
                out.as_mut_ptr(),
                &mut status,
            );
            out.assume_init()
        };
        // uniffi allocates `size` zeroed bytes (the Kotlin side then sets the length it wrote).
        assert!(raw.capacity >= 16 && raw.len == 16 && !raw.data.is_null());
        // SAFETY: the buffer alloc just returned, freed once.
        unsafe {
            super::fastly_shim_ffi_fastly_account_uniffi_rustbuffer_free(
                raw.capacity,
                raw.len,
                raw.data,
                &mut status,
            );
        }
    }
}
