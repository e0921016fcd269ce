use serde::{Deserialize, Serialize};

use super::Timestamp;

/// A customer account: it owns services and users.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct Customer {
    /// The customer's id.
    pub id: Option<String>,
    /// The account's name.
    pub name: Option<String>,
    /// Id of the user who owns the account.
    pub owner_id: Option<String>,
    /// The pricing plan.
    pub pricing_plan: Option<String>,
    /// Whether the customer can configure WordPress.
    pub can_configure_wordpress: Option<bool>,
    /// Id of the legal contact.
    pub legal_contact_id: Option<String>,
    /// Id of the technical contact.
    pub technical_contact_id: Option<String>,
    /// Id of the security contact.
    pub security_contact_id: Option<String>,
    /// When the account was created.
    pub created_at: Option<Timestamp>,
    /// When the account was last updated.
    pub updated_at: Option<Timestamp>,
}
