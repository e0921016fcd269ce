//! # fastly-account
//!
//! A typed client for the Fastly Account and IAM API: customers, users,
//! invitations, IAM roles, service groups and user groups.
//!
//! * [`Client`] is async (tokio); [`blocking::Client`] has the same operations,
//!   synchronous, over one internal runtime.
//! * Operations are named after the spec's `operationId`s in snake_case
//!   (`getCurrentUser` → [`Client::get_current_user`]).
//! * Every call returns typed models ([`model`]) or an [`Error`] that says what
//!   happened: 401, 403, 404, 400, 429 (with the rate-limit headers), 5xx,
//!   timeout, network, undecodable body, or an argument refused before sending.
//! * Retries with backoff and jitter on connection failures and connect
//!   timeouts (any method) and on 500/502/503/504 for GET/PUT/DELETE; short
//!   429 waits are handled for you; redirects are never followed; the token
//!   never appears in `Debug` output or errors.
//! * TLS trusts the operating system's certificate store, plus the CA
//!   certificates of [`ClientBuilder::ca_bundle`].
//! * Models follow the live API (see `docs/real-api.md`): every documented
//!   field, unknown fields kept in `extra`, and one odd value never fails a
//!   response.
//! * IAM lists come a page at a time ([`Page`]) or as a lazy walk over every
//!   item (`iter_roles`, `iter_service_groups`, `iter_user_groups`), whether
//!   the API pages them by cursor or by page number.
//!
//! ```
//! use fastly_account::blocking::Client;
//! use fastly_account::{ClientBuilder, Error};
//! # let sandbox = fastly_sandbox::Sandbox::start(Default::default()).unwrap();
//! # let (endpoint, token) = (sandbox.url(), sandbox.token().to_string());
//!
//! let client: Client = ClientBuilder::new(token).endpoint(endpoint).build_blocking()?;
//! let me = client.get_current_user()?;
//! println!("signed in as {:?}, role {:?}", me.login, me.role);
//! for group in client.iter_user_groups(Some(50)) {
//!     println!("user group {:?}", group?.name);
//! }
//! match client.get_user("no-such-user") {
//!     Err(Error::NotFound { status, .. }) => assert_eq!(status, 404),
//!     other => panic!("expected NotFound, got {other:?}"),
//! }
//! # Ok::<(), Error>(())
//! ```
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod api;
pub mod arguments;
pub mod blocking;
mod client;
pub mod config;
pub mod error;
#[doc(hidden)]
pub mod interface;
pub mod log_forward;
pub mod model;
pub mod pagination;
#[cfg(test)]
mod property_tests;
mod response_error;
pub mod runtime;
mod tls;
mod transport;

// The library's functions (logging in), at the crate's root.
pub use api::login::*;
pub use api::{
    AutomationTokenOptions, BillingAddressOptions, BillingAddressUpdateOptions, ContactOptions,
    CreateTokenOptions, CreateUserOptions, CustomerAddressOptions, EventListOptions,
    InvitationListOptions, InvitationOptions, RoleOptions, ServiceGroupOptions,
    UpdateCustomerOptions, UpdateOptions, UpdateUserOptions, UserGroupOptions,
};
pub use client::Client;
pub use config::{ApiKey, ClientBuilder, Config};
pub use error::{Error, RateLimit, Result};
pub use model::{
    AutomationToken, BillingAddress, Contact, Customer, CustomerAddress, Event, IamRole,
    Invitation, NewAutomationToken, NewToken, Permission, Role, Service, ServiceAuthorization,
    ServiceGroup, SudoAccess, Timestamp, Token, TokenSecret, User, UserGroup, UserGroupMember,
    UserRole,
};
pub use pagination::{ListOptions, Page, Paginator};

/// The README's Rust examples, compiled as doctests so they cannot rot.
#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeDoctests;

/// The crate's own README (the one crates.io shows), compiled the same way.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct CrateReadmeDoctests;
