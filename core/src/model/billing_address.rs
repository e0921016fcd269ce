use super::jsonapi::jsonapi_model;
use super::lenient::model;
use super::Timestamp;

model! {
    custom_deserialize
    /// A customer's billing address, flattened from the API's JSON:API
    /// resource (`/customer/{id}/billing_address`).
    pub struct BillingAddress {
        /// The address's id.
        pub id: Option<String>,
        /// The first address line.
        pub address_1: Option<String>,
        /// The second address line.
        pub address_2: Option<String>,
        /// The city.
        pub city: Option<String>,
        /// The state or province.
        pub state: Option<String>,
        /// Another locality (a district, a county).
        pub locality: Option<String>,
        /// The postal code (ZIP code for US addresses).
        pub postal_code: Option<String>,
        /// The ISO 3166-1 two-letter country code.
        pub country: Option<String>,
        /// Id of the customer (its `customer` relationship, or the attribute).
        pub customer_id: Option<String>,
        /// When the address was created, if the API says.
        pub created_at: Option<Timestamp>,
        /// When the address was last updated, if the API says.
        pub updated_at: Option<Timestamp>,
    }
}

jsonapi_model!(BillingAddress, "billing_address");
