//! The Kotlin fix-up that takes `RustBuffer.ByValue` off JNA's slow path.
//!
//! uniffi 0.32 declares most `external fun`s of `UniffiLib` with `RustBuffer.ByValue`
//! arguments or returns. `RustBuffer` is a JNA `Structure`: a by-value `Structure`
//! argument or return sends JNA's direct dispatch through reflection (`autoWrite`,
//! `autoRead`, `Structure.newInstance`) and allocates a native `Memory` registered with
//! JNA's one `Cleaner` thread at every call. A method call that returns a record makes
//! two such calls (the call, then `rustbuffer_free` of its answer).
//!
//! The library exports an all-primitive twin `fastly_shim_<f>` of every FFI function
//! `<f>` that takes or returns a `RustBuffer` (bindings/uniffi/src/ffi_shims.rs, generated
//! by its build.rs from uniffi's own list of FFI functions): each `RustBuffer` argument
//! is passed as capacity, length and data, and a returned `RustBuffer` is written through
//! an out-pointer placed before the call status. This fix-up
//!
//! - declares `fastly_shim_<f>` as the `external fun` (only `Long`, `Int`, ... and
//!   `Pointer` in its signature, so JNA takes its fast path) and turns `<f>` into a plain
//!   Kotlin function of the same signature that calls it, so uniffi's call sites are
//!   left as they are;
//! - reads a returned buffer from a per-thread native block (`UniffiBufferReturn`) into
//!   the thread's one `RustBuffer.ByValue`, which uniffi's generated code lifts, and
//!   frees (through the `rustbuffer_free` shim), at once: no `Structure` or `Memory` is
//!   allocated per call. Buffers the caller keeps (`rustbuffer_alloc`, `_reserve`) get a
//!   new `RustBuffer.ByValue` each;
//! - lifts a returned buffer from one copy on the JVM's heap, from which
//!   `FfiConverterString.read` builds each string without a `ByteArray` of its own;
//! - checks (`check_shims_exist`) that the library has every shim it calls.
//!
//! It parses each `external fun` line by line; a declaration of another shape, an FFI
//! type it does not know next to a `RustBuffer`, or a uniffi helper that no longer lifts
//! a returned buffer at once fails the generator, naming what it expected. Running it
//! twice is harmless (a marker says the file is done). The callback interfaces
//! (`LogSink`) keep their `Structure`s: Rust calls those.

use std::collections::BTreeSet;
use std::path::Path;

/// Marks a file already fixed up.
const MARKER: &str =
    "// fastly-account: RustBuffer arguments and returns go through all-primitive shims";

/// The prefix of the library's shims (bindings/uniffi/build.rs).
pub const SHIM_PREFIX: &str = "fastly_shim_";

const EXTERN: &str = "    external fun ";
const BUFFER: &str = "RustBuffer.ByValue";
/// The status parameter, as kotlin_ffi_fastpath.rs leaves it.
const STATUS: &str = "uniffi_out_err: Pointer";

/// The one FFI function with a `RustBuffer` that has no shim (its argument is
/// `ForeignBytes`, and the generated code never calls it).
const NO_SHIM: &str = "_rustbuffer_from_bytes";

/// Functions whose returned buffer the caller keeps (it is written into and passed on),
/// so each call needs its own `RustBuffer.ByValue`.
const KEPT: [&str; 2] = ["_rustbuffer_alloc", "_rustbuffer_reserve"];

/// The Kotlin types that may stand beside a `RustBuffer` in a shimmed signature.
const PRIMITIVES: [&str; 7] = ["Byte", "Short", "Int", "Long", "Float", "Double", "Pointer"];

/// uniffi 0.32's only consumer of a returned buffer: it reads it and frees it before
/// anything else runs on the thread, which is what lets every call of a thread share one
/// `RustBuffer.ByValue` (checked text for text).
const LIFT: &str = "    fun liftFromRustBuffer(rbuf: RustBuffer.ByValue): KotlinType {
        val byteBuf = rbuf.asByteBuffer()!!
        try {
           val item = read(byteBuf)
           if (byteBuf.hasRemaining()) {
               throw RuntimeException(\"junk remaining in buffer after lifting, something is very wrong!!\")
           }
           return item
        } finally {
            RustBuffer.free(rbuf)
        }
    }
";

/// The same helper, reading a copy of the buffer on the JVM's heap: one bulk copy, after
/// which `FfiConverterString.read` (below) builds each string straight from that array
/// instead of allocating and filling a `ByteArray` of its own from native memory (the
/// bulk of lifting a large list: 10,000 users are some 80,000 strings).
const FAST_LIFT: &str = "    fun liftFromRustBuffer(rbuf: RustBuffer.ByValue): KotlinType {
        val len = rbuf.len.toInt()
        val byteBuf = ByteBuffer.wrap(if (len == 0) ByteArray(0) else rbuf.data!!.getByteArray(0, len)).also {
            it.order(ByteOrder.BIG_ENDIAN)
        }
        try {
           val item = read(byteBuf)
           if (byteBuf.hasRemaining()) {
               throw RuntimeException(\"junk remaining in buffer after lifting, something is very wrong!!\")
           }
           return item
        } finally {
            RustBuffer.free(rbuf)
        }
    }
";

/// uniffi 0.32's `FfiConverterString.read`, replaced whole.
const STRING_READ: &str = "    override fun read(buf: ByteBuffer): String {
        val len = buf.getInt()
        val byteArr = ByteArray(len)
        buf.get(byteArr)
        return byteArr.toString(Charsets.UTF_8)
    }
";

const FAST_STRING_READ: &str = "    override fun read(buf: ByteBuffer): String {
        val len = buf.getInt()
        if (buf.hasArray()) {
            // A lifted buffer's heap copy (liftFromRustBuffer): no ByteArray per string.
            if (len < 0 || len > buf.remaining()) throw java.nio.BufferUnderflowException()
            val at = buf.position()
            // Through Buffer: ByteBuffer.position(Int), JDK 9's covariant override, is
            // missing on Android below API 34 (NoSuchMethodError); packaging/android's
            // API-level check fails on it.
            (buf as java.nio.Buffer).position(at + len)
            return String(buf.array(), buf.arrayOffset() + at, len, Charsets.UTF_8)
        }
        val byteArr = ByteArray(len)
        buf.get(byteArr)
        return byteArr.toString(Charsets.UTF_8)
    }
";

/// Where the per-thread block goes: before uniffi's `UniffiLib` object.
const LIB_OBJECT: &str = "internal object UniffiLib {\n";

const RETURN_BLOCK: &str = "/**
 * The buffers Rust returns through the all-primitive shims (`fastly_shim_*`): one native
 * block per thread, as large as a `RustBuffer`, that a shim writes the returned buffer
 * into, and one `RustBuffer.ByValue` per thread that the buffer is read into. The
 * generated code lifts and frees a returned buffer at once, so no `Structure` or native
 * `Memory` is allocated per call. Offsets come from JNA's own layout of `RustBuffer`.
 *
 * @suppress
 */
internal object UniffiBufferReturn {
    private class Layout : RustBuffer() {
        fun offset(field: String) = fieldOffset(field).toLong()
    }
    private val SIZE: Long
    private val CAPACITY: Long
    private val LEN: Long
    private val DATA: Long
    init {
        val layout = Layout()
        SIZE = layout.size().toLong()
        CAPACITY = layout.offset(\"capacity\")
        LEN = layout.offset(\"len\")
        DATA = layout.offset(\"data\")
    }

    class Slot {
        @JvmField val block: Pointer = com.sun.jna.Memory(SIZE).also { it.clear() }
        private val buffer = RustBuffer.ByValue()

        /** The buffer a shim just wrote, in this thread's `RustBuffer.ByValue`. */
        fun returned(): RustBuffer.ByValue = buffer.also { read(block, it) }

        /** The buffer a shim just wrote, in a new `RustBuffer.ByValue` (the caller keeps it). */
        fun kept(): RustBuffer.ByValue = RustBuffer.ByValue().also { read(block, it) }
    }

    private fun read(block: Pointer, into: RustBuffer) {
        into.capacity = block.getLong(CAPACITY)
        into.len = block.getLong(LEN)
        into.data = block.getPointer(DATA)
    }

    private val slots = object : ThreadLocal<Slot>() {
        override fun initialValue() = Slot()
    }

    /** This thread's block and buffer. */
    fun slot(): Slot = slots.get()
}

";

/// One parsed `external fun` declaration.
#[derive(Debug)]
struct Decl<'a> {
    name: &'a str,
    params: Vec<(&'a str, &'a str)>,
    ret: &'a str,
}

/// Parses `    external fun NAME(P: T,P: T,uniffi_out_err: Pointer, ` and the line after
/// it, `    ): RET`.
fn parse<'a>(line: &'a str, next: &'a str) -> Result<Decl<'a>, String> {
    let rest = line
        .strip_prefix(EXTERN)
        .ok_or_else(|| format!("not an `external fun` line: `{}`", line.trim_end()))?;
    let (name, params) = rest
        .split_once('(')
        .ok_or_else(|| format!("no `(` in `{}`", line.trim_end()))?;
    let ret = next
        .trim_end_matches('\n')
        .strip_prefix("    ): ")
        .ok_or_else(|| {
            format!(
                "expected `    ): TYPE` after `{}`, found `{}`",
                line.trim_end(),
                next.trim_end()
            )
        })?;
    let params = params
        .trim_end_matches('\n')
        .split(',')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .map(|p| {
            p.split_once(": ")
                .ok_or_else(|| format!("{name}: cannot read the parameter `{p}`"))
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Decl { name, params, ret })
}

/// The shim's declaration and the Kotlin function that replaces `decl`.
fn rewrite(decl: &Decl, line: &str) -> Result<String, String> {
    let name = decl.name;
    let mut shim_params = Vec::new();
    let mut call = Vec::new();
    let mut has_status = false;
    for (i, (param, ty)) in decl.params.iter().enumerate() {
        if *param == "uniffi_out_err" {
            if *ty != "Pointer" || i + 1 != decl.params.len() {
                return Err(format!(
                    "{name}: expected `{STATUS}` as the last parameter (kotlin_ffi_fastpath.rs runs first)"
                ));
            }
            has_status = true;
            continue;
        }
        let bare = param.trim_matches('`');
        if *ty == BUFFER {
            shim_params.push(format!(
                "`{bare}_capacity`: Long,`{bare}_len`: Long,`{bare}_data`: Pointer?"
            ));
            call.push(format!("`{bare}`.capacity, `{bare}`.len, `{bare}`.data"));
        } else if PRIMITIVES.contains(ty) {
            shim_params.push(format!("`{bare}`: {ty}"));
            call.push(format!("`{bare}`"));
        } else {
            return Err(format!(
                "{name}: parameter `{param}` has the type `{ty}`, which the buffer shims do not handle"
            ));
        }
    }
    let returns_buffer = decl.ret == BUFFER;
    if !(returns_buffer || decl.ret == "Unit" || PRIMITIVES.contains(&decl.ret)) {
        return Err(format!(
            "{name}: returns `{}`, which the buffer shims do not handle",
            decl.ret
        ));
    }
    if returns_buffer {
        shim_params.push("uniffi_out: Pointer".into());
        call.push("uniffiSlot.block".into());
    }
    if has_status {
        shim_params.push(STATUS.into());
        call.push("uniffi_out_err".into());
    }
    let shim = format!("{SHIM_PREFIX}{name}");
    let shim_ret = if returns_buffer { "Unit" } else { decl.ret };
    let call = format!("{shim}({})", call.join(", "));
    let body = if returns_buffer {
        let take = if KEPT.iter().any(|k| name.ends_with(k)) {
            "kept"
        } else {
            "returned"
        };
        format!(
            "        val uniffiSlot = UniffiBufferReturn.slot()\n        {call}\n        return uniffiSlot.{take}()\n"
        )
    } else {
        format!("        return {call}\n")
    };
    Ok(format!(
        "{EXTERN}{shim}({}\n    ): {shim_ret}\n    fun {}\n    ): {} {{\n{body}    }}\n",
        shim_params.join(","),
        line.trim_start_matches(EXTERN).trim_end_matches('\n'),
        decl.ret
    ))
}

/// Routes every `external fun` with a `RustBuffer.ByValue` argument or return through
/// its shim (see the module docs); returns the new text and the shims it calls. A file
/// without uniffi's FFI declarations is left as it is.
pub fn buffers_through_shims(source: &str) -> Result<(String, BTreeSet<String>), String> {
    let mut shims = BTreeSet::new();
    if !source.contains(LIB_OBJECT) {
        return Ok((source.to_owned(), shims));
    }
    if source.contains(MARKER) {
        for line in source.lines() {
            if let Some(rest) = line.strip_prefix(&format!("{EXTERN}{SHIM_PREFIX}")) {
                if let Some((name, _)) = rest.split_once('(') {
                    shims.insert(format!("{SHIM_PREFIX}{name}"));
                }
            }
        }
        return Ok((source.to_owned(), shims));
    }
    if source.matches(LIFT).count() != 1 {
        return Err(format!(
            "expected uniffi 0.32's `liftFromRustBuffer` (read, then free at once), found {} copies: \
             did the uniffi templates change? (the shared per-thread RustBuffer relies on it)",
            source.matches(LIFT).count()
        ));
    }
    let lines: Vec<&str> = source.split_inclusive('\n').collect();
    let mut out = String::with_capacity(source.len() * 2);
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if !line.starts_with(EXTERN) {
            if line.contains(BUFFER)
                && line.contains("external fun")
                && !line.contains("fun callback(")
            {
                return Err(format!(
                    "an `external fun` of an unexpected shape takes a RustBuffer: `{}`",
                    line.trim()
                ));
            }
            out.push_str(line);
            i += 1;
            continue;
        }
        let next = lines.get(i + 1).copied().unwrap_or_default();
        let decl = parse(line, next)?;
        let uses_buffer = decl.ret == BUFFER || decl.params.iter().any(|(_, t)| *t == BUFFER);
        if !uses_buffer || decl.name.ends_with(NO_SHIM) {
            out.push_str(line);
            out.push_str(next);
        } else {
            out.push_str(&rewrite(&decl, line)?);
            shims.insert(format!("{SHIM_PREFIX}{}", decl.name));
        }
        i += 2;
    }
    if shims.is_empty() {
        return Err(format!(
            "no `external fun` takes or returns {BUFFER}: did the uniffi templates change?"
        ));
    }
    let out = out.replacen(
        LIB_OBJECT,
        &format!("{MARKER}\n{RETURN_BLOCK}{LIB_OBJECT}"),
        1,
    );
    let out = out.replacen(LIFT, FAST_LIFT, 1);
    if out.matches(STRING_READ).count() != 1 {
        return Err(format!(
            "expected uniffi 0.32's `FfiConverterString.read` once, found {}: did the uniffi templates change?",
            out.matches(STRING_READ).count()
        ));
    }
    let out = out.replacen(STRING_READ, FAST_STRING_READ, 1);
    // Nothing direct-mapped may still take or return a RustBuffer Structure.
    let mut previous = "";
    for line in out.lines() {
        if previous.starts_with(EXTERN)
            && !previous.contains(NO_SHIM)
            && line.starts_with("    ): ")
            && line.contains(BUFFER)
        {
            return Err(format!(
                "a RustBuffer return is left in `{}`",
                previous.trim()
            ));
        }
        if line.starts_with(EXTERN) && line.contains(BUFFER) && !line.contains(NO_SHIM) {
            return Err(format!(
                "a RustBuffer argument is left in `{}`",
                line.trim()
            ));
        }
        previous = line;
    }
    Ok((out, shims))
}

/// Fails unless the library at `library` exports every shim in `shims` (its dynamic
/// symbol names are in the file as NUL-terminated strings).
pub fn check_shims_exist(library: &Path, shims: &BTreeSet<String>) -> Result<(), String> {
    if shims.is_empty() {
        return Ok(());
    }
    let bytes = std::fs::read(library).map_err(|e| format!("{}: {e}", library.display()))?;
    let mut found = BTreeSet::new();
    let prefix = SHIM_PREFIX.as_bytes();
    let mut at = 0;
    while let Some(pos) = find(&bytes[at..], prefix) {
        let start = at + pos;
        let end = bytes[start..]
            .iter()
            .position(|b| !(b.is_ascii_alphanumeric() || *b == b'_'))
            .map_or(bytes.len(), |n| start + n);
        if let Ok(name) = std::str::from_utf8(&bytes[start..end]) {
            found.insert(name.to_owned());
        }
        at = end.max(start + 1);
    }
    let missing: Vec<&String> = shims.difference(&found).collect();
    if missing.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{} does not export {} of the buffer shims the Kotlin calls (first: {}): \
             was it built from this workspace's bindings/uniffi?",
            library.display(),
            missing.len(),
            missing[0]
        ))
    }
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn generated() -> String {
        format!(
            "{LIFT}{STRING_READ}{LIB_OBJECT}\
             {EXTERN}uniffi_x_fn_method_client_get(`ptr`: Long,`id`: RustBuffer.ByValue,uniffi_out_err: Pointer, \n    ): RustBuffer.ByValue\n\
             {EXTERN}uniffi_x_fn_method_asyncclient_get(`ptr`: Long,`id`: RustBuffer.ByValue,\n    ): Long\n\
             {EXTERN}uniffi_x_fn_clone_client(`handle`: Long,uniffi_out_err: Pointer, \n    ): Long\n\
             {EXTERN}ffi_x_rustbuffer_alloc(`size`: Long,uniffi_out_err: Pointer, \n    ): RustBuffer.ByValue\n\
             {EXTERN}ffi_x_rustbuffer_from_bytes(`bytes`: ForeignBytes.ByValue,uniffi_out_err: Pointer, \n    ): RustBuffer.ByValue\n\
             {EXTERN}ffi_x_rustbuffer_free(`buf`: RustBuffer.ByValue,uniffi_out_err: Pointer, \n    ): Unit\n\
             }}\n\
             interface UniffiCallbackInterfaceLogSinkMethod0 : com.sun.jna.Callback {{\n    fun callback(`uniffiHandle`: Long,`level`: RustBuffer.ByValue,uniffiCallStatus: UniffiRustCallStatus,)\n}}\n"
        )
    }

    #[test]
    fn routes_every_buffer_through_a_shim() {
        let (fixed, shims) = buffers_through_shims(&generated()).unwrap();
        assert_eq!(
            shims.iter().map(String::as_str).collect::<Vec<_>>(),
            [
                "fastly_shim_ffi_x_rustbuffer_alloc",
                "fastly_shim_ffi_x_rustbuffer_free",
                "fastly_shim_uniffi_x_fn_method_asyncclient_get",
                "fastly_shim_uniffi_x_fn_method_client_get",
            ]
        );
        assert!(fixed.contains(
            "    external fun fastly_shim_uniffi_x_fn_method_client_get(`ptr`: Long,`id_capacity`: Long,`id_len`: Long,`id_data`: Pointer?,uniffi_out: Pointer,uniffi_out_err: Pointer\n    ): Unit\n\
             \x20   fun uniffi_x_fn_method_client_get(`ptr`: Long,`id`: RustBuffer.ByValue,uniffi_out_err: Pointer, \n    ): RustBuffer.ByValue {\n\
             \x20       val uniffiSlot = UniffiBufferReturn.slot()\n\
             \x20       fastly_shim_uniffi_x_fn_method_client_get(`ptr`, `id`.capacity, `id`.len, `id`.data, uniffiSlot.block, uniffi_out_err)\n\
             \x20       return uniffiSlot.returned()\n    }\n"
        ), "{fixed}");
        assert!(fixed.contains("        return fastly_shim_uniffi_x_fn_method_asyncclient_get(`ptr`, `id`.capacity, `id`.len, `id`.data)\n"), "{fixed}");
        assert!(
            fixed.contains("        return uniffiSlot.kept()\n"),
            "{fixed}"
        );
        // Untouched: no buffer, ForeignBytes, the callback interface.
        assert!(fixed.contains("    external fun uniffi_x_fn_clone_client("));
        assert!(fixed.contains("    external fun ffi_x_rustbuffer_from_bytes("));
        assert!(fixed.contains("fun callback(`uniffiHandle`: Long,`level`: RustBuffer.ByValue,"));
        assert!(fixed.contains("internal object UniffiBufferReturn {"));
        assert!(fixed.contains(FAST_LIFT) && !fixed.contains(LIFT));
        assert!(fixed.contains(FAST_STRING_READ) && !fixed.contains(STRING_READ));
        // Twice is harmless, and reports the same shims.
        let (again, again_shims) = buffers_through_shims(&fixed).unwrap();
        assert_eq!((again, again_shims), (fixed, shims));
    }

    #[test]
    fn fails_loudly_when_the_templates_change() {
        let changed = generated().replace("RustBuffer.free(rbuf)", "later(rbuf)");
        let err = buffers_through_shims(&changed).unwrap_err();
        assert!(err.contains("liftFromRustBuffer"), "{err}");

        let changed =
            generated().replace("val byteArr = ByteArray(len)", "val bytes = ByteArray(len)");
        let err = buffers_through_shims(&changed).unwrap_err();
        assert!(err.contains("FfiConverterString.read"), "{err}");

        let changed = generated().replace("`size`: Long", "`size`: ULong");
        let err = buffers_through_shims(&changed).unwrap_err();
        assert!(err.contains("ULong"), "{err}");

        let changed = generated().replace(" \n    ): Unit", " ): Unit");
        let err = buffers_through_shims(&changed).unwrap_err();
        assert!(err.contains("expected `    ): TYPE`"), "{err}");

        let changed = generated().replace(
            "`id`: RustBuffer.ByValue,uniffi_out_err: Pointer,",
            "uniffi_out_err: Pointer,`id`: RustBuffer.ByValue,",
        );
        let err = buffers_through_shims(&changed).unwrap_err();
        assert!(err.contains("last parameter"), "{err}");
    }

    #[test]
    fn leaves_other_files_alone() {
        assert_eq!(buffers_through_shims("class A\n").unwrap().0, "class A\n");
    }

    #[test]
    fn finds_the_shims_of_a_library() {
        let dir = std::env::temp_dir().join(format!("shims-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let lib = dir.join("lib.so");
        std::fs::write(&lib, b"\0fastly_shim_a\0xx\0fastly_shim_b\0").unwrap();
        let want = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<BTreeSet<_>>();
        assert!(check_shims_exist(&lib, &want(&["fastly_shim_a", "fastly_shim_b"])).is_ok());
        let err = check_shims_exist(&lib, &want(&["fastly_shim_a", "fastly_shim_c"])).unwrap_err();
        assert!(err.contains("fastly_shim_c"), "{err}");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
