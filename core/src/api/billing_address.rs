//! A customer's billing address (`/customer/{id}/billing_address`,
//! JSON:API both ways; fastly-py's `BillingAddressApi`).

use reqwest::Method;
use serde_json::{json, Map, Value};

use crate::error::Error;
use crate::model::BillingAddress;
use crate::transport::{id_segment, Body, Request, JSON_API};

/// The billing address's path (`/customer/{customer_id}/billing_address`).
const BILLING_ADDRESS: &str = "/customer/{customer_id}/billing_address";

options! {
    /// The fields of [`Client::add_billing_address`](crate::Client::add_billing_address):
    /// `address_1`, `city` and `country` are required, the rest sent only
    /// when set.
    pub struct BillingAddressOptions {
        /// The first address line (required).
        address_1: String => into(impl Into<String>) required,
        /// The city (required).
        city: String => into(impl Into<String>) required,
        /// The ISO 3166-1 two-letter country code, in capitals (required;
        /// such as `US`).
        country: String => into(impl Into<String>) required,
        /// The second address line.
        address_2: String => into(impl Into<String>),
        /// The state or province.
        state: String => into(impl Into<String>),
        /// Another locality (a district, a county).
        locality: String => into(impl Into<String>),
        /// The postal code (ZIP code for US addresses).
        postal_code: String => into(impl Into<String>),
        /// Whether the API saves the address without verifying it (it
        /// verifies it when not set).
        skip_verification: bool => into(bool),
    }
}

options! {
    /// The fields of [`Client::update_billing_address`](crate::Client::update_billing_address):
    /// only the fields set are changed, and at least one must be.
    pub struct BillingAddressUpdateOptions {
        /// The first address line.
        address_1: String => into(impl Into<String>),
        /// The city.
        city: String => into(impl Into<String>),
        /// The ISO 3166-1 two-letter country code, in capitals (such as `US`).
        country: String => into(impl Into<String>),
        /// The second address line.
        address_2: String => into(impl Into<String>),
        /// The state or province.
        state: String => into(impl Into<String>),
        /// Another locality (a district, a county).
        locality: String => into(impl Into<String>),
        /// The postal code (ZIP code for US addresses).
        postal_code: String => into(impl Into<String>),
        /// Whether the API saves the address without verifying it (it
        /// verifies it when not set).
        skip_verification: bool => into(bool),
    }
}

/// The address fields of either options struct, named as the API names
/// them, in the order fastly-py's `BillingAddressAttributes` lists them.
macro_rules! address_fields {
    ($options:expr) => {
        [
            ("address_1", &$options.address_1),
            ("address_2", &$options.address_2),
            ("city", &$options.city),
            ("state", &$options.state),
            ("locality", &$options.locality),
            ("postal_code", &$options.postal_code),
            ("country", &$options.country),
        ]
    };
}

/// A billing address body (JSON:API, as fastly-py's `BillingAddressRequest`
/// and `UpdateBillingAddressRequest` write it): the attributes set, checked
/// (none blank, `country` two capital letters, fastly-py's `^[A-Z]{2}$`),
/// and `skip_verification` beside `data` when set.
fn billing_address_body(
    fields: [(&str, &Option<String>); 7],
    skip_verification: Option<bool>,
) -> crate::Result<Value> {
    super::check_not_blank(&fields)?;
    let mut attributes = Map::new();
    for (name, value) in fields {
        if let Some(value) = value {
            if name == "country"
                && (value.len() != 2 || !value.chars().all(|c| c.is_ascii_uppercase()))
            {
                return Err(Error::invalid(format!(
                    "country {value:?} is not a two-letter ISO 3166-1 code in capitals"
                )));
            }
            attributes.insert(name.into(), json!(value));
        }
    }
    let mut body = Map::new();
    if let Some(skip) = skip_verification {
        body.insert("skip_verification".into(), json!(skip));
    }
    body.insert(
        "data".into(),
        json!({"type": "billing_address", "attributes": attributes}),
    );
    Ok(Value::Object(body))
}

/// The billing address request for a customer id.
fn billing_address_request(method: Method, customer_id: &str) -> crate::Result<Request> {
    let id = id_segment("customer_id", customer_id)?;
    Ok(Request::new(
        method,
        BILLING_ADDRESS,
        format!("/customer/{id}/billing_address"),
    )
    .accept(JSON_API))
}

operations! {
    /// `getBillingAddress` (fastly-py: `get_billing_addr`): a customer's billing address.
    ///
    /// # Parameters
    /// - `customer_id`: the customer's id (a blank one is refused before any
    ///   request).
    ///
    /// # Returns
    /// The billing address.
    ///
    /// # Errors
    /// - `NotFound`: the customer has no billing address, no customer has that
    ///   id, or the token cannot see it.
    /// - `InvalidArgument`: `customer_id` is blank, `.`, `..` or over 8 KiB
    ///   once percent-encoded (no request is sent).
    pub async fn get_billing_address(&self, customer_id: &str) -> Result<BillingAddress> {
        let request = billing_address_request(Method::GET, customer_id)?;
        self.transport().send(request).await
    }

    /// `addBillingAddress` (fastly-py: `add_billing_addr`): gives a customer a billing address (POST, JSON:API).
    /// Not retried once sent: a retry could add it twice.
    ///
    /// # Parameters
    /// - `customer_id`: the customer's id (a blank one is refused before any
    ///   request).
    /// - `options`: the address: `address_1`, `city` and `country` required,
    ///   the other fields sent when set.
    ///
    /// # Returns
    /// The new billing address.
    ///
    /// # Errors
    /// - `InvalidArgument`: `address_1`, `city` or `country` is missing, a
    ///   field is blank, `country` is not two capital letters, or
    ///   `customer_id` is not an id (no request is sent).
    /// - `BadRequest`: the API could not verify the address (its message may
    ///   suggest corrections; `skip_verification` saves it unverified), or
    ///   the customer already has one.
    /// - `NotFound`: no customer has that id, or the token cannot see it.
    pub async fn add_billing_address(
        &self,
        customer_id: &str,
        options: &BillingAddressOptions,
    ) -> Result<BillingAddress> {
        for (name, value) in [
            ("address_1", &options.address_1),
            ("city", &options.city),
            ("country", &options.country),
        ] {
            if value.is_none() {
                return Err(Error::invalid(format!("{name} is required")));
            }
        }
        let body = billing_address_body(address_fields!(options), options.skip_verification)?;
        let request = billing_address_request(Method::POST, customer_id)?
            .body(Body::json(JSON_API, &body));
        self.transport().send(request).await
    }

    /// `updateBillingAddress` (fastly-py: `update_billing_addr`): changes part of a customer's billing address
    /// (PATCH, JSON:API); only the fields set are sent, and at least one
    /// address field must be.
    ///
    /// # Parameters
    /// - `customer_id`: the customer's id (a blank one is refused before any
    ///   request).
    /// - `options`: the fields to change.
    ///
    /// # Returns
    /// The billing address as changed.
    ///
    /// # Errors
    /// - `InvalidArgument`: no address field is set, a field is blank,
    ///   `country` is not two capital letters, or `customer_id` is not an id
    ///   (no request is sent).
    /// - `BadRequest`: the API could not verify the address as changed.
    /// - `NotFound`: the customer has no billing address, no customer has that
    ///   id, or the token cannot see it.
    pub async fn update_billing_address(
        &self,
        customer_id: &str,
        options: &BillingAddressUpdateOptions,
    ) -> Result<BillingAddress> {
        let fields = address_fields!(options);
        if fields.iter().all(|(_, value)| value.is_none()) {
            return Err(Error::invalid(
                "nothing to update: set at least one of address_1, address_2, city, state, \
                 locality, postal_code, country",
            ));
        }
        let body = billing_address_body(fields, options.skip_verification)?;
        let request = billing_address_request(Method::PATCH, customer_id)?
            .body(Body::json(JSON_API, &body));
        self.transport().send(request).await
    }

    /// `deleteBillingAddress` (fastly-py: `delete_billing_addr`): removes a customer's billing address.
    ///
    /// # Parameters
    /// - `customer_id`: the customer's id (a blank one is refused before any
    ///   request).
    ///
    /// # Returns
    /// Nothing: the address is removed (the API answers 204).
    ///
    /// # Errors
    /// - `NotFound`: the customer has no billing address, no customer has that
    ///   id, or the token cannot see it.
    /// - `InvalidArgument`: `customer_id` is blank, `.`, `..` or over 8 KiB
    ///   once percent-encoded (no request is sent).
    pub async fn delete_billing_address(&self, customer_id: &str) -> Result<()> {
        let request = billing_address_request(Method::DELETE, customer_id)?;
        self.transport().send_no_content(request).await
    }
}
