use super::lenient::model;
use super::Timestamp;

model! {
    /// An IAM role: a named set of permissions.
    pub struct Role {
        /// The role's id.
        pub id: Option<String>,
        /// The kind of object (`role`), when the API says.
        pub object: Option<String>,
        /// The role's name.
        pub name: Option<String>,
        /// What the role is for.
        pub description: Option<String>,
        /// Whether the account defined this role (as opposed to Fastly).
        pub custom: Option<bool>,
        /// How many permissions the role grants.
        pub permissions_count: Option<i64>,
        /// When the role was created.
        pub created_at: Option<Timestamp>,
        /// When the role was last updated.
        pub updated_at: Option<Timestamp>,
    }
}
