use serde_json::Value;

use super::lenient::{model, Field};

model! {
    /// An IAM permission: one thing a role allows.
    pub struct Permission {
        /// The permission's id.
        pub id: Option<String>,
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

impl Field for Vec<Permission> {
    /// A list of permission objects; a bare string names a permission.
    fn from_json(value: &Value) -> Option<Self> {
        value
            .as_array()?
            .iter()
            .map(|item| match item {
                Value::Object(object) => Some(Permission::from_object(object.clone())),
                Value::String(name) => Some(Permission {
                    name: Some(name.clone()),
                    ..Permission::default()
                }),
                _ => None,
            })
            .collect()
    }
}
