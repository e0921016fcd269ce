//! Service authorizations (`/service-authorizations`, JSON:API): one user's
//! permission on one service (fastly-py's `ServiceAuthorizationsApi`).
//!
//! The shapes follow go-fastly's recordings of the live API
//! (`fastly/fixtures/service_authorizations/*.yaml`, 2022): create answers 200
//! (not 201) with the resource, whose attributes carry `permission` besides the
//! spec's timestamps; relationships are wrapped in `{"data": ...}`; the list's
//! `links` hold `next` (only when there is a next page) and `last` as absolute
//! URLs with percent-encoded brackets and `&` written `\u0026`; delete is 204 and
//! a deleted or unknown id is the legacy 404
//! `{"msg":"Record not found","detail":"Cannot find serviceauthorization '<id>'"}`
//! (`application/json`). Everything else answers `application/vnd.api+json`.
//!
//! Not recorded (answered plausibly): every 400 (JSON:API errors, the
//! permission one reads `permission must be one of full, read_only,
//! purge_select, purge_all`); the flat relationship form of the spec
//! (`{"service": {"type": "service", "id": ..}}`, accepted besides the recorded
//! wrapped one); a second authorization for the same user and service (400); a
//! PATCH whose `data.id` names another record (409, as JSON:API says); the bulk
//! bodies (`{"data": [{"type", "id", "attributes": {"permission"}}]}`, all or
//! none), whose answers are 200 `{"data": [...]}` (the spec's
//! `ServiceAuthorizationsResponse` and `InlineResponse20022`) with
//! `Content-Type: application/vnd.api+json; ext=bulk`.

use axum::http::StatusCode;
use serde_json::{json, Value};

use crate::events::{self, Who};
use crate::pages::{self, Page};
use crate::resources::{now_timestamp, Keyed, Table};
use crate::respond::{self, Reply};
use crate::routes::ApiRequest;
use crate::state::{Inner, Shared};

/// The permissions a service authorization may grant (fastly-py's `Permission`).
pub(crate) const PERMISSIONS: [&str; 4] = ["full", "read_only", "purge_select", "purge_all"];

/// The answer of a bulk write (the `ext=bulk` media type the request named).
const JSON_API_BULK: &str = "application/vnd.api+json; ext=bulk";

/// One service authorization.
#[derive(Debug, Clone)]
pub(crate) struct ServiceAuthorization {
    pub id: String,
    pub permission: String,
    pub service_id: String,
    pub user_id: String,
    pub created_at: String,
    pub updated_at: String,
}

impl Keyed for ServiceAuthorization {
    fn key(&self) -> &str {
        &self.id
    }
}

impl ServiceAuthorization {
    /// The recorded resource object (`ServiceAuthorizationResponseData`).
    pub fn resource(&self) -> Value {
        json!({
            "id": self.id,
            "type": "service_authorization",
            "attributes": {
                "created_at": self.created_at,
                "updated_at": self.updated_at,
                "deleted_at": null,
                "permission": self.permission,
            },
            "relationships": {
                "service": {"data": {"id": self.service_id, "type": "service"}},
                "user": {"data": {"id": self.user_id, "type": "user"}},
            }
        })
    }
}

/// The seeded authorizations: Erin (an engineer limited to some services) has
/// `full` on www.example.com, Uma (a user limited to some services)
/// `purge_select` on api.example.com.
pub(crate) fn seed() -> Table<ServiceAuthorization> {
    let rows = [
        (
            "saSeedx4xCwxxJxErin001",
            "full",
            "SU1Z0isxPaozGVKXdv0eY",
            "4kYH1qEngx4xCwxxJxx001",
            "2023-02-01T09:30:00Z",
        ),
        (
            "saSeedx4xCwxxJxUma0001",
            "purge_select",
            "7i6HN3TK9wS159v2gPAZ8A",
            "4kYH1qUserx4xCwxxJx001",
            "2023-08-15T14:00:00Z",
        ),
    ];
    let mut table = Table::with_capacity(rows.len());
    for (id, permission, service_id, user_id, at) in rows {
        table.insert(ServiceAuthorization {
            id: id.to_owned(),
            permission: permission.to_owned(),
            service_id: service_id.to_owned(),
            user_id: user_id.to_owned(),
            created_at: at.to_owned(),
            updated_at: at.to_owned(),
        });
    }
    table
}

fn invalid(detail: impl Into<String>) -> Reply {
    respond::json_api_error(StatusCode::BAD_REQUEST, detail)
}

/// The recorded legacy 404.
fn not_found(id: &str) -> Reply {
    respond::not_found(format!("Cannot find serviceauthorization '{id}'"))
}

fn permission_refused() -> String {
    format!("permission must be one of {}", PERMISSIONS.join(", "))
}

/// A permission value: one of [`PERMISSIONS`].
fn read_permission(value: &Value) -> Result<String, String> {
    value
        .as_str()
        .filter(|p| PERMISSIONS.contains(p))
        .map(str::to_owned)
        .ok_or_else(permission_refused)
}

/// `{"data": {"type", "id"}}` (recorded) or the spec's flat `{"type", "id"}`.
fn read_relationship(relationships: Option<&Value>, name: &str) -> Result<String, String> {
    let Some(member) = relationships.and_then(|r| r.get(name)) else {
        return Err(format!("data.relationships.{name} is required"));
    };
    let member = member.get("data").unwrap_or(member);
    if member.get("type").is_some_and(|t| t.as_str() != Some(name)) {
        return Err(format!(
            "data.relationships.{name}.data.type must be \"{name}\""
        ));
    }
    member
        .get("id")
        .and_then(Value::as_str)
        .filter(|id| !id.trim().is_empty())
        .map(str::to_owned)
        .ok_or_else(|| format!("data.relationships.{name}.data.id is required"))
}

/// The JSON body's `data` member, checked to be one resource object or a list
/// of them as `list` says.
fn read_data(body: &[u8], list: bool) -> Result<Value, String> {
    let mut body: Value =
        serde_json::from_slice(body).map_err(|e| format!("the body is not valid JSON: {e}"))?;
    let data = body.get_mut("data").map(Value::take);
    match data {
        Some(data @ Value::Object(_)) if !list => Ok(data),
        Some(data @ Value::Array(_)) if list => Ok(data),
        _ if list => Err("the body must be an object with a \"data\" list".to_owned()),
        _ => Err("the body must be an object with a \"data\" object".to_owned()),
    }
}

fn check_type(item: &Value, at: &str) -> Result<(), String> {
    if item.get("type").and_then(Value::as_str) == Some("service_authorization") {
        Ok(())
    } else {
        Err(format!("{at}.type must be \"service_authorization\""))
    }
}

/// `GET /service-authorizations?page[number]=N&page[size]=M`.
pub(crate) fn list(shared: &Shared, req: &ApiRequest) -> Reply {
    let state = shared.lock();
    let items = state.data.service_authorizations.items();
    let page = match pages::query_pairs(req.query.as_deref())
        .and_then(|pairs| Page::read(&pairs, items.len()))
    {
        Ok(page) => page,
        Err(detail) => return invalid(detail),
    };
    let base = pages::base_url(shared, req);
    let size = page.size;
    let body = json!({
        "data": items[page.range()].iter().map(ServiceAuthorization::resource).collect::<Vec<_>>(),
        "links": page.links(|n| format!(
            "{base}/service-authorizations?page%5Bnumber%5D={n}&page%5Bsize%5D={size}"
        )),
        "meta": page.meta(),
    });
    // As recorded: `&` written as the JSON escape `\u0026` (it only occurs in
    // strings, so the text stays the same JSON).
    let text = body.to_string().replace('&', "\\u0026");
    respond::bytes(StatusCode::OK, respond::JSON_API, text)
}

/// `GET /service-authorizations/{id}`.
pub(crate) fn get(shared: &Shared, id: &str) -> Reply {
    let state = shared.lock();
    match state.data.service_authorizations.get(id) {
        Some(found) => one(StatusCode::OK, found),
        None => not_found(id),
    }
}

fn one(status: StatusCode, authorization: &ServiceAuthorization) -> Reply {
    respond::json_as(
        status,
        respond::JSON_API,
        &json!({ "data": authorization.resource() }),
    )
}

/// What a valid create body asks for: (permission, service id, user id).
fn read_create(body: &[u8]) -> Result<(String, String, String), String> {
    let data = read_data(body, false)?;
    check_type(&data, "data")?;
    let permission = match data.pointer("/attributes/permission") {
        None | Some(Value::Null) => "full".to_owned(),
        Some(value) => read_permission(value)?,
    };
    let relationships = data.get("relationships");
    let service = read_relationship(relationships, "service")?;
    let user = read_relationship(relationships, "user")?;
    Ok((permission, service, user))
}

/// `POST /service-authorizations`: 200 with the new resource. The permission
/// defaults to `full` (the spec's default); the user and the service must exist.
pub(crate) fn create(shared: &Shared, req: &ApiRequest) -> Reply {
    if !req.has_media_type(respond::JSON_API) {
        return invalid("Content-Type must be application/vnd.api+json");
    }
    let (permission, service_id, user_id) = match read_create(&req.body) {
        Ok(read) => read,
        Err(detail) => return invalid(detail),
    };
    let mut guard = shared.lock();
    let state = &mut *guard;
    if state.data.users.get(&user_id).is_none() {
        return invalid(format!("user '{user_id}' does not exist"));
    }
    if state.data.services.get(&service_id).is_none() {
        return invalid(format!("service '{service_id}' does not exist"));
    }
    let taken = state
        .data
        .service_authorizations
        .items()
        .iter()
        .any(|a| a.user_id == user_id && a.service_id == service_id);
    if taken {
        return invalid(format!(
            "user '{user_id}' already has an authorization for service '{service_id}'"
        ));
    }
    state.data.service_authorizations_created += 1;
    let now = now_timestamp();
    let authorization = ServiceAuthorization {
        id: format!(
            "saNewx4xCwxxJx{:08}",
            state.data.service_authorizations_created
        ),
        permission,
        service_id,
        user_id,
        created_at: now.clone(),
        updated_at: now,
    };
    let reply = one(StatusCode::OK, &authorization);
    record(state, req, "service_authorization.create", &authorization);
    state.data.service_authorizations.insert(authorization);
    reply
}

/// One line of the audit log for a write to `authorization`.
fn record(
    state: &mut Inner,
    req: &ApiRequest,
    event_type: &'static str,
    authorization: &ServiceAuthorization,
) {
    let verb = match event_type {
        "service_authorization.create" => "created",
        "service_authorization.update" => "updated",
        _ => "deleted",
    };
    let description = format!(
        "Service authorization '{}' ({}) of user '{}' was {verb}",
        authorization.id, authorization.permission, authorization.user_id
    );
    let metadata = json!({
        "service_authorization_id": authorization.id,
        "user_id": authorization.user_id,
        "permission": authorization.permission,
    });
    let service = Some(authorization.service_id.as_str());
    events::record(
        state,
        Who::Caller(req),
        event_type,
        description,
        service,
        metadata,
    );
}

/// `PATCH /service-authorizations/{id}` (JSON:API, or `application/json` as
/// the spec writes it): a new permission, 200 with the resource.
pub(crate) fn update(shared: &Shared, id: &str, req: &ApiRequest) -> Reply {
    if !req.has_media_type(respond::JSON_API) && !req.has_media_type(respond::JSON) {
        return invalid("Content-Type must be application/vnd.api+json");
    }
    let mut guard = shared.lock();
    let state = &mut *guard;
    if state.data.service_authorizations.get(id).is_none() {
        return not_found(id);
    }
    let data = match read_data(&req.body, false) {
        Ok(data) => data,
        Err(detail) => return invalid(detail),
    };
    if let Err(detail) = check_type(&data, "data") {
        return invalid(detail);
    }
    if let Some(other) = data.get("id").and_then(Value::as_str).filter(|o| *o != id) {
        return respond::json_api_error(
            StatusCode::CONFLICT,
            format!("data.id '{other}' does not match the URL's '{id}'"),
        );
    }
    let permission = match data.pointer("/attributes/permission") {
        None | Some(Value::Null) => return invalid("data.attributes.permission is required"),
        Some(value) => match read_permission(value) {
            Ok(permission) => permission,
            Err(detail) => return invalid(detail),
        },
    };
    let Some(authorization) = state.data.service_authorizations.get_mut(id) else {
        return not_found(id);
    };
    authorization.permission = permission;
    authorization.updated_at = now_timestamp();
    let authorization = authorization.clone();
    record(state, req, "service_authorization.update", &authorization);
    one(StatusCode::OK, &authorization)
}

/// `DELETE /service-authorizations/{id}`: 204, then 404.
pub(crate) fn delete(shared: &Shared, id: &str, req: &ApiRequest) -> Reply {
    let mut guard = shared.lock();
    let state = &mut *guard;
    match state.data.service_authorizations.remove(id) {
        Some(gone) => {
            record(state, req, "service_authorization.delete", &gone);
            respond::no_content()
        }
        None => not_found(id),
    }
}

/// The items of a bulk body: `(id, permission)`, the permission read only when
/// `with_permission`. Ids repeat in neither.
fn read_bulk(body: &[u8], with_permission: bool) -> Result<Vec<(String, String)>, String> {
    let data = read_data(body, true)?;
    let items = data.as_array().map(Vec::as_slice).unwrap_or_default();
    if items.is_empty() {
        return Err("data must name at least one service authorization".to_owned());
    }
    let mut read: Vec<(String, String)> = Vec::with_capacity(items.len());
    for (n, item) in items.iter().enumerate() {
        let at = format!("data[{n}]");
        if !item.is_object() {
            return Err(format!("{at} must be an object"));
        }
        check_type(item, &at)?;
        let Some(id) = item
            .get("id")
            .and_then(Value::as_str)
            .filter(|id| !id.is_empty())
        else {
            return Err(format!("{at}.id is required (a service authorization id)"));
        };
        if read.iter().any(|(seen, _)| seen == id) {
            return Err(format!("{at}.id '{id}' is named twice"));
        }
        let permission = if with_permission {
            match item.pointer("/attributes/permission") {
                None | Some(Value::Null) => {
                    return Err(format!("{at}.attributes.permission is required"))
                }
                Some(value) => read_permission(value)?,
            }
        } else {
            String::new()
        };
        read.push((id.to_owned(), permission));
    }
    Ok(read)
}

/// The checks both bulk writes share: the media type with `ext=bulk`, the
/// body, every id known. The items, or the detail of the 400.
fn bulk_items(
    state: &Inner,
    req: &ApiRequest,
    with_permission: bool,
) -> Result<Vec<(String, String)>, String> {
    if !req.has_media_type(respond::JSON_API) || !req.has_media_type_extension("bulk") {
        return Err("Content-Type must be application/vnd.api+json; ext=bulk".to_owned());
    }
    let items = read_bulk(&req.body, with_permission)?;
    let authorizations = &state.data.service_authorizations;
    match items
        .iter()
        .find(|(id, _)| authorizations.get(id).is_none())
    {
        Some((unknown, _)) => Err(format!("Cannot find serviceauthorization '{unknown}'")),
        None => Ok(items),
    }
}

fn bulk_answer(resources: Vec<Value>) -> Reply {
    respond::json_as(StatusCode::OK, JSON_API_BULK, &json!({ "data": resources }))
}

/// `PATCH /service-authorizations` (`ext=bulk`): every named authorization gets
/// its permission, or none does; 200 with the updated resources.
pub(crate) fn update_bulk(shared: &Shared, req: &ApiRequest) -> Reply {
    let mut guard = shared.lock();
    let state = &mut *guard;
    let items = match bulk_items(state, req, true) {
        Ok(items) => items,
        Err(detail) => return invalid(detail),
    };
    let now = now_timestamp();
    let mut updated = Vec::with_capacity(items.len());
    for (id, permission) in items {
        let Some(authorization) = state.data.service_authorizations.get_mut(&id) else {
            continue; // checked above
        };
        authorization.permission = permission;
        authorization.updated_at.clone_from(&now);
        let authorization = authorization.clone();
        record(state, req, "service_authorization.update", &authorization);
        updated.push(authorization.resource());
    }
    bulk_answer(updated)
}

/// `DELETE /service-authorizations` (`ext=bulk`): every named authorization
/// goes, or none does; 200 with the deleted resources.
pub(crate) fn delete_bulk(shared: &Shared, req: &ApiRequest) -> Reply {
    let mut guard = shared.lock();
    let state = &mut *guard;
    let items = match bulk_items(state, req, false) {
        Ok(items) => items,
        Err(detail) => return invalid(detail),
    };
    let mut deleted = Vec::with_capacity(items.len());
    for (id, _) in items {
        if let Some(gone) = state.data.service_authorizations.remove(&id) {
            record(state, req, "service_authorization.delete", &gone);
            deleted.push(gone.resource());
        }
    }
    bulk_answer(deleted)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_relationship_forms() {
        let wrapped = br#"{"data":{"type":"service_authorization","attributes":{"permission":"read_only"},
            "relationships":{"service":{"data":{"type":"service","id":"s"}},"user":{"data":{"type":"user","id":"u"}}}}}"#;
        assert_eq!(
            read_create(wrapped),
            Ok(("read_only".to_owned(), "s".to_owned(), "u".to_owned()))
        );
        let flat = br#"{"data":{"type":"service_authorization",
            "relationships":{"service":{"type":"service","id":"s"},"user":{"type":"user","id":"u"}}}}"#;
        assert_eq!(
            read_create(flat),
            Ok(("full".to_owned(), "s".to_owned(), "u".to_owned()))
        );
        for bad in [
            &br#"{"data":{"type":"service_authorization"}}"#[..],
            br#"{"data":{"type":"service_authorization","relationships":{"service":{"data":{"type":"service","id":"s"}}}}}"#,
            br#"{"data":{"type":"service_authorization","relationships":{"service":{"data":{"type":"user","id":"s"}},"user":{"data":{"type":"user","id":"u"}}}}}"#,
            br#"{"data":{"type":"invitation","relationships":{"service":{"id":"s"},"user":{"id":"u"}}}}"#,
            b"[]",
            b"nope",
        ] {
            assert!(read_create(bad).is_err(), "{}", String::from_utf8_lossy(bad));
        }
        let odd = br#"{"data":{"type":"service_authorization","attributes":{"permission":"admin"},
            "relationships":{"service":{"id":"s"},"user":{"id":"u"}}}}"#;
        assert_eq!(read_create(odd), Err(permission_refused()));
    }

    #[test]
    fn reads_bulk_bodies() {
        let patch = br#"{"data":[{"type":"service_authorization","id":"a","attributes":{"permission":"purge_all"}}]}"#;
        assert_eq!(
            read_bulk(patch, true),
            Ok(vec![("a".to_owned(), "purge_all".to_owned())])
        );
        let delete = br#"{"data":[{"type":"service_authorization","id":"a"},{"type":"service_authorization","id":"b"}]}"#;
        assert_eq!(read_bulk(delete, false).map(|v| v.len()), Ok(2));
        assert!(
            read_bulk(delete, true).is_err(),
            "a bulk PATCH needs permissions"
        );
        for bad in [
            &br#"{"data":[]}"#[..],
            br#"{"data":{"type":"service_authorization","id":"a"}}"#,
            br#"{"data":[{"type":"service_authorization","id":"a"},{"type":"service_authorization","id":"a"}]}"#,
            br#"{"data":[{"type":"token","id":"a"}]}"#,
            br#"{"data":["a"]}"#,
        ] {
            assert!(read_bulk(bad, false).is_err(), "{}", String::from_utf8_lossy(bad));
        }
    }
}
