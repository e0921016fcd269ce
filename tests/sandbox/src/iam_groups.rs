//! Service groups and user groups beyond the seed: reading, updating and deleting
//! one, and the lists that hang off them (a service group's services; a user
//! group's members, roles and service groups), paged like the other IAM lists.
//! Errors are RFC 7807 (`application/problem+json`).
//!
//! The state stays consistent: deleting a service group, role, user or invitation
//! removes it from every user group, and every count follows its list.

use axum::http::StatusCode;
use serde_json::{json, Value};

use crate::iam::{page_with, ErrorShape};
use crate::iam_body::{self, add_ids, bad_request, not_found, remove_ids, NameUpdate};
use crate::patches::Resource;
use crate::resources::{now_timestamp, MemberKind, MemberRef, ServiceGroup, UserGroup};
use crate::respond::{self, Reply};
use crate::routes::ApiRequest;
use crate::seed::Dataset;
use crate::state::{Inner, Shared};

fn service_group_not_found(id: &str) -> Reply {
    not_found(format!("Service group '{id}' does not exist"))
}

fn user_group_not_found(id: &str) -> Reply {
    not_found(format!("User group '{id}' does not exist"))
}

fn service_group_json(state: &Inner, group: &ServiceGroup) -> Value {
    state
        .patches
        .render(Resource::ServiceGroup, &group.id, group)
}

fn user_group_json(state: &Inner, group: &UserGroup) -> Value {
    state.patches.render(Resource::UserGroup, &group.id, group)
}

impl Dataset {
    /// Removes a user or invitation from every user group (it was deleted).
    pub(crate) fn forget_member(&mut self, kind: MemberKind, id: &str) {
        for group in self.user_groups.items_mut() {
            if group.members.iter().any(|m| m.kind == kind && m.id == id) {
                group.members.retain(|m| !(m.kind == kind && m.id == id));
                group.sync_counts();
            }
        }
    }
}

// ---------------------------------------------------------------- service groups

/// `GET /service-groups/{id}`: the bare service group.
pub(crate) fn get_service_group(shared: &Shared, id: &str) -> Reply {
    let state = shared.lock();
    match state.data.service_groups.get(id) {
        Some(group) => respond::json(StatusCode::OK, &service_group_json(&state, group)),
        None => service_group_not_found(id),
    }
}

/// `PATCH /service-groups/{id} {name?, description?}`: 200 with the group.
pub(crate) fn update_service_group(shared: &Shared, id: &str, req: &ApiRequest) -> Reply {
    let mut state = shared.lock();
    if state.data.service_groups.get(id).is_none() {
        return service_group_not_found(id);
    }
    let fields = match iam_body::json_object(req).and_then(|body| NameUpdate::read(&body)) {
        Ok(fields) => fields,
        Err(detail) => return bad_request(detail),
    };
    let Some(group) = state.data.service_groups.get_mut(id) else {
        return service_group_not_found(id);
    };
    fields.apply(&mut group.name, &mut group.description);
    group.updated_at = now_timestamp();
    let group = group.clone();
    respond::json(StatusCode::OK, &service_group_json(&state, &group))
}

/// `DELETE /service-groups/{id}`: 204; the group leaves every user group.
pub(crate) fn delete_service_group(shared: &Shared, id: &str) -> Reply {
    let mut state = shared.lock();
    if state.data.service_groups.remove(id).is_none() {
        return service_group_not_found(id);
    }
    for group in state.data.user_groups.items_mut() {
        if group.service_group_ids.iter().any(|g| g == id) {
            group.service_group_ids.retain(|g| g != id);
            group.sync_counts();
        }
    }
    respond::no_content()
}

/// A service of a group: the service table's row, or, for an id given as a bare
/// string at creation that names no service, `{"id":..,"name":null,"type":null}`.
fn service_json(state: &Inner, id: &str) -> Value {
    match state.data.services.get(id) {
        Some(service) => json!(service),
        None => json!({ "id": id, "name": null, "type": null }),
    }
}

/// `GET /service-groups/{id}/services`: paged like the IAM lists.
pub(crate) fn list_service_group_services(shared: &Shared, id: &str, query: Option<&str>) -> Reply {
    let state = shared.lock();
    let Some(group) = state.data.service_groups.get(id) else {
        return service_group_not_found(id);
    };
    let ids = &group.service_ids;
    page_with(
        &format!("service-groups/{id}/services"),
        ids.len(),
        query,
        &state,
        ErrorShape::Problem,
        |range| {
            Value::Array(
                ids[range]
                    .iter()
                    .map(|service| service_json(&state, service))
                    .collect(),
            )
        },
    )
}

/// `POST`/`DELETE /service-groups/{id}/services {"services":[{"id"}..]}`: adding
/// answers 201 with the updated group, removing 204. An id that names no service
/// (and, when removing, is not in the group) is a 400, and nothing changes.
pub(crate) fn change_service_group_services(
    shared: &Shared,
    id: &str,
    req: &ApiRequest,
    add: bool,
) -> Reply {
    let mut state = shared.lock();
    let Some(group) = state.data.service_groups.get(id) else {
        return service_group_not_found(id);
    };
    let ids = match iam_body::json_object(req).and_then(|b| iam_body::id_refs(&b, "services")) {
        Ok(ids) => ids,
        Err(detail) => return bad_request(detail),
    };
    let unknown = ids.iter().find(|service| {
        state.data.services.get(service).is_none() && (add || !group.service_ids.contains(service))
    });
    if let Some(unknown) = unknown {
        return bad_request(format!("no service has the id '{unknown}'"));
    }
    let Some(group) = state.data.service_groups.get_mut(id) else {
        return service_group_not_found(id);
    };
    let mut list = std::mem::take(&mut group.service_ids);
    if add {
        add_ids(&mut list, &ids);
    } else {
        remove_ids(&mut list, &ids);
    }
    group.set_services(list);
    group.updated_at = now_timestamp();
    if !add {
        return respond::no_content();
    }
    let group = group.clone();
    respond::json(StatusCode::CREATED, &service_group_json(&state, &group))
}

// ------------------------------------------------------------------- user groups

/// `GET /user-groups/{id}`: the bare user group.
pub(crate) fn get_user_group(shared: &Shared, id: &str) -> Reply {
    let state = shared.lock();
    match state.data.user_groups.get(id) {
        Some(group) => respond::json(StatusCode::OK, &user_group_json(&state, group)),
        None => user_group_not_found(id),
    }
}

/// `PATCH /user-groups/{id} {name?, description?}`: 200 with the group.
pub(crate) fn update_user_group(shared: &Shared, id: &str, req: &ApiRequest) -> Reply {
    let mut state = shared.lock();
    if state.data.user_groups.get(id).is_none() {
        return user_group_not_found(id);
    }
    let fields = match iam_body::json_object(req).and_then(|body| NameUpdate::read(&body)) {
        Ok(fields) => fields,
        Err(detail) => return bad_request(detail),
    };
    let Some(group) = state.data.user_groups.get_mut(id) else {
        return user_group_not_found(id);
    };
    fields.apply(&mut group.name, &mut group.description);
    group.updated_at = now_timestamp();
    let group = group.clone();
    respond::json(StatusCode::OK, &user_group_json(&state, &group))
}

/// `DELETE /user-groups/{id}`: 204.
pub(crate) fn delete_user_group(shared: &Shared, id: &str) -> Reply {
    match shared.lock().data.user_groups.remove(id) {
        Some(_) => respond::no_content(),
        None => user_group_not_found(id),
    }
}

/// A member: `{"id","object":"user","login","name","role"}` or
/// `{"id","object":"invitation","email","name":null,"role"}`.
fn member_json(state: &Inner, member: &MemberRef) -> Value {
    match member.kind {
        MemberKind::User => match state.data.users.get(&member.id) {
            Some(user) => json!({
                "id": user.id, "object": "user", "login": user.login,
                "name": user.name, "role": user.role,
            }),
            None => json!({ "id": member.id, "object": "user" }),
        },
        MemberKind::Invitation => match state.data.invitations.get(&member.id) {
            Some(invitation) => json!({
                "id": invitation.id, "object": "invitation", "email": invitation.email,
                "name": null, "role": invitation.role,
            }),
            None => json!({ "id": member.id, "object": "invitation" }),
        },
    }
}

/// Which of a user group's lists a request is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum GroupList {
    Members,
    Roles,
    ServiceGroups,
}

impl GroupList {
    /// The path segment, which is also the body's key (with `_`).
    fn segment(self) -> &'static str {
        match self {
            GroupList::Members => "members",
            GroupList::Roles => "roles",
            GroupList::ServiceGroups => "service-groups",
        }
    }

    fn len(self, group: &UserGroup) -> usize {
        match self {
            GroupList::Members => group.members.len(),
            GroupList::Roles => group.role_ids.len(),
            GroupList::ServiceGroups => group.service_group_ids.len(),
        }
    }

    fn render(self, state: &Inner, group: &UserGroup, range: std::ops::Range<usize>) -> Value {
        let items: Vec<Value> = match self {
            GroupList::Members => group.members[range]
                .iter()
                .map(|member| member_json(state, member))
                .collect(),
            GroupList::Roles => group.role_ids[range]
                .iter()
                .map(|id| match state.data.roles.get(id) {
                    Some(role) => state.patches.render(Resource::Role, id, role),
                    None => json!({ "id": id }),
                })
                .collect(),
            GroupList::ServiceGroups => group.service_group_ids[range]
                .iter()
                .map(|id| match state.data.service_groups.get(id) {
                    Some(sg) => service_group_json(state, sg),
                    None => json!({ "id": id }),
                })
                .collect(),
        };
        Value::Array(items)
    }
}

/// `GET /user-groups/{id}/members|roles|service-groups`: paged like the IAM lists.
pub(crate) fn list_user_group_items(
    shared: &Shared,
    id: &str,
    list: GroupList,
    query: Option<&str>,
) -> Reply {
    let state = shared.lock();
    let Some(group) = state.data.user_groups.get(id) else {
        return user_group_not_found(id);
    };
    page_with(
        &format!("user-groups/{id}/{}", list.segment()),
        list.len(group),
        query,
        &state,
        ErrorShape::Problem,
        |range| list.render(&state, group, range),
    )
}

/// The ids a body names, checked against the tables: `Err` is the 400's detail.
fn checked_refs(
    state: &Inner,
    group: &UserGroup,
    list: GroupList,
    body: &serde_json::Map<String, Value>,
    add: bool,
) -> Result<Refs, String> {
    match list {
        GroupList::Members => {
            let members = iam_body::member_refs(body)?;
            for member in &members {
                let exists = match member.kind {
                    MemberKind::User => state.data.users.get(&member.id).is_some(),
                    MemberKind::Invitation => state.data.invitations.get(&member.id).is_some(),
                };
                if !exists && (add || !group.members.contains(member)) {
                    return Err(format!(
                        "no {} has the id '{}'",
                        member.kind.name(),
                        member.id
                    ));
                }
            }
            Ok(Refs::Members(members))
        }
        GroupList::Roles => {
            let ids = iam_body::id_refs(body, "roles")?;
            if let Some(unknown) = ids
                .iter()
                .find(|r| state.data.roles.get(r).is_none() && (add || !group.role_ids.contains(r)))
            {
                return Err(format!("no role has the id '{unknown}'"));
            }
            Ok(Refs::Roles(ids))
        }
        GroupList::ServiceGroups => {
            let ids = iam_body::id_refs(body, "service_groups")?;
            if let Some(unknown) = ids.iter().find(|g| {
                state.data.service_groups.get(g).is_none()
                    && (add || !group.service_group_ids.contains(g))
            }) {
                return Err(format!("no service group has the id '{unknown}'"));
            }
            Ok(Refs::ServiceGroups(ids))
        }
    }
}

/// The checked ids of an add or remove request.
enum Refs {
    Members(Vec<MemberRef>),
    Roles(Vec<String>),
    ServiceGroups(Vec<String>),
}

/// `POST`/`DELETE /user-groups/{id}/members|roles|service-groups` with
/// `{"members":[{"id","object"}..]}`, `{"roles":[{"id"}..]}` or
/// `{"service_groups":[{"id"}..]}`: adding answers 201 with the updated group,
/// removing 204. An unknown id is a 400, and nothing changes.
pub(crate) fn change_user_group_items(
    shared: &Shared,
    id: &str,
    list: GroupList,
    req: &ApiRequest,
    add: bool,
) -> Reply {
    let mut state = shared.lock();
    let Some(group) = state.data.user_groups.get(id) else {
        return user_group_not_found(id);
    };
    let refs = match iam_body::json_object(req)
        .and_then(|body| checked_refs(&state, group, list, &body, add))
    {
        Ok(refs) => refs,
        Err(detail) => return bad_request(detail),
    };
    let Some(group) = state.data.user_groups.get_mut(id) else {
        return user_group_not_found(id);
    };
    match (&refs, add) {
        (Refs::Members(members), true) => add_ids(&mut group.members, members),
        (Refs::Members(members), false) => remove_ids(&mut group.members, members),
        (Refs::Roles(ids), true) => add_ids(&mut group.role_ids, ids),
        (Refs::Roles(ids), false) => remove_ids(&mut group.role_ids, ids),
        (Refs::ServiceGroups(ids), true) => add_ids(&mut group.service_group_ids, ids),
        (Refs::ServiceGroups(ids), false) => remove_ids(&mut group.service_group_ids, ids),
    }
    group.sync_counts();
    group.updated_at = now_timestamp();
    if !add {
        return respond::no_content();
    }
    let group = group.clone();
    respond::json(StatusCode::CREATED, &user_group_json(&state, &group))
}
