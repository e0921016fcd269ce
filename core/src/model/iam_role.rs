use serde::{Deserialize, Deserializer};
use serde_json::Value;

use super::lenient::{model, Object};
use super::Timestamp;

model! {
    custom_deserialize
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
        /// The names of the permissions the role grants, when asked for
        /// (`include_permissions`), as Fastly's definition gives them
        /// (`IamV1RoleResponse.permissions`: a list of names).
        pub permissions: Option<Vec<String>>,
        /// When the role was created.
        pub created_at: Option<Timestamp>,
        /// When the role was last updated.
        pub updated_at: Option<Timestamp>,
    }
}

impl<'de> Deserialize<'de> for IamRole {
    /// Permissions come as names; a permission sent as an object instead
    /// (`{"name": ..., ...}`) is read as its name.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut object = Object::deserialize(deserializer)?;
        if let Some(Value::Array(items)) = object.get_mut("permissions") {
            for item in items.iter_mut() {
                if let Some(name) = item.get("name").filter(|name| name.is_string()) {
                    *item = name.clone();
                }
            }
        }
        Ok(IamRole::from_object(object))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permissions_are_names_whatever_their_shape() {
        let role: IamRole = serde_json::from_str(
            r#"{"id":"r1","permissions":["read_user",{"name":"write_user","id":"p2"}]}"#,
        )
        .unwrap();
        assert_eq!(
            role.permissions,
            Some(vec!["read_user".to_owned(), "write_user".to_owned()])
        );
    }
}
