//! Writes what every binding declares per operation, from the core's
//! interface description ([`fastly_account::interface`]): the operation is
//! declared once, in its core `api/<area>.rs` file, with its documentation.
//!
//! ```text
//! cargo run -p fastly-account-generate            # rewrite the files
//! cargo run -p fastly-account-generate -- --check # fail on any difference
//! ```
//!
//! It writes, each marked as generated:
//!
//! - `bindings/python/src/operation_list.rs`: the Python clients' operation
//!   list (`operations!`, expanded by both `Client` and `AsyncClient`);
//! - `bindings/uniffi/src/operation_list.rs`: the UniFFI clients' list;
//! - `bindings/uniffi/src/record_list.rs` and `walk_list.rs`: the UniFFI
//!   records, and a page dictionary and blocking and async walk per paged
//!   item type, with their Kotlin (`WalkList.kt`) and Swift
//!   (`WalkList.swift`) companions;
//! - the operations of `interface Client` and `interface AsyncClient` in
//!   `bindings/uniffi/src/fastly_account.udl` (Kotlin and Swift see them);
//! - the operations of `Client` and `AsyncClient` in
//!   `python/fastly_account/_native.pyi`.
//!
//! Each language's documentation comes from the core's: the summary, then
//! the parameters, the result and the errors, in that language's names.
//! The check also fails when an operation's documentation lacks one of them.

mod docs;
mod models;
mod python;
mod uniffi;
mod walks;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use fastly_account::interface::{camel_case as camel, models, operations, Kind, Operation};

/// Text between two marker lines of a hand-written file is generated.
const BEGIN: &str = "generated from the core's interface description: do not edit";
const END: &str = "end of the generated operations";

fn main() -> ExitCode {
    let check = std::env::args().any(|a| a == "--check");
    let problems = run(check);
    if problems.is_empty() {
        println!(
            "interface: {} operations, every generated file current",
            operations().len()
        );
        ExitCode::SUCCESS
    } else {
        for p in &problems {
            eprintln!("interface: {p}");
        }
        ExitCode::FAILURE
    }
}

/// Writes (or, with `check`, compares) every generated file; the problems
/// found, each a sentence.
fn run(check: bool) -> Vec<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let ops = operations();
    // The core's functions (`create_token`) are module-level in the bindings;
    // everything else is a method of both clients.
    let (functions, methods): (Vec<Operation>, Vec<Operation>) =
        ops.iter().cloned().partition(|op| op.function);
    let models = models();
    let paged = walks::paged_items(&ops);
    docs::learn_names(&ops, &models);
    let mut problems = docs::missing(&ops);
    let outputs = [
        (
            "bindings/python/src/operation_list.rs",
            Output::Whole(python::operation_list(&methods)),
        ),
        (
            "bindings/python/src/function_list.rs",
            Output::Whole(python::function_list(&functions)),
        ),
        (
            "bindings/uniffi/src/operation_list.rs",
            Output::Whole(uniffi::operation_list(&ops)),
        ),
        (
            "bindings/python/src/model_list.rs",
            Output::Whole(models::python_classes(&models)),
        ),
        (
            "bindings/uniffi/src/record_list.rs",
            Output::Whole(models::uniffi_records(&models)),
        ),
        (
            "bindings/uniffi/src/walk_list.rs",
            Output::Whole(walks::rust_walks(&paged)),
        ),
        (
            "kotlin/src/main/kotlin/dev/fastlyaccount/WalkList.kt",
            Output::Whole(walks::kotlin_walks(&paged)),
        ),
        (
            "swift/Sources/FastlyAccount/WalkList.swift",
            Output::Whole(walks::swift_walks(&paged)),
        ),
        (
            "bindings/uniffi/src/fastly_account.udl",
            Output::Sections(
                "fastly_account.udl",
                "//",
                vec![
                    uniffi::udl_functions(&functions),
                    models::udl_dictionaries(&models)
                        + &walks::udl_pages(&paged)
                        + &walks::udl_iterators(&paged),
                    uniffi::udl(&methods, false),
                    uniffi::udl(&methods, true),
                ],
            ),
        ),
        (
            "python/fastly_account/_native.pyi",
            Output::Sections(
                "_native.pyi",
                "#",
                vec![
                    python::function_stubs(&functions) + &models::python_stubs(&models),
                    python::stubs(&methods, false),
                    python::stubs(&methods, true),
                ],
            ),
        ),
    ];
    for (path, output) in outputs {
        let file = root.join(path);
        let old = std::fs::read_to_string(&file).unwrap_or_default();
        let new = match output.render(&root.join("bindings/generate/templates")) {
            Ok(new) => new,
            Err(e) => {
                problems.push(format!("{path}: {e}"));
                continue;
            }
        };
        if new == old {
            continue;
        }
        if check {
            problems.push(format!(
                "{path} differs from what the core's interface gives: run \
                 `cargo run -p fastly-account-generate` and commit the result"
            ));
        } else if let Err(e) = std::fs::write(&file, new) {
            problems.push(format!("{path}: {e}"));
        } else {
            println!("wrote {path}");
        }
    }
    problems
}

/// What a generator gives for one file.
enum Output {
    /// The whole file.
    Whole(String),
    /// A template of `bindings/generate/templates` (its name, and how a line
    /// comment starts in its language), with the text between the n-th pair
    /// of marker lines for each n.
    Sections(&'static str, &'static str, Vec<String>),
}

impl Output {
    fn render(self, templates: &Path) -> Result<String, String> {
        match self {
            Output::Whole(text) => Ok(text),
            Output::Sections(name, comment, sections) => {
                let template = std::fs::read_to_string(templates.join(name))
                    .map_err(|e| format!("template {name}: {e}"))?;
                let mut out = format!(
                    "{comment} Generated by `cargo run -p fastly-account-generate` from\n\
                     {comment} bindings/generate/templates/{name} and the core's interface\n\
                     {comment} description (fastly_account::interface): do not edit.\n"
                );
                let mut rest = template.as_str();
                for section in sections {
                    let begin = rest.find(BEGIN).ok_or("a begin marker is missing")?;
                    let begin_end = begin + rest[begin..].find('\n').ok_or("bad marker")? + 1;
                    let end = rest[begin_end..]
                        .find(END)
                        .ok_or("an end marker is missing")?
                        + begin_end;
                    let end_line = rest[..end].rfind('\n').map_or(0, |i| i + 1);
                    out.push_str(&rest[..begin_end]);
                    out.push_str(&section);
                    rest = &rest[end_line..];
                }
                out.push_str(rest);
                Ok(out)
            }
        }
    }
}

/// How each binding takes an options field of the core's type `ty` (inside
/// `Option`): Python's declaration and stub, UniFFI's declaration and UDL.
fn option_field(ty: &str) -> [&'static str; 4] {
    match compact(ty).as_str() {
        "String" => ["String", "str", "String", "string"],
        "bool" => ["bool", "bool", "bool", "boolean"],
        "u32" => ["Count", "int", "i32", "i32"],
        "UserRole" => ["RoleName", "str", "String", "string"],
        "Vec<String>" => [
            "Vec<String>",
            "Sequence[str]",
            "Vec<String>",
            "sequence<string>",
        ],
        "BTreeMap<String, String>" => [
            "BTreeMap<String, String>",
            "dict[str, str]",
            "HashMap<String, String>",
            "record<string, string>",
        ],
        other => panic!("no binding type for an options field of type {other}: add it here"),
    }
}

/// The item type of `Page<T>`, if the type is one.
fn page_item(ty: &str) -> Option<&str> {
    ty.strip_prefix("Page<")?.strip_suffix('>')
}

/// The item type of `Vec<T>`, if the type is one.
fn vec_item(ty: &str) -> Option<&str> {
    ty.strip_prefix("Vec<")?.strip_suffix('>')
}

/// A type as `stringify!` wrote it, without its spaces.
fn compact(ty: &str) -> String {
    ty.replace(' ', "").replace(",", ", ")
}

/// How many id lists an operation takes: with two or more, each may be left
/// out (empty), since giving either is enough.
fn optional_ids(op: &Operation) -> bool {
    op.params
        .iter()
        .filter(|p| matches!(p.kind, Kind::Ids))
        .count()
        > 1
}

/// Where a binding names an options field otherwise than the core: the
/// `/iam/v1/roles` list calls its page size `limit`, as the API does.
fn field_name<'a>(op: &Operation, field: &'a str) -> &'a str {
    match (op.name, field) {
        ("list_iam_roles", "per_page") => "limit",
        _ => field,
    }
}

#[cfg(test)]
mod tests {
    /// The test command's check: every generated file is what the core's
    /// interface gives, and every operation documents its parameters, result
    /// and errors.
    #[test]
    fn generated_files_are_current_and_every_operation_documented() {
        let problems = super::run(true);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}
