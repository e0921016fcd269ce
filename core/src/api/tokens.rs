//! API tokens: list, describe and revoke them.

use reqwest::Method;
use serde_json::json;

use crate::error::{Error, Result};
use crate::model::Token;
use crate::transport::{id_segment, Body, Request, JSON_API_BULK};

operations! {
    /// `listTokens`: the tokens of the token's own user (one response, not
    /// paged).
    ///
    /// # Returns
    /// Every token of the token's user. A token's secret is never part of it.
    ///
    /// # Errors
    /// - `Unauthorized`: the token is missing, expired or revoked.
    pub async fn list_tokens(&self) -> Result<Vec<Token>> {
        let request = Request::new(Method::GET, "/tokens", "/tokens".into());
        self.transport().send(request).await
    }

    /// `listCustomerTokens`: every token of a customer's users (one response,
    /// not paged). Presumably for superusers only; Fastly does not say.
    ///
    /// # Parameters
    /// - `customer_id`: the customer's id (a blank one is refused before any request).
    ///
    /// # Returns
    /// Every token of every user of the customer. A token's secret is never
    /// part of it.
    ///
    /// # Errors
    /// - `NotFound`: no customer has that id, or the token cannot see it.
    /// - `InvalidArgument`: `customer_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded (no request is sent).
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
    ///
    /// # Returns
    /// The token's description (never its secret).
    ///
    /// # Errors
    /// - `Unauthorized`: the token is expired or revoked (the API answers a
    ///   token it does not know at all with `Forbidden`).
    pub async fn get_current_token(&self) -> Result<Token> {
        let request = Request::new(Method::GET, "/tokens/self", "/tokens/self".into());
        self.transport().send(request).await
    }

    /// `getToken`: one token by id.
    ///
    /// # Parameters
    /// - `token_id`: the token's id (a blank one, or `self`, is refused before
    ///   any request: [`get_current_token`](Self::get_current_token) describes
    ///   the current token).
    ///
    /// # Returns
    /// The token's description (never its secret).
    ///
    /// # Errors
    /// - `NotFound`: no token has that id, or the token cannot see it.
    /// - `InvalidArgument`: `token_id` is `self`, blank, `.`, `..` or over 8 KiB
    ///   once percent-encoded (no request is sent).
    pub async fn get_token(&self, token_id: &str) -> Result<Token> {
        let id = token_id_segment(token_id)?;
        let request = Request::new(Method::GET, "/tokens/{token_id}", format!("/tokens/{id}"));
        self.transport().send(request).await
    }

    /// `revokeToken`: revokes one token by id. Users may revoke their own
    /// tokens; superusers may revoke other users' tokens too.
    ///
    /// # Parameters
    /// - `token_id`: the token's id (a blank one, or `self`, is refused before
    ///   any request: [`revoke_current_token`](Self::revoke_current_token)
    ///   revokes the current token).
    ///
    /// # Returns
    /// Nothing: the token is revoked.
    ///
    /// # Errors
    /// - `NotFound`: no token has that id, or the token cannot see it.
    /// - `InvalidArgument`: `token_id` is `self`, blank, `.`, `..` or over 8 KiB
    ///   once percent-encoded (no request is sent).
    /// - `BadRequest`: the API refuses to revoke the token.
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
    ///
    /// # Returns
    /// Nothing: the token is revoked.
    ///
    /// # Errors
    /// - `BadRequest`: the API refuses to revoke the token.
    pub async fn revoke_current_token(&self) -> Result<()> {
        let request = Request::new(Method::DELETE, "/tokens/self", "/tokens/self".into());
        self.transport().send_no_content(request).await
    }

    /// `bulkRevokeTokens`: revokes several tokens in one request (JSON:API
    /// bulk extension). Users may revoke their own tokens; superusers may
    /// revoke other users' tokens too.
    ///
    /// Whether the API revokes the others when one id is unknown, already
    /// revoked or another user's is not documented.
    ///
    /// # Parameters
    /// - `token_ids`: the ids of the tokens to revoke (at least one, none
    ///   blank, else the call is refused before any request).
    ///
    /// # Returns
    /// Nothing: the tokens are revoked.
    ///
    /// # Errors
    /// - `InvalidArgument`: `token_ids` is empty or holds a blank id (no
    ///   request is sent).
    /// - `BadRequest`: the API refuses the request.
    pub async fn bulk_revoke_tokens(&self, token_ids: &[String]) -> Result<()> {
        super::iam::check_ids("token_ids", token_ids, false)?;
        let data: Vec<_> = token_ids
            .iter()
            .map(|id| json!({"type": "token", "id": id}))
            .collect();
        // Accept too, as go-fastly's recorded request sends it
        // (fixtures/tokens/create_and_bulk_delete.yaml).
        let request = Request::new(Method::DELETE, "/tokens", "/tokens".into())
            .accept(JSON_API_BULK)
            .body(Body::json(JSON_API_BULK, &json!({ "data": data })));
        self.transport().send_no_content(request).await
    }
}

/// A token id as one path segment; `self` is refused, since it names the
/// current token (use the `*_current_token` operations for that).
fn token_id_segment(token_id: &str) -> Result<String> {
    // Any case: the API's path matching is not documented to be case-sensitive.
    if token_id.trim().eq_ignore_ascii_case("self") {
        return Err(Error::invalid(
            "token_id \"self\" names the current token: use get_current_token or revoke_current_token",
        ));
    }
    id_segment("token_id", token_id)
}
