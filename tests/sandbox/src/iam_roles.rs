//! Roles beyond the seed: the current `/iam/v1/roles` (cursor pages, read only),
//! writes to the older `/roles` family, the permission table (`/permissions`) and
//! the permissions of a role. Errors are RFC 7807 (`application/problem+json`).

use axum::http::StatusCode;
use serde_json::{json, Value};

use crate::iam::{decode_cursor, encode_cursor};
use crate::iam_body::{self, add_ids, bad_request, not_found, remove_ids, NameUpdate};
use crate::patches::Resource;
use crate::resources::{now_timestamp, Role};
use crate::respond::{self, Reply};
use crate::routes::ApiRequest;
use crate::state::{Inner, Shared};

/// `GET /iam/v1/roles`: `limit` default.
const DEFAULT_LIMIT: usize = 100;
/// `GET /iam/v1/roles`: the largest `limit`.
const MAX_LIMIT: usize = 1000;
/// The list name inside `/iam/v1/roles` cursors.
const IAM_ROLES_LIST: &str = "iam/v1/roles";

fn role_not_found(id: &str) -> Reply {
    not_found(format!("Role '{id}' does not exist"))
}

/// A role as `/iam/v1/roles` describes it: `id`, `name`, `display_name` (the
/// name for people, here the same as `name`) and `description`; with
/// `permissions`, also the names of its permissions (strings, as every generated
/// client types them).
fn iam_role_json(state: &Inner, role: &Role, with_permissions: bool) -> Value {
    let mut value = json!({
        "id": role.id,
        "name": role.name,
        "display_name": role.name,
        "description": role.description,
    });
    if with_permissions {
        let names: Vec<&str> = role
            .permission_ids
            .iter()
            .filter_map(|id| state.data.permissions.get(id))
            .map(|p| p.name.as_str())
            .collect();
        value["permissions"] = json!(names);
    }
    value
}

fn query_pairs(query: Option<&str>) -> Result<Vec<(String, String)>, String> {
    serde_urlencoded::from_str(query.unwrap_or_default())
        .map_err(|e| format!("the query string could not be parsed: {e}"))
}

/// `GET /iam/v1/roles?limit=N&cursor=C`: `{"data":[..],"next_cursor":..,"limit":N}`,
/// the cursor at the top level, null on the last page. The same in both styles.
pub(crate) fn list_iam_roles(shared: &Shared, query: Option<&str>) -> Reply {
    let state = shared.lock();
    let roles = state.data.roles.items();
    let total = roles.len();
    let pairs = match query_pairs(query) {
        Ok(pairs) => pairs,
        Err(detail) => return bad_request(detail),
    };
    let (mut limit, mut offset) = (DEFAULT_LIMIT, 0);
    for (name, value) in pairs {
        match name.as_str() {
            "limit" => match value
                .parse::<usize>()
                .ok()
                .filter(|n| (1..=MAX_LIMIT).contains(n))
            {
                Some(n) => limit = n,
                None => {
                    return bad_request(format!(
                        "limit must be an integer from 1 to {MAX_LIMIT}, got '{value}'"
                    ))
                }
            },
            // Empty: the first page.
            "cursor" if value.is_empty() => offset = 0,
            "cursor" => match decode_cursor(IAM_ROLES_LIST, &value).filter(|at| *at <= total) {
                Some(at) => offset = at,
                None => return bad_request(format!("cursor '{value}' is not valid")),
            },
            _ => {}
        }
    }
    let end = offset.saturating_add(limit).min(total);
    let data: Vec<Value> = roles[offset..end]
        .iter()
        .map(|role| iam_role_json(&state, role, false))
        .collect();
    let next_cursor = (end < total).then(|| encode_cursor(IAM_ROLES_LIST, end));
    respond::json(
        StatusCode::OK,
        &json!({ "data": data, "next_cursor": next_cursor, "limit": limit }),
    )
}

/// `GET /iam/v1/roles/{id}[?include=permissions]`.
pub(crate) fn get_iam_role(shared: &Shared, id: &str, query: Option<&str>) -> Reply {
    let pairs = match query_pairs(query) {
        Ok(pairs) => pairs,
        Err(detail) => return bad_request(detail),
    };
    let with_permissions = pairs
        .iter()
        .any(|(name, value)| name == "include" && value.split(',').any(|v| v == "permissions"));
    let state = shared.lock();
    match state.data.roles.get(id) {
        Some(role) => respond::json(
            StatusCode::OK,
            &iam_role_json(&state, role, with_permissions),
        ),
        None => role_not_found(id),
    }
}

fn role_json(state: &Inner, role: &Role) -> Value {
    state.patches.render(Resource::Role, &role.id, role)
}

/// `POST /roles {name, description?}`: 201 with the new custom role.
pub(crate) fn create_role(shared: &Shared, req: &ApiRequest) -> Reply {
    let body = match iam_body::json_object(req) {
        Ok(body) => body,
        Err(detail) => return bad_request(detail),
    };
    if body.get("name").is_none() {
        return bad_request("name is required");
    }
    let fields = match NameUpdate::read(&body) {
        Ok(fields) => fields,
        Err(detail) => return bad_request(detail),
    };
    let mut state = shared.lock();
    state.data.roles_created += 1;
    let now = now_timestamp();
    let mut role = Role {
        id: format!("role-new-{:06}", state.data.roles_created),
        name: String::new(),
        description: None,
        custom: true,
        permissions_count: 0,
        created_at: now.clone(),
        updated_at: now,
        object: "role",
        permission_ids: Vec::new(),
    };
    fields.apply(&mut role.name, &mut role.description);
    let body = role_json(&state, &role);
    state.data.roles.insert(role);
    respond::json(StatusCode::CREATED, &body)
}

/// `PATCH /roles/{id} {name?, description?}`: 200 with the role.
pub(crate) fn update_role(shared: &Shared, id: &str, req: &ApiRequest) -> Reply {
    let mut state = shared.lock();
    if state.data.roles.get(id).is_none() {
        return role_not_found(id);
    }
    let fields = match iam_body::json_object(req).and_then(|body| NameUpdate::read(&body)) {
        Ok(fields) => fields,
        Err(detail) => return bad_request(detail),
    };
    let Some(role) = state.data.roles.get_mut(id) else {
        return role_not_found(id);
    };
    fields.apply(&mut role.name, &mut role.description);
    role.updated_at = now_timestamp();
    let role = role.clone();
    respond::json(StatusCode::OK, &role_json(&state, &role))
}

/// `DELETE /roles/{id}`: 204; the role leaves both role lists and every user group.
pub(crate) fn delete_role(shared: &Shared, id: &str) -> Reply {
    let mut state = shared.lock();
    if state.data.roles.remove(id).is_none() {
        return role_not_found(id);
    }
    for group in state.data.user_groups.items_mut() {
        if group.role_ids.iter().any(|r| r == id) {
            group.role_ids.retain(|r| r != id);
            group.sync_counts();
        }
    }
    respond::no_content()
}

/// `{"data":[Permission..]}` of the given permission ids (unknown ones skipped).
fn permission_list(state: &Inner, ids: &[String]) -> Value {
    let data: Vec<Value> = ids
        .iter()
        .filter_map(|id| state.data.permissions.get(id))
        .map(|p| json!(p))
        .collect();
    json!({ "data": data })
}

/// `GET /permissions`: the whole permission table, `{"data":[..]}`, not paged.
pub(crate) fn list_permissions(shared: &Shared) -> Reply {
    let state = shared.lock();
    respond::json(
        StatusCode::OK,
        &json!({ "data": state.data.permissions.items() }),
    )
}

/// `GET /roles/{id}/permissions`: `{"data":[..]}`, in the order they were added.
pub(crate) fn list_role_permissions(shared: &Shared, id: &str) -> Reply {
    let state = shared.lock();
    match state.data.roles.get(id) {
        Some(role) => respond::json(
            StatusCode::OK,
            &permission_list(&state, &role.permission_ids),
        ),
        None => role_not_found(id),
    }
}

/// `POST` (`add`) or `DELETE` `/roles/{id}/permissions {"permissions":[{"id"}..]}`:
/// every id must name a permission of the table (400 otherwise, nothing changed).
/// Adding answers 201 with the updated role, removing 204.
pub(crate) fn change_role_permissions(
    shared: &Shared,
    id: &str,
    req: &ApiRequest,
    add: bool,
) -> Reply {
    let mut state = shared.lock();
    if state.data.roles.get(id).is_none() {
        return role_not_found(id);
    }
    let ids =
        match iam_body::json_object(req).and_then(|body| iam_body::id_refs(&body, "permissions")) {
            Ok(ids) => ids,
            Err(detail) => return bad_request(detail),
        };
    if let Some(unknown) = ids.iter().find(|p| state.data.permissions.get(p).is_none()) {
        return bad_request(format!("no permission has the id '{unknown}'"));
    }
    let Some(role) = state.data.roles.get_mut(id) else {
        return role_not_found(id);
    };
    let mut list = std::mem::take(&mut role.permission_ids);
    if add {
        add_ids(&mut list, &ids);
    } else {
        remove_ids(&mut list, &ids);
    }
    role.set_permissions(list);
    role.updated_at = now_timestamp();
    if !add {
        return respond::no_content();
    }
    let role = role.clone();
    respond::json(StatusCode::CREATED, &role_json(&state, &role))
}
