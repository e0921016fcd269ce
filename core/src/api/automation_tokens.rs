//! Automation tokens: tokens that belong to the account rather than to a
//! person (`/automation-tokens`), and sudo mode (`/sudo`), which creating
//! one requires.

use reqwest::Method;
use serde_json::{json, Map, Value};

use crate::error::{Error, Result};
use crate::model::{AutomationToken, NewAutomationToken, Service, SudoAccess};
use crate::pagination::{ListOptions, Page, PageParams, Paginator};
use crate::transport::{id_segment, Body, Request, JSON};

/// The automation-token lists' parameters: `per_page` (at most 100, as
/// go-fastly's paginator assumes) and `page`.
const PARAMS: PageParams = PageParams {
    size: "per_page",
    size_arg: "per_page",
    max_size: Some(100),
    number: "page",
    cursor: "cursor",
};

const LIST: &str = "/automation-tokens";
const ONE: &str = "/automation-tokens/{token_id}";
const SERVICES: &str = "/automation-tokens/{token_id}/services";

/// The roles an automation token may have (fastly-py's
/// `AutomationTokenCreateRequestAttributes.role`).
pub const AUTOMATION_TOKEN_ROLES: [&str; 3] = ["billing", "engineer", "user"];

/// The scopes a token may have (fastly-py's `scope` allowed values); a token
/// takes several, space-separated.
pub const TOKEN_SCOPES: [&str; 4] = ["global", "purge_select", "purge_all", "global:read"];

options! {
    /// The optional fields of
    /// [`Client::create_automation_token`](crate::Client::create_automation_token);
    /// only the fields set are sent.
    pub struct AutomationTokenOptions {
        /// Ids of the services the token is limited to (every service when
        /// not set).
        services: Vec<String> => into(Vec<String>),
        /// The token's scopes, space-separated: `global`, `purge_select`,
        /// `purge_all`, `global:read` (the API's default, `global`, when not
        /// set).
        scope: String => into(impl Into<String>),
        /// When the token expires, as an RFC 3339 timestamp such as
        /// `2030-01-01T00:00:00Z` (never, when not set).
        expires_at: String => into(impl Into<String>),
        /// Whether the token may manage TLS configuration.
        tls_access: bool => into(bool),
    }
}

/// A scope the API takes (space-separated names from [`TOKEN_SCOPES`]), or why not.
pub(crate) fn check_scope(scope: &str) -> Result<()> {
    if scope.split_whitespace().next().is_none() {
        return Err(Error::invalid("scope must name at least one scope"));
    }
    scope
        .split_whitespace()
        .try_for_each(|name| super::check_one_of("scope", name, &TOKEN_SCOPES))
}

/// An RFC 3339 timestamp, or why not (sent as given).
pub(crate) fn check_timestamp(name: &str, value: &str) -> Result<()> {
    chrono::DateTime::parse_from_rfc3339(value.trim())
        .map(|_| ())
        .map_err(|_| {
            Error::invalid(format!(
                "{name} {value:?} is not an RFC 3339 timestamp (such as 2030-01-01T00:00:00Z)"
            ))
        })
}

/// Service ids to limit a token to: none blank.
pub(crate) fn check_services(services: &Option<Vec<String>>) -> Result<()> {
    if services
        .iter()
        .flatten()
        .any(|service| service.trim().is_empty())
    {
        return Err(Error::invalid("services must not hold an empty id"));
    }
    Ok(())
}

operations! {
    /// `listAutomationTokens`: one page of the account's automation tokens
    /// (paged by number).
    ///
    /// # Parameters
    /// - `options`: the page to fetch: its size (`per_page`, from 1 to 100; the
    ///   API's default when unset) and where to start (`cursor`: a page's
    ///   `next_cursor`; the first page when unset).
    ///
    /// # Returns
    /// One page of automation tokens ([`Page::data`]), never their secrets;
    /// pass its [`Page::next_cursor`] back as `cursor` for the next page (it is
    /// absent on the last page).
    ///
    /// # Errors
    /// - `InvalidArgument`: `per_page` is 0 or over 100, or `cursor` is not one
    ///   a page handed out (no request is sent).
    pub async fn list_automation_tokens(
        &self,
        options: &ListOptions,
    ) -> Result<Page<AutomationToken>> {
        self.list_page(LIST, LIST.into(), PARAMS, JSON, &[], options).await
    }

    /// Every automation token, fetched lazily page by page (the follow-all
    /// form of `list_automation_tokens`).
    ///
    /// Nothing is sent until the first item is asked for; a step fetches a page
    /// only when the tokens in hand run out. The walk ends at its first error;
    /// if the API points back to a page it already gave, that step fails with
    /// `Decode`.
    ///
    /// # Parameters
    /// - `per_page`: tokens per page, from 1 to 100 (the API's default when
    ///   unset).
    ///
    /// # Returns
    /// Each automation token (never its secret), fetching one page at a time
    /// when the items in hand run out.
    ///
    /// # Errors
    /// - `InvalidArgument`: `per_page` is 0 or over 100; the first step raises
    ///   it, before any request. Otherwise each step may raise what
    ///   [`list_automation_tokens`](Self::list_automation_tokens) raises.
    pub fn iter_automation_tokens(&self, per_page: Option<u32>) -> Paginator<AutomationToken> {
        Paginator::new(self.clone(), LIST, LIST.into(), PARAMS, per_page)
    }

    /// `getAutomationToken` (fastly-py: `get_automation_token_id`): one automation token by id.
    ///
    /// # Parameters
    /// - `token_id`: the token's id (a blank one is refused before any request).
    ///
    /// # Returns
    /// The automation token (never its secret).
    ///
    /// # Errors
    /// - `NotFound`: no automation token has that id (a revoked one included),
    ///   or the token cannot see it.
    /// - `InvalidArgument`: `token_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded (no request is sent).
    pub async fn get_automation_token(&self, token_id: &str) -> Result<AutomationToken> {
        let id = id_segment("token_id", token_id)?;
        let request = Request::new(Method::GET, ONE, format!("{LIST}/{id}"));
        self.transport().send(request).await
    }

    /// `createAutomationToken`: creates an automation token (POST, JSON). The
    /// API takes it only from a superuser's user token in sudo mode: call
    /// `request_sudo_access` first. Not retried once sent: a retry could
    /// create two tokens.
    ///
    /// # Parameters
    /// - `name`: the token's name (a blank one is refused before any request).
    /// - `role`: the token's role: `billing`, `engineer` or `user` (another
    ///   value is refused before any request).
    /// - `options`: the services it is limited to, its scopes, when it expires,
    ///   and whether it may manage TLS.
    ///
    /// # Returns
    /// The new token, with its secret (`secret`): the only time the API shows
    /// it.
    ///
    /// # Errors
    /// - `InvalidArgument`: `name` is blank, `role` or a scope is not one the
    ///   API takes, `expires_at` is not an RFC 3339 timestamp, or a service id
    ///   is blank (no request is sent).
    /// - `Forbidden`: the token is not a superuser's in sudo mode.
    /// - `BadRequest`: the API refused the token's fields.
    pub async fn create_automation_token(
        &self,
        name: &str,
        role: &str,
        options: &AutomationTokenOptions,
    ) -> Result<NewAutomationToken> {
        super::check_not_blank(&[("name", &Some(name.to_owned()))])?;
        super::check_one_of("role", role, &AUTOMATION_TOKEN_ROLES)?;
        if let Some(scope) = &options.scope {
            check_scope(scope)?;
        }
        if let Some(expires_at) = &options.expires_at {
            check_timestamp("expires_at", expires_at)?;
        }
        check_services(&options.services)?;
        // Flat, as go-fastly's recorded request (2025) and fastly-api 15's
        // definition send it; fastly-py 14 wraps it in `attributes`, which
        // nothing recorded shows the API reading.
        let mut body = Map::new();
        body.insert("name".into(), json!(name));
        body.insert("role".into(), json!(role));
        if let Some(scope) = &options.scope {
            body.insert("scope".into(), json!(scope));
        }
        if let Some(services) = &options.services {
            body.insert("services".into(), json!(services));
        }
        if let Some(expires_at) = &options.expires_at {
            body.insert("expires_at".into(), json!(expires_at.trim()));
        }
        if let Some(tls_access) = options.tls_access {
            body.insert("tls_access".into(), json!(tls_access));
        }
        let request = Request::new(Method::POST, LIST, LIST.into())
            .body(Body::json(JSON, &Value::Object(body)));
        self.transport().send(request).await
    }

    /// `revokeAutomationToken` (fastly-py: `revoke_automation_token_id`): revokes an automation token; its secret
    /// stops working at once.
    ///
    /// # Parameters
    /// - `token_id`: the token's id (a blank one is refused before any request).
    ///
    /// # Returns
    /// Nothing: the token is revoked.
    ///
    /// # Errors
    /// - `NotFound`: no automation token has that id (a revoked one included),
    ///   or the token cannot see it.
    /// - `InvalidArgument`: `token_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded (no request is sent).
    /// - `BadRequest`: the API refused to revoke it.
    pub async fn revoke_automation_token(&self, token_id: &str) -> Result<()> {
        let id = id_segment("token_id", token_id)?;
        let request = Request::new(Method::DELETE, ONE, format!("{LIST}/{id}"));
        // fastly-py documents the 200 with an `AutomationTokenErrorResponse`
        // body (`status` a number): the status alone says it worked.
        self.transport().send_ignoring_body(request).await
    }

    /// `listAutomationTokenServices` (fastly-py:
    /// `get_automation_tokens_id_services`): one page of the services an automation
    /// token is limited to (paged by number).
    ///
    /// # Parameters
    /// - `token_id`: the token's id (a blank one is refused before any request).
    /// - `options`: the page to fetch: its size (`per_page`, from 1 to 100) and
    ///   where to start (`cursor`: a page's `next_cursor`).
    ///
    /// # Returns
    /// One page of services ([`Page::data`]; the API names each by its `id`
    /// only); pass its [`Page::next_cursor`] back as `cursor` for the next page.
    ///
    /// # Errors
    /// - `NotFound`: no automation token has that id, or the token cannot see it.
    /// - `InvalidArgument`: `token_id` is not an id, `per_page` is 0 or over 100,
    ///   or `cursor` is not one a page handed out (no request is sent).
    pub async fn list_automation_token_services(
        &self,
        token_id: &str,
        options: &ListOptions,
    ) -> Result<Page<Service>> {
        let id = id_segment("token_id", token_id)?;
        self.list_page(SERVICES, format!("{LIST}/{id}/services"), PARAMS, JSON, &[], options)
            .await
    }

    /// Every service an automation token is limited to, fetched lazily page by
    /// page (the follow-all form of `list_automation_token_services`).
    ///
    /// Nothing is sent until the first item is asked for; a step fetches a page
    /// only when the services in hand run out. The walk ends at its first
    /// error.
    ///
    /// # Parameters
    /// - `token_id`: the token's id (a blank one is refused at the first step,
    ///   before any request).
    /// - `per_page`: services per page, from 1 to 100 (the API's default when
    ///   unset).
    ///
    /// # Returns
    /// Each service (by `id`), fetching one page at a time when the items in
    /// hand run out.
    ///
    /// # Errors
    /// - `InvalidArgument`: `token_id` is not an id, or `per_page` is 0 or over
    ///   100; the first step raises it, before any request. Otherwise each step
    ///   may raise what
    ///   [`list_automation_token_services`](Self::list_automation_token_services)
    ///   raises.
    pub fn iter_automation_token_services(
        &self,
        token_id: &str,
        per_page: Option<u32>,
    ) -> Paginator<Service> {
        let path = id_segment("token_id", token_id).map(|id| format!("{LIST}/{id}/services"));
        Paginator::sub_list(self.clone(), SERVICES, path, PARAMS, per_page)
    }

    /// `requestSudoAccess`: puts this client's token in sudo mode, which the
    /// API requires for creating automation tokens (POST `/sudo`, JSON, as
    /// fastly-py sends it). The password is sent once and never logged. Not
    /// retried once sent.
    ///
    /// # Parameters
    /// - `username`: the login of the token's user (a blank one is refused
    ///   before any request).
    /// - `password`: that user's password (an empty one is refused before any
    ///   request).
    ///
    /// # Returns
    /// Until when sudo mode lasts (five minutes by default).
    ///
    /// # Errors
    /// - `InvalidArgument`: `username` is blank or `password` empty (no
    ///   request is sent).
    /// - `Forbidden`: the API refused the login and password.
    pub async fn request_sudo_access(&self, username: &str, password: &str) -> Result<SudoAccess> {
        if username.trim().is_empty() {
            return Err(Error::invalid("username must not be blank"));
        }
        if password.is_empty() {
            return Err(Error::invalid("password must not be empty"));
        }
        let body = json!({"username": username, "password": password});
        let request =
            Request::new(Method::POST, "/sudo", "/sudo".into()).body(Body::json(JSON, &body));
        self.transport().send(request).await
    }
}
