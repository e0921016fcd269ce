//! The Kotlin fix-up that keeps the call status off JNA's slow path.
//!
//! uniffi 0.32's generated Kotlin allocates a `UniffiRustCallStatus`
//! (a JNA `Structure` whose `error_buf` is a second `Structure`) for every
//! FFI call and declares each direct-mapped `external fun` with a
//! `uniffi_out_err: UniffiRustCallStatus` parameter. A `Structure` argument
//! sends JNA's direct dispatch down its slow path (reflection in
//! `autoWrite`/`autoRead`, native `Memory` blocks registered with JNA's one
//! `Cleaner` thread), and a method call makes three such calls (clone the
//! handle, the call, free the returned buffer).
//!
//! This fix-up declares that parameter as a plain `Pointer` in every
//! `external fun` of `UniffiLib` and passes a per-thread native block of the
//! status's size instead (`UniffiCallStatusBlock`): its code byte is zeroed
//! before each call, read with `getByte(0)` afterwards, and the error
//! buffer (capacity, length, data) is read at the offsets JNA itself
//! computes for `UniffiRustCallStatus.error_buf` and `RustBuffer`, so 32-bit
//! Android ABIs get their own layout. The code byte is reset as soon as it
//! is read, so a call made from inside another on the same thread (a log
//! sink callback calling back into Rust) leaves the outer call's status as
//! it found it. The callback interfaces (`LogSink`) keep their `Structure`s:
//! Rust calls those, and JNA has to build their arguments anyway.
//!
//! Every replaced piece of uniffi's output is matched exactly; a difference
//! fails the generator, naming what it expected. Running it twice is
//! harmless (a marker says the file is done).

/// Marks a file already fixed up.
const MARKER: &str =
    "// fastly-account: the call status is a per-thread native block passed as a Pointer";

/// The parameter uniffi 0.32 gives every direct-mapped `external fun`.
const STATUS_PARAM: &str = "uniffi_out_err: UniffiRustCallStatus, ";
const POINTER_PARAM: &str = "uniffi_out_err: Pointer, ";

/// uniffi 0.32's helpers that create and check the status, replaced whole.
const CALL_WITH_ERROR: &str = "private inline fun <U, E: kotlin.Exception> uniffiRustCallWithError(errorHandler: UniffiRustCallStatusErrorHandler<E>, callback: (UniffiRustCallStatus) -> U): U {
    var status = UniffiRustCallStatus()
    val return_value = callback(status)
    uniffiCheckCallStatus(errorHandler, status)
    return return_value
}

// Check UniffiRustCallStatus and throw an error if the call wasn't successful
private fun<E: kotlin.Exception> uniffiCheckCallStatus(errorHandler: UniffiRustCallStatusErrorHandler<E>, status: UniffiRustCallStatus) {
    if (status.isSuccess()) {
        return
    } else if (status.isError()) {
        throw errorHandler.lift(status.error_buf)
    } else if (status.isPanic()) {
        // when the rust code sees a panic, it tries to construct a rustbuffer
        // with the message.  but if that code panics, then it just sends back
        // an empty buffer.
        if (status.error_buf.len > 0) {
            throw InternalException(FfiConverterString.lift(status.error_buf))
        } else {
            throw InternalException(\"Rust panic\")
        }
    } else {
        throw InternalException(\"Unknown rust call status: $status.code\")
    }
}
";

const FAST_CALL_WITH_ERROR: &str = "/**
 * The call status of the direct-mapped calls: one native block per thread, as large as
 * uniffi's `RustCallStatus`, passed as a `Pointer` (a `Structure` argument would send
 * JNA down its slow path and allocate native memory at every call). Offsets come from
 * JNA's own layout of `UniffiRustCallStatus` and `RustBuffer`.
 *
 * @suppress
 */
internal object UniffiCallStatusBlock {
    private class Layout : UniffiRustCallStatus() {
        fun errorBufOffset() = fieldOffset(\"error_buf\").toLong()
    }
    private class BufferLayout : RustBuffer() {
        fun offset(field: String) = fieldOffset(field).toLong()
    }
    private val SIZE: Long
    private val ERROR_BUF: Long
    private val CAPACITY: Long
    private val LEN: Long
    private val DATA: Long
    init {
        val layout = Layout()
        SIZE = layout.size().toLong()
        ERROR_BUF = layout.errorBufOffset()
        val buffer = BufferLayout()
        CAPACITY = ERROR_BUF + buffer.offset(\"capacity\")
        LEN = ERROR_BUF + buffer.offset(\"len\")
        DATA = ERROR_BUF + buffer.offset(\"data\")
    }
    private val blocks = object : ThreadLocal<com.sun.jna.Memory>() {
        override fun initialValue() = com.sun.jna.Memory(SIZE).also { it.clear() }
    }

    /** This thread's block, its code byte zeroed (Rust writes it only on an error). */
    fun take(): Pointer = blocks.get().also { it.setByte(0, UNIFFI_CALL_SUCCESS) }

    /** The error buffer Rust left in `status` (only read when the code is not success). */
    fun errorBuf(status: Pointer): RustBuffer.ByValue = RustBuffer.ByValue().also {
        it.capacity = status.getLong(CAPACITY)
        it.len = status.getLong(LEN)
        it.data = status.getPointer(DATA)
    }
}

private inline fun <U, E: kotlin.Exception> uniffiRustCallWithError(errorHandler: UniffiRustCallStatusErrorHandler<E>, callback: (Pointer) -> U): U {
    val status = UniffiCallStatusBlock.take()
    val return_value = callback(status)
    uniffiCheckCallStatus(errorHandler, status)
    return return_value
}

// Check the call status and throw an error if the call wasn't successful
private fun<E: kotlin.Exception> uniffiCheckCallStatus(errorHandler: UniffiRustCallStatusErrorHandler<E>, status: Pointer) {
    val code = status.getByte(0)
    if (code == UNIFFI_CALL_SUCCESS) {
        return
    }
    // Reset at once: a later call on this thread must not see this error.
    status.setByte(0, UNIFFI_CALL_SUCCESS)
    val errorBuf = UniffiCallStatusBlock.errorBuf(status)
    if (code == UNIFFI_CALL_ERROR) {
        throw errorHandler.lift(errorBuf)
    } else if (code == UNIFFI_CALL_UNEXPECTED_ERROR) {
        // when the rust code sees a panic, it tries to construct a rustbuffer
        // with the message.  but if that code panics, then it just sends back
        // an empty buffer.
        if (errorBuf.len > 0) {
            throw InternalException(FfiConverterString.lift(errorBuf))
        } else {
            throw InternalException(\"Rust panic\")
        }
    } else {
        throw InternalException(\"Unknown rust call status: $code\")
    }
}
";

const CALL: &str =
    "private inline fun <U> uniffiRustCall(callback: (UniffiRustCallStatus) -> U): U {\n";
const FAST_CALL: &str = "private inline fun <U> uniffiRustCall(callback: (Pointer) -> U): U {\n";

const COMPLETE: &str = "    completeFunc: (Long, UniffiRustCallStatus) -> F,\n";
const FAST_COMPLETE: &str = "    completeFunc: (Long, Pointer) -> F,\n";

/// Replaces exactly one `from` by `to`, or fails naming what it expected.
fn replace_one(source: &str, from: &str, to: &str, what: &str) -> Result<String, String> {
    match source.matches(from).count() {
        1 => Ok(source.replacen(from, to, 1)),
        n => Err(format!(
            "expected one {what} (`{}`), found {n}: did the uniffi templates change?",
            from.lines().next().unwrap_or_default()
        )),
    }
}

/// Passes the call status of every direct-mapped call as a `Pointer` (see the
/// module docs); returns the new text. A file without uniffi's FFI
/// declarations is left as it is.
pub fn status_as_pointer(source: &str) -> Result<String, String> {
    if source.contains(MARKER) || !source.contains("UniffiRustCallStatus") {
        return Ok(source.to_owned());
    }
    // Every status parameter of the library is on an `external fun` line.
    let mut out = String::with_capacity(source.len() + 4096);
    let mut replaced = 0;
    for line in source.split_inclusive('\n') {
        if line.contains(STATUS_PARAM) {
            if !line.starts_with("    external fun ") {
                return Err(format!(
                    "expected `{}` only in `external fun` declarations, found it in `{}`",
                    STATUS_PARAM.trim_end(),
                    line.trim_end()
                ));
            }
            replaced += line.matches(STATUS_PARAM).count();
            out.push_str(&line.replace(STATUS_PARAM, POINTER_PARAM));
        } else {
            out.push_str(line);
        }
    }
    if replaced == 0 {
        return Err(format!(
            "expected `external fun` declarations with `{}`, found none: did the uniffi templates change?",
            STATUS_PARAM.trim_end()
        ));
    }
    let out = replace_one(
        &out,
        CALL_WITH_ERROR,
        &format!("{MARKER}\n{FAST_CALL_WITH_ERROR}"),
        "uniffiRustCallWithError/uniffiCheckCallStatus as uniffi 0.32 writes them",
    )?;
    let out = replace_one(&out, CALL, FAST_CALL, "uniffiRustCall")?;
    let out = if out.contains("uniffiRustCallAsync(") {
        replace_one(
            &out,
            COMPLETE,
            FAST_COMPLETE,
            "completeFunc of uniffiRustCallAsync",
        )?
    } else {
        out
    };
    // Nothing but the callback interfaces (Rust calls those) may still pass
    // a status Structure to Rust.
    if let Some(line) = out
        .lines()
        .find(|l| l.contains("external fun") && l.contains("UniffiRustCallStatus"))
    {
        return Err(format!(
            "a call status Structure is left in `{}`",
            line.trim()
        ));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn generated() -> String {
        format!(
            "internal object UniffiLib {{\n    external fun uniffi_x_fn_method_client_get(`ptr`: Long,{STATUS_PARAM}\n    ): RustBuffer.ByValue\n    external fun ffi_x_rust_future_complete_rust_buffer(`handle`: Long,{STATUS_PARAM}\n    ): RustBuffer.ByValue\n}}\n{CALL_WITH_ERROR}\n{CALL}    return uniffiRustCallWithError(UniffiNullRustCallStatusErrorHandler, callback)\n}}\n\ninternal suspend fun<T, F, E: kotlin.Exception> uniffiRustCallAsync(\n{COMPLETE}) {{}}\n\
             interface UniffiCallbackInterfaceLogSinkMethod0 : com.sun.jna.Callback {{\n    fun callback(`uniffiHandle`: Long,uniffiCallStatus: UniffiRustCallStatus,)\n}}\n"
        )
    }

    #[test]
    fn passes_the_status_as_a_pointer() {
        let fixed = status_as_pointer(&generated()).unwrap();
        assert!(fixed.contains(MARKER));
        assert_eq!(fixed.matches(POINTER_PARAM).count(), 2);
        assert!(!fixed.contains(STATUS_PARAM));
        assert!(fixed.contains("internal object UniffiCallStatusBlock {"));
        assert!(fixed.contains(FAST_CALL) && fixed.contains(FAST_COMPLETE));
        assert!(!fixed.contains("var status = UniffiRustCallStatus()"));
        // The callback interface keeps its Structure.
        assert!(fixed.contains("uniffiCallStatus: UniffiRustCallStatus,)"));
        // Twice is harmless.
        assert_eq!(status_as_pointer(&fixed).unwrap(), fixed);
    }

    #[test]
    fn fails_loudly_when_the_templates_change() {
        let changed =
            generated().replace("var status = UniffiRustCallStatus()", "val status = X()");
        let err = status_as_pointer(&changed).unwrap_err();
        assert!(err.contains("uniffiRustCallWithError"), "{err}");

        let changed = generated().replace(STATUS_PARAM, "uniffi_out_err: UniffiRustCallStatus,");
        let err = status_as_pointer(&changed).unwrap_err();
        assert!(err.contains("found none"), "{err}");

        let changed = generated().replace(COMPLETE, "    completeFunc: (Long, Status) -> F,\n");
        let err = status_as_pointer(&changed).unwrap_err();
        assert!(err.contains("completeFunc"), "{err}");

        let changed = format!("{}    fun other({STATUS_PARAM})\n", generated());
        let err = status_as_pointer(&changed).unwrap_err();
        assert!(err.contains("only in `external fun`"), "{err}");
    }

    #[test]
    fn leaves_other_files_alone() {
        assert_eq!(status_as_pointer("class A\n").unwrap(), "class A\n");
    }
}
