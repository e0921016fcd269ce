//! Generates the Rust scaffolding from the UDL.

fn main() {
    uniffi::generate_scaffolding("src/fastly_account.udl")
        .expect("valid UDL in src/fastly_account.udl");
}
