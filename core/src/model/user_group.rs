use super::lenient::model;
use super::Timestamp;

model! {
    /// An IAM user group: users who share roles and service-group access.
    pub struct UserGroup {
        /// The group's id.
        pub id: Option<String>,
        /// The kind of object (`user_group`), when the API says.
        pub object: Option<String>,
        /// The group's name.
        pub name: Option<String>,
        /// What the group is for.
        pub description: Option<String>,
        /// How many users are in the group.
        pub users_count: Option<i64>,
        /// How many invitations are pending for the group.
        pub invitations_count: Option<i64>,
        /// How many roles the group grants.
        pub roles_count: Option<i64>,
        /// How many service groups the group reaches.
        pub service_groups_count: Option<i64>,
        /// When the group was created.
        pub created_at: Option<Timestamp>,
        /// When the group was last updated.
        pub updated_at: Option<Timestamp>,
    }
}
