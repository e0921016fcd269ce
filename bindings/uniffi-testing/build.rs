//! Generates the Rust scaffolding from the UDL.

fn main() {
    uniffi::generate_scaffolding("src/fastly_account_testing.udl")
        .expect("valid UDL in src/fastly_account_testing.udl");
    // 16 KB pages (Android 15+), as the production library (bindings/uniffi/build.rs).
    if matches!(
        std::env::var("CARGO_CFG_TARGET_OS").as_deref(),
        Ok("linux" | "android")
    ) {
        println!("cargo:rustc-cdylib-link-arg=-Wl,-z,max-page-size=16384");
    }
}
