//! The control protocol under `/__sandbox/`: no auth, JSON in and out.

use axum::body::Bytes;
use axum::http::{Method, StatusCode};
use serde::de::DeserializeOwned;
use serde_json::json;

use crate::faults::FaultRule;
use crate::patches::PatchRequest;
use crate::respond::{self, Reply};
use crate::settings::SettingsPatch;
use crate::state::{PatchError, Shared};

/// Answers a request to `/__sandbox/...`.
pub(crate) fn respond(shared: &Shared, method: &Method, path: &str, body: &Bytes) -> Reply {
    let route = path.strip_prefix("/__sandbox").unwrap_or(path);
    match route {
        "/faults" => match *method {
            Method::POST => arm(shared, body),
            Method::GET => list_faults(shared),
            Method::DELETE => {
                shared.lock().faults.clear();
                respond::no_content()
            }
            _ => respond::method_not_allowed("GET, POST, DELETE"),
        },
        "/requests" => match *method {
            Method::GET => respond::json(
                StatusCode::OK,
                &json!({ "requests": shared.lock().requests() }),
            ),
            Method::DELETE => {
                shared.lock().log.clear();
                respond::no_content()
            }
            _ => respond::method_not_allowed("GET, DELETE"),
        },
        "/canary" => match *method {
            Method::GET => respond::json(
                StatusCode::OK,
                &json!({ "url": shared.canary_url, "requests": shared.lock().canary_log }),
            ),
            Method::DELETE => {
                shared.lock().canary_log.clear();
                respond::no_content()
            }
            _ => respond::method_not_allowed("GET, DELETE"),
        },
        "/settings" => match *method {
            Method::PUT => match parse::<SettingsPatch>(body) {
                Ok(patch) => {
                    shared.lock().settings.apply(patch);
                    respond::no_content()
                }
                Err(detail) => respond::bad_request(detail),
            },
            Method::GET => respond::json(StatusCode::OK, &shared.lock().settings),
            _ => respond::method_not_allowed("GET, PUT"),
        },
        "/reset" => match *method {
            Method::POST => {
                shared.reset();
                respond::no_content()
            }
            _ => respond::method_not_allowed("POST"),
        },
        "/patch" => match *method {
            Method::POST => patch(shared, body),
            _ => respond::method_not_allowed("POST"),
        },
        "/ca" => match *method {
            Method::GET => match &shared.ca_pem {
                Some(pem) => respond::bytes(
                    StatusCode::OK,
                    "application/x-pem-file",
                    pem.clone().into_bytes(),
                ),
                None => respond::not_found("the sandbox serves plain HTTP: there is no CA"),
            },
            _ => respond::method_not_allowed("GET"),
        },
        "/password_resets" => match *method {
            Method::GET => respond::json(
                StatusCode::OK,
                &json!({ "password_resets": shared.lock().data.password_resets }),
            ),
            _ => respond::method_not_allowed("GET"),
        },
        "/secrets" => match *method {
            Method::GET => respond::json(
                StatusCode::OK,
                &json!({ "secrets": shared.lock().data.issued_secrets }),
            ),
            _ => respond::method_not_allowed("GET"),
        },
        "/seed" => match *method {
            Method::GET => respond::json(StatusCode::OK, &shared.seed_info()),
            _ => respond::method_not_allowed("GET"),
        },
        _ => respond::not_found(format!("no control route {method} {path}")),
    }
}

fn arm(shared: &Shared, body: &Bytes) -> Reply {
    match FaultRule::from_json(body) {
        Ok(rule) => {
            shared.arm(rule);
            respond::no_content()
        }
        Err(detail) => respond::bad_request(detail),
    }
}

fn patch(shared: &Shared, body: &Bytes) -> Reply {
    let request = match parse::<PatchRequest>(body) {
        Ok(request) => request,
        Err(detail) => return respond::bad_request(detail),
    };
    match shared
        .lock()
        .patch(request.resource, &request.id, request.fields)
    {
        Ok(()) => respond::no_content(),
        Err(PatchError::NotFound(detail)) => respond::not_found(detail),
    }
}

fn list_faults(shared: &Shared) -> Reply {
    let state = shared.lock();
    let faults: Vec<_> = state
        .faults
        .iter()
        .map(|armed| json!({ "rule": armed.rule, "remaining": armed.remaining }))
        .collect();
    respond::json(StatusCode::OK, &json!({ "faults": faults }))
}

/// The control body as `T`, or why it is not one.
fn parse<T: DeserializeOwned>(body: &Bytes) -> Result<T, String> {
    serde_json::from_slice(body).map_err(|e| format!("the control body is not valid: {e}"))
}
