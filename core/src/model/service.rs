use serde::{Deserialize, Deserializer};
use serde_json::Value;

use super::lenient::{model, Object};
use super::Timestamp;

model! {
    custom_deserialize
    /// A service, as a service group lists it (an automation token's list
    /// names each service by its id alone: a bare id string reads as a
    /// service with only its `id`).
    pub struct Service {
        /// The service's id.
        pub id: Option<String>,
        /// The service's name.
        pub name: Option<String>,
        /// The service's type (`vcl` or `wasm`, others kept as sent).
        pub service_type: Option<String> = "type",
        /// When the service was created.
        pub created_at: Option<Timestamp>,
        /// When the service was last updated.
        pub updated_at: Option<Timestamp>,
    }
}

impl<'de> Deserialize<'de> for Service {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match Value::deserialize(deserializer)? {
            Value::String(id) => Ok(Service {
                id: Some(id),
                ..Service::default()
            }),
            Value::Object(object) => Ok(Service::from_object(object)),
            other => Ok(Service::from_object(Object::from_iter([(
                "id".to_owned(),
                other,
            )]))),
        }
    }
}
