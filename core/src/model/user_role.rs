use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::Error;

/// A user's role on the account.
///
/// The spec lists four; the real API also answers with others (for example
/// `tls_viewer`), which decode as [`UserRole::Other`] instead of failing.
/// Only the four known roles may be *sent*: operations refuse `Other` before
/// any request.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum UserRole {
    /// `user`: read-only access.
    User,
    /// `billing`: billing access.
    Billing,
    /// `engineer`: configuration access.
    Engineer,
    /// `superuser`: full access.
    Superuser,
    /// A role this client does not know, kept as the API spelled it.
    Other(String),
}

impl UserRole {
    /// The roles the API accepts in requests.
    pub const KNOWN: [UserRole; 4] = [
        UserRole::User,
        UserRole::Billing,
        UserRole::Engineer,
        UserRole::Superuser,
    ];

    /// The role as the API spells it.
    pub fn as_str(&self) -> &str {
        match self {
            UserRole::User => "user",
            UserRole::Billing => "billing",
            UserRole::Engineer => "engineer",
            UserRole::Superuser => "superuser",
            UserRole::Other(other) => other,
        }
    }

    /// Maps any string; unknown ones become [`UserRole::Other`].
    pub fn parse_lenient(value: &str) -> Self {
        match value {
            "user" => UserRole::User,
            "billing" => UserRole::Billing,
            "engineer" => UserRole::Engineer,
            "superuser" => UserRole::Superuser,
            other => UserRole::Other(other.to_string()),
        }
    }

    /// The role itself if the API accepts it in a request, else `InvalidArgument`.
    pub(crate) fn for_request(&self) -> Result<&str, Error> {
        match self {
            UserRole::Other(other) => Err(Error::invalid(format!(
                "unknown role {other:?}: expected one of user, billing, engineer, superuser"
            ))),
            known => Ok(known.as_str()),
        }
    }
}

impl FromStr for UserRole {
    type Err = Error;

    /// Parses one of the four roles the API accepts; anything else is `InvalidArgument`.
    fn from_str(value: &str) -> Result<Self, Error> {
        let role = UserRole::parse_lenient(value);
        role.for_request()?;
        Ok(role)
    }
}

impl fmt::Display for UserRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Serialize for UserRole {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for UserRole {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = String::deserialize(deserializer)?;
        Ok(UserRole::parse_lenient(&value))
    }
}
