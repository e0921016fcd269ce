//! Customer addresses: the account's billing and tax addresses
//! (`/billing/v3/customer-addresses`, JSON both ways).

use reqwest::Method;
use serde_json::{json, Map, Value};

use crate::error::Error;
use crate::model::CustomerAddress;
use crate::pagination::ListBody;
use crate::transport::{id_segment, Body, Request, JSON};

/// The kinds of address the API keeps (fastly-py's `CustomerAddress.type`
/// pattern `^(tax|billing)$`).
pub const ADDRESS_TYPES: [&str; 2] = ["billing", "tax"];

options! {
    /// The fields of [`Client::create_customer_address`](crate::Client::create_customer_address)
    /// and [`Client::update_customer_address`](crate::Client::update_customer_address);
    /// only the fields set are sent.
    pub struct CustomerAddressOptions {
        /// The street number and name.
        address_1: String => into(impl Into<String>),
        /// An additional line: unit number, P.O. box.
        address_2: String => into(impl Into<String>),
        /// The city, town or locality.
        locality: String => into(impl Into<String>),
        /// The state, province or region.
        region: String => into(impl Into<String>),
        /// The ISO 3166-1 alpha-2 country code (two letters, such as `US`).
        country: String => into(impl Into<String>),
        /// The postal or ZIP code.
        postal_code: String => into(impl Into<String>),
    }
}

impl CustomerAddressOptions {
    /// The JSON body: `type` and every field set, checked: the type is one
    /// of [`ADDRESS_TYPES`], no field is blank, the country is two letters.
    fn body(&self, address_type: &str) -> crate::Result<Value> {
        super::check_one_of("address_type", address_type, &ADDRESS_TYPES)?;
        let mut body = Map::new();
        body.insert("type".into(), json!(address_type));
        let fields = [
            ("address_1", &self.address_1),
            ("address_2", &self.address_2),
            ("locality", &self.locality),
            ("region", &self.region),
            ("country", &self.country),
            ("postal_code", &self.postal_code),
        ];
        super::check_not_blank(&fields)?;
        for (name, value) in fields {
            if let Some(value) = value {
                body.insert(name.into(), json!(value));
            }
        }
        if let Some(country) = &self.country {
            if country.len() != 2 || !country.chars().all(|c| c.is_ascii_alphabetic()) {
                return Err(Error::invalid(format!(
                    "country {country:?} is not a two-letter ISO 3166-1 code"
                )));
            }
        }
        Ok(Value::Object(body))
    }
}

operations! {
    /// `listCustomerAddresses`: the account's billing and tax addresses.
    ///
    /// # Returns
    /// Every address the account has (not paged; none when it has none).
    ///
    /// # Errors
    /// - `NotFound`: the account has no address record.
    pub async fn list_customer_addresses(&self) -> Result<Vec<CustomerAddress>> {
        let path = "/billing/v3/customer-addresses";
        let request = Request::new(Method::GET, path, path.into());
        let list: ListBody<CustomerAddress> = self.transport().send(request).await?;
        Ok(list.into_vec())
    }

    /// `createCustomerAddress`: adds the account's billing or tax address
    /// (POST, JSON). Not retried once sent: a retry could add it twice.
    ///
    /// # Parameters
    /// - `address_type`: which address: `billing` or `tax`.
    /// - `options`: the address's fields; only the ones set are sent.
    ///
    /// # Returns
    /// The new address as the API answers it: its `id` (the API does not
    /// echo the other fields).
    ///
    /// # Errors
    /// - `InvalidArgument`: `address_type` is not `billing` or `tax`, a
    ///   field is blank, or `country` is not two letters (no request is
    ///   sent).
    /// - `BadRequest`: the API refused the address (for example, the
    ///   account already has one of that type).
    pub async fn create_customer_address(
        &self,
        address_type: &str,
        options: &CustomerAddressOptions,
    ) -> Result<CustomerAddress> {
        let body = options.body(address_type)?;
        let path = "/billing/v3/customer-addresses";
        let request =
            Request::new(Method::POST, path, path.into()).body(Body::json(JSON, &body));
        self.transport().send(request).await
    }

    /// `updateCustomerAddress`: changes the account's billing or tax address
    /// (PUT, JSON); only the fields set are sent, and at least one must be.
    ///
    /// # Parameters
    /// - `address_type`: which address: `billing` or `tax`.
    /// - `options`: the fields to change.
    ///
    /// # Returns
    /// Nothing: the API accepts the change (202).
    ///
    /// # Errors
    /// - `InvalidArgument`: `address_type` is not `billing` or `tax`, no
    ///   field is set, a field is blank, or `country` is not two letters (no
    ///   request is sent).
    /// - `NotFound`: the account has no address of that type.
    /// - `BadRequest`: the API refused the address.
    pub async fn update_customer_address(
        &self,
        address_type: &str,
        options: &CustomerAddressOptions,
    ) -> Result<()> {
        let body = options.body(address_type)?;
        if body.as_object().is_some_and(|fields| fields.len() < 2) {
            return Err(Error::invalid(
                "nothing to update: set at least one of address_1, address_2, locality, \
                 region, country, postal_code",
            ));
        }
        let segment = id_segment("address_type", address_type)?;
        let request = Request::new(
            Method::PUT,
            "/billing/v3/customer-addresses/{type}",
            format!("/billing/v3/customer-addresses/{segment}"),
        )
        .body(Body::json(JSON, &body));
        self.transport().send_no_content(request).await
    }
}
