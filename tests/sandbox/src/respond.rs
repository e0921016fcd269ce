//! Building responses: JSON bodies and the API's three error shapes.

use axum::body::{Body, Bytes};
use axum::http::{header, HeaderValue, StatusCode};
use serde::Serialize;

/// What every handler returns.
pub(crate) type Reply = axum::response::Response;

pub(crate) const JSON: &str = "application/json";
pub(crate) const JSON_API: &str = "application/vnd.api+json";
pub(crate) const PROBLEM_JSON: &str = "application/problem+json";

/// A response with the given body and `Content-Type`.
pub(crate) fn bytes(
    status: StatusCode,
    content_type: &'static str,
    body: impl Into<Bytes>,
) -> Reply {
    let mut reply = Reply::new(Body::from(body.into()));
    *reply.status_mut() = status;
    reply
        .headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    reply
}

/// `value` serialised as `content_type` JSON.
pub(crate) fn json_as<T: Serialize + ?Sized>(
    status: StatusCode,
    content_type: &'static str,
    value: &T,
) -> Reply {
    match serde_json::to_vec(value) {
        Ok(body) => bytes(status, content_type, body),
        Err(e) => msg(
            StatusCode::INTERNAL_SERVER_ERROR,
            "Internal error",
            format!("the sandbox could not serialise its answer: {e}"),
        ),
    }
}

/// `value` serialised as `application/json`.
pub(crate) fn json<T: Serialize + ?Sized>(status: StatusCode, value: &T) -> Reply {
    json_as(status, JSON, value)
}

/// 204 with no body.
pub(crate) fn no_content() -> Reply {
    let mut reply = Reply::new(Body::empty());
    *reply.status_mut() = StatusCode::NO_CONTENT;
    reply
}

/// The Fastly API's classic error shape: `{"msg": .., "detail": ..}`.
pub(crate) fn msg(status: StatusCode, msg: &str, detail: impl Into<String>) -> Reply {
    json(
        status,
        &serde_json::json!({ "msg": msg, "detail": detail.into() }),
    )
}

/// `400 {"msg":"Bad request","detail":..}`.
pub(crate) fn bad_request(detail: impl Into<String>) -> Reply {
    msg(StatusCode::BAD_REQUEST, "Bad request", detail)
}

/// `404 {"msg":"Record not found","detail":..}`.
pub(crate) fn not_found(detail: impl Into<String>) -> Reply {
    msg(StatusCode::NOT_FOUND, "Record not found", detail)
}

/// RFC 7807 (`application/problem+json`), as the IAM endpoints answer errors.
pub(crate) fn problem(status: StatusCode, detail: impl Into<String>) -> Reply {
    json_as(
        status,
        PROBLEM_JSON,
        &serde_json::json!({
            "type": "about:blank",
            "title": status.canonical_reason().unwrap_or("Error"),
            "status": status.as_u16(),
            "detail": detail.into(),
        }),
    )
}

/// JSON:API errors (`application/vnd.api+json`), as `/invitations` answers them.
pub(crate) fn json_api_error(status: StatusCode, detail: impl Into<String>) -> Reply {
    json_as(
        status,
        JSON_API,
        &serde_json::json!({
            "errors": [{
                "status": status.as_u16().to_string(),
                "title": status.canonical_reason().unwrap_or("Error"),
                "detail": detail.into(),
            }]
        }),
    )
}

/// 405 with an `Allow` header listing what the route supports.
pub(crate) fn method_not_allowed(allow: &'static str) -> Reply {
    let mut reply = msg(
        StatusCode::METHOD_NOT_ALLOWED,
        "Method not allowed",
        format!("this route supports {allow}"),
    );
    reply
        .headers_mut()
        .insert(header::ALLOW, HeaderValue::from_static(allow));
    reply
}
