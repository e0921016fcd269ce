use serde::{Deserialize, Deserializer, Serialize};

use super::Timestamp;

/// An invitation to join the account, flattened from the API's JSON:API
/// resource (`{"id", "type", "attributes": {...}}`, with or without a
/// `{"data": ...}` wrapper).
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Invitation {
    /// The invitation's id.
    pub id: Option<String>,
    /// The invited email address.
    pub email: Option<String>,
    /// The role the invitee will get, as the API spelled it.
    pub role: Option<String>,
    /// `pending`, `accepted` or `expired` (other values are kept as sent).
    pub status: Option<String>,
    /// When the invitation was created.
    pub created_at: Option<Timestamp>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Attributes {
    email: Option<String>,
    role: Option<String>,
    status: Option<String>,
    created_at: Option<Timestamp>,
}

#[derive(Deserialize, Default)]
#[serde(default)]
struct Resource {
    id: Option<String>,
    attributes: Option<Attributes>,
}

/// Either `{"data": resource}` or the bare resource.
#[derive(Deserialize)]
#[serde(untagged)]
enum Envelope {
    Wrapped { data: Resource },
    Bare(Resource),
}

impl<'de> Deserialize<'de> for Invitation {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let resource = match Envelope::deserialize(deserializer)? {
            Envelope::Wrapped { data } => data,
            Envelope::Bare(resource) => resource,
        };
        let attributes = resource.attributes.unwrap_or_default();
        Ok(Invitation {
            id: resource.id,
            email: attributes.email,
            role: attributes.role,
            status: attributes.status,
            created_at: attributes.created_at,
        })
    }
}
