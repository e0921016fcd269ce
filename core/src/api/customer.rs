//! Customer: read and update the account.

use reqwest::Method;

use crate::error::Result;
use crate::model::Customer;
use crate::transport::{id_segment, Body, Request};
use crate::Client;

/// Fields of [`Client::update_customer`]; `None` leaves a field unchanged.
/// At least one field must be set: an update with nothing to change is
/// refused before any request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct UpdateCustomerOptions {
    /// The account's new name.
    pub name: Option<String>,
}

impl UpdateCustomerOptions {
    /// No changes yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the account's new name.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }
}

impl Client {
    /// `getCurrentCustomer`: the customer the token belongs to.
    pub async fn get_current_customer(&self) -> Result<Customer> {
        let request = Request::new(Method::GET, "/current_customer", "/current_customer".into());
        self.transport().send(request).await
    }

    /// `getCustomer`: one customer by id.
    pub async fn get_customer(&self, customer_id: &str) -> Result<Customer> {
        let id = id_segment("customer_id", customer_id)?;
        let request = Request::new(
            Method::GET,
            "/customer/{customer_id}",
            format!("/customer/{id}"),
        );
        self.transport().send(request).await
    }

    /// `updateCustomer`: changes the customer's fields (PUT, form-encoded);
    /// only the fields set in `options` are sent, and at least one must be.
    pub async fn update_customer(
        &self,
        customer_id: &str,
        options: &UpdateCustomerOptions,
    ) -> Result<Customer> {
        let id = id_segment("customer_id", customer_id)?;
        let body = Body::form(&[("name", options.name.as_deref())])?;
        let request = Request::new(
            Method::PUT,
            "/customer/{customer_id}",
            format!("/customer/{id}"),
        )
        .body(body);
        self.transport().send(request).await
    }
}
