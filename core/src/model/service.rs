use super::lenient::model;
use super::Timestamp;

model! {
    /// A service, as a service group lists it.
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
