//! API tokens: list, describe and revoke them.

use reqwest::Method;
use serde_json::json;

use crate::error::{Error, Result};
use crate::model::Token;
use crate::transport::{id_segment, Body, Request};

/// The JSON:API bulk extension, as `DELETE /tokens` requires it.
const JSON_API_BULK: &str = "application/vnd.api+json; ext=bulk";

operations! {
    /// `listTokens`: the tokens of the token's own user.
    pub async fn list_tokens(&self) -> Result<Vec<Token>> {
        let request = Request::new(Method::GET, "/tokens", "/tokens".into());
        self.transport().send(request).await
    }

    /// `listCustomerTokens`: every token of a customer's users.
    pub async fn list_customer_tokens(&self, customer_id: &str) -> Result<Vec<Token>> {
        let id = id_segment("customer_id", customer_id)?;
        let request = Request::new(
            Method::GET,
            "/customer/{customer_id}/tokens",
            format!("/customer/{id}/tokens"),
        );
        self.transport().send(request).await
    }

    /// `getCurrentToken`: the token this client authenticates with.
    pub async fn get_current_token(&self) -> Result<Token> {
        let request = Request::new(Method::GET, "/tokens/self", "/tokens/self".into());
        self.transport().send(request).await
    }

    /// `getToken`: one token by id.
    pub async fn get_token(&self, token_id: &str) -> Result<Token> {
        let id = token_id_segment(token_id)?;
        let request = Request::new(Method::GET, "/tokens/{token_id}", format!("/tokens/{id}"));
        self.transport().send(request).await
    }

    /// `revokeToken`: revokes one token by id.
    pub async fn revoke_token(&self, token_id: &str) -> Result<()> {
        let id = token_id_segment(token_id)?;
        let request = Request::new(
            Method::DELETE,
            "/tokens/{token_id}",
            format!("/tokens/{id}"),
        );
        self.transport().send_no_content(request).await
    }

    /// `revokeCurrentToken`: revokes the token this client authenticates
    /// with; every later call of this client then fails with `Unauthorized`.
    pub async fn revoke_current_token(&self) -> Result<()> {
        let request = Request::new(Method::DELETE, "/tokens/self", "/tokens/self".into());
        self.transport().send_no_content(request).await
    }

    /// `bulkRevokeTokens`: revokes several tokens in one request (JSON:API
    /// bulk extension). An empty list, or an empty id, is refused before any
    /// request.
    pub async fn bulk_revoke_tokens(&self, token_ids: &[String]) -> Result<()> {
        if token_ids.is_empty() {
            return Err(Error::invalid("token_ids must name at least one token"));
        }
        if token_ids.iter().any(|id| id.trim().is_empty()) {
            return Err(Error::invalid("token_ids must not hold an empty id"));
        }
        let data: Vec<_> = token_ids
            .iter()
            .map(|id| json!({"type": "token", "id": id}))
            .collect();
        let request = Request::new(Method::DELETE, "/tokens", "/tokens".into())
            .body(Body::json(JSON_API_BULK, &json!({ "data": data })));
        self.transport().send_no_content(request).await
    }
}

/// A token id as one path segment; `self` is refused, since it names the
/// current token (use the `*_current_token` operations for that).
fn token_id_segment(token_id: &str) -> Result<String> {
    if token_id.trim() == "self" {
        return Err(Error::invalid(
            "token_id \"self\" names the current token: use get_current_token or revoke_current_token",
        ));
    }
    id_segment("token_id", token_id)
}
