//! Invitations (JSON:API, `application/vnd.api+json` both ways): create, list
//! (live style) and delete.

use axum::http::StatusCode;
use serde_json::Value;

use crate::events::{self, Who};
use crate::patches::Resource;
use crate::resources::{now_timestamp, Invitation};
use crate::respond::{self, Reply};
use crate::routes::{assignable_roles, looks_like_email, role_refused, ApiRequest};
use crate::settings::InvitationEnvelope;
use crate::state::{Inner, Shared};

/// An invitation as the current style serialises it; patches go into `attributes`.
fn invitation_json(state: &Inner, invitation: &Invitation) -> Value {
    let mut resource = if state.live() {
        invitation.live_json()
    } else {
        invitation.seed_json()
    };
    if let Some(attributes) = resource.get_mut("attributes") {
        state
            .patches
            .apply(Resource::Invitation, &invitation.id, attributes);
    }
    resource
}

/// What a valid create-invitation body asks for.
struct NewInvitation {
    email: String,
    role: String,
    roles: Option<Vec<String>>,
    limit_services: bool,
    status_code: i64,
    /// `(service id, permission)` of each service invitation asked for.
    service_invitations: Vec<(String, String)>,
}

/// The permissions Fastly's definition allows on a service invitation.
const SERVICE_PERMISSIONS: [&str; 4] = ["full", "read_only", "purge_select", "purge_all"];

/// `relationships.service_invitations.data`: each item a service invitation,
/// wrapped in `{"data": ...}` with `service: {"type", "id"}` as the generated
/// clients send it (`ServiceInvitation`, `RelationshipMemberService`), or bare
/// with `service: {"data": {"type", "id"}}` as Fastly's reference example
/// writes it.
fn read_service_invitations(relationships: &Value) -> Result<Vec<(String, String)>, String> {
    let items = match relationships.get("service_invitations") {
        None | Some(Value::Null) => return Ok(Vec::new()),
        Some(list) => match list.get("data") {
            Some(Value::Array(items)) => items,
            _ => {
                return Err("data.relationships.service_invitations.data must be a list".to_owned())
            }
        },
    };
    let mut invitations = Vec::with_capacity(items.len());
    for item in items {
        let item = item.get("data").unwrap_or(item);
        let bad = |what: &str| format!("a service invitation {what}: {item}");
        if item.get("type").and_then(Value::as_str) != Some("service_invitation") {
            return Err(bad("needs \"type\": \"service_invitation\""));
        }
        let permission = item
            .pointer("/attributes/permission")
            .and_then(Value::as_str)
            .unwrap_or("full");
        if !SERVICE_PERMISSIONS.contains(&permission) {
            return Err(format!(
                "permission '{permission}' is not one of {}",
                SERVICE_PERMISSIONS.join(", ")
            ));
        }
        let service = item
            .pointer("/relationships/service/id")
            .or_else(|| item.pointer("/relationships/service/data/id"))
            .and_then(Value::as_str)
            .filter(|id| !id.trim().is_empty())
            .ok_or_else(|| bad("needs relationships.service.id"))?;
        invitations.push((service.to_owned(), permission.to_owned()));
    }
    Ok(invitations)
}

/// Checks a create-invitation body as the current style does.
fn read_invitation(body: &[u8], live: bool) -> Result<NewInvitation, String> {
    let body: Value =
        serde_json::from_slice(body).map_err(|e| format!("the body is not valid JSON: {e}"))?;
    let Some(data) = body.get("data").filter(|d| d.is_object()) else {
        return Err("the body must be an object with a \"data\" object".to_owned());
    };
    if data.get("type").and_then(Value::as_str) != Some("invitation") {
        return Err("data.type must be \"invitation\"".to_owned());
    }
    let attributes = data.get("attributes");
    if live && !attributes.is_some_and(Value::is_object) {
        return Err("data.attributes must be an object".to_owned());
    }
    let attribute = |name: &str| attributes.and_then(|a| a.get(name));
    let Some(email) = attribute("email").and_then(Value::as_str) else {
        return Err("data.attributes.email is required".to_owned());
    };
    if !looks_like_email(email) {
        return Err(format!("'{email}' is not a valid email address"));
    }
    let Some(role) = attribute("role").and_then(Value::as_str) else {
        return Err("data.attributes.role is required".to_owned());
    };
    if !assignable_roles(live).contains(&role) {
        return Err(role_refused(role, live));
    }
    let mut invitation = NewInvitation {
        email: email.to_owned(),
        role: role.to_owned(),
        roles: None,
        limit_services: false,
        status_code: 1,
        service_invitations: Vec::new(),
    };
    if !live {
        return Ok(invitation);
    }
    invitation.roles = match attribute("roles") {
        None | Some(Value::Null) => None,
        Some(Value::Array(items)) => Some(
            items
                .iter()
                .map(|r| r.as_str().map(str::to_owned))
                .collect::<Option<Vec<_>>>()
                .ok_or("data.attributes.roles must be a list of strings")?,
        ),
        Some(_) => return Err("data.attributes.roles must be a list of strings".to_owned()),
    };
    invitation.limit_services = match attribute("limit_services") {
        None | Some(Value::Null) => false,
        Some(Value::Bool(limit)) => *limit,
        Some(_) => return Err("data.attributes.limit_services must be a boolean".to_owned()),
    };
    invitation.status_code = match attribute("status_code") {
        None | Some(Value::Null) => 1,
        Some(code) => code
            .as_i64()
            .filter(|c| *c == 0 || *c == 1)
            .ok_or("data.attributes.status_code must be 0 or 1")?,
    };
    match data.get("relationships") {
        None | Some(Value::Null) => {}
        Some(relationships @ Value::Object(_)) => {
            invitation.service_invitations = read_service_invitations(relationships)?;
        }
        Some(_) => return Err("data.relationships must be an object".to_owned()),
    }
    Ok(invitation)
}

pub(crate) fn create_invitation(shared: &Shared, req: &ApiRequest) -> Reply {
    let invalid = |detail: String| respond::json_api_error(StatusCode::BAD_REQUEST, detail);
    if !req.has_media_type(respond::JSON_API) {
        return invalid("Content-Type must be application/vnd.api+json".to_owned());
    }
    let mut state = shared.lock();
    let live = state.live();
    let new = match read_invitation(&req.body, live) {
        Ok(new) => new,
        Err(detail) => return invalid(detail),
    };
    let member = state
        .data
        .users
        .items()
        .iter()
        .any(|u| u.login.eq_ignore_ascii_case(&new.email));
    if member {
        return invalid(format!(
            "'{}' is already a member of this account",
            new.email
        ));
    }
    if let Some((service, _)) = new
        .service_invitations
        .iter()
        .find(|(service, _)| state.data.services.get(service).is_none())
    {
        return invalid(format!("service '{service}' does not exist"));
    }
    state.data.invitations_created += 1;
    let number = state.data.invitations_created;
    let service_invitation_ids = (1..=new.service_invitations.len())
        .map(|k| format!("sinv{number:06}x{k:03}"))
        .collect();
    let now = now_timestamp();
    let invitation = Invitation {
        id: format!("inv{number:06}x4xCwxxJ"),
        email: new.email,
        role: new.role,
        roles: new.roles,
        limit_services: new.limit_services,
        status_code: new.status_code,
        created_at: now.clone(),
        updated_at: now,
        customer_id: state.data.customer.id.clone(),
        service_invitation_ids: Some(service_invitation_ids),
    };
    let resource = invitation_json(&state, &invitation);
    let description = format!("An invitation was sent to '{}'", invitation.email);
    let metadata = serde_json::json!({
        "invitation_id": invitation.id, "email": invitation.email, "role": invitation.role,
    });
    events::record(
        &mut state,
        Who::Caller(req),
        "invitation.sent",
        description,
        None,
        metadata,
    );
    state.data.invitations.insert(invitation);
    if live {
        // The live API documents 200 for a created invitation (the seed: 201).
        let body = serde_json::json!({ "data": resource });
        return respond::json_as(StatusCode::OK, respond::JSON_API, &body);
    }
    let body = match state.settings.invitation_envelope {
        InvitationEnvelope::Data => serde_json::json!({ "data": resource }),
        InvitationEnvelope::Bare => resource,
    };
    respond::json_as(StatusCode::CREATED, respond::JSON_API, &body)
}

/// Live `GET /invitations`: JSON:API, `page[number]` and `page[size]`.
pub(crate) fn list_invitations(shared: &Shared, query: Option<&str>) -> Reply {
    let invalid = |detail: String| respond::json_api_error(StatusCode::BAD_REQUEST, detail);
    let pairs: Vec<(String, String)> = match serde_urlencoded::from_str(query.unwrap_or_default()) {
        Ok(pairs) => pairs,
        Err(e) => return invalid(format!("the query string could not be parsed: {e}")),
    };
    let (mut number, mut size) = (1usize, 20usize);
    for (name, value) in pairs {
        let parsed = value.parse::<usize>().ok();
        match name.as_str() {
            "page[number]" => match parsed.filter(|n| *n >= 1) {
                Some(n) => number = n,
                None => return invalid(format!("page[number] must be from 1, got '{value}'")),
            },
            "page[size]" => match parsed.filter(|n| (1..=1000).contains(n)) {
                Some(n) => size = n,
                None => {
                    return invalid(format!(
                        "page[size] must be an integer from 1 to 1000, got '{value}'"
                    ))
                }
            },
            _ => {}
        }
    }
    let state = shared.lock();
    let items = state.data.invitations.items();
    let total = items.len();
    let start = (number - 1).saturating_mul(size).min(total);
    let end = start.saturating_add(size).min(total);
    let pages = total.div_ceil(size).max(1);
    let link = |n: usize| format!("/invitations?page%5Bnumber%5D={n}&page%5Bsize%5D={size}");
    let data: Vec<Value> = items[start..end]
        .iter()
        .map(|invitation| invitation_json(&state, invitation))
        .collect();
    let body = serde_json::json!({
        "data": data,
        "links": {
            "self": link(number),
            "first": link(1),
            "last": link(pages),
            "prev": (number > 1).then(|| link((number - 1).min(pages))),
            "next": (number < pages).then(|| link(number + 1)),
        },
        "meta": {
            "current_page": number,
            "per_page": size,
            "record_count": total,
            "total_pages": pages,
        },
    });
    respond::json_as(StatusCode::OK, respond::JSON_API, &body)
}

/// `DELETE /invitations/{id}`: 204, and the invitation is gone from the list and
/// from every user group.
pub(crate) fn delete_invitation(shared: &Shared, id: &str) -> Reply {
    let mut state = shared.lock();
    match state.data.invitations.remove(id) {
        Some(_) => {
            state
                .data
                .forget_member(crate::resources::MemberKind::Invitation, id);
            respond::no_content()
        }
        None => respond::json_api_error(
            StatusCode::NOT_FOUND,
            format!("Cannot find invitation '{id}'"),
        ),
    }
}
