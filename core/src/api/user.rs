//! User: the current user, users by id, and a customer's users.

use reqwest::Method;

use crate::error::Result;
use crate::model::{User, UserRole};
use crate::transport::{id_segment, Body, Request};
use crate::Client;

/// Fields of [`Client::update_user`]; `None` leaves a field unchanged.
/// At least one field must be set: an update with nothing to change is
/// refused before any request.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct UpdateUserOptions {
    /// The user's new name.
    pub name: Option<String>,
    /// The user's new role (any of the six roles; `Other` is refused).
    pub role: Option<UserRole>,
}

impl UpdateUserOptions {
    /// No changes yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// Sets the user's new name.
    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = Some(name.into());
        self
    }

    /// Sets the user's new role.
    pub fn role(mut self, role: UserRole) -> Self {
        self.role = Some(role);
        self
    }
}

impl Client {
    /// `getCurrentUser`: the user the token belongs to.
    pub async fn get_current_user(&self) -> Result<User> {
        let request = Request::new(Method::GET, "/current_user", "/current_user".into());
        self.transport().send(request).await
    }

    /// `getUser`: one user by id.
    pub async fn get_user(&self, user_id: &str) -> Result<User> {
        let id = id_segment("user_id", user_id)?;
        let request = Request::new(Method::GET, "/user/{user_id}", format!("/user/{id}"));
        self.transport().send(request).await
    }

    /// `updateUser`: changes a user's name or role (PUT, form-encoded); only
    /// the fields set are sent. An unknown role, or nothing to update, is
    /// refused before any request.
    pub async fn update_user(&self, user_id: &str, options: &UpdateUserOptions) -> Result<User> {
        let id = id_segment("user_id", user_id)?;
        let role = options
            .role
            .as_ref()
            .map(UserRole::for_request)
            .transpose()?;
        let body = Body::form(&[("name", options.name.as_deref()), ("role", role)])?;
        let request =
            Request::new(Method::PUT, "/user/{user_id}", format!("/user/{id}")).body(body);
        self.transport().send(request).await
    }

    /// `deleteUser`: removes a user from the account. The API answers
    /// `{"status": "ok"}`; any other `status` is an error.
    pub async fn delete_user(&self, user_id: &str) -> Result<()> {
        let id = id_segment("user_id", user_id)?;
        let request = Request::new(Method::DELETE, "/user/{user_id}", format!("/user/{id}"));
        self.transport().send_no_content(request).await
    }

    /// `listCustomerUsers`: every user of a customer (one response, not paged).
    pub async fn list_customer_users(&self, customer_id: &str) -> Result<Vec<User>> {
        let id = id_segment("customer_id", customer_id)?;
        let request = Request::new(
            Method::GET,
            "/customer/{customer_id}/users",
            format!("/customer/{id}/users"),
        );
        self.transport().send(request).await
    }
}
