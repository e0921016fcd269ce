use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::error::Error;

/// A user's role on the account.
///
/// The live API knows six roles, and all six may be sent. A role this client
/// does not know decodes as [`UserRole::Other`], kept as the API spelled it,
/// instead of failing; operations refuse to *send* `Other` (a typo would
/// otherwise reach the API). New roles may be added in a minor release: the
/// enum is `#[non_exhaustive]`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum UserRole {
    /// `user`: read-only access.
    User,
    /// `tls_viewer`: can view TLS configuration.
    TlsViewer,
    /// `tls_admin`: can manage TLS configuration.
    TlsAdmin,
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
    pub const KNOWN: [UserRole; 6] = [
        UserRole::User,
        UserRole::TlsViewer,
        UserRole::TlsAdmin,
        UserRole::Billing,
        UserRole::Engineer,
        UserRole::Superuser,
    ];

    /// The role as the API spells it.
    pub fn as_str(&self) -> &str {
        match self {
            UserRole::User => "user",
            UserRole::TlsViewer => "tls_viewer",
            UserRole::TlsAdmin => "tls_admin",
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
            "tls_viewer" => UserRole::TlsViewer,
            "tls_admin" => UserRole::TlsAdmin,
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
                "unknown role {other:?}: expected one of user, tls_viewer, tls_admin, billing, engineer, superuser"
            ))),
            known => Ok(known.as_str()),
        }
    }
}

impl FromStr for UserRole {
    type Err = Error;

    /// Parses one of the six roles the API accepts; anything else is `InvalidArgument`.
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
