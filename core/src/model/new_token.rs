use serde::{Deserialize, Deserializer};

use super::lenient::{model, Object};
use super::{Timestamp, TokenSecret};

model! {
    custom_deserialize
    /// An API token just created by logging in (`create_token`): the only
    /// value that carries the token's secret.
    pub struct NewToken {
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
        /// The token's scopes, space-separated (e.g. `global purge_all`).
        pub scope: Option<String>,
        /// When the token was created.
        pub created_at: Option<Timestamp>,
        /// When the token expires (`None`: never).
        pub expires_at: Option<Timestamp>,
        /// The token's secret, to send as `Fastly-Key`: shown this once, never
        /// printed (see `TokenSecret`).
        pub secret: Option<TokenSecret>,
    }
}

impl<'de> Deserialize<'de> for NewToken {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut object = Object::deserialize(deserializer)?;
        secret_as_secret(&mut object);
        Ok(NewToken::from_object(object))
    }
}

/// The API's `access_token` (a new token's secret) read as `secret`, the
/// name that says what it is; never kept in `extra`.
pub(crate) fn secret_as_secret(object: &mut Object) {
    if let Some(secret) = object.remove("access_token") {
        object.insert("secret".to_owned(), secret);
    }
}

model! {
    /// Sudo mode, as `request_sudo_access` answers: until when the token may
    /// make the calls that need it (creating automation tokens).
    pub struct SudoAccess {
        /// When sudo mode ends (five minutes after the request by default).
        pub expiry_time: Option<Timestamp>,
    }
}
