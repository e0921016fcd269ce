//! Logging in: a new API token from a user's login and password
//! (`POST /tokens`), for a caller who has no token yet.

use reqwest::Method;

use super::automation_tokens::{check_scope, check_services, check_timestamp};
use crate::error::Error;
use crate::model::NewToken;
use crate::transport::{Form, Login, Request};
use crate::ClientBuilder;

options! {
    /// The optional fields of [`create_token`]; only the
    /// fields set are sent.
    pub struct CreateTokenOptions {
        /// The user's current one-time code, for a user with two-factor
        /// authentication (sent as `Fastly-OTP`; never logged).
        otp: String => into(impl Into<String>),
        /// The new token's name.
        name: String => into(impl Into<String>),
        /// The new token's scopes, space-separated: `global`, `purge_select`,
        /// `purge_all`, `global:read` (the API's default, `global`, when not
        /// set).
        scope: String => into(impl Into<String>),
        /// Ids of the services the token is limited to (every service when
        /// not set).
        services: Vec<String> => into(Vec<String>),
        /// When the token expires, as an RFC 3339 timestamp such as
        /// `2030-01-01T00:00:00Z` (never, when not set).
        expires_at: String => into(impl Into<String>),
        /// The API's base URL (`https://api.fastly.com` when not set).
        endpoint: String => into(impl Into<String>),
    }
}

operations! {
    /// `createToken`: logs in with a user's login and password and creates an
    /// API token for that user (POST `/tokens`, HTTP basic auth as Fastly's
    /// definition gives it, the one-time code in `Fastly-OTP`). A function
    /// rather than a client method: its caller has no token yet. The
    /// password and the one-time code are sent once and never logged. Not
    /// retried once sent: a retry could create two tokens.
    ///
    /// # Parameters
    /// - `username`: the user's login, an email address (a blank one is
    ///   refused before any request).
    /// - `password`: the user's password (an empty one is refused before any
    ///   request).
    /// - `options`: the one-time code (`otp`) for a user with two-factor
    ///   authentication; the new token's name, scopes, services and expiry;
    ///   the API's base URL.
    ///
    /// # Returns
    /// The new token, with its secret (`secret`): the only time the API shows
    /// it. Build a client with it.
    ///
    /// # Errors
    /// - `InvalidArgument`: `username` is blank, `password` empty, a scope is
    ///   not one the API takes, `expires_at` is not an RFC 3339 timestamp, a
    ///   service id is blank, or `endpoint` is not a usable URL (no request is
    ///   sent).
    /// - `BadRequest`: the API refused the login: a wrong login or password
    ///   (`invalid_grant`), a missing one-time code for a user with two-factor
    ///   authentication (`2fa.verify`: ask for the code and call again with
    ///   `otp`), a wrong code, a locked account; or an `expires_at` it does not
    ///   take.
    pub async fn create_token(
        username: &str,
        password: &str,
        options: &CreateTokenOptions,
    ) -> Result<NewToken> {
        if username.trim().is_empty() {
            return Err(Error::invalid("username must not be blank"));
        }
        if password.is_empty() {
            return Err(Error::invalid("password must not be empty"));
        }
        super::check_not_blank(&[
            ("otp", &options.otp),
            ("name", &options.name),
            ("endpoint", &options.endpoint),
        ])?;
        if let Some(scope) = &options.scope {
            check_scope(scope)?;
        }
        if let Some(expires_at) = &options.expires_at {
            check_timestamp("expires_at", expires_at)?;
        }
        check_services(&options.services)?;
        let login = Login::new(username.trim(), password, options.otp.as_deref())?;
        // The client's own token is never sent: the login replaces it.
        let mut builder = ClientBuilder::new("login");
        if let Some(endpoint) = &options.endpoint {
            builder = builder.endpoint(endpoint.trim());
        }
        let client = builder.build()?;
        // The token's fields as the API reference's example and go-fastly's
        // recorded request send them: a form, services as repeated `services[]`.
        let form = Form::new()
            .text("name", options.name.as_deref())
            .text("scope", options.scope.as_deref())
            .repeated("services[]", options.services.as_deref())
            .text("expires_at", options.expires_at.as_deref().map(str::trim));
        let request = Request::new(Method::POST, "/tokens", "/tokens".into())
            .login(login)
            .body(form.body());
        client.transport().send(request).await
    }
}
