use super::lenient::model;

model! {
    /// An IAM permission: one thing a role allows.
    pub struct Permission {
        /// The permission's id.
        pub id: Option<String>,
        /// The type of the object (`permission`).
        pub object: Option<String>,
        /// The permission's name.
        pub name: Option<String>,
        /// What the permission allows.
        pub description: Option<String>,
        /// The kind of resource it applies to.
        pub resource_name: Option<String>,
        /// A description of that resource.
        pub resource_description: Option<String>,
        /// `account` or `service` (others kept as sent).
        pub scope: Option<String>,
    }
}
