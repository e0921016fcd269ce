//! Customer: read and update the account.

use reqwest::Method;

use crate::error::Result;
use crate::model::Customer;
use crate::transport::{id_segment, Body, Request};
use crate::Client;

/// Fields of [`Client::update_customer`]; `None` leaves a field unchanged.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UpdateCustomerOptions {
    /// The account's new name.
    pub name: Option<String>,
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

    /// `updateCustomer`: changes the customer's fields (PUT, form-encoded).
    pub async fn update_customer(
        &self,
        customer_id: &str,
        options: &UpdateCustomerOptions,
    ) -> Result<Customer> {
        let id = id_segment("customer_id", customer_id)?;
        let body = Body::form(&[("name", options.name.as_deref())]);
        let request = Request::new(
            Method::PUT,
            "/customer/{customer_id}",
            format!("/customer/{id}"),
        )
        .body(body);
        self.transport().send(request).await
    }
}
