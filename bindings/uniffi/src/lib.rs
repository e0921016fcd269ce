//! UniFFI bindings (Kotlin, Swift) of the `fastly-account` client.
//!
//! The interface is `src/fastly_account.udl`. This crate is glue only: each
//! method hands its arguments to [`fastly_account::blocking::Client`] and
//! converts the result with [`convert`] (the one place where core models and
//! errors become the UDL's dictionaries and `FastlyError`). No HTTP, retry or
//! JSON logic lives here.
//!
//! Every object is `Send + Sync`; every call is synchronous and runs on the
//! core's one internal runtime, so it may be made from any foreign thread.

use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use fastly_account::blocking;
use fastly_account::{
    ClientBuilder, Error, InvitationOptions, ListOptions, ServiceGroupOptions,
    UpdateCustomerOptions, UpdateUserOptions, UserGroupOptions, UserRole,
};

pub mod convert;
pub mod logging;

// UniFFI turns a panic into a foreign exception only when it can unwind; with
// `panic = "abort"` a bug would kill the whole app (JVM, iOS process) instead.
#[cfg(panic = "abort")]
compile_error!("fastly-account-uniffi must be built with panic = \"unwind\" (never \"abort\")");

pub use convert::{
    Customer, FastlyError, FastlyErrorKind, Invitation, RateLimit, Role, RolePage, ServiceGroup,
    ServiceGroupPage, User, UserGroup, UserGroupPage,
};
pub use logging::{set_log_sink, LogLevel, LogSink};

/// The binding tag in the user agent: `fastly-account/<version> (uniffi)`.
/// (Whether Kotlin or Swift loaded the library is not knowable from Rust.)
const BINDING: &str = "uniffi";

type Result<T, E = FastlyError> = std::result::Result<T, E>;

/// `interface Client`: the blocking client of the core, shared by reference.
pub struct Client {
    inner: blocking::Client,
}

impl Client {
    /// `constructor(string token)`.
    pub fn new(token: String) -> Result<Self> {
        Self::build(ClientBuilder::new(token))
    }

    /// `[Name=with_options] constructor(...)`: each `None` keeps the core's default.
    #[allow(clippy::too_many_arguments)]
    pub fn with_options(
        token: String,
        endpoint: Option<String>,
        timeout: Option<Duration>,
        connect_timeout: Option<Duration>,
        max_retries: Option<u32>,
        retry_base_delay: Option<Duration>,
        retry_max_delay: Option<Duration>,
        rate_limit_wait: Option<Duration>,
        max_response_bytes: Option<u64>,
        ca_bundle: Option<String>,
        max_idle_connections: Option<i32>,
    ) -> Result<Self> {
        let mut builder = ClientBuilder::new(token);
        if let Some(endpoint) = endpoint {
            builder = builder.endpoint(endpoint);
        }
        if let Some(timeout) = timeout {
            builder = builder.timeout(timeout);
        }
        if let Some(timeout) = connect_timeout {
            builder = builder.connect_timeout(timeout);
        }
        if let Some(retries) = max_retries {
            builder = builder.max_retries(retries);
        }
        if let Some(delay) = retry_base_delay {
            builder = builder.retry_base_delay(delay);
        }
        if let Some(delay) = retry_max_delay {
            builder = builder.retry_max_delay(delay);
        }
        if let Some(wait) = rate_limit_wait {
            builder = builder.rate_limit_wait(wait);
        }
        if let Some(bytes) = max_response_bytes {
            // Beyond the address space means no practical limit.
            builder = builder.max_response_bytes(usize::try_from(bytes).unwrap_or(usize::MAX));
        }
        if let Some(path) = ca_bundle {
            builder = builder.ca_bundle(path);
        }
        if let Some(connections) = max_idle_connections {
            builder =
                builder.max_idle_connections(non_negative("max_idle_connections", connections)?);
        }
        Self::build(builder)
    }

    /// `[Name=from_env] constructor()`: `FASTLY_API_TOKEN`, `FASTLY_API_ENDPOINT`.
    pub fn from_env() -> Result<Self> {
        Self::build(ClientBuilder::from_env())
    }

    fn build(builder: ClientBuilder) -> Result<Self> {
        Ok(Client {
            inner: builder.binding(BINDING).build_blocking()?,
        })
    }

    pub fn endpoint(&self) -> String {
        self.inner.config().endpoint.to_string()
    }

    pub fn rate_limit(&self) -> Option<RateLimit> {
        self.inner.rate_limit().map(RateLimit::from)
    }

    pub fn get_current_customer(&self) -> Result<Customer> {
        Ok(self.inner.get_current_customer()?.into())
    }

    pub fn get_customer(&self, customer_id: String) -> Result<Customer> {
        Ok(self.inner.get_customer(&customer_id)?.into())
    }

    pub fn update_customer(&self, customer_id: String, name: Option<String>) -> Result<Customer> {
        let mut options = UpdateCustomerOptions::new();
        options.name = name;
        Ok(self.inner.update_customer(&customer_id, &options)?.into())
    }

    pub fn get_current_user(&self) -> Result<User> {
        Ok(self.inner.get_current_user()?.into())
    }

    pub fn get_user(&self, user_id: String) -> Result<User> {
        Ok(self.inner.get_user(&user_id)?.into())
    }

    pub fn update_user(
        &self,
        user_id: String,
        name: Option<String>,
        role: Option<String>,
    ) -> Result<User> {
        // An unknown role parses to UserRole::Other, which the core refuses
        // with InvalidArgument before sending anything.
        let mut options = UpdateUserOptions::new();
        options.name = name;
        options.role = role.as_deref().map(UserRole::parse_lenient);
        Ok(self.inner.update_user(&user_id, &options)?.into())
    }

    pub fn delete_user(&self, user_id: String) -> Result<()> {
        Ok(self.inner.delete_user(&user_id)?)
    }

    pub fn list_customer_users(&self, customer_id: String) -> Result<Vec<User>> {
        let users = self.inner.list_customer_users(&customer_id)?;
        Ok(users.into_iter().map(User::from).collect())
    }

    pub fn create_invitation(
        &self,
        email: String,
        role: String,
        roles: Option<Vec<String>>,
        limit_services: Option<bool>,
        customer_id: Option<String>,
    ) -> Result<Invitation> {
        // As in update_user: an unknown role is refused by the core.
        let role = UserRole::parse_lenient(&role);
        let mut options = InvitationOptions::new();
        options.roles = roles;
        options.limit_services = limit_services;
        options.customer_id = customer_id;
        Ok(self
            .inner
            .create_invitation(&email, &role, &options)?
            .into())
    }

    pub fn list_roles(&self, per_page: Option<u32>, cursor: Option<String>) -> Result<RolePage> {
        Ok(self
            .inner
            .list_roles(&list_options(per_page, cursor))?
            .into())
    }

    pub fn iter_roles(&self, per_page: Option<u32>) -> Arc<RoleIterator> {
        RoleIterator::new(self.inner.iter_roles(per_page))
    }

    pub fn get_role(&self, role_id: String) -> Result<Role> {
        Ok(self.inner.get_role(&role_id)?.into())
    }

    pub fn list_service_groups(
        &self,
        per_page: Option<u32>,
        cursor: Option<String>,
    ) -> Result<ServiceGroupPage> {
        Ok(self
            .inner
            .list_service_groups(&list_options(per_page, cursor))?
            .into())
    }

    pub fn iter_service_groups(&self, per_page: Option<u32>) -> Arc<ServiceGroupIterator> {
        ServiceGroupIterator::new(self.inner.iter_service_groups(per_page))
    }

    pub fn create_service_group(
        &self,
        name: String,
        description: Option<String>,
        services: Option<Vec<String>>,
    ) -> Result<ServiceGroup> {
        let mut options = ServiceGroupOptions::new();
        options.description = description;
        options.services = services;
        Ok(self.inner.create_service_group(&name, &options)?.into())
    }

    pub fn list_user_groups(
        &self,
        per_page: Option<u32>,
        cursor: Option<String>,
    ) -> Result<UserGroupPage> {
        Ok(self
            .inner
            .list_user_groups(&list_options(per_page, cursor))?
            .into())
    }

    pub fn iter_user_groups(&self, per_page: Option<u32>) -> Arc<UserGroupIterator> {
        UserGroupIterator::new(self.inner.iter_user_groups(per_page))
    }

    pub fn create_user_group(
        &self,
        name: String,
        description: Option<String>,
    ) -> Result<UserGroup> {
        let mut options = UserGroupOptions::new();
        options.description = description;
        Ok(self.inner.create_user_group(&name, &options)?.into())
    }
}

/// The query options of a list operation.
fn list_options(per_page: Option<u32>, cursor: Option<String>) -> ListOptions {
    let mut options = ListOptions::new();
    options.per_page = per_page;
    options.cursor = cursor;
    options
}

/// A count passed as a signed integer (Java has no unsigned types): negative
/// values are refused with InvalidArgument.
fn non_negative(name: &str, value: i32) -> Result<usize> {
    usize::try_from(value).map_err(|_| {
        FastlyError::from(Error::InvalidArgument {
            message: format!("{name} must not be negative, got {value}"),
        })
    })
}

/// Kotlin `toString()`, Swift `description`: the endpoint, never the token.
impl fmt::Display for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "fastly-account Client(endpoint={}, token=***)",
            self.inner.config().endpoint
        )
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // The core's Debug redacts the token.
        fmt::Debug::fmt(&self.inner, f)
    }
}

/// A lazy walk shared by reference across the FFI: the core's iterator
/// behind a mutex (objects must be `Sync`; concurrent `next()` calls take
/// turns). A poisoned lock only means another caller panicked mid-walk; the
/// iterator itself is still consistent, so it is used as it is.
macro_rules! walk {
    ($(#[$doc:meta])* $name:ident, $item:ident) => {
        $(#[$doc])*
        pub struct $name(Mutex<blocking::Iter<fastly_account::$item>>);

        impl $name {
            fn new(items: blocking::Iter<fastly_account::$item>) -> Arc<Self> {
                Arc::new($name(Mutex::new(items)))
            }

            fn lock(&self) -> MutexGuard<'_, blocking::Iter<fastly_account::$item>> {
                self.0.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
            }

            /// The next item, fetching a page if needed; `None` after the last.
            pub fn next(&self) -> Result<Option<$item>> {
                match self.lock().next() {
                    None => Ok(None),
                    Some(item) => Ok(Some(item?.into())),
                }
            }

            /// How many pages have been fetched so far.
            pub fn pages_fetched(&self) -> u64 {
                self.lock().pages_fetched()
            }
        }
    };
}

walk!(
    /// `interface RoleIterator`.
    RoleIterator,
    Role
);
walk!(
    /// `interface ServiceGroupIterator`.
    ServiceGroupIterator,
    ServiceGroup
);
walk!(
    /// `interface UserGroupIterator`.
    UserGroupIterator,
    UserGroup
);

uniffi::include_scaffolding!("fastly_account");

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn objects_are_send_and_sync() {
        assert_send_sync::<Client>();
        assert_send_sync::<FastlyError>();
        assert_send_sync::<RoleIterator>();
        assert_send_sync::<ServiceGroupIterator>();
        assert_send_sync::<UserGroupIterator>();
    }

    #[test]
    fn client_text_never_holds_the_token() {
        let client = Client::with_options(
            "s3cr3t-t0ken".into(),
            Some("http://127.0.0.1:9".into()),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
        )
        .expect("valid configuration");
        for text in [client.to_string(), format!("{client:?}")] {
            assert!(!text.contains("s3cr3t"), "{text}");
            assert!(text.contains("127.0.0.1:9"), "{text}");
        }
    }

    #[test]
    fn the_generator_uses_the_same_uniffi() {
        let pin = |manifest: &str| {
            let line = manifest
                .lines()
                .find(|l| l.starts_with("uniffi = "))
                .expect("a uniffi dependency");
            line.split('"').nth(1).expect("a quoted version").to_owned()
        };
        let library = pin(include_str!("../Cargo.toml"));
        assert!(
            library.starts_with('='),
            "uniffi must be pinned with '=': {library}"
        );
        assert_eq!(library, pin(include_str!("../bindgen/Cargo.toml")));
    }

    fn with_extras(ca_bundle: Option<String>, max_idle_connections: Option<i32>) -> Result<Client> {
        Client::with_options(
            "t0ken".into(),
            Some("http://127.0.0.1:9".into()),
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            ca_bundle,
            max_idle_connections,
        )
    }

    #[test]
    fn negative_idle_connections_are_refused() {
        let error = with_extras(None, Some(-1)).expect_err("negative count refused");
        assert_eq!(error.kind(), FastlyErrorKind::InvalidArgument);
        assert!(error.detail().contains("max_idle_connections"), "{error}");
        with_extras(None, Some(0)).expect("zero idle connections is valid");
        with_extras(None, Some(4)).expect("a positive count is valid");
    }

    #[test]
    fn an_unreadable_ca_bundle_is_an_invalid_argument() {
        let error = with_extras(Some("/nonexistent/fastly-ca.pem".into()), None)
            .expect_err("missing file refused");
        assert_eq!(error.kind(), FastlyErrorKind::InvalidArgument, "{error}");
    }

    #[test]
    fn bad_configuration_is_an_invalid_argument() {
        let error = Client::new(String::new()).expect_err("empty token refused");
        assert_eq!(error.kind(), FastlyErrorKind::InvalidArgument);
        assert_eq!(error.status(), None);
        assert!(
            error.to_string().starts_with("invalid argument:"),
            "{error}"
        );
    }
}
