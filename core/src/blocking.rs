//! The blocking facade: the same operations as [`crate::Client`], synchronous.
//!
//! Each call is driven by the calling thread itself on a small runtime it
//! borrows for the call, or, from inside an async program, runs on the crate's
//! shared runtime while the thread waits ([`crate::runtime`]); so it works from
//! any thread, from many threads at once, and from inside an async program. In
//! a forked child the client uses connection pools of its own (the parent's
//! connections are not its own): the core's transport keeps its pools per
//! process.

use std::borrow::Borrow;
use std::fmt;
use std::future::Future;

use serde::de::DeserializeOwned;

use crate::config::{ClientBuilder, Config};
use crate::error::{RateLimit, Result};
use crate::pagination::Paginator;
use crate::runtime;

/// The library's functions, blocking (logging in: `create_token`).
pub use crate::api::login::blocking::*;

/// The blocking client. `Send + Sync`; share it between threads freely.
///
/// Its operations are those of [`crate::Client`], declared once with them
/// (see [`crate::api`]): each waits for the async call, and each walk is a
/// blocking [`Iter`].
///
/// ```no_run
/// let client = fastly_account::blocking::Client::new("my-token")?;
/// for role in client.iter_roles(Some(100)) {
///     println!("{:?}", role?.name);
/// }
/// # Ok::<(), fastly_account::Error>(())
/// ```
pub struct Client {
    /// The async client; its connection pool is per process (rebuilt after a fork).
    pub(crate) inner: crate::Client,
}

impl Client {
    /// A blocking client for the production API with the default configuration.
    pub fn new(token: impl Into<String>) -> Result<Client> {
        ClientBuilder::new(token).build_blocking()
    }

    /// A blocking client configured from `FASTLY_API_TOKEN` and `FASTLY_API_ENDPOINT`.
    pub fn from_env() -> Result<Client> {
        ClientBuilder::from_env().build_blocking()
    }

    /// Wraps an async client (sharing its connection pool).
    pub fn from_async(client: crate::Client) -> Client {
        Client { inner: client }
    }

    /// The async client behind this one (same pool; cheap to clone).
    pub fn as_async(&self) -> crate::Client {
        self.inner.clone()
    }

    /// The configuration in use (token redacted in `Debug`).
    pub fn config(&self) -> Config {
        self.inner.config().clone()
    }

    /// The `Fastly-RateLimit-*` headers of the last response that carried them.
    pub fn rate_limit(&self) -> Option<RateLimit> {
        self.inner.rate_limit()
    }

    pub(crate) fn run<T, F>(&self, call: impl FnOnce(crate::Client) -> F) -> Result<T>
    where
        T: Send + 'static,
        F: Future<Output = Result<T>> + Send + 'static,
    {
        runtime::block_on(call(self.inner.clone()))
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("blocking::Client")
            .field("endpoint", &self.as_async().config().endpoint.as_str())
            .field("token", &"***")
            .finish()
    }
}

/// A lazy walk over every item of an IAM list: an `Iterator` of
/// `Result<T>` that fetches a page only when the items in hand run out.
/// It ends after the last item or after the first error.
pub struct Iter<T> {
    pages: Paginator<T>,
}

impl<T: DeserializeOwned + Send + 'static> Iter<T> {
    pub(crate) fn new(pages: Paginator<T>) -> Self {
        Iter { pages }
    }

    /// How many pages have been fetched so far.
    pub fn pages_fetched(&self) -> u64 {
        self.pages.pages_fetched()
    }
}

impl<T: DeserializeOwned + Send + 'static> Iterator for Iter<T> {
    type Item = Result<T>;

    fn next(&mut self) -> Option<Result<T>> {
        let waited = self
            .pages
            .next_with(|request| Ok::<_, std::convert::Infallible>(runtime::block_on(request)));
        match waited {
            Ok(item) => item,
            Err(never) => match never {},
        }
    }
}

/// An argument of a blocking call, carried to the call's task: `carry`
/// makes an owned copy (`&str` -> `String`, `&[String]` -> `Vec<String>`, an
/// options struct cloned, a flag or count as it is), and `lend` gives the
/// async method the argument type it takes back from that copy.
pub(crate) trait Carry<'a>: Sized {
    /// The owned copy.
    type Owned: Send + 'static;
    /// Copies the argument.
    fn carry(self) -> Self::Owned;
    /// The argument again, from the copy.
    fn lend(owned: &'a Self::Owned) -> Self;
}

/// A borrowed argument (`&str`, `&[String]`, an options struct, a role):
/// its owned form (`ToOwned`), lent back by `Borrow`.
impl<'a, B: ?Sized + ToOwned> Carry<'a> for &'a B
where
    B::Owned: Send + 'static,
{
    type Owned = B::Owned;
    fn carry(self) -> B::Owned {
        self.to_owned()
    }
    fn lend(owned: &'a B::Owned) -> Self {
        owned.borrow()
    }
}

impl<'a> Carry<'a> for bool {
    type Owned = bool;
    fn carry(self) -> bool {
        self
    }
    fn lend(owned: &'a bool) -> Self {
        *owned
    }
}
