//! The Python binding's operation list and the operations of its stubs.

use fastly_account::interface::{Kind, Operation};

use crate::docs::{common_errors, error_name, sentence, text, wrap, Doc, Lang};
use crate::{compact, field_name, option_field, optional_ids, page_item, vec_item};

/// One Python parameter.
struct Param {
    name: String,
    /// The type the binding's declaration takes.
    rust: String,
    /// The stub's type annotation.
    stub: String,
    /// The binding's default and the stub's, when it has one.
    default: Option<(&'static str, &'static str)>,
    /// Keyword-only.
    keyword: bool,
    /// Its documentation, in Python's words.
    doc: String,
}

/// The parameters of `op` as Python takes them, the core call's arguments,
/// and the paragraphs the options parameters add to the summary.
fn params(op: &Operation, doc: &Doc) -> (Vec<Param>, Vec<String>, Vec<String>) {
    let mut out = Vec::new();
    let mut args = Vec::new();
    let mut notes = Vec::new();
    let param_doc = |name: &str| text(op, doc.param(name).unwrap_or_default(), Lang::Python);
    for p in &op.params {
        let name = p.name.to_owned();
        match &p.kind {
            Kind::Text | Kind::Role => {
                let rust = if matches!(p.kind, Kind::Role) {
                    "RoleName"
                } else {
                    "String"
                };
                out.push(Param {
                    rust: rust.into(),
                    stub: "str".into(),
                    default: None,
                    keyword: false,
                    doc: param_doc(p.name),
                    name: name.clone(),
                });
                args.push(format!("&{name}"));
            }
            Kind::Ids => {
                out.push(Param {
                    rust: "Vec<String>".into(),
                    stub: "Sequence[str]".into(),
                    default: optional_ids(op).then_some(("NO_IDS", "...")),
                    keyword: false,
                    doc: param_doc(p.name),
                    name: name.clone(),
                });
                args.push(format!("&{name}"));
            }
            Kind::Flag => {
                out.push(Param {
                    rust: "Option<bool>".into(),
                    stub: "bool | None".into(),
                    default: Some(("None", "None")),
                    keyword: true,
                    doc: param_doc(p.name),
                    name: name.clone(),
                });
                args.push(format!("{name}.unwrap_or(false)"));
            }
            Kind::Count => {
                out.push(Param {
                    rust: "Option<Count>".into(),
                    stub: "int | None".into(),
                    default: Some(("None", "None")),
                    keyword: true,
                    doc: param_doc(p.name),
                    name: name.clone(),
                });
                args.push(name.clone());
            }
            Kind::Options(options) => {
                let note = param_doc(p.name);
                if !note.is_empty() {
                    notes.push(sentence(&note));
                }
                let mut sets = Vec::new();
                let mut renames = Vec::new();
                for field in &options.fields {
                    let py = field_name(op, field.name);
                    let [rust, stub, _, _] = option_field(field.ty);
                    // A required field: keyword-only without default, given
                    // to the options struct as set.
                    let (rust, stub, default) = if field.required {
                        renames.push(format!("let {} = Some({py});", field.name));
                        (rust.to_owned(), stub.to_owned(), None)
                    } else {
                        (
                            format!("Option<{rust}>"),
                            format!("{stub} | None"),
                            Some(("None", "None")),
                        )
                    };
                    out.push(Param {
                        name: py.to_owned(),
                        rust,
                        stub,
                        default,
                        // The seed's `create_user(login, name, role=None)`.
                        keyword: !(op.name == "create_user" && field.name == "role"),
                        doc: text(op, &field.doc.join(" "), Lang::Python),
                    });
                    if py != field.name && !field.required {
                        renames.push(format!("let {} = {py};", field.name));
                    }
                    sets.push(field.name);
                }
                let built = format!("options!({} {{ {} }})", options.name, sets.join(", "));
                args.push(if renames.is_empty() {
                    format!("&{built}")
                } else {
                    format!("&{{ {} {built} }}", renames.join(" "))
                });
            }
        }
    }
    (out, args, notes)
}

/// The result type: the binding's and the stub's (for the blocking client;
/// the async stub's walk is an `AsyncItemIterator`).
fn returns(op: &Operation, asyncio: bool) -> (String, String) {
    let ty = compact(op.returns);
    if op.walk {
        let iter = if asyncio {
            "AsyncItemIterator"
        } else {
            "ItemIterator"
        };
        return ("ItemIterator".into(), format!("{iter}[{ty}]"));
    }
    if ty == "()" {
        ("()".into(), "None".into())
    } else if let Some(item) = page_item(&ty) {
        ("Page".into(), format!("Page[{item}]"))
    } else if let Some(item) = vec_item(&ty) {
        (ty.clone(), format!("list[{item}]"))
    } else {
        (ty.clone(), ty)
    }
}

/// The docstring's lines (without quotes or indentation).
fn docstring(op: &Operation, doc: &Doc, params: &[Param], notes: &[String]) -> Vec<String> {
    let mut lines = doc.summary_lines(op, notes, Lang::Python, 76);
    if !params.is_empty() {
        lines.push(String::new());
        lines.push("Args:".into());
        for p in params {
            lines.extend(wrap(&format!("    {}:", p.name), &p.doc, "        ", 76));
        }
    }
    lines.push(String::new());
    lines.push(if op.walk { "Yields:" } else { "Returns:" }.into());
    lines.extend(wrap(
        "    ",
        &text(op, &doc.returns, Lang::Python),
        "    ",
        76,
    ));
    lines.push(String::new());
    lines.push("Raises:".into());
    for (kind, when) in &doc.errors {
        let name = kind
            .as_deref()
            .map_or("FastlyError".to_owned(), |k| error_name(k, Lang::Python));
        lines.extend(wrap(
            &format!("    {name}:"),
            &text(op, when, Lang::Python),
            "        ",
            76,
        ));
    }
    if !op.walk {
        lines.extend(wrap(
            "    FastlyError:",
            &common_errors(Lang::Python),
            "        ",
            76,
        ));
    }
    lines
}

/// `bindings/python/src/operation_list.rs`.
pub fn operation_list(ops: &[Operation]) -> String {
    let mut out = String::from(
        "// Generated by `cargo run -p fastly-account-generate` from the core's interface\n\
         // description (fastly_account::interface): do not edit. See operations.rs.\n\n\
         /// Expands `client_methods!` for one class with every operation:\n\
         /// `operations!(blocking Client { <hand-written members> })` or\n\
         /// `operations!(asyncio AsyncClient { ... })`.\n\
         macro_rules! operations {\n    ($mode:ident $client:ident { $($members:tt)* }) => {\n        \
         client_methods! {\n            $mode\n            #[pymethods]\n            impl $client {\n                \
         { $($members)* }\n",
    );
    let pad = "                ";
    for op in ops {
        let doc = Doc::read(op);
        let (params, args, notes) = params(op, &doc);
        out.push('\n');
        for line in docstring(op, &doc, &params, &notes) {
            out.push_str(pad);
            out.push_str(if line.is_empty() { "///" } else { "/// " });
            out.push_str(&line);
            out.push('\n');
        }
        let sig = signature(&params, |p| p.rust.clone(), |d| d.0);
        let (ret, _) = returns(op, false);
        let walk = if op.walk { "walk " } else { "" };
        out.push_str(&format!("{pad}fn {}(\n", op.name));
        for s in &sig {
            out.push_str(&format!("{pad}    {s},\n"));
        }
        out.push_str(&format!(
            "{pad}) -> {ret} = {walk}|c| c.{}({});\n",
            op.name,
            args.join(", ")
        ));
    }
    out.push_str("            }\n        }\n    };\n}\n");
    out
}

/// The operations of `Client` (or `AsyncClient`) in the stubs.
pub fn stubs(ops: &[Operation], asyncio: bool) -> String {
    let mut out = String::new();
    for op in ops {
        let doc = Doc::read(op);
        let (params, _, notes) = params(op, &doc);
        let mut sig = vec!["self".to_owned()];
        sig.extend(signature(&params, |p| p.stub.clone(), |d| d.1));
        let (_, ret) = returns(op, asyncio);
        let def = if asyncio && !op.walk {
            "async def"
        } else {
            "def"
        };
        let one = format!("    {def} {}({}) -> {ret}:", op.name, sig.join(", "));
        if one.len() <= 88 {
            out.push_str(&one);
            out.push('\n');
        } else {
            out.push_str(&format!("    {def} {}(\n", op.name));
            for s in &sig {
                out.push_str(&format!("        {s},\n"));
            }
            out.push_str(&format!("    ) -> {ret}:\n"));
        }
        let lines = docstring(op, &doc, &params, &notes);
        for (i, line) in lines.iter().enumerate() {
            if i == 0 {
                out.push_str(&format!("        \"\"\"{line}\n"));
            } else if line.is_empty() {
                out.push('\n');
            } else {
                out.push_str(&format!("        {line}\n"));
            }
        }
        out.push_str("        \"\"\"\n");
    }
    out
}

/// `bindings/python/src/function_list.rs`: the module-level functions (the
/// core's functions, such as `create_token`), each blocking and, named
/// `<name>_async`, awaitable.
pub fn function_list(functions: &[Operation]) -> String {
    let mut out = String::from(
        "// Generated by `cargo run -p fastly-account-generate` from the core's interface\n\
         // description (fastly_account::interface): do not edit. See functions.rs.\n\n\
         module_functions! {\n",
    );
    let pad = "    ";
    for op in functions {
        let doc = Doc::read(op);
        let (params, args, notes) = params(op, &doc);
        for line in docstring(op, &doc, &params, &notes) {
            out.push_str(pad);
            out.push_str(if line.is_empty() { "///" } else { "/// " });
            out.push_str(&line);
            out.push('\n');
        }
        let (ret, _) = returns(op, false);
        out.push_str(&format!("{pad}fn {}(\n", op.name));
        for s in signature(&params, |p| p.rust.clone(), |d| d.0) {
            out.push_str(&format!("{pad}    {s},\n"));
        }
        out.push_str(&format!(
            "{pad}) -> {ret} = {}_async || fastly_account::{}({});\n",
            op.name,
            op.name,
            args.join(", ")
        ));
    }
    out.push_str("}\n");
    out
}

/// The module-level functions of the stubs: each blocking, and awaitable as
/// `<name>_async`.
pub fn function_stubs(functions: &[Operation]) -> String {
    let mut out = String::new();
    for op in functions {
        let doc = Doc::read(op);
        let (params, _, notes) = params(op, &doc);
        let sig = signature(&params, |p| p.stub.clone(), |d| d.1);
        for asyncio in [false, true] {
            let (_, ret) = returns(op, asyncio);
            let (def, name) = if asyncio {
                ("async def", format!("{}_async", op.name))
            } else {
                ("def", op.name.to_owned())
            };
            out.push_str(&format!("\n{def} {name}(\n"));
            for s in &sig {
                out.push_str(&format!("    {s},\n"));
            }
            out.push_str(&format!(") -> {ret}:\n"));
            let mut lines = docstring(op, &doc, &params, &notes);
            if asyncio {
                lines.insert(1, String::new());
                lines.insert(
                    2,
                    format!("Awaitable: ``{}`` as a coroutine (for asyncio).", op.name),
                );
            }
            for (i, line) in lines.iter().enumerate() {
                if i == 0 {
                    out.push_str(&format!("    \"\"\"{line}\n"));
                } else if line.is_empty() {
                    out.push('\n');
                } else {
                    out.push_str(&format!("    {line}\n"));
                }
            }
            out.push_str("    \"\"\"\n");
        }
    }
    out.push('\n');
    out
}

/// A signature's parameters (`*` before the first keyword-only one), each
/// written with its type and default as `ty` and `default` pick them.
fn signature(
    params: &[Param],
    ty: impl Fn(&Param) -> String,
    default: impl Fn((&'static str, &'static str)) -> &'static str,
) -> Vec<String> {
    let mut sig = Vec::new();
    let mut star = false;
    for p in params {
        if p.keyword && !star {
            sig.push("*".to_owned());
            star = true;
        }
        let value = p
            .default
            .map_or(String::new(), |d| format!(" = {}", default(d)));
        sig.push(format!("{}: {}{value}", p.name, ty(p)));
    }
    sig
}
