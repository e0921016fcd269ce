//! Reading the JSON bodies of the IAM writes beyond the seed (updates and the
//! `{"<list>":[{"id":..},..]}` bodies that add and remove related items). Every
//! error here is a 400 in RFC 7807 form (`application/problem+json`).

use axum::http::StatusCode;
use serde_json::{Map, Value};

use crate::iam::parse_json;
use crate::resources::{MemberKind, MemberRef};
use crate::respond::{self, Reply};
use crate::routes::ApiRequest;

/// 400 in the IAM error shape.
pub(crate) fn bad_request(detail: impl Into<String>) -> Reply {
    respond::problem(StatusCode::BAD_REQUEST, detail)
}

/// 404 in the IAM error shape.
pub(crate) fn not_found(detail: impl Into<String>) -> Reply {
    respond::problem(StatusCode::NOT_FOUND, detail)
}

/// The body as a JSON object: `Content-Type: application/json` and an object,
/// or why not.
pub(crate) fn json_object(req: &ApiRequest) -> Result<Map<String, Value>, String> {
    if !req.has_media_type(respond::JSON) {
        return Err("Content-Type must be application/json".to_owned());
    }
    match parse_json(&req.body)? {
        Value::Object(object) => Ok(object),
        _ => Err("the body must be a JSON object".to_owned()),
    }
}

/// A `name`/`description` update: only the fields present change; `None` means
/// absent, `Some(None)` a description set to null.
#[derive(Debug, Default)]
pub(crate) struct NameUpdate {
    pub name: Option<String>,
    pub description: Option<Option<String>>,
}

impl NameUpdate {
    /// Reads `name` (a non-empty string) and `description` (a string or null);
    /// at least one of them must be there.
    pub(crate) fn read(body: &Map<String, Value>) -> Result<NameUpdate, String> {
        let name = match body.get("name") {
            None => None,
            Some(Value::String(name)) if !name.trim().is_empty() => Some(name.clone()),
            Some(Value::String(_)) => return Err("name must not be empty".to_owned()),
            Some(_) => return Err("name must be a string".to_owned()),
        };
        let description = match body.get("description") {
            None => None,
            Some(Value::Null) => Some(None),
            Some(Value::String(d)) => Some(Some(d.clone())),
            Some(_) => return Err("description must be a string or null".to_owned()),
        };
        if name.is_none() && description.is_none() {
            return Err("nothing to update: give name and/or description".to_owned());
        }
        Ok(NameUpdate { name, description })
    }

    /// Applies the update to a record's name and description.
    pub(crate) fn apply(self, name: &mut String, description: &mut Option<String>) {
        if let Some(new) = self.name {
            *name = new;
        }
        if let Some(new) = self.description {
            *description = new;
        }
    }
}

/// The items of `body[key]`: a non-empty array of objects, each with a non-empty
/// string `id`.
fn ref_items<'a>(body: &'a Map<String, Value>, key: &str) -> Result<&'a [Value], String> {
    let items = match body.get(key) {
        Some(Value::Array(items)) => items,
        Some(_) => return Err(format!("{key} must be an array of objects with an id")),
        None => return Err(format!("{key} is required: [{{\"id\": ...}}, ...]")),
    };
    if items.is_empty() {
        return Err(format!("{key} must not be empty"));
    }
    Ok(items)
}

fn item_id(key: &str, at: usize, item: &Value) -> Result<String, String> {
    let Value::Object(object) = item else {
        return Err(format!("{key}[{at}] must be an object with an id"));
    };
    match object.get("id") {
        Some(Value::String(id)) if !id.is_empty() => Ok(id.clone()),
        _ => Err(format!("{key}[{at}].id must be a non-empty string")),
    }
}

/// The ids of `{"<key>":[{"id":".."},..]}` (services, roles, service_groups,
/// permissions), in order.
pub(crate) fn id_refs(body: &Map<String, Value>, key: &str) -> Result<Vec<String>, String> {
    ref_items(body, key)?
        .iter()
        .enumerate()
        .map(|(at, item)| item_id(key, at, item))
        .collect()
}

/// The members of `{"members":[{"id":"..","object":"user"|"invitation"},..]}`.
pub(crate) fn member_refs(body: &Map<String, Value>) -> Result<Vec<MemberRef>, String> {
    ref_items(body, "members")?
        .iter()
        .enumerate()
        .map(|(at, item)| {
            let id = item_id("members", at, item)?;
            let kind = match item.get("object").and_then(Value::as_str) {
                Some("user") => MemberKind::User,
                Some("invitation") => MemberKind::Invitation,
                _ => {
                    return Err(format!(
                        "members[{at}].object must be \"user\" or \"invitation\""
                    ))
                }
            };
            Ok(MemberRef { kind, id })
        })
        .collect()
}

/// Appends the ids not already in `list`, in order (adding twice is harmless).
pub(crate) fn add_ids<T: PartialEq + Clone>(list: &mut Vec<T>, ids: &[T]) {
    for id in ids {
        if !list.contains(id) {
            list.push(id.clone());
        }
    }
}

/// Removes every id of `ids` from `list` (ids not in it are ignored).
pub(crate) fn remove_ids<T: PartialEq>(list: &mut Vec<T>, ids: &[T]) {
    list.retain(|item| !ids.contains(item));
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn object(value: Value) -> Map<String, Value> {
        match value {
            Value::Object(object) => object,
            _ => Map::new(),
        }
    }

    #[test]
    fn reads_id_lists() {
        let body = object(json!({"services": [{"id": "a"}, {"id": "b", "extra": 1}]}));
        assert_eq!(id_refs(&body, "services"), Ok(vec!["a".into(), "b".into()]));
        for bad in [
            json!({}),
            json!({"services": []}),
            json!({"services": ["a"]}),
            json!({"services": [{"id": ""}]}),
            json!({"services": [{"id": 5}]}),
            json!({"services": {"id": "a"}}),
        ] {
            assert!(id_refs(&object(bad.clone()), "services").is_err(), "{bad}");
        }
    }

    #[test]
    fn reads_members() {
        let body = object(json!({"members": [{"id": "u", "object": "user"},
                                             {"id": "i", "object": "invitation"}]}));
        let members = member_refs(&body).expect("members");
        assert_eq!(members[0].kind, MemberKind::User);
        assert_eq!(members[1].kind, MemberKind::Invitation);
        for bad in [
            json!({"members": []}),
            json!({"members": [{"id": "u"}]}),
            json!({"members": [{"id": "u", "object": "group"}]}),
        ] {
            assert!(member_refs(&object(bad.clone())).is_err(), "{bad}");
        }
    }

    #[test]
    fn reads_updates() {
        assert!(NameUpdate::read(&object(json!({}))).is_err());
        assert!(NameUpdate::read(&object(json!({"other": 1}))).is_err());
        assert!(NameUpdate::read(&object(json!({"name": " "}))).is_err());
        assert!(NameUpdate::read(&object(json!({"description": 3}))).is_err());
        let update = NameUpdate::read(&object(json!({"description": null}))).expect("update");
        assert_eq!(update.description, Some(None));
        assert!(update.name.is_none());
    }

    #[test]
    fn adds_and_removes_without_duplicates() {
        let mut list = vec!["a".to_owned()];
        add_ids(&mut list, &["a".to_owned(), "b".to_owned()]);
        assert_eq!(list, ["a", "b"]);
        remove_ids(&mut list, &["a".to_owned(), "z".to_owned()]);
        assert_eq!(list, ["b"]);
    }
}
