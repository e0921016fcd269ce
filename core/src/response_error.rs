//! Reads a human message out of an error response body.
//!
//! The API answers errors in three shapes: classic `{"msg", "detail"}`,
//! JSON:API `{"errors": [{"title", "detail"}]}` and RFC 7807
//! `{"title", "detail"}`. Anything else still yields a readable sentence.

use reqwest::header::HeaderValue;
use reqwest::StatusCode;
use serde_json::Value;

/// Longest message kept from a body, in characters.
const MAX_MESSAGE_CHARS: usize = 500;

/// The message for an error response.
pub(crate) fn message_from_body(
    status: StatusCode,
    content_type: Option<&HeaderValue>,
    body: &[u8],
) -> String {
    let reason = status.canonical_reason().unwrap_or("unknown status");
    if body.iter().all(u8::is_ascii_whitespace) {
        return format!("{reason} (empty body)");
    }
    if let Ok(value) = serde_json::from_slice::<Value>(body) {
        if let Some(message) = from_json(&value) {
            return clip(&message);
        }
        return clip(&format!("{reason}: {value}"));
    }
    let media = content_type
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .unwrap_or("unknown")
        .trim()
        .to_string();
    let text = String::from_utf8_lossy(body);
    let text = strip_markup(&text);
    if text.is_empty() {
        format!("{reason} ({} byte {media} body)", body.len())
    } else {
        clip(&format!("{reason} ({media} body): {text}"))
    }
}

/// A message from one of the three known JSON shapes, if the value has one.
fn from_json(value: &Value) -> Option<String> {
    let text = |v: Option<&Value>| -> Option<String> {
        match v? {
            Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Value::Null => None,
            Value::String(_) => None,
            other => Some(other.to_string()),
        }
    };
    let join = |head: Option<String>, detail: Option<String>| match (head, detail) {
        (Some(head), Some(detail)) if head != detail => Some(format!("{head}: {detail}")),
        (Some(head), _) => Some(head),
        (None, detail) => detail,
    };
    // JSON:API: {"errors": [{"title", "detail"}, ...]}
    if let Some(errors) = value.get("errors").and_then(Value::as_array) {
        let parts: Vec<String> = errors
            .iter()
            .filter_map(|e| join(text(e.get("title")), text(e.get("detail"))))
            .collect();
        if !parts.is_empty() {
            return Some(parts.join("; "));
        }
    }
    // Classic: {"msg", "detail"}
    if value.get("msg").is_some() {
        if let Some(message) = join(text(value.get("msg")), text(value.get("detail"))) {
            return Some(message);
        }
    }
    // RFC 7807: {"title", "detail"}
    if let Some(message) = join(text(value.get("title")), text(value.get("detail"))) {
        return Some(message);
    }
    text(value.get("message")).or_else(|| text(value.get("error")))
}

/// Drops HTML tags and squeezes whitespace, so an HTML error page reads as text.
fn strip_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len().min(4 * MAX_MESSAGE_CHARS));
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' if in_tag => {
                in_tag = false;
                out.push(' ');
            }
            _ if in_tag => {}
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
        if out.len() > 4 * MAX_MESSAGE_CHARS {
            break;
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn clip(text: &str) -> String {
    if text.chars().count() <= MAX_MESSAGE_CHARS {
        return text.to_string();
    }
    let mut clipped: String = text.chars().take(MAX_MESSAGE_CHARS).collect();
    clipped.push('…');
    clipped
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(status: u16, body: &str) -> String {
        message_from_body(StatusCode::from_u16(status).unwrap(), None, body.as_bytes())
    }

    #[test]
    fn three_shapes() {
        assert_eq!(
            message(
                401,
                r#"{"msg":"Provided credentials are missing or invalid","detail":"token expired"}"#
            ),
            "Provided credentials are missing or invalid: token expired"
        );
        assert_eq!(
            message(
                400,
                r#"{"errors":[{"status":"400","title":"Bad Request","detail":"email is invalid"}]}"#
            ),
            "Bad Request: email is invalid"
        );
        assert_eq!(
            message(
                404,
                r#"{"type":"about:blank","title":"Not Found","status":404,"detail":"no role r1"}"#
            ),
            "Not Found: no role r1"
        );
        assert_eq!(
            message(400, r#"{"msg":"Bad request","detail":null}"#),
            "Bad request"
        );
    }

    #[test]
    fn unknown_shapes_stay_readable() {
        assert_eq!(message(500, ""), "Internal Server Error (empty body)");
        assert_eq!(
            message(500, "<html><body>Something odd happened</body></html>"),
            "Internal Server Error (unknown body): Something odd happened"
        );
        assert_eq!(
            message(502, r#"{"weird":[1]}"#),
            r#"Bad Gateway: {"weird":[1]}"#
        );
        assert!(message(500, &"x".repeat(10_000)).chars().count() <= MAX_MESSAGE_CHARS + 1);
    }
}
