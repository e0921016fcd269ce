use super::lenient::model;
use super::Timestamp;

model! {
    /// An IAM service group: services gathered for access control.
    pub struct ServiceGroup {
        /// The group's id.
        pub id: Option<String>,
        /// The kind of object (`service_group`), when the API says.
        pub object: Option<String>,
        /// The group's name.
        pub name: Option<String>,
        /// What the group is for.
        pub description: Option<String>,
        /// How many services the group holds.
        pub services_count: Option<i64>,
        /// When the group was created.
        pub created_at: Option<Timestamp>,
        /// When the group was last updated.
        pub updated_at: Option<Timestamp>,
    }
}
