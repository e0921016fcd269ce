//! `uniffi-bindgen-swift`: uniffi's Swift-specific generator (Swift sources, C
//! headers, module maps) for the fastly-account library, with exactly the
//! uniffi version the library uses. Swift needs no fix-up: its
//! `description` and `localizedDescription` of a `FastlyError` already come
//! from the Rust `Display`.

fn main() {
    uniffi::uniffi_bindgen_swift()
}
