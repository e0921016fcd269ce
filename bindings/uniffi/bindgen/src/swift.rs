//! `uniffi-bindgen-swift`: uniffi's Swift-specific generator (Swift sources, C
//! headers, module maps) for the fastly-account library, with exactly the
//! uniffi version the library uses. With `--swift-sources` it applies the same
//! fix-up as `uniffi-bindgen generate --language swift` (swift_fixup.rs: a
//! cancelled Swift `Task` cancels the Rust future and throws
//! `CancellationError`), and fails if uniffi's output no longer matches it.

#[path = "swift_fixup.rs"]
mod swift_fixup;

fn main() -> std::process::ExitCode {
    // Exits the process with an error status if generation fails.
    uniffi::uniffi_bindgen_swift();
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if let Err(e) = swift_fixup::after_generate_swift(&args) {
        eprintln!("uniffi-bindgen-swift: could not fix up the Swift sources: {e}");
        return std::process::ExitCode::FAILURE;
    }
    std::process::ExitCode::SUCCESS
}
