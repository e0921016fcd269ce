use super::jsonapi::jsonapi_model;
use super::lenient::model;
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

jsonapi_model!(Invitation, "invitation");

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
        assert_eq!(
            inv.extra.get("new_thing"),
            Some(&serde_json::Value::from(7))
        );
        assert!(!inv.extra.contains_key("type"));

        let seed = r#"{"id":"inv2","type":"invitation","attributes":{"email":"c@d.co",
            "role":"user","status":"pending","created_at":"2024-01-02T03:04:05Z"}}"#;
        let inv: Invitation = serde_json::from_str(seed).unwrap();
        assert_eq!(inv.status.as_deref(), Some("pending"));
        assert_eq!(inv.role, Some(UserRole::User));
        assert!(inv.extra.is_empty(), "{:?}", inv.extra);
    }
}
