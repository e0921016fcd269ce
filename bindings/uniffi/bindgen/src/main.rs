//! `uniffi-bindgen`: generates the Kotlin and Swift sources from the built
//! library (library mode), with exactly the uniffi version the library uses.
//!
//! ```text
//! cargo build -p fastly-account-uniffi -p fastly-account-uniffi-bindgen
//! target/debug/uniffi-bindgen generate target/debug/libfastly_account_uniffi.so \
//!     --language kotlin --out-dir OUT
//! ```
//!
//! It is uniffi's own command line plus one fix-up of the Kotlin output:
//! uniffi leaves `Throwable.message` null for an error that is an interface
//! (`FastlyException`), so after generating Kotlin this adds
//! `override val message` returning the Rust `Display` sentence (the same text
//! as its `toString()`). Without it `e.message` would be null. The fix-up
//! fails loudly if a new uniffi version changes the code it expects.

mod swift_fixup;

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Marks a file already fixed up, so running the generator twice is harmless.
const MARKER: &str = "// fastly-account: Throwable.message from the Rust Display";

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
    match fix_kotlin_errors(&out_dir) {
        Ok(0) => {
            eprintln!(
                "uniffi-bindgen: no Kotlin error class to fix up under {}: did the uniffi templates change?",
                out_dir.display()
            );
            ExitCode::FAILURE
        }
        Ok(_) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!(
                "uniffi-bindgen: could not fix up the Kotlin output under {}: {e}",
                out_dir.display()
            );
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

/// Fixes every generated `.kt` file under `dir`; returns how many error
/// classes carry the fix.
fn fix_kotlin_errors(dir: &Path) -> std::io::Result<usize> {
    let mut fixed = 0;
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            fixed += fix_kotlin_errors(&path)?;
        } else if path.extension().is_some_and(|e| e == "kt") {
            let source = std::fs::read_to_string(&path)?;
            let (patched, count) = add_message(&source);
            if patched != source {
                std::fs::write(&path, patched)?;
            }
            fixed += count;
        }
    }
    Ok(fixed)
}

/// Inserts `override val message` at the top of each class that uniffi
/// generates for an interface used as an error (`open class X :
/// kotlin.Exception, ...`). Returns the new text and how many classes carry
/// the fix (including ones fixed by an earlier run).
fn add_message(source: &str) -> (String, usize) {
    let mut out = String::with_capacity(source.len() + 512);
    let mut count = 0;
    let mut lines = source.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        out.push_str(line);
        let is_error_class = line.starts_with("open class ")
            && line.contains(": kotlin.Exception,")
            && line.trim_end().ends_with('{');
        if !is_error_class {
            continue;
        }
        count += 1;
        if lines.peek().is_some_and(|next| next.trim() == MARKER) {
            continue;
        }
        out.push_str(&format!(
            "    {MARKER}
    // (uniffi leaves it null for an interface used as an error).
    private val fastlyAccountMessage: String by lazy {{
        try {{ this.toString() }} catch (e: IllegalStateException) {{ \"error object already destroyed\" }}
    }}
    override val message: String
        get() = fastlyAccountMessage
"
        ));
    }
    (out, count)
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
    fn fixes_each_error_class_once() {
        let source = "class A\nopen class FastlyException : kotlin.Exception, Disposable, AutoCloseable, I {\n    x\n}\n";
        let (once, count) = add_message(source);
        assert_eq!(count, 1);
        assert!(once.contains("override val message: String"));
        let (twice, count) = add_message(&once);
        assert_eq!((twice, count), (once, 1));
        assert_eq!(add_message("open class Client: Disposable {\n").1, 0);
    }
}
