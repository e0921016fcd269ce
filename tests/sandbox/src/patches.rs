//! Raw JSON values planted into served records (`POST /__sandbox/patch`), so that
//! clients can be tested against the odd values the live API sends (a zoneless
//! timestamp, `0` for `false`, a missing key's worth of `null`...).

use std::collections::HashMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::resources::Keyed;

/// The kinds of record a patch can address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Resource {
    User,
    Customer,
    Role,
    ServiceGroup,
    UserGroup,
    Invitation,
    Token,
}

impl Resource {
    /// The JSON spelling.
    pub fn name(self) -> &'static str {
        match self {
            Resource::User => "user",
            Resource::Customer => "customer",
            Resource::Role => "role",
            Resource::ServiceGroup => "service_group",
            Resource::UserGroup => "user_group",
            Resource::Invitation => "invitation",
            Resource::Token => "token",
        }
    }

    /// Parses the JSON spelling (`"service_group"`, ...).
    pub fn parse(name: &str) -> Result<Resource, String> {
        serde_json::from_value(Value::String(name.to_owned())).map_err(|_| {
            format!(
                "unknown resource '{name}': expected user, customer, role, service_group, \
                 user_group, invitation or token"
            )
        })
    }
}

/// The body of `POST /__sandbox/patch`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PatchRequest {
    pub resource: Resource,
    pub id: String,
    pub fields: Map<String, Value>,
}

/// Per-record override maps, merged into every serialisation of the record.
#[derive(Debug, Clone, Default)]
pub(crate) struct Patches {
    by_record: HashMap<(Resource, String), Map<String, Value>>,
}

impl Patches {
    /// Adds `fields` to the record's overrides (later patches win key by key).
    pub fn add(&mut self, resource: Resource, id: &str, fields: Map<String, Value>) {
        self.by_record
            .entry((resource, id.to_owned()))
            .or_default()
            .extend(fields);
    }

    fn get(&self, resource: Resource, id: &str) -> Option<&Map<String, Value>> {
        if self.by_record.is_empty() {
            return None;
        }
        self.by_record.get(&(resource, id.to_owned()))
    }

    pub fn any(&self, resource: Resource) -> bool {
        self.by_record.keys().any(|(r, _)| *r == resource)
    }

    /// Merges the record's overrides (if any) into its serialised object.
    pub fn apply(&self, resource: Resource, id: &str, value: &mut Value) {
        if let (Some(fields), Value::Object(object)) = (self.get(resource, id), value) {
            for (key, field) in fields {
                object.insert(key.clone(), field.clone());
            }
        }
    }

    /// `item` serialised, with its overrides.
    pub fn render<T: Serialize>(&self, resource: Resource, id: &str, item: &T) -> Value {
        let mut value = serde_json::to_value(item).unwrap_or(Value::Null);
        self.apply(resource, id, &mut value);
        value
    }

    /// `items` serialised as an array, each with its overrides.
    pub fn render_all<T: Serialize + Keyed>(&self, resource: Resource, items: &[T]) -> Value {
        if !self.any(resource) {
            return serde_json::to_value(items).unwrap_or(Value::Null);
        }
        Value::Array(
            items
                .iter()
                .map(|item| self.render(resource, item.key(), item))
                .collect(),
        )
    }
}
