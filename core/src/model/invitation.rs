use serde::{Deserialize, Deserializer};
use serde_json::Value;

use super::lenient::{model, Object};
use super::{Timestamp, UserRole};

model! {
    custom_deserialize
    /// An invitation to join the account, flattened from the API's JSON:API
    /// resource (`{"id", "type", "attributes": {...}, "relationships": {...}}`,
    /// with or without a `{"data": ...}` wrapper): the attributes become
    /// fields, the customer relationship becomes `customer_id`.
    pub struct Invitation {
        /// The invitation's id.
        pub id: Option<String>,
        /// The invited email address.
        pub email: Option<String>,
        /// The role the invitee will get.
        pub role: Option<UserRole>,
        /// The roles the invitee will get, when the API lists them.
        pub roles: Option<Vec<String>>,
        /// Whether the invitee's access will be limited to specific services.
        pub limit_services: Option<bool>,
        /// The invitation's state as the live API reports it: `0` inactive,
        /// `1` active (other values kept as sent).
        pub status_code: Option<i64>,
        /// The invitation's state in the seed spec's words (`pending`,
        /// `accepted`, `expired`); the live API sends `status_code` instead.
        pub status: Option<String>,
        /// Id of the customer the invitation is for (its `customer` relationship).
        pub customer_id: Option<String>,
        /// Ids of the per-service invitations (its `service_invitations` relationship).
        pub service_invitation_ids: Option<Vec<String>>,
        /// When the invitation was created.
        pub created_at: Option<Timestamp>,
        /// When the invitation was last updated.
        pub updated_at: Option<Timestamp>,
        /// When the invitation was deleted, if it was.
        pub deleted_at: Option<Timestamp>,
    }
}

impl<'de> Deserialize<'de> for Invitation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut object = Object::deserialize(deserializer)?;
        // `{"data": {...}}`, unless `data` is an attribute of a bare resource.
        if object.len() == 1 {
            if let Some(Value::Object(data)) = object.remove("data") {
                object = data;
            }
        }
        Ok(Invitation::from_object(flatten_resource(object)))
    }
}

/// A JSON:API resource as one flat object: `attributes` merged in (the
/// resource's own `id` wins), `type` dropped, the `customer` and
/// `service_invitations` relationships turned into `customer_id` and
/// `service_invitation_ids`. Other members stay as they are.
fn flatten_resource(mut resource: Object) -> Object {
    let mut flat = match resource.remove("attributes") {
        Some(Value::Object(attributes)) => attributes,
        Some(other) => Object::from_iter([("attributes".to_owned(), other)]),
        None => Object::new(),
    };
    if let Some(Value::Object(mut relationships)) = resource.remove("relationships") {
        if let Some(id) = relationships
            .get("customer")
            .and_then(|r| r.pointer("/data/id"))
            .cloned()
        {
            relationships.remove("customer");
            flat.entry("customer_id").or_insert(id);
        }
        if let Some(items) = relationships
            .get("service_invitations")
            .and_then(|r| r.pointer("/data"))
            .and_then(Value::as_array)
        {
            let ids: Vec<Value> = items.iter().filter_map(|i| i.get("id").cloned()).collect();
            relationships.remove("service_invitations");
            flat.insert("service_invitation_ids".to_owned(), Value::Array(ids));
        }
        if !relationships.is_empty() {
            flat.insert("relationships".to_owned(), Value::Object(relationships));
        }
    }
    if resource.get("type").and_then(Value::as_str) == Some("invitation") {
        resource.remove("type");
    }
    flat.extend(resource);
    flat
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn live_seed_and_bare_shapes() {
        let live = r#"{"data":{"id":"inv1","type":"invitation","attributes":{
            "email":"a@b.co","role":"tls_admin","roles":["engineer"],"limit_services":true,
            "status_code":1,"created_at":"2024-01-02T03:04:05Z","updated_at":null,
            "deleted_at":null,"new_thing":7},
            "relationships":{"customer":{"data":{"id":"cust1","type":"customer"}},
            "service_invitations":{"data":[{"id":"si1","type":"service_invitation"}]}}}}"#;
        let inv: Invitation = serde_json::from_str(live).unwrap();
        assert_eq!(inv.id.as_deref(), Some("inv1"));
        assert_eq!(inv.role, Some(UserRole::TlsAdmin));
        assert_eq!(inv.roles, Some(vec!["engineer".to_owned()]));
        assert_eq!(inv.limit_services, Some(true));
        assert_eq!(inv.status_code, Some(1));
        assert_eq!(inv.customer_id.as_deref(), Some("cust1"));
        assert_eq!(inv.service_invitation_ids, Some(vec!["si1".to_owned()]));
        assert_eq!(inv.extra.get("new_thing"), Some(&Value::from(7)));
        assert!(!inv.extra.contains_key("type"));

        let seed = r#"{"id":"inv2","type":"invitation","attributes":{"email":"c@d.co",
            "role":"user","status":"pending","created_at":"2024-01-02T03:04:05Z"}}"#;
        let inv: Invitation = serde_json::from_str(seed).unwrap();
        assert_eq!(inv.status.as_deref(), Some("pending"));
        assert_eq!(inv.role, Some(UserRole::User));
        assert!(inv.extra.is_empty(), "{:?}", inv.extra);
    }
}
