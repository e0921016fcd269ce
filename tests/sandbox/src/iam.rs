//! IAM operations: roles, service groups and user groups, paged by page number
//! (live style) or with cursors (seed style).

use axum::body::Bytes;
use axum::http::StatusCode;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine as _;
use serde::Serialize;
use serde_json::{json, Value};

use std::ops::Range;

use crate::patches::Resource;
use crate::resources::{now_timestamp, Keyed, ServiceGroup, UserGroup};
use crate::respond::{self, Reply};
use crate::settings::{CursorLocation, Style};
use crate::state::{Inner, Shared};

const DEFAULT_PER_PAGE: usize = 20;
const MAX_PER_PAGE: usize = 1000;

/// `per_page` and the decoded `cursor` of a list request.
#[derive(Debug, PartialEq, Eq)]
struct PageRequest {
    per_page: usize,
    offset: usize,
}

/// Reads `per_page` (1..=1000, default 20) and `cursor` (as issued for `list`).
fn page_request(list: &str, query: Option<&str>, total: usize) -> Result<PageRequest, String> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query.unwrap_or_default())
        .map_err(|e| format!("the query string could not be parsed: {e}"))?;
    let mut request = PageRequest {
        per_page: DEFAULT_PER_PAGE,
        offset: 0,
    };
    for (name, value) in pairs {
        match name.as_str() {
            "per_page" => {
                request.per_page = value
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=MAX_PER_PAGE).contains(n))
                    .ok_or_else(|| {
                        format!(
                            "per_page must be an integer from 1 to {MAX_PER_PAGE}, got '{value}'"
                        )
                    })?;
            }
            "cursor" => {
                request.offset = decode_cursor(list, &value)
                    .filter(|offset| *offset <= total)
                    .ok_or_else(|| format!("cursor '{value}' is not valid for {list}"))?;
            }
            _ => {}
        }
    }
    Ok(request)
}

/// An opaque cursor: base64url of `<list>:<offset>`.
pub(crate) fn encode_cursor(list: &str, offset: usize) -> String {
    URL_SAFE_NO_PAD.encode(format!("{list}:{offset}"))
}

pub(crate) fn decode_cursor(list: &str, cursor: &str) -> Option<usize> {
    let raw = URL_SAFE_NO_PAD.decode(cursor).ok()?;
    let text = String::from_utf8(raw).ok()?;
    let (name, offset) = text.rsplit_once(':')?;
    if name != list {
        return None;
    }
    offset.parse().ok()
}

/// `per_page` and `page` of a live-style list request.
#[derive(Debug, PartialEq, Eq)]
struct NumberedPageRequest {
    per_page: usize,
    /// 1-based.
    page: usize,
}

/// Reads `per_page` (1..=1000, default 20) and `page` (from 1, default 1); other
/// parameters, `cursor` included, are ignored as the live API ignores them.
fn numbered_page_request(query: Option<&str>) -> Result<NumberedPageRequest, String> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query.unwrap_or_default())
        .map_err(|e| format!("the query string could not be parsed: {e}"))?;
    let mut request = NumberedPageRequest {
        per_page: DEFAULT_PER_PAGE,
        page: 1,
    };
    for (name, value) in pairs {
        match name.as_str() {
            "per_page" => {
                request.per_page = value
                    .parse::<usize>()
                    .ok()
                    .filter(|n| (1..=MAX_PER_PAGE).contains(n))
                    .ok_or_else(|| {
                        format!(
                            "per_page must be an integer from 1 to {MAX_PER_PAGE}, got '{value}'"
                        )
                    })?;
            }
            "page" => {
                request.page = value
                    .parse::<usize>()
                    .ok()
                    .filter(|n| *n >= 1)
                    .ok_or_else(|| format!("page must be an integer from 1, got '{value}'"))?;
            }
            _ => {}
        }
    }
    Ok(request)
}

/// The error shape a list answers a bad query with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ErrorShape {
    /// `{"msg":"Bad request","detail":..}`, as the seed's IAM lists answer.
    Classic,
    /// RFC 7807 `application/problem+json`, as the IAM routes beyond the seed answer.
    Problem,
}

impl ErrorShape {
    pub(crate) fn bad_request(self, detail: String) -> Reply {
        match self {
            ErrorShape::Classic => respond::bad_request(detail),
            ErrorShape::Problem => respond::problem(StatusCode::BAD_REQUEST, detail),
        }
    }
}

/// One page of `items`, shaped as the current style says.
fn page<T: Serialize + Keyed>(
    list: &str,
    resource: Resource,
    items: &[T],
    query: Option<&str>,
    state: &Inner,
) -> Reply {
    page_with(
        list,
        items.len(),
        query,
        state,
        ErrorShape::Classic,
        |range| state.patches.render_all(resource, &items[range]),
    )
}

/// One page of a list of `total` items, shaped as the current style says:
/// `render` serialises the items in the range the query asks for. `list` names the
/// list in its cursors (seed style), so a cursor is only valid for its own list.
pub(crate) fn page_with(
    list: &str,
    total: usize,
    query: Option<&str>,
    state: &Inner,
    errors: ErrorShape,
    render: impl FnOnce(Range<usize>) -> Value,
) -> Reply {
    match state.settings.style {
        Style::Live => numbered_page(total, query, errors, render),
        Style::Seed => cursor_page(
            list,
            total,
            query,
            state.settings.cursor_location,
            errors,
            render,
        ),
    }
}

/// Live style: `{"data":[..],"meta":{"current_page","per_page","record_count","total_pages"}}`.
fn numbered_page(
    total: usize,
    query: Option<&str>,
    errors: ErrorShape,
    render: impl FnOnce(Range<usize>) -> Value,
) -> Reply {
    let request = match numbered_page_request(query) {
        Ok(request) => request,
        Err(detail) => return errors.bad_request(detail),
    };
    let start = (request.page - 1)
        .saturating_mul(request.per_page)
        .min(total);
    let end = start.saturating_add(request.per_page).min(total);
    let total_pages = total.div_ceil(request.per_page).max(1);
    let body = json!({
        "data": render(start..end),
        "meta": {
            "current_page": request.page,
            "per_page": request.per_page,
            "record_count": total,
            "total_pages": total_pages,
        },
    });
    respond::json(StatusCode::OK, &body)
}

/// Seed style: cursors, with `next_cursor` and `total` where `location` says.
fn cursor_page(
    list: &str,
    total: usize,
    query: Option<&str>,
    location: CursorLocation,
    errors: ErrorShape,
    render: impl FnOnce(Range<usize>) -> Value,
) -> Reply {
    let request = match page_request(list, query, total) {
        Ok(request) => request,
        Err(detail) => return errors.bad_request(detail),
    };
    let end = request.offset.saturating_add(request.per_page).min(total);
    let data = render(request.offset..end);
    let next_cursor = (end < total).then(|| encode_cursor(list, end));
    let body = match location {
        CursorLocation::Meta => json!({
            "data": data,
            "meta": { "per_page": request.per_page, "next_cursor": next_cursor, "total": total },
        }),
        CursorLocation::Top => json!({
            "data": data,
            "next_cursor": next_cursor,
            "total": total,
            "meta": { "per_page": request.per_page },
        }),
    };
    respond::json(StatusCode::OK, &body)
}

pub(crate) fn list_roles(shared: &Shared, query: Option<&str>) -> Reply {
    let state = shared.lock();
    page(
        "roles",
        Resource::Role,
        state.data.roles.items(),
        query,
        &state,
    )
}

pub(crate) fn get_role(shared: &Shared, id: &str) -> Reply {
    let state = shared.lock();
    match state.data.roles.get(id) {
        Some(role) => respond::json(
            StatusCode::OK,
            &state.patches.render(Resource::Role, id, role),
        ),
        None => respond::problem(StatusCode::NOT_FOUND, format!("Role '{id}' does not exist")),
    }
}

pub(crate) fn list_service_groups(shared: &Shared, query: Option<&str>) -> Reply {
    let state = shared.lock();
    page(
        "service-groups",
        Resource::ServiceGroup,
        state.data.service_groups.items(),
        query,
        &state,
    )
}

pub(crate) fn list_user_groups(shared: &Shared, query: Option<&str>) -> Reply {
    let state = shared.lock();
    page(
        "user-groups",
        Resource::UserGroup,
        state.data.user_groups.items(),
        query,
        &state,
    )
}

/// The fields common to both create bodies.
struct GroupFields {
    name: String,
    description: Option<String>,
}

fn group_fields(body: &Value) -> Result<GroupFields, String> {
    if !body.is_object() {
        return Err("the body must be a JSON object".to_owned());
    }
    let name = match body.get("name") {
        Some(Value::String(name)) if !name.trim().is_empty() => name.clone(),
        Some(Value::String(_)) => return Err("name must not be empty".to_owned()),
        Some(_) => return Err("name must be a string".to_owned()),
        None => return Err("name is required".to_owned()),
    };
    let description = match body.get("description") {
        None | Some(Value::Null) => None,
        Some(Value::String(d)) => Some(d.clone()),
        Some(_) => return Err("description must be a string".to_owned()),
    };
    Ok(GroupFields { name, description })
}

pub(crate) fn parse_json(body: &Bytes) -> Result<Value, String> {
    serde_json::from_slice(body).map_err(|e| format!("the body is not valid JSON: {e}"))
}

pub(crate) fn create_service_group(shared: &Shared, body: &Bytes) -> Reply {
    let parsed = parse_json(body).and_then(|body| {
        let fields = group_fields(&body)?;
        let services = match body.get("services") {
            None | Some(Value::Null) => Vec::new(),
            // `[{"id"}..]`, the shape of the API's other service lists; bare id
            // strings are accepted too, as no source documents this field.
            Some(Value::Array(items)) => items
                .iter()
                .map(|item| match item {
                    Value::String(id) => Some(id.clone()),
                    other => other.get("id").and_then(Value::as_str).map(str::to_owned),
                })
                .collect::<Option<Vec<String>>>()
                .ok_or_else(|| "services must be a list of {\"id\": ...} objects".to_owned())?,
            Some(_) => return Err("services must be a list of {\"id\": ...} objects".to_owned()),
        };
        Ok((fields, services))
    });
    let (fields, service_ids) = match parsed {
        Ok(parsed) => parsed,
        Err(detail) => return respond::bad_request(detail),
    };
    let mut state = shared.lock();
    state.data.service_groups_created += 1;
    let now = now_timestamp();
    let mut group = ServiceGroup {
        id: format!("sg-new-{:06}", state.data.service_groups_created),
        name: fields.name,
        description: fields.description,
        services_count: 0,
        created_at: now.clone(),
        updated_at: now,
        customer_id: state.data.customer.id.clone(),
        object: "service_group",
        service_ids: Vec::new(),
    };
    group.set_services(service_ids);
    let reply = respond::json(StatusCode::CREATED, &group);
    state.data.service_groups.insert(group);
    reply
}

pub(crate) fn create_user_group(shared: &Shared, body: &Bytes) -> Reply {
    let fields = match parse_json(body).and_then(|body| group_fields(&body)) {
        Ok(fields) => fields,
        Err(detail) => return respond::bad_request(detail),
    };
    let mut state = shared.lock();
    state.data.user_groups_created += 1;
    let now = now_timestamp();
    let group = UserGroup {
        id: format!("ug-new-{:06}", state.data.user_groups_created),
        name: fields.name,
        description: fields.description,
        users_count: 0,
        roles_count: 0,
        service_groups_count: 0,
        created_at: now.clone(),
        updated_at: now,
        customer_id: state.data.customer.id.clone(),
        invitations_count: 0,
        members: Vec::new(),
        role_ids: Vec::new(),
        service_group_ids: Vec::new(),
    };
    let reply = respond::json(StatusCode::CREATED, &group);
    state.data.user_groups.insert(group);
    reply
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_belong_to_their_list() {
        let cursor = encode_cursor("roles", 40);
        assert_eq!(decode_cursor("roles", &cursor), Some(40));
        assert_eq!(decode_cursor("user-groups", &cursor), None);
        assert_eq!(decode_cursor("roles", "not a cursor"), None);
    }

    #[test]
    fn reads_page_requests() {
        assert_eq!(
            page_request("roles", None, 5),
            Ok(PageRequest {
                per_page: 20,
                offset: 0
            })
        );
        let cursor = encode_cursor("roles", 3);
        let query = format!("per_page=2&cursor={cursor}");
        assert_eq!(
            page_request("roles", Some(&query), 5),
            Ok(PageRequest {
                per_page: 2,
                offset: 3
            })
        );
        assert!(page_request("roles", Some("per_page=0"), 5).is_err());
        assert!(page_request("roles", Some("per_page=1001"), 5).is_err());
        assert!(page_request("roles", Some("per_page=x"), 5).is_err());
        assert!(page_request("roles", Some("cursor="), 5).is_err());
        let beyond = encode_cursor("roles", 6);
        assert!(page_request("roles", Some(&format!("cursor={beyond}")), 5).is_err());
    }

    #[test]
    fn reads_numbered_page_requests() {
        assert_eq!(
            numbered_page_request(None),
            Ok(NumberedPageRequest {
                per_page: 20,
                page: 1
            })
        );
        assert_eq!(
            numbered_page_request(Some("per_page=2&page=3&cursor=whatever")),
            Ok(NumberedPageRequest {
                per_page: 2,
                page: 3
            })
        );
        assert!(numbered_page_request(Some("page=0")).is_err());
        assert!(numbered_page_request(Some("page=x")).is_err());
        assert!(numbered_page_request(Some("per_page=0")).is_err());
        assert!(numbered_page_request(Some("per_page=1001")).is_err());
    }
}
