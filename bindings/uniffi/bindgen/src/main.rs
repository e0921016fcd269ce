//! `uniffi-bindgen`: generates the Kotlin and Swift sources from the built
//! library (library mode), with exactly the uniffi version the library uses.
//!
//! ```text
//! cargo build -p fastly-account-uniffi -p fastly-account-uniffi-bindgen
//! target/debug/uniffi-bindgen generate target/debug/libfastly_account_uniffi.so \
//!     --language kotlin --out-dir OUT
//! ```
//!
//! It is uniffi's own command line plus one fix-up per language, each failing
//! loudly if a new uniffi version changes the code it expects: Kotlin
//! (`kotlin_fixup.rs`): each case of the sealed `FastlyException` gets the
//! Rust `Display` sentence as its `message` instead of uniffi's synthesised
//! `"status=404, detail=..."`; Swift (`swift_fixup.rs`): `Task.cancel()`
//! reaches the Rust future.

mod kotlin_ffi_buffers;
mod kotlin_ffi_fastpath;
mod kotlin_fixup;
mod kotlin_testing_fixup;
mod swift_fixup;

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    // Exits the process with an error status if generation fails.
    uniffi::uniffi_bindgen_main();
    let request = Request::parse(&args);
    if request.generate && !request.is_fastly_account() {
        // Another library's bindings (the testing kit's sandbox, crate
        // fastly-account-testing-uniffi): the fix-ups above are written for the
        // fastly_account namespace only; its Kotlin gets its own one fix-up.
        if let (true, Some(out_dir)) = (request.kotlin, &request.out_dir) {
            if let Err(e) = kotlin_testing_fixup::fix_dir(out_dir) {
                eprintln!("uniffi-bindgen: could not fix up the testing kit's Kotlin output: {e}");
                return ExitCode::FAILURE;
            }
        }
        return ExitCode::SUCCESS;
    }
    // Swift: Task.cancel() reaches the Rust future (see swift_fixup.rs).
    if let Err(e) = swift_fixup::after_generate(&args) {
        eprintln!("uniffi-bindgen: could not fix up the Swift output: {e}");
        return ExitCode::FAILURE;
    }
    if !(request.generate && request.kotlin) {
        return ExitCode::SUCCESS;
    }
    let Some(out_dir) = request.out_dir else {
        eprintln!("uniffi-bindgen: pass --out-dir with --language kotlin (the Kotlin output is fixed up after generation)");
        return ExitCode::FAILURE;
    };
    match kotlin_fixup::fix_dir(&out_dir) {
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("uniffi-bindgen: could not fix up the Kotlin output: {e}");
            ExitCode::FAILURE
        }
    }
}

/// What the command line asked for, as far as the fix-up cares.
#[derive(Debug, Default, PartialEq)]
struct Request {
    generate: bool,
    kotlin: bool,
    out_dir: Option<PathBuf>,
    /// The library (or UDL file) the bindings are generated from.
    source: Option<PathBuf>,
}

impl Request {
    fn parse(args: &[OsString]) -> Request {
        let mut request = Request::default();
        let mut args = args
            .iter()
            .skip(1)
            .map(|a| a.to_string_lossy().into_owned());
        let mut languages = Vec::new();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "generate" => request.generate = true,
                "-l" | "--language" => languages.extend(args.next()),
                "-o" | "--out-dir" => request.out_dir = args.next().map(PathBuf::from),
                "-c" | "--config" | "--crate" => {
                    args.next();
                }
                other => {
                    if let Some(value) = other
                        .strip_prefix("--language=")
                        .or_else(|| other.strip_prefix("-l"))
                    {
                        languages.push(value.to_owned());
                    } else if let Some(value) = other
                        .strip_prefix("--out-dir=")
                        .or_else(|| other.strip_prefix("-o"))
                    {
                        request.out_dir = Some(PathBuf::from(value));
                    } else if request.generate
                        && request.source.is_none()
                        && !other.starts_with('-')
                    {
                        request.source = Some(PathBuf::from(other));
                    }
                }
            }
        }
        request.kotlin = languages
            .iter()
            .flat_map(|l| l.split(','))
            .any(|l| l.trim().eq_ignore_ascii_case("kotlin"));
        request
    }

    /// Whether the bindings are those of the fastly_account namespace (the
    /// library `fastly_account_uniffi` or its UDL), which the fix-ups are for.
    fn is_fastly_account(&self) -> bool {
        self.source
            .as_deref()
            .and_then(|p| p.file_name())
            .map(|name| name.to_string_lossy())
            .is_some_and(|name| {
                name.contains("fastly_account_uniffi") || name == "fastly_account.udl"
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<OsString> {
        line.split(' ').map(OsString::from).collect()
    }

    #[test]
    fn reads_the_command_line() {
        let r = Request::parse(&args(
            "uniffi-bindgen generate lib.so --language kotlin --out-dir out",
        ));
        assert_eq!(
            (r.generate, r.kotlin, r.out_dir),
            (true, true, Some(PathBuf::from("out")))
        );
        let r = Request::parse(&args("uniffi-bindgen generate lib.so -l swift -o out"));
        assert!(r.generate && !r.kotlin);
        let r = Request::parse(&args(
            "uniffi-bindgen generate --language=kotlin --out-dir=x lib.so",
        ));
        assert_eq!((r.kotlin, r.out_dir), (true, Some(PathBuf::from("x"))));
    }

    #[test]
    fn fixes_up_only_the_fastly_account_bindings() {
        for line in [
            "uniffi-bindgen generate target/debug/libfastly_account_uniffi.so --language kotlin --out-dir o",
            "uniffi-bindgen generate --library /t/release/libfastly_account_uniffi.dylib -l swift -o o",
            "uniffi-bindgen generate -c uniffi.toml --language=kotlin libfastly_account_uniffi.a",
        ] {
            assert!(Request::parse(&args(line)).is_fastly_account(), "{line}");
        }
        for line in [
            "uniffi-bindgen generate target/debug/libfastly_account_testing_uniffi.so --language kotlin --out-dir o",
            "uniffi-bindgen generate --crate fastly_account_uniffi other.so -l swift -o o",
        ] {
            assert!(!Request::parse(&args(line)).is_fastly_account(), "{line}");
        }
    }
}
