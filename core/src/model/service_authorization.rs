use super::jsonapi::jsonapi_model;
use super::lenient::model;
use super::Timestamp;

model! {
    custom_deserialize
    /// A user's permission on one service, flattened from the API's JSON:API
    /// resource: its `user` and `service` relationships become `user_id` and
    /// `service_id`.
    pub struct ServiceAuthorization {
        /// The authorization's id.
        pub id: Option<String>,
        /// What the user may do on the service: `full`, `read_only`,
        /// `purge_select` or `purge_all` (another value kept as sent).
        pub permission: Option<String>,
        /// Id of the user given access (its `user` relationship).
        pub user_id: Option<String>,
        /// Id of the service (its `service` relationship).
        pub service_id: Option<String>,
        /// When the authorization was created.
        pub created_at: Option<Timestamp>,
        /// When the authorization was last updated.
        pub updated_at: Option<Timestamp>,
        /// When the authorization was deleted, if it was.
        pub deleted_at: Option<Timestamp>,
    }
}

jsonapi_model!(ServiceAuthorization, "service_authorization");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_recorded_resource() {
        // go-fastly's recording (fixtures/service_authorizations/create.yaml).
        let live = r#"{"data":{"id":"6lxMq0qXIaSCLqrch0azvx","type":"service_authorization","attributes":{"created_at":"2022-06-22T18:07:20Z","updated_at":"2022-06-22T18:07:20Z","deleted_at":null,"permission":"full"},"relationships":{"service":{"data":{"id":"kKJb5bOFI47uHeBVluGfX1","type":"service"}},"user":{"data":{"id":"1pnpEMCscfjqgvH7Qofda6","type":"user"}}}}}"#;
        let auth: ServiceAuthorization = serde_json::from_str(live).unwrap();
        assert_eq!(auth.id.as_deref(), Some("6lxMq0qXIaSCLqrch0azvx"));
        assert_eq!(auth.permission.as_deref(), Some("full"));
        assert_eq!(auth.service_id.as_deref(), Some("kKJb5bOFI47uHeBVluGfX1"));
        assert_eq!(auth.user_id.as_deref(), Some("1pnpEMCscfjqgvH7Qofda6"));
        assert!(auth.created_at.is_some());
        assert!(auth.extra.is_empty(), "{:?}", auth.extra);
    }
}
