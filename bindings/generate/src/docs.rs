//! An operation's documentation, read from the core's and written again in
//! each language's names.
//!
//! The core's documentation is a summary, then `# Parameters` (a list:
//! ``- `name`: text``), `# Returns` (text) and `# Errors` (a list:
//! ``- `Kind`: when``), in that order.

use fastly_account::interface::{Kind, Operation};

use crate::{camel, field_name};

/// An operation's documentation, in parts.
pub struct Doc {
    /// The summary's lines (paragraphs separated by empty lines).
    pub summary: Vec<String>,
    /// Each parameter's name (the core's) and text.
    pub params: Vec<(String, String)>,
    /// What comes back.
    pub returns: String,
    /// Each error: its kind (`NotFound`), or none for prose, and when.
    pub errors: Vec<(Option<String>, String)>,
}

/// The language a text is written again for.
#[derive(Clone, Copy, PartialEq)]
pub enum Lang {
    /// Python: ``name`` literals, exception class names.
    Python,
    /// Kotlin and Swift, through the UDL: camelCase names.
    Foreign,
}

impl Doc {
    /// Reads the core's documentation of `op`.
    pub fn read(op: &Operation) -> Doc {
        let mut doc = Doc {
            summary: Vec::new(),
            params: Vec::new(),
            returns: String::new(),
            errors: Vec::new(),
        };
        let mut section = "";
        for raw in op.doc {
            let line = raw.strip_prefix(' ').unwrap_or(raw);
            if let Some(heading) = line.strip_prefix("# ") {
                section = match heading.trim() {
                    "Parameters" => "params",
                    "Returns" => "returns",
                    "Errors" => "errors",
                    _ => "other",
                };
                continue;
            }
            match section {
                "" | "other" => doc.summary.push(line.to_owned()),
                "params" | "errors" => {
                    if let Some(item) = line.strip_prefix("- ") {
                        let (name, text) = split_item(item);
                        if section == "params" {
                            doc.params.push((name.unwrap_or_default(), text));
                        } else {
                            doc.errors.push((name, text));
                        }
                    } else if !line.trim().is_empty() {
                        let last = if section == "params" {
                            doc.params.last_mut().map(|p| &mut p.1)
                        } else {
                            doc.errors.last_mut().map(|e| &mut e.1)
                        };
                        if let Some(text) = last {
                            text.push(' ');
                            text.push_str(line.trim());
                        }
                    }
                }
                _ => {
                    if !line.trim().is_empty() {
                        if !doc.returns.is_empty() {
                            doc.returns.push(' ');
                        }
                        doc.returns.push_str(line.trim());
                    }
                }
            }
        }
        while doc.summary.last().is_some_and(|l| l.trim().is_empty()) {
            doc.summary.pop();
        }
        doc
    }

    /// The summary's lines for another language: without the leading
    /// `` `operationId`: `` (each language names the operation its own way).
    pub fn summary(&self) -> Vec<String> {
        let mut lines = self.summary.clone();
        if let Some(first) = lines.first_mut() {
            if let Some(rest) = first.strip_prefix('`') {
                if let Some((_, after)) = rest.split_once("`: ") {
                    let mut chars = after.chars();
                    *first = chars
                        .next()
                        .map(|c| c.to_uppercase().chain(chars).collect())
                        .unwrap_or_default();
                }
            }
        }
        lines
    }

    /// The summary's paragraphs in `lang`, then `notes` (a paragraph each),
    /// wrapped at `width` and separated by empty lines.
    pub fn summary_lines(
        &self,
        op: &Operation,
        notes: &[String],
        lang: Lang,
        width: usize,
    ) -> Vec<String> {
        let summary: Vec<String> = self.summary().iter().map(|l| text(op, l, lang)).collect();
        let summary = summary.join("\n");
        let mut lines = Vec::new();
        for paragraph in summary
            .split("\n\n")
            .chain(notes.iter().map(String::as_str))
        {
            if !lines.is_empty() {
                lines.push(String::new());
            }
            lines.extend(wrap("", &paragraph.replace('\n', " "), "", width));
        }
        lines
    }

    /// The text of parameter `name`, if documented.
    pub fn param(&self, name: &str) -> Option<&str> {
        self.params
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, t)| t.as_str())
    }
}

/// ``- `name`: text`` -> (`name`, text); an item without a leading name
/// gives none.
fn split_item(item: &str) -> (Option<String>, String) {
    if let Some(rest) = item.strip_prefix('`') {
        if let Some(end) = rest.find('`') {
            let after = &rest[end + 1..];
            if let Some(text) = after.strip_prefix(':') {
                return (Some(rest[..end].to_owned()), text.trim().to_owned());
            }
        }
    }
    (None, item.trim().to_owned())
}

/// The problems of every operation's documentation: a parameter, the
/// result or the errors left undocumented, or an options field without a
/// text.
pub fn missing(ops: &[Operation]) -> Vec<String> {
    let mut problems = Vec::new();
    for op in ops {
        let doc = Doc::read(op);
        let mut lack = Vec::new();
        if doc.summary.iter().all(|l| l.trim().is_empty()) {
            lack.push("a summary".to_owned());
        }
        for param in &op.params {
            if doc.param(param.name).is_none_or(str::is_empty) {
                lack.push(format!("parameter `{}`", param.name));
            }
            if let Kind::Options(options) = &param.kind {
                for field in &options.fields {
                    if field.doc.iter().all(|l| l.trim().is_empty()) {
                        lack.push(format!("field `{}.{}`", options.name, field.name));
                    }
                }
            }
        }
        if doc.returns.is_empty() {
            lack.push("# Returns".to_owned());
        }
        if doc.errors.is_empty() {
            lack.push("# Errors".to_owned());
        }
        if !lack.is_empty() {
            problems.push(format!(
                "{} documents no {} (see docs/ARCHITECTURE.md)",
                op.name,
                lack.join(", no ")
            ));
        }
    }
    problems
}

/// An error kind's name in `lang`.
pub fn error_name(kind: &str, lang: Lang) -> String {
    match lang {
        Lang::Python => match kind {
            "Unauthorized" => "AuthenticationError",
            "Forbidden" => "PermissionDeniedError",
            "NotFound" => "NotFoundError",
            "BadRequest" => "BadRequestError",
            "RateLimited" => "RateLimitError",
            "Server" => "ServerError",
            "Http" => "UnexpectedStatusError",
            "Timeout" => "RequestTimeoutError",
            "Connection" => "NetworkError",
            "Decode" => "DecodeError",
            "InvalidArgument" => "InvalidArgumentError",
            other => other,
        }
        .to_owned(),
        Lang::Foreign => format!("FastlyException.{kind}"),
    }
}

/// The errors every call may raise, in `lang`.
pub fn common_errors(lang: Lang) -> String {
    match lang {
        Lang::Python => "like every call, on authentication (401), permission (403), rate \
                         limit (429), server (5xx), network, timeout or decoding failures: \
                         its subclass for each."
            .to_owned(),
        Lang::Foreign => "like every call: Unauthorized, Forbidden, RateLimited, Server, \
                          Http, Timeout, Connection or Decode."
            .to_owned(),
    }
}

/// A text of the core's documentation, written again for `lang`: rustdoc
/// links become plain code, a path keeps its last segment, error kinds take
/// the language's names, and (for Kotlin and Swift) a snake_case name in
/// code becomes camelCase. Python marks code with double backquotes.
pub fn text(op: &Operation, raw: &str, lang: Lang) -> String {
    rewrite(Some(op), raw, lang)
}

/// [`text`] for a text outside any operation (a model's, a field's).
pub fn plain(raw: &str, lang: Lang) -> String {
    rewrite(None, raw, lang)
}

fn rewrite(op: Option<&Operation>, raw: &str, lang: Lang) -> String {
    let mut out = String::new();
    let mut rest = raw;
    while let Some(start) = rest.find('`') {
        let Some(len) = rest[start + 1..].find('`') else {
            break;
        };
        let mut before = &rest[..start];
        let code = &rest[start + 1..start + 1 + len];
        let mut after = &rest[start + 2 + len..];
        // [`x`] and [`x`](target): the link goes, the code stays.
        let linked = before.ends_with('[') && after.starts_with(']');
        if linked {
            before = &before[..before.len() - 1];
            after = &after[1..];
            if after.starts_with('(') {
                if let Some(close) = after.find(')') {
                    after = &after[close + 1..];
                }
            }
        }
        out.push_str(before);
        out.push_str(&code_in(op, code, lang));
        rest = after;
    }
    out.push_str(rest);
    out
}

/// One piece of code, for `lang`.
fn code_in(op: Option<&Operation>, code: &str, lang: Lang) -> String {
    let last = code.rsplit("::").next().unwrap_or(code);
    let is_path = code.contains("::");
    let is_error = ERROR_KINDS.contains(&last) && (is_path || code == last);
    if code == "None" && lang == Lang::Foreign {
        return "null".to_owned();
    }
    let name = if is_error {
        error_name(last, lang)
    } else if is_path {
        last.to_owned()
    } else {
        code.to_owned()
    };
    let snake = name.contains('_') && is_name(&name);
    let name = if snake {
        let name = op.map_or(name.clone(), |op| field_name(op, &name).to_owned());
        match lang {
            Lang::Foreign => camel(&name),
            Lang::Python => name,
        }
    } else {
        name
    };
    match lang {
        Lang::Python if is_error => format!(":class:`{name}`"),
        Lang::Python => format!("``{name}``"),
        Lang::Foreign => format!("`{name}`"),
    }
}

/// The snake_case names of the interface (operations, parameters, options
/// and model fields): only these become camelCase in Kotlin and Swift, so
/// a value in code (`read_only`, `service_group`) stays as the API spells it.
static NAMES: std::sync::OnceLock<std::collections::HashSet<String>> = std::sync::OnceLock::new();

/// Learns the interface's names (once, before any text is written).
pub fn learn_names(ops: &[Operation], models: &[fastly_account::interface::Model]) {
    let mut names = std::collections::HashSet::new();
    for op in ops {
        names.insert(op.name.to_owned());
        for p in &op.params {
            names.insert(p.name.to_owned());
            if let Kind::Options(o) = &p.kind {
                names.extend(o.fields.iter().map(|f| f.name.to_owned()));
            }
        }
    }
    for m in models {
        names.extend(m.fields.iter().map(|f| f.name.to_owned()));
    }
    names.extend(["next_cursor", "current_page", "per_page"].map(String::from));
    let _ = NAMES.set(names);
}

fn is_name(code: &str) -> bool {
    NAMES.get().is_some_and(|names| names.contains(code))
}

/// The kinds of `fastly_account::Error`.
const ERROR_KINDS: [&str; 11] = [
    "Unauthorized",
    "Forbidden",
    "NotFound",
    "BadRequest",
    "RateLimited",
    "Server",
    "Http",
    "Timeout",
    "Connection",
    "Decode",
    "InvalidArgument",
];

/// `text` with its first letter in upper case (a paragraph of its own).
pub fn sentence(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// Wraps `text` at 80 columns after `indent` (the first line after
/// `first`, which is part of the line).
pub fn wrap(first: &str, text: &str, indent: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = first.to_owned();
    let mut empty = first.trim().is_empty();
    for word in text.split_whitespace() {
        if !empty && line.len() + 1 + word.len() > width {
            lines.push(line);
            line = indent.to_owned();
            empty = indent.trim().is_empty();
        }
        if !empty {
            line.push(' ');
        }
        line.push_str(word);
        empty = false;
    }
    lines.push(line);
    lines
}
