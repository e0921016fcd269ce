//! The fix-ups of uniffi's Kotlin output.
//!
//! 1. `FastlyException.message` is the Rust `Display` sentence.
//!
//! uniffi 0.32 generates the rich error `FastlyError` as
//! `sealed class FastlyException: kotlin.Exception()`, one subclass per case,
//! each overriding `message` with a synthesised `"status=404, detail=..."`;
//! the base class's `toString()` calls the exported Rust `Display` (the
//! core's sentence, e.g. `not found (HTTP 404): Cannot find user 'x'`). This
//! rewrites each subclass's `message` to that same sentence, so `e.message`,
//! loggers and stack traces read it, and fails (naming what it expected) when
//! a uniffi upgrade changes the generated class. Running it twice is harmless
//! (a marker line says a `message` is done).
//!
//! 2. The threads that wake suspended calls stay attached to the JVM. Rust
//!    resumes a suspended Kotlin call through a JNA callback
//!    (`uniffiRustFutureContinuationCallbackImpl`) from one of the core's
//!    runtime threads. By default JNA attaches such a foreign thread to the
//!    JVM for each callback and detaches it afterwards, which costs more than
//!    the rest of a call; the fix gives that callback a
//!    `CallbackThreadInitializer` that leaves the thread attached (as a daemon
//!    named `fastly-account-async`), so the core's two worker threads are
//!    attached once. Fails when a file has async calls but not that callback
//!    object.
//!
//! 3. The call status of every direct-mapped call is a per-thread native
//!    block passed as a `Pointer`, not a JNA `Structure`
//!    (`kotlin_ffi_fastpath.rs`).
//!
//! 4. Every `RustBuffer` argument and return goes through the library's
//!    all-primitive shims, a returned buffer through a per-thread native block
//!    (`kotlin_ffi_buffers.rs`); the library must export every shim called.

use std::collections::BTreeSet;
use std::ffi::OsString;
use std::path::{Path, PathBuf};

/// Marks a `message` already fixed up.
const MARKER: &str = "// fastly-account: Throwable.message from the Rust Display";

/// What uniffi 0.32 writes before each case's synthesised message.
const MESSAGE: &str = "        override val message";
const SYNTHESISED: &str = "            get() = \"";
const FIXED: &str = "            get() = toString()";

/// The continuation callback object uniffi 0.32 generates for async calls.
const CONTINUATION: &str =
    "internal object uniffiRustFutureContinuationCallbackImpl: UniffiRustFutureContinuationCallback {\n";
const ATTACHED_MARKER: &str =
    "    // fastly-account: the threads that resume suspended calls stay attached to the JVM";
const ATTACHED: &str = "    init {
        com.sun.jna.Native.setCallbackThreadInitializer(
            this,
            com.sun.jna.CallbackThreadInitializer(true, false, \"fastly-account-async\"),
        )
    }
";

/// Keeps the threads that run the continuation callback attached to the JVM
/// (see the module docs); returns the new text. A file without async calls is
/// left as it is.
pub fn keep_callback_threads_attached(source: &str) -> Result<String, String> {
    if !source.contains("uniffiRustCallAsync(") || source.contains(ATTACHED_MARKER) {
        return Ok(source.to_owned());
    }
    match source.matches(CONTINUATION).count() {
        1 => Ok(source.replacen(
            CONTINUATION,
            &format!("{CONTINUATION}{ATTACHED_MARKER}\n{ATTACHED}"),
            1,
        )),
        n => Err(format!(
            "expected one `{}` for the async calls, found {n}: did the uniffi templates change?",
            CONTINUATION.trim_end()
        )),
    }
}

/// Fixes every generated `.kt` file under `dir`; returns how many exception
/// cases carry the fix (an error if none does: the templates changed).
pub fn fix_dir(dir: &Path) -> Result<usize, String> {
    let mut shims = BTreeSet::new();
    let fixed = fix_tree(dir, &mut shims)?;
    if fixed == 0 {
        return Err(format!(
            "no sealed Kotlin exception class to fix up under {}: did the uniffi templates change?",
            dir.display()
        ));
    }
    if !shims.is_empty() {
        let args: Vec<OsString> = std::env::args_os().collect();
        let library = library_arg(&args).ok_or(
            "the Kotlin calls the library's buffer shims: generate in library mode \
             (`generate path/to/libfastly_account_uniffi.so ...`) so they can be checked",
        )?;
        crate::kotlin_ffi_buffers::check_shims_exist(&library, &shims)?;
    }
    Ok(fixed)
}

/// The library a `generate` command line names (library mode): the argument that is a
/// shared or static library.
fn library_arg(args: &[OsString]) -> Option<PathBuf> {
    args.iter().skip(1).map(PathBuf::from).find(|p| {
        p.extension()
            .is_some_and(|e| ["so", "dylib", "dll", "a"].iter().any(|x| e == *x))
            && p.is_file()
    })
}

fn fix_tree(dir: &Path, shims: &mut BTreeSet<String>) -> Result<usize, String> {
    let mut fixed = 0;
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            fixed += fix_tree(&path, shims)?;
        } else if path.extension().is_some_and(|e| e == "kt") {
            let source =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let (patched, count) =
                fix_messages(&source).map_err(|e| format!("{}: {e}", path.display()))?;
            let patched = keep_callback_threads_attached(&patched)
                .map_err(|e| format!("{}: {e}", path.display()))?;
            let patched = crate::kotlin_ffi_fastpath::status_as_pointer(&patched)
                .map_err(|e| format!("{}: {e}", path.display()))?;
            let (patched, called) = crate::kotlin_ffi_buffers::buffers_through_shims(&patched)
                .map_err(|e| format!("{}: {e}", path.display()))?;
            shims.extend(called);
            if patched != source {
                std::fs::write(&path, patched).map_err(|e| format!("{}: {e}", path.display()))?;
            }
            fixed += count;
        }
    }
    Ok(fixed)
}

/// Rewrites the `message` of every case of every sealed exception class in
/// `source`. Returns the new text and how many cases carry the fix; fails
/// when a class does not look as expected (a case without a synthesised
/// message, no Rust `Display` behind `toString()`).
pub fn fix_messages(source: &str) -> Result<(String, usize), String> {
    let mut out = String::with_capacity(source.len() + 1024);
    let mut fixed = 0;
    let lines: Vec<&str> = source.split_inclusive('\n').collect();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        out.push_str(line);
        i += 1;
        let Some(class) = line
            .strip_prefix("sealed class ")
            .and_then(|rest| rest.strip_suffix(": kotlin.Exception() {\n"))
        else {
            continue;
        };
        // The class body: up to its closing brace at column 0.
        let end = lines[i..]
            .iter()
            .position(|l| l.starts_with('}'))
            .map(|n| i + n)
            .ok_or_else(|| format!("sealed class {class}: no closing brace"))?;
        let body = &lines[i..end];
        let cases = body
            .iter()
            .filter(|l| l.trim_end().ends_with(&format!(") : {class}() {{")))
            .count();
        if !body.iter().any(|l| l.contains("uniffi_trait_display")) {
            return Err(format!(
                "sealed class {class}: toString() does not call the Rust Display (is [Traits=(Display)] still on the error?)"
            ));
        }
        let mut class_fixed = 0;
        let mut j = 0;
        while j < body.len() {
            let line = body[j];
            if line.trim() == MARKER {
                // Fixed by an earlier run: marker, `override val message`, `get() = toString()`.
                class_fixed += 1;
                out.push_str(line);
                j += 1;
                continue;
            }
            if line.trim_end() == MESSAGE {
                let getter = body.get(j + 1).copied().unwrap_or_default();
                if getter.trim_end() == FIXED {
                    out.push_str(line);
                    out.push_str(getter);
                    j += 2;
                    continue;
                }
                if !getter.starts_with(SYNTHESISED) {
                    return Err(format!(
                        "sealed class {class}: expected `{SYNTHESISED}...` after `override val message`, found {getter:?}"
                    ));
                }
                out.push_str(&format!("        {MARKER}\n{line}{FIXED}\n"));
                class_fixed += 1;
                j += 2;
                continue;
            }
            out.push_str(line);
            j += 1;
        }
        if class_fixed != cases || cases == 0 {
            return Err(format!(
                "sealed class {class}: {cases} cases but {class_fixed} synthesised messages: did the uniffi templates change?"
            ));
        }
        fixed += class_fixed;
        i = end;
    }
    Ok((out, fixed))
}

#[cfg(test)]
mod tests {
    use super::*;

    const GENERATED: &str = r#"class A
sealed class FastlyException: kotlin.Exception() {
    
    class NotFound(
        
        val `status`: kotlin.Int, 
        
        val `detail`: kotlin.String
        ) : FastlyException() {
        override val message
            get() = "status=${ `status` }, detail=${ `detail` }"
    }
    
    class Timeout(
        
        val `detail`: kotlin.String
        ) : FastlyException() {
        override val message
            get() = "detail=${ `detail` }"
    }
    
    // The local Rust `Display`/`Debug` implementation.
    override fun toString(): String {
        return FfiConverterString.lift(
    uniffiRustCall() { _status ->
    UniffiLib.uniffi_fastly_account_uniffi_fn_method_fastlyerror_uniffi_trait_display(FfiConverterTypeFastlyError.lower(this),
        _status)
}
    )
    }
}
object After
"#;

    #[test]
    fn every_case_reads_the_display_sentence_once() {
        let (once, count) = fix_messages(GENERATED).expect("fixed");
        assert_eq!(count, 2);
        assert_eq!(once.matches(FIXED).count(), 2);
        assert!(!once.contains("detail=${"), "{once}");
        assert!(once.ends_with("}\nobject After\n"), "{once}");
        let (twice, count) = fix_messages(&once).expect("fixed again");
        assert_eq!((twice.as_str(), count), (once.as_str(), 2));
    }

    #[test]
    fn the_continuation_callback_keeps_its_threads_attached_once() {
        let generated = format!(
            "suspend fun f() = uniffiRustCallAsync(1)\n{CONTINUATION}    override fun callback(data: Long, pollResult: Byte) {{}}\n}}\n"
        );
        let once = keep_callback_threads_attached(&generated).expect("fixed");
        assert!(
            once.contains("CallbackThreadInitializer(true, false, \"fastly-account-async\")"),
            "{once}"
        );
        assert_eq!(
            keep_callback_threads_attached(&once).expect("fixed again"),
            once
        );
        assert_eq!(
            keep_callback_threads_attached("class NoAsync\n").expect("nothing to do"),
            "class NoAsync\n"
        );
        let changed = generated.replace("internal object", "object");
        assert!(keep_callback_threads_attached(&changed).is_err());
    }

    #[test]
    fn a_changed_template_fails_loudly() {
        let changed = GENERATED.replace("get() = \"detail=", "get() = buildString { \"detail=");
        assert!(fix_messages(&changed).is_err());
        let no_display = GENERATED.replace("uniffi_trait_display", "uniffi_trait_debug");
        assert!(fix_messages(&no_display).is_err());
        let no_message = GENERATED.replace(
            "        override val message\n            get() = \"detail=${ `detail` }\"\n",
            "",
        );
        assert!(fix_messages(&no_message).is_err());
        assert_eq!(fix_messages("class Plain\n").expect("nothing to do").1, 0);
    }
}
