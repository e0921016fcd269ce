use serde::{Deserialize, Deserializer};
use serde_json::Value;

use super::lenient::{model, Object};
use super::{Timestamp, TokenSecret};

model! {
    custom_deserialize
    /// An automation token: a token that belongs to the account rather than
    /// to a person, with a role. Its secret is never part of it (the API's
    /// `access_token` member is dropped while decoding); only
    /// [`NewAutomationToken`] carries it, once.
    pub struct AutomationToken {
        /// The token's id.
        pub id: Option<String>,
        /// The token's name.
        pub name: Option<String>,
        /// The token's role: `billing`, `engineer` or `user` (another value
        /// kept as sent).
        pub role: Option<String>,
        /// The token's scopes, space-separated (`global`, `purge_select`,
        /// `purge_all`, `global:read`); the API's list calls it `scopes`.
        pub scope: Option<String>,
        /// Ids of the services the token is limited to (empty or `None`: all).
        pub services: Option<Vec<String>>,
        /// Whether the token may manage TLS configuration.
        pub tls_access: Option<bool>,
        /// Id of the customer the token belongs to.
        pub customer_id: Option<String>,
        /// Id of the user who created the token, when the API says.
        pub creator_id: Option<String>,
        /// When the token was created.
        pub created_at: Option<Timestamp>,
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

impl<'de> Deserialize<'de> for AutomationToken {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut object = Object::deserialize(deserializer)?;
        object.remove("access_token");
        scopes_as_scope(&mut object);
        Ok(AutomationToken::from_object(object))
    }
}

/// The list's `scopes` (a space-separated string; a list in user tokens'
/// records) read as `scope` when the record has no `scope`.
fn scopes_as_scope(object: &mut Object) {
    if object.get("scope").is_some_and(|s| !s.is_null()) {
        return;
    }
    let scope = match object.get("scopes") {
        Some(Value::String(text)) => text.clone(),
        Some(Value::Array(items)) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(" "),
        _ => return,
    };
    object.remove("scopes");
    object.insert("scope".to_owned(), Value::String(scope));
}

model! {
    custom_deserialize
    /// An automation token just created, as `create_automation_token`
    /// answers: the only value that carries the token's secret.
    pub struct NewAutomationToken {
        /// The token's id.
        pub id: Option<String>,
        /// The token's name.
        pub name: Option<String>,
        /// The token's role: `billing`, `engineer` or `user`.
        pub role: Option<String>,
        /// The token's scopes, space-separated.
        pub scope: Option<String>,
        /// Ids of the services the token is limited to (empty or `None`: all).
        pub services: Option<Vec<String>>,
        /// Whether the token may manage TLS configuration.
        pub tls_access: Option<bool>,
        /// Id of the customer the token belongs to.
        pub customer_id: Option<String>,
        /// When the token was created.
        pub created_at: Option<Timestamp>,
        /// When the token expires (`None`: never).
        pub expires_at: Option<Timestamp>,
        /// The token's secret, to send as `Fastly-Key`: shown this once, never
        /// printed (see `TokenSecret`).
        pub secret: Option<TokenSecret>,
    }
}

impl<'de> Deserialize<'de> for NewAutomationToken {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut object = Object::deserialize(deserializer)?;
        scopes_as_scope(&mut object);
        super::new_token::secret_as_secret(&mut object);
        Ok(NewAutomationToken::from_object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_recorded_list_item_and_create_answer() {
        // go-fastly's recordings (fixtures/automation_tokens/list.yaml, create.yaml).
        let item = r#"{"id":"t1","creator_id":"u1","customer_id":"c1","name":"fastly-exporter","access_token":"","role":"engineer","ip":"116.255.31.196","user_agent":"Fastly-Exporter (9.0.0)","scopes":"global:read","services":[],"service_id":null,"sudo_expires_at":null,"last_used_at":"2025-02-22T03:27:50Z","created_at":"2024-10-15T11:51:55Z","expires_at":null,"tls_access":false}"#;
        let token: AutomationToken = serde_json::from_str(item).unwrap();
        assert_eq!(token.scope.as_deref(), Some("global:read"));
        assert_eq!(token.creator_id.as_deref(), Some("u1"));
        assert!(!token.extra.contains_key("access_token"));

        let created = r#"{"id":"t2","services":["s1"],"name":"my-test-token","role":"engineer","access_token":"s3cr3t-value","scope":"global","ip":"","created_at":"2025-02-25T12:01:39Z","last_used_at":"","expires_at":"","user_agent":"","tls_access":false,"customer_id":"c1"}"#;
        let new: NewAutomationToken = serde_json::from_str(created).unwrap();
        assert_eq!(
            new.secret.as_ref().map(TokenSecret::expose),
            Some("s3cr3t-value")
        );
        assert_eq!(new.expires_at, None);
        assert!(!format!("{new:?}").contains("s3cr3t"));
        assert!(!serde_json::to_string(&new).unwrap().contains("s3cr3t"));
    }
}
