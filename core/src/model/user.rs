use super::lenient::model;
use super::{Timestamp, UserRole};

model! {
    /// A user of a customer account.
    ///
    /// Every field the live API documents (see `docs/real-api.md`); each may be
    /// missing or `null`. Anything else the API sends is in `extra`.
    pub struct User {
        /// The user's id.
        pub id: Option<String>,
        /// The user's login (an email address).
        pub login: Option<String>,
        /// The user's name.
        pub name: Option<String>,
        /// The user's role (an unknown role is kept as [`UserRole::Other`]).
        pub role: Option<UserRole>,
        /// The user's roles, as the API lists them, when it does.
        pub roles: Option<Vec<String>>,
        /// Id of the customer the user belongs to.
        pub customer_id: Option<String>,
        /// Hash of the email, for Gravatar.
        pub email_hash: Option<String>,
        /// Whether two-factor authentication is on.
        pub two_factor_auth_enabled: Option<bool>,
        /// Whether the user still has to set up two-factor authentication.
        pub two_factor_setup_required: Option<bool>,
        /// Whether access is limited to specific services.
        pub limit_services: Option<bool>,
        /// Whether the account is locked.
        pub locked: Option<bool>,
        /// Whether the user must set a new password at next login.
        pub require_new_password: Option<bool>,
        /// When the user was last active.
        pub last_active_at: Option<Timestamp>,
        /// When the user was created.
        pub created_at: Option<Timestamp>,
        /// When the user was last updated.
        pub updated_at: Option<Timestamp>,
        /// When the user was deleted, if they were.
        pub deleted_at: Option<Timestamp>,
    }
}
