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

mod kotlin_ffi_fastpath;
mod kotlin_fixup;
mod swift_fixup;

use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    // Exits the process with an error status if generation fails.
    uniffi::uniffi_bindgen_main();
    // Swift: Task.cancel() reaches the Rust future (see swift_fixup.rs).
    if let Err(e) = swift_fixup::after_generate(&args) {
        eprintln!("uniffi-bindgen: could not fix up the Swift output: {e}");
        return ExitCode::FAILURE;
    }
    let request = Request::parse(&args);
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
}
