//! Generates the Rust scaffolding from the UDL.

fn main() {
    uniffi::generate_scaffolding("src/fastly_account.udl")
        .expect("valid UDL in src/fastly_account.udl");
    // 16 KB pages (Android 15+): every LOAD segment aligned to 16 KB; Linux gets the same
    // flag so tests/release/check_elf_alignment.py can check it here.
    if matches!(
        std::env::var("CARGO_CFG_TARGET_OS").as_deref(),
        Ok("linux" | "android")
    ) {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-z,max-page-size=16384");
    }
}
