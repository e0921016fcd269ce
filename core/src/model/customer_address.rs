use super::lenient::model;

model! {
    /// A postal address of the customer account, for billing or for tax
    /// (`/billing/v3/customer-addresses`).
    pub struct CustomerAddress {
        /// The address's id, when the API gives one (it answers a creation
        /// with the new address's id only).
        pub id: Option<String>,
        /// What the address is for: `billing` or `tax` (others kept as sent).
        pub address_type: Option<String> = "type",
        /// The street number and name.
        pub address_1: Option<String>,
        /// An additional line: unit number, P.O. box.
        pub address_2: Option<String>,
        /// The city, town or locality.
        pub locality: Option<String>,
        /// The state, province or region.
        pub region: Option<String>,
        /// The ISO 3166-1 alpha-2 country code (`US`, `CA`, `NZ`).
        pub country: Option<String>,
        /// The postal or ZIP code.
        pub postal_code: Option<String>,
    }
}
