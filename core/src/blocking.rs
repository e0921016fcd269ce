//! The blocking facade: the same operations as [`crate::Client`], synchronous.
//!
//! Each call runs on the crate's one internal runtime ([`crate::runtime`]) while
//! the calling thread waits, so it works from any thread, from many threads at
//! once, and from inside an async program. In a forked child the client
//! rebuilds its connection pool (the parent's connections are not its own).

use std::fmt;
use std::future::Future;
use std::sync::Mutex;

use serde::de::DeserializeOwned;

use crate::api::{
    InvitationOptions, ServiceGroupOptions, UpdateCustomerOptions, UpdateUserOptions,
    UserGroupOptions,
};
use crate::config::{ClientBuilder, Config};
use crate::error::{RateLimit, Result};
use crate::model::{Customer, Invitation, Role, ServiceGroup, User, UserGroup, UserRole};
use crate::pagination::{ListOptions, Page, Paginator};
use crate::runtime;

/// The blocking client. `Send + Sync`; share it between threads freely.
///
/// ```no_run
/// let client = fastly_account::blocking::Client::new("my-token")?;
/// for role in client.iter_roles(Some(100)) {
///     println!("{:?}", role?.name);
/// }
/// # Ok::<(), fastly_account::Error>(())
/// ```
pub struct Client {
    /// The async client, with the process id it was built in.
    inner: Mutex<(u32, crate::Client)>,
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
        Client {
            inner: Mutex::new((std::process::id(), client)),
        }
    }

    /// The async client behind this one (rebuilt after a fork).
    pub fn as_async(&self) -> crate::Client {
        let mut inner = self
            .inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let pid = std::process::id();
        if inner.0 != pid {
            if let Ok(fresh) = crate::Client::with_config(inner.1.config().clone()) {
                *inner = (pid, fresh);
            }
        }
        inner.1.clone()
    }

    /// The configuration in use (token redacted in `Debug`).
    pub fn config(&self) -> Config {
        self.as_async().config().clone()
    }

    /// The `Fastly-RateLimit-*` headers of the last response that carried them.
    pub fn rate_limit(&self) -> Option<RateLimit> {
        self.as_async().rate_limit()
    }

    fn run<T, F>(&self, call: impl FnOnce(crate::Client) -> F) -> Result<T>
    where
        T: Send + 'static,
        F: Future<Output = Result<T>> + Send + 'static,
    {
        runtime::block_on(call(self.as_async()))
    }

    /// `getCurrentCustomer`: the customer the token belongs to.
    pub fn get_current_customer(&self) -> Result<Customer> {
        self.run(|c| async move { c.get_current_customer().await })
    }

    /// `getCustomer`: one customer by id.
    pub fn get_customer(&self, customer_id: &str) -> Result<Customer> {
        let id = customer_id.to_owned();
        self.run(|c| async move { c.get_customer(&id).await })
    }

    /// `updateCustomer`: changes the customer's fields.
    pub fn update_customer(
        &self,
        customer_id: &str,
        options: &UpdateCustomerOptions,
    ) -> Result<Customer> {
        let (id, options) = (customer_id.to_owned(), options.clone());
        self.run(|c| async move { c.update_customer(&id, &options).await })
    }

    /// `getCurrentUser`: the user the token belongs to.
    pub fn get_current_user(&self) -> Result<User> {
        self.run(|c| async move { c.get_current_user().await })
    }

    /// `getUser`: one user by id.
    pub fn get_user(&self, user_id: &str) -> Result<User> {
        let id = user_id.to_owned();
        self.run(|c| async move { c.get_user(&id).await })
    }

    /// `updateUser`: changes a user's name or role.
    pub fn update_user(&self, user_id: &str, options: &UpdateUserOptions) -> Result<User> {
        let (id, options) = (user_id.to_owned(), options.clone());
        self.run(|c| async move { c.update_user(&id, &options).await })
    }

    /// `deleteUser`: removes a user from the account.
    pub fn delete_user(&self, user_id: &str) -> Result<()> {
        let id = user_id.to_owned();
        self.run(|c| async move { c.delete_user(&id).await })
    }

    /// `listCustomerUsers`: every user of a customer.
    pub fn list_customer_users(&self, customer_id: &str) -> Result<Vec<User>> {
        let id = customer_id.to_owned();
        self.run(|c| async move { c.list_customer_users(&id).await })
    }

    /// `createInvitation`: invites `email` with `role` and the optional fields of `options`.
    pub fn create_invitation(
        &self,
        email: &str,
        role: &UserRole,
        options: &InvitationOptions,
    ) -> Result<Invitation> {
        let (email, role, options) = (email.to_owned(), role.clone(), options.clone());
        self.run(|c| async move { c.create_invitation(&email, &role, &options).await })
    }

    /// `listRoles`: one page of IAM roles.
    pub fn list_roles(&self, options: &ListOptions) -> Result<Page<Role>> {
        let options = options.clone();
        self.run(|c| async move { c.list_roles(&options).await })
    }

    /// Every IAM role, fetched lazily page by page.
    pub fn iter_roles(&self, per_page: Option<u32>) -> Iter<Role> {
        Iter::new(self.as_async().iter_roles(per_page))
    }

    /// `getRole`: one IAM role by id.
    pub fn get_role(&self, role_id: &str) -> Result<Role> {
        let id = role_id.to_owned();
        self.run(|c| async move { c.get_role(&id).await })
    }

    /// `listServiceGroups`: one page of IAM service groups.
    pub fn list_service_groups(&self, options: &ListOptions) -> Result<Page<ServiceGroup>> {
        let options = options.clone();
        self.run(|c| async move { c.list_service_groups(&options).await })
    }

    /// Every service group, fetched lazily page by page.
    pub fn iter_service_groups(&self, per_page: Option<u32>) -> Iter<ServiceGroup> {
        Iter::new(self.as_async().iter_service_groups(per_page))
    }

    /// `createServiceGroup`: creates a service group.
    pub fn create_service_group(
        &self,
        name: &str,
        options: &ServiceGroupOptions,
    ) -> Result<ServiceGroup> {
        let (name, options) = (name.to_owned(), options.clone());
        self.run(|c| async move { c.create_service_group(&name, &options).await })
    }

    /// `listUserGroups`: one page of IAM user groups.
    pub fn list_user_groups(&self, options: &ListOptions) -> Result<Page<UserGroup>> {
        let options = options.clone();
        self.run(|c| async move { c.list_user_groups(&options).await })
    }

    /// Every user group, fetched lazily page by page.
    pub fn iter_user_groups(&self, per_page: Option<u32>) -> Iter<UserGroup> {
        Iter::new(self.as_async().iter_user_groups(per_page))
    }

    /// `createUserGroup`: creates a user group.
    pub fn create_user_group(&self, name: &str, options: &UserGroupOptions) -> Result<UserGroup> {
        let (name, options) = (name.to_owned(), options.clone());
        self.run(|c| async move { c.create_user_group(&name, &options).await })
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
    fn new(pages: Paginator<T>) -> Self {
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
