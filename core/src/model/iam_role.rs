use super::lenient::model;
use super::{Permission, Timestamp};

model! {
    /// A role of the current IAM API (`/iam/v1/roles`).
    pub struct IamRole {
        /// The role's id.
        pub id: Option<String>,
        /// The role's name (a key such as `engineer`).
        pub name: Option<String>,
        /// The role's name for people.
        pub display_name: Option<String>,
        /// What the role is for.
        pub description: Option<String>,
        /// The permissions the role grants, when asked for (`include_permissions`).
        pub permissions: Option<Vec<Permission>>,
        /// When the role was created.
        pub created_at: Option<Timestamp>,
        /// When the role was last updated.
        pub updated_at: Option<Timestamp>,
    }
}
