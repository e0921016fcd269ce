use serde::{Deserialize, Deserializer};

use super::lenient::{model, Object};
use super::Timestamp;

model! {
    custom_deserialize
    /// An API token's description. The token's secret is never part of it:
    /// an `access_token` member (the API sends one only when a token is
    /// created) is dropped while decoding, so it can never be printed.
    pub struct Token {
        /// The token's id.
        pub id: Option<String>,
        /// The token's name.
        pub name: Option<String>,
        /// Id of the user the token belongs to.
        pub user_id: Option<String>,
        /// Id of the customer the token belongs to.
        pub customer_id: Option<String>,
        /// Ids of the services the token is limited to (empty or `None`: all).
        pub services: Option<Vec<String>>,
        /// The token's scopes, space-separated as sent (e.g. `global purge_all`).
        pub scope: Option<String>,
        /// When the token was created.
        pub created_at: Option<Timestamp>,
        /// When the token was last updated.
        pub updated_at: Option<Timestamp>,
        /// When the token was deleted (revoked), if it was.
        pub deleted_at: Option<Timestamp>,
        /// When the token was last used (`None`: never, or not said).
        pub last_used_at: Option<Timestamp>,
        /// When the token expires (`None`: never, or not said).
        pub expires_at: Option<Timestamp>,
        /// The IP address of the last client that used the token.
        pub ip: Option<String>,
        /// The user agent of the last client that used the token.
        pub user_agent: Option<String>,
    }
}

impl<'de> Deserialize<'de> for Token {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut object = Object::deserialize(deserializer)?;
        object.remove("access_token");
        Ok(Token::from_object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_secret_never_survives_decoding() {
        let token: Token = serde_json::from_str(
            r#"{"id":"t1","access_token":"s3cr3t-value","scope":"global purge_all","services":["svc"],"expires_at":null}"#,
        )
        .unwrap();
        assert_eq!(token.scope.as_deref(), Some("global purge_all"));
        assert!(!format!("{token:?}").contains("s3cr3t"));
        assert!(!serde_json::to_string(&token).unwrap().contains("s3cr3t"));
    }

    #[test]
    fn the_official_models_timestamps_are_fields() {
        let token: Token = serde_json::from_str(
            r#"{"id":"t1","updated_at":"2024-01-02T03:04:05Z","deleted_at":"2024-02-03T04:05:06Z"}"#,
        )
        .unwrap();
        assert!(token.updated_at.is_some() && token.deleted_at.is_some());
        assert!(token.extra.is_empty(), "{:?}", token.extra);
    }
}
