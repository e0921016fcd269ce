//! The fix-up of uniffi's Swift output: `Task.cancel()` reaches the Rust future.
//!
//! uniffi 0.32's Swift `uniffiRustCallAsync` polls the Rust future until it is
//! ready and never looks at Swift's task cancellation: a cancelled `Task` keeps
//! waiting for the whole request. And if the Rust future were ever completed
//! after a cancellation, `uniffiCheckCallStatus` would hit
//! `fatalError("Cancellation not supported yet")` on `CALL_CANCELLED`.
//!
//! This module rewrites the generated Swift (and fails, naming what it expected,
//! when a uniffi upgrade changes that code):
//!
//! 1. `uniffiRustCallAsync` gains a `cancelFunc` parameter and polls inside
//!    `withTaskCancellationHandler`, whose `onCancel` calls the future's
//!    `ffi_..._rust_future_cancel_*`. Rust then wakes the pending poll with
//!    "ready", the loop ends, and, the task being cancelled, the call throws
//!    Swift's `CancellationError` without calling `complete`. The `defer` frees
//!    the future, which drops it: the glue runs each call as a task of the core's
//!    runtime that aborts when dropped, so the request is abandoned at once.
//! 2. Each call site passes `cancelFunc:` (a closure calling the `cancel` twin of
//!    its `freeFunc:`, which must be declared in the generated C header when it
//!    is at hand).
//! 3. `uniffiCheckCallStatus` throws `CancellationError()` on `CALL_CANCELLED`
//!    instead of `fatalError` (unreachable after 1., kept as a guard).
//! 4. The buffer readers `readInt` and `readBytes` read the buffer's bytes in
//!    place instead of through `DataProtocol.copyBytes`, which made Swift's
//!    per-call time 1.7x blocking Rust's on Linux (see [`ORIGINAL_READERS`];
//!    upstream: mozilla/uniffi-rs#1586).
//! 5. The documentation's KDoc tags, which the interface file writes for both
//!    languages (UniFFI copies a docstring as it is into Kotlin and Swift),
//!    become Swift's markup: `@param x` -> `- Parameter x:`, `@return` ->
//!    `- Returns:`, `@throws FastlyException.K` -> `- Throws: FastlyError.K`.
//!    Not an upstream bug: one docstring cannot be both languages' syntax.
//!
//! Running it twice is harmless (a marker line says the file is done).

use std::path::{Path, PathBuf};

/// Marks a Swift file already fixed up.
const MARKER: &str =
    "// fastly-account: Task.cancel() cancels the Rust future (uniffi-bindgen's Swift fix-up)";

/// uniffi 0.32.2's `uniffiRustCallAsync` (templates/Async.swift), as rendered;
/// `ENSURE_INIT` stands for the line that calls the module's init check.
const ORIGINAL_CALL_ASYNC: &str = r#"fileprivate func uniffiRustCallAsync<F, T>(
    rustFutureFunc: () -> UInt64,
    pollFunc: (UInt64, @escaping UniffiRustFutureContinuationCallback, UInt64) -> (),
    completeFunc: (UInt64, UnsafeMutablePointer<RustCallStatus>) -> F,
    freeFunc: (UInt64) -> (),
    liftFunc: (F) throws -> T,
    errorHandler: ((RustBuffer) throws -> Swift.Error)?
) async throws -> T {
    // Make sure to call the ensure init function since future creation doesn't have a
    // RustCallStatus param, so doesn't use makeRustCall()
ENSURE_INIT
    let rustFuture = rustFutureFunc()
    defer {
        freeFunc(rustFuture)
    }
    var pollResult: Int8;
    repeat {
        pollResult = await withUnsafeContinuation {
            pollFunc(
                rustFuture,
                { handle, pollResult in
                    uniffiFutureContinuationCallback(handle: handle, pollResult: pollResult)
                },
                uniffiContinuationHandleMap.insert(obj: $0)
            )
        }
    } while pollResult != UNIFFI_RUST_FUTURE_POLL_READY

    return try liftFunc(makeRustCall(
        { completeFunc(rustFuture, $0) },
        errorHandler: errorHandler
    ))
}
"#;

/// uniffi 0.32.2's buffer readers (templates/RustBufferTemplate.swift), as rendered:
/// every lift of a record, list or string reads through them. `copyBytes(to:from:)`
/// is `DataProtocol`'s generic extension, which walks the data's regions one byte
/// range at a time: on Linux (swift-corelibs-foundation) reading a `User` spent
/// about as long in these two functions as the whole Rust request (perf: a quarter of
/// the Swift process's samples in libswiftCore and FoundationEssentials, topped by
/// `DataProtocol.copyBytes`). Upstream: mozilla/uniffi-rs#1586 (strings and bytes
/// could cross more efficiently).
const ORIGINAL_READERS: &str = r#"fileprivate func readInt<T: FixedWidthInteger>(_ reader: inout (data: Data, offset: Data.Index)) throws -> T {
    let range = reader.offset..<reader.offset + MemoryLayout<T>.size
    guard reader.data.count >= range.upperBound else {
        throw UniffiInternalError.bufferOverflow
    }
    if T.self == UInt8.self {
        let value = reader.data[reader.offset]
        reader.offset += 1
        return value as! T
    }
    var value: T = 0
    let _ = withUnsafeMutableBytes(of: &value, { reader.data.copyBytes(to: $0, from: range)})
    reader.offset = range.upperBound
    return value.bigEndian
}

// Reads an arbitrary number of bytes, to be used to read
// raw bytes, this is useful when lifting strings
fileprivate func readBytes(_ reader: inout (data: Data, offset: Data.Index), count: Int) throws -> Array<UInt8> {
    let range = reader.offset..<(reader.offset+count)
    guard reader.data.count >= range.upperBound else {
        throw UniffiInternalError.bufferOverflow
    }
    var value = [UInt8](repeating: 0, count: count)
    value.withUnsafeMutableBufferPointer({ buffer in
        reader.data.copyBytes(to: buffer, from: range)
    })
    reader.offset = range.upperBound
    return value
}
"#;

/// The same two readers over the data's contiguous bytes (`withUnsafeBytes`: the
/// buffer is one region, wrapped without a copy by `Data(rustBuffer:)`), with the
/// same bounds checks and errors: one unaligned load per integer, one copy per
/// byte run.
const PATCHED_READERS: &str = r#"fileprivate func readInt<T: FixedWidthInteger>(_ reader: inout (data: Data, offset: Data.Index)) throws -> T {
    let offset = reader.offset
    let size = MemoryLayout<T>.size
    guard offset >= 0, reader.data.count - offset >= size else {
        throw UniffiInternalError.bufferOverflow
    }
    let value = reader.data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: T.self) }
    reader.offset = offset + size
    return T(bigEndian: value)
}

// Reads an arbitrary number of bytes, to be used to read
// raw bytes, this is useful when lifting strings
fileprivate func readBytes(_ reader: inout (data: Data, offset: Data.Index), count: Int) throws -> Array<UInt8> {
    let offset = reader.offset
    guard offset >= 0, count >= 0, reader.data.count - offset >= count else {
        throw UniffiInternalError.bufferOverflow
    }
    let value = reader.data.withUnsafeBytes { Array($0[offset..<(offset + count)]) }
    reader.offset = offset + count
    return value
}
"#;

/// What replaces it (after the marker line).
const PATCHED_CALL_ASYNC: &str = r#"// Polls the Rust future inside withTaskCancellationHandler: Task.cancel() calls
// `cancelFunc`, Rust wakes the pending poll with "ready", and the cancelled task
// throws CancellationError without completing the future. The deferred free drops
// the Rust future, which aborts the request.
fileprivate func uniffiRustCallAsync<F, T>(
    rustFutureFunc: () -> UInt64,
    pollFunc: (UInt64, @escaping UniffiRustFutureContinuationCallback, UInt64) -> (),
    completeFunc: (UInt64, UnsafeMutablePointer<RustCallStatus>) -> F,
    freeFunc: (UInt64) -> (),
    cancelFunc: @Sendable (UInt64) -> (),
    liftFunc: (F) throws -> T,
    errorHandler: ((RustBuffer) throws -> Swift.Error)?
) async throws -> T {
    // Make sure to call the ensure init function since future creation doesn't have a
    // RustCallStatus param, so doesn't use makeRustCall()
ENSURE_INIT
    let rustFuture = rustFutureFunc()
    defer {
        freeFunc(rustFuture)
    }
    await withTaskCancellationHandler {
        var pollResult: Int8
        repeat {
            pollResult = await withUnsafeContinuation {
                pollFunc(
                    rustFuture,
                    { handle, pollResult in
                        uniffiFutureContinuationCallback(handle: handle, pollResult: pollResult)
                    },
                    uniffiContinuationHandleMap.insert(obj: $0)
                )
            }
        } while pollResult != UNIFFI_RUST_FUTURE_POLL_READY
    } onCancel: {
        // Runs at most once, and never after the handler is gone (so never after
        // the free below): Swift removes the handler before this function returns.
        cancelFunc(rustFuture)
    }
    // The cancellation flag is set before onCancel runs: a future cancelled by
    // onCancel always ends here, and `complete` never sees a cancelled future.
    try Task.checkCancellation()
    return try liftFunc(makeRustCall(
        { completeFunc(rustFuture, $0) },
        errorHandler: errorHandler
    ))
}
"#;

const ORIGINAL_CANCELLED: &str = "fatalError(\"Cancellation not supported yet\")";
const PATCHED_CANCELLED: &str =
    "throw CancellationError()  // fastly-account: instead of fatalError";

/// Runs after `uniffi-bindgen generate` (`args`: its command line): fixes up
/// the Swift it wrote, if it wrote any. An error says what did not match.
#[allow(dead_code)] // each binary uses one of the two entry points
pub fn after_generate(args: &[std::ffi::OsString]) -> Result<(), String> {
    let args: Vec<String> = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    if !args.iter().any(|a| a == "generate") {
        return Ok(());
    }
    let mut languages = Vec::new();
    let mut out_dir = None;
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "-l" | "--language" => languages.extend(iter.next().cloned()),
            "-o" | "--out-dir" => out_dir = iter.next().map(PathBuf::from),
            other => {
                if let Some(v) = other.strip_prefix("--language=") {
                    languages.push(v.to_owned());
                } else if let Some(v) = other.strip_prefix("--out-dir=") {
                    out_dir = Some(PathBuf::from(v));
                }
            }
        }
    }
    let swift = languages.is_empty()
        || languages
            .iter()
            .flat_map(|l| l.split(','))
            .any(|l| l.trim().eq_ignore_ascii_case("swift"));
    if !swift {
        return Ok(());
    }
    let out_dir = out_dir.ok_or(
        "pass --out-dir with --language swift (the Swift output is fixed up after generation)",
    )?;
    fix_dir(&out_dir)
}

/// Runs after `uniffi-bindgen-swift` (`args`: its command line): with
/// `--swift-sources`, fixes up the Swift written to its OUT_DIR argument.
#[allow(dead_code)] // each binary uses one of the two entry points
pub fn after_generate_swift(args: &[std::ffi::OsString]) -> Result<(), String> {
    let args: Vec<String> = args
        .iter()
        .skip(1)
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    if !args.iter().any(|a| a == "--swift-sources") {
        return Ok(());
    }
    // Positionals: PATH_TO_LIBRARY_OR_UDL OUT_DIR; skip the values of value flags.
    let mut positionals = Vec::new();
    let mut iter = args.iter();
    while let Some(arg) = iter.next() {
        match arg.as_str() {
            "--module-name" | "--modulemap-filename" | "--link-frameworks" | "-c" | "--config" => {
                iter.next();
            }
            other if other.starts_with('-') => {}
            other => positionals.push(other.to_owned()),
        }
    }
    let out_dir = positionals
        .get(1)
        .ok_or("no OUT_DIR argument: cannot fix up the Swift sources")?;
    fix_dir(Path::new(out_dir))
}

/// Fixes every uniffi-generated `.swift` file directly in `dir`.
pub fn fix_dir(dir: &Path) -> Result<(), String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut fixed = 0;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.extension().is_none_or(|e| e != "swift") {
            continue;
        }
        let source = std::fs::read_to_string(&path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        if !source.contains("func uniffiCheckCallStatus") {
            continue; // not a uniffi module
        }
        // The C header uniffi writes beside it, to check the cancel functions.
        let header = std::fs::read_dir(dir)
            .ok()
            .into_iter()
            .flatten()
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "h"))
            .filter_map(|p| std::fs::read_to_string(p).ok())
            .find(|h| h.contains("_rust_future_free_"));
        let patched = fix_swift(&source, header.as_deref()).map_err(|e| {
            format!(
                "{}: {e} (did the uniffi Swift templates change?)",
                path.display()
            )
        })?;
        if patched != source {
            std::fs::write(&path, patched)
                .map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        }
        fixed += 1;
    }
    if fixed == 0 {
        return Err(format!(
            "no uniffi-generated Swift file under {}",
            dir.display()
        ));
    }
    Ok(())
}

/// The fixed-up text of one generated Swift file. `header`: the generated C
/// header, when at hand (each `cancelFunc` must be declared there).
pub fn fix_swift(source: &str, header: Option<&str>) -> Result<String, String> {
    // 5. The documentation's tags (idempotent: nothing is left to convert).
    let converted = swift_doc_tags(source);
    let source = converted.as_str();
    if source.contains(MARKER) {
        return check_fixed(source);
    }
    // 3. CALL_CANCELLED: exactly one fatalError to replace.
    if source.matches(ORIGINAL_CANCELLED).count() != 1 {
        return Err(format!(
            "expected exactly one `{ORIGINAL_CANCELLED}` in uniffiCheckCallStatus"
        ));
    }
    let mut out = source.replacen(ORIGINAL_CANCELLED, PATCHED_CANCELLED, 1);

    // 4. The buffer readers, when the file has them (every generated module does).
    if out.contains("fileprivate func readInt<") {
        if out.matches(ORIGINAL_READERS).count() != 1 {
            return Err(
                "readInt/readBytes differ from uniffi 0.32.2's (templates/RustBufferTemplate.swift)"
                    .into(),
            );
        }
        out = out.replacen(ORIGINAL_READERS, PATCHED_READERS, 1);
    }

    let calls = out.matches("await uniffiRustCallAsync(").count();
    let polls = out.matches("_rust_future_poll_").count();
    let start = out.find("fileprivate func uniffiRustCallAsync<F, T>(");
    let Some(start) = start else {
        if calls > 0 || polls > 0 {
            return Err(format!(
                "{calls} calls of uniffiRustCallAsync and {polls} rust_future_poll uses, but no `fileprivate func uniffiRustCallAsync<F, T>(`"
            ));
        }
        // No async function in the interface: only the guard of 3. applies.
        return Ok(with_marker_at_top(out));
    };

    // 1. The function, compared line by line with what this fix-up knows.
    let end = out[start..]
        .find("\n}\n")
        .map(|i| start + i + 3)
        .ok_or("uniffiRustCallAsync has no closing `}` line")?;
    let found = &out[start..end];
    let ensure_init = found
        .lines()
        .find(|l| l.trim_start().starts_with("uniffiEnsure") && l.trim_end().ends_with("()"))
        .ok_or("uniffiRustCallAsync calls no uniffiEnsure...Initialized()")?;
    let expected = ORIGINAL_CALL_ASYNC.replace("ENSURE_INIT", ensure_init);
    if found != expected {
        let first_difference = found
            .lines()
            .zip(expected.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(found.lines().count().min(expected.lines().count()));
        return Err(format!(
            "uniffiRustCallAsync differs from uniffi 0.32.2's at its line {}: found {:?}, expected {:?}",
            first_difference + 1,
            found.lines().nth(first_difference).unwrap_or(""),
            expected.lines().nth(first_difference).unwrap_or("")
        ));
    }
    let replacement = format!(
        "{MARKER}\n{}",
        PATCHED_CALL_ASYNC.replace("ENSURE_INIT", ensure_init)
    );
    out.replace_range(start..end, &replacement);

    // 2. Each call site: `freeFunc: ffi_X_rust_future_free_T,` gets its cancel twin.
    let mut patched = String::with_capacity(out.len() + calls * 80);
    let mut sites = 0;
    let mut lines = out.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        patched.push_str(line);
        let trimmed = line.trim();
        let Some(free_fn) = trimmed
            .strip_prefix("freeFunc: ")
            .and_then(|f| f.strip_suffix(','))
        else {
            continue;
        };
        if free_fn.starts_with('(') {
            continue; // the parameter of uniffiRustCallAsync itself
        }
        if !free_fn.contains("_rust_future_free_") {
            return Err(format!("unexpected call-site line `{trimmed}`"));
        }
        if lines
            .peek()
            .is_none_or(|next| !next.trim().starts_with("liftFunc:"))
        {
            return Err(format!("`{trimmed}` is not followed by `liftFunc:`"));
        }
        let cancel_fn = free_fn.replacen("_rust_future_free_", "_rust_future_cancel_", 1);
        if let Some(header) = header {
            if !header.contains(&format!(" {cancel_fn}(")) {
                return Err(format!("the C header declares no `{cancel_fn}`"));
            }
        }
        let indent = &line[..line.len() - line.trim_start().len()];
        // A closure literal: a @Sendable value (C functions are not marked Sendable).
        patched.push_str(&format!("{indent}cancelFunc: {{ {cancel_fn}($0) }},\n"));
        sites += 1;
    }
    // The function itself names no ffi function; every call site names one poll.
    let polls = patched.matches("_rust_future_poll_").count();
    if sites != calls || polls != calls {
        return Err(format!(
            "{calls} calls of uniffiRustCallAsync, {sites} `freeFunc:` lines, {polls} rust_future_poll uses: expected the same number"
        ));
    }
    Ok(patched)
}

/// KDoc tags in doc comments (`* @param x text`) as Swift markup.
fn swift_doc_tags(source: &str) -> String {
    let mut out = String::with_capacity(source.len() + source.len() / 50);
    for line in source.split_inclusive('\n') {
        let body = line.trim_start();
        let indent = &line[..line.len() - body.len()];
        let converted = body.strip_prefix("* @").and_then(|tag| {
            let (name, rest) = tag.split_once(' ').unwrap_or((tag.trim_end(), "\n"));
            Some(match name {
                "param" => {
                    let (param, text) = rest.split_once(' ').unwrap_or((rest.trim_end(), "\n"));
                    format!("* - Parameter {param}: {text}")
                }
                "return" => format!("* - Returns: {rest}"),
                "throws" => {
                    let (kind, text) = rest.split_once(' ').unwrap_or((rest.trim_end(), "\n"));
                    let kind = kind.replacen("FastlyException", "FastlyError", 1);
                    format!("* - Throws: `{kind}`: {text}")
                }
                _ => return None,
            })
        });
        match converted {
            Some(text) => {
                out.push_str(indent);
                out.push_str(&text);
            }
            None => out.push_str(line),
        }
    }
    out
}

/// A file fixed up by an earlier run must still be whole.
fn check_fixed(source: &str) -> Result<String, String> {
    if source.contains(ORIGINAL_CANCELLED) || !source.contains(PATCHED_CANCELLED) {
        return Err("marked as fixed up, but uniffiCheckCallStatus is not".into());
    }
    if source.contains("fileprivate func readInt<") && !source.contains(PATCHED_READERS) {
        return Err("marked as fixed up, but the buffer readers are not".into());
    }
    let calls = source.matches("await uniffiRustCallAsync(").count();
    if source.matches("cancelFunc: { ffi_").count() != calls {
        return Err("marked as fixed up, but not every call site passes cancelFunc".into());
    }
    Ok(source.to_owned())
}

fn with_marker_at_top(source: String) -> String {
    format!("{MARKER}\n{source}")
}

#[cfg(test)]
mod tests {
    use super::*;

    const ENSURE: &str = "    uniffiEnsureDemoInitialized()";

    fn generated(calls: usize) -> String {
        let mut s = String::from(
            "private func uniffiCheckCallStatus() {\n        case CALL_CANCELLED:\n            fatalError(\"Cancellation not supported yet\")\n}\n",
        );
        if calls > 0 {
            s.push_str(&ORIGINAL_CALL_ASYNC.replace("ENSURE_INIT", ENSURE));
        }
        for i in 0..calls {
            s.push_str(&format!(
                "open func op{i}() async throws -> String {{
    return try  await uniffiRustCallAsync(
            rustFutureFunc: {{
                uniffi_demo_fn_method_asyncclient_op{i}(
                    self.uniffiCloneHandle()
                )
            }},
            pollFunc: ffi_demo_rust_future_poll_rust_buffer,
            completeFunc: ffi_demo_rust_future_complete_rust_buffer,
            freeFunc: ffi_demo_rust_future_free_rust_buffer,
            liftFunc: FfiConverterString.lift,
            errorHandler: FfiConverterTypeFastlyError_lift
        )
}}
"
            ));
        }
        s
    }

    const HEADER: &str = "void ffi_demo_rust_future_cancel_rust_buffer(uint64_t handle\n);\nvoid ffi_demo_rust_future_free_rust_buffer(uint64_t handle\n);\n";

    #[test]
    fn buffer_readers_are_replaced_or_refused() {
        let source = format!("{}{ORIGINAL_READERS}", generated(0));
        let fixed = fix_swift(&source, None).expect("fixed");
        assert!(fixed.contains(PATCHED_READERS) && !fixed.contains("copyBytes(to:"));
        assert!(check_fixed(&fixed).is_ok());
        // A reader that changed upstream: refused, naming it.
        let changed = source.replace("var value: T = 0", "var value: T = .zero");
        let err = fix_swift(&changed, None).expect_err("a changed readInt must fail");
        assert!(err.contains("readInt/readBytes"), "{err}");
        // A file marked as fixed whose readers are the originals: refused.
        let unpatched =
            with_marker_at_top(source.replacen(ORIGINAL_CANCELLED, PATCHED_CANCELLED, 1));
        assert!(check_fixed(&unpatched).is_err());
    }

    #[test]
    fn patches_function_call_sites_and_guard_once() {
        let source = generated(2);
        let once = fix_swift(&source, Some(HEADER)).unwrap();
        assert!(once.contains("withTaskCancellationHandler"));
        assert!(once.contains("try Task.checkCancellation()"));
        assert!(once.contains(ENSURE));
        assert_eq!(
            once.matches("cancelFunc: { ffi_demo_rust_future_cancel_rust_buffer($0) },\n")
                .count(),
            2
        );
        assert!(!once.contains(ORIGINAL_CANCELLED));
        assert!(once.contains(PATCHED_CANCELLED));
        assert_eq!(fix_swift(&once, Some(HEADER)).unwrap(), once);
    }

    #[test]
    fn no_async_only_the_guard() {
        let once = fix_swift(&generated(0), None).unwrap();
        assert!(once.contains(PATCHED_CANCELLED));
        assert!(!once.contains("withTaskCancellationHandler"));
    }

    #[test]
    fn fails_loudly_when_uniffi_changes() {
        // A changed function body.
        let changed = generated(1).replace("var pollResult: Int8;", "var pollResult: Int8 = 0");
        let e = fix_swift(&changed, None).unwrap_err();
        assert!(e.contains("differs"), "{e}");
        // A renamed helper: calls remain but the function is gone.
        let renamed = generated(1).replace("uniffiRustCallAsync", "uniffiRustCallAsync2");
        assert!(fix_swift(&renamed, None).is_err());
        // No fatalError to guard.
        let no_guard = generated(1).replace(ORIGINAL_CANCELLED, "throw X()");
        assert!(fix_swift(&no_guard, None).is_err());
        // A call site without a freeFunc line.
        let no_free = generated(1).replace(
            "            freeFunc: ffi_demo_rust_future_free_rust_buffer,\n",
            "",
        );
        assert!(fix_swift(&no_free, None).is_err());
        // A cancel function the header lacks.
        let e = fix_swift(
            &generated(1),
            Some("void ffi_demo_rust_future_free_rust_buffer("),
        )
        .unwrap_err();
        assert!(e.contains("declares no"), "{e}");
    }

    #[test]
    fn reads_both_command_lines() {
        let dir = std::env::temp_dir().join(format!("swift-fixup-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("Demo.swift"), generated(1)).unwrap();
        std::fs::write(dir.join("DemoFFI.h"), HEADER).unwrap();
        let args = |s: &str| -> Vec<std::ffi::OsString> {
            s.split(' ').map(std::ffi::OsString::from).collect()
        };
        // Kotlin only: nothing touched.
        let d = dir.display();
        after_generate(&args(&format!(
            "b generate lib.so --language kotlin --out-dir {d}"
        )))
        .unwrap();
        assert!(!std::fs::read_to_string(dir.join("Demo.swift"))
            .unwrap()
            .contains(MARKER));
        after_generate_swift(&args(&format!(
            "b --swift-sources --module-name M lib.so {d}"
        )))
        .unwrap();
        let text = std::fs::read_to_string(dir.join("Demo.swift")).unwrap();
        assert!(text.contains(MARKER) && text.contains("cancelFunc: "));
        after_generate(&args(&format!(
            "b generate lib.so --language swift --out-dir {d}"
        )))
        .unwrap();
        assert_eq!(
            std::fs::read_to_string(dir.join("Demo.swift")).unwrap(),
            text
        );
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
