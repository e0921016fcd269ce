use serde::{Deserialize, Serialize};

use super::Timestamp;

/// An IAM service group: services gathered for access control.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct ServiceGroup {
    /// The group's id.
    pub id: Option<String>,
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
