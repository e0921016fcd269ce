//! What the IAM operations share: the body of an update (name and
//! description), the bodies that name ids, and sub-list paging.

use serde_json::{json, Value};

use crate::error::{Error, Result};
use crate::transport::{Body, JSON};

options! {
    /// The fields of an update of a role, a service group or a user group
    /// (PATCH); `None` leaves a field unchanged. At least one must be set: an
    /// update with nothing to change is refused before any request.
    pub struct UpdateOptions {
        /// The new name (a blank one is refused before any request).
        name: String => into(impl Into<String>),
        /// The new description.
        description: String => into(impl Into<String>),
    }
}

impl UpdateOptions {
    /// The JSON body of the PATCH.
    pub(crate) fn body(&self) -> Result<Body> {
        let mut body = serde_json::Map::new();
        if let Some(name) = &self.name {
            if name.trim().is_empty() {
                return Err(Error::invalid("name must not be empty"));
            }
            body.insert("name".into(), json!(name));
        }
        if let Some(description) = &self.description {
            body.insert("description".into(), json!(description));
        }
        if body.is_empty() {
            return Err(Error::invalid(
                "nothing to update: set at least one of name, description",
            ));
        }
        Ok(Body::json(JSON, &Value::Object(body)))
    }
}

/// `{"<key>": [{"id": ...}, ...]}`, refusing an empty list or an empty id
/// (`what` names the argument in the error).
pub(crate) fn id_list_body(key: &str, what: &str, ids: &[String]) -> Result<Body> {
    check_ids(what, ids, false)?;
    Ok(Body::json(JSON, &json!({ key: id_objects(ids) })))
}

/// `[{"id": ...}, ...]`: how the IAM API takes a list of resources.
pub(crate) fn id_objects(ids: &[String]) -> Vec<Value> {
    ids.iter().map(|id| json!({ "id": id })).collect()
}

/// Refuses an empty id; an empty list too unless `may_be_empty`.
pub(crate) fn check_ids(what: &str, ids: &[String], may_be_empty: bool) -> Result<()> {
    if ids.is_empty() && !may_be_empty {
        return Err(Error::invalid(format!("{what} must name at least one id")));
    }
    if ids.iter().any(|id| id.trim().is_empty()) {
        return Err(Error::invalid(format!("{what} must not hold an empty id")));
    }
    Ok(())
}

/// The members body: users and invitations, each tagged with its `object`.
/// Both lists empty is refused before any request.
pub(crate) fn members_body(user_ids: &[String], invitation_ids: &[String]) -> Result<Body> {
    check_ids("user_ids", user_ids, true)?;
    check_ids("invitation_ids", invitation_ids, true)?;
    if user_ids.is_empty() && invitation_ids.is_empty() {
        return Err(Error::invalid(
            "name at least one member: user_ids and invitation_ids are both empty",
        ));
    }
    let users = user_ids
        .iter()
        .map(|id| json!({"id": id, "object": "user"}));
    let invitations = invitation_ids
        .iter()
        .map(|id| json!({"id": id, "object": "invitation"}));
    let members: Vec<Value> = users.chain(invitations).collect();
    Ok(Body::json(JSON, &json!({ "members": members })))
}
