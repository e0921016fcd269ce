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
    ClientBuilder, ListOptions, ServiceGroupOptions, UpdateCustomerOptions, UpdateUserOptions,
    UserGroupOptions, UserRole,
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
        let options = UpdateCustomerOptions { name };
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
        let options = UpdateUserOptions {
            name,
            role: role.as_deref().map(UserRole::parse_lenient),
        };
        Ok(self.inner.update_user(&user_id, &options)?.into())
    }

    pub fn delete_user(&self, user_id: String) -> Result<()> {
        Ok(self.inner.delete_user(&user_id)?)
    }

    pub fn list_customer_users(&self, customer_id: String) -> Result<Vec<User>> {
        let users = self.inner.list_customer_users(&customer_id)?;
        Ok(users.into_iter().map(User::from).collect())
    }

    pub fn create_invitation(&self, email: String, role: String) -> Result<Invitation> {
        let role = UserRole::parse_lenient(&role);
        Ok(self.inner.create_invitation(&email, &role)?.into())
    }

    pub fn list_roles(&self, per_page: Option<u32>, cursor: Option<String>) -> Result<RolePage> {
        Ok(self
            .inner
            .list_roles(&ListOptions { per_page, cursor })?
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
            .list_service_groups(&ListOptions { per_page, cursor })?
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
        let options = ServiceGroupOptions {
            description,
            services,
        };
        Ok(self.inner.create_service_group(&name, &options)?.into())
    }

    pub fn list_user_groups(
        &self,
        per_page: Option<u32>,
        cursor: Option<String>,
    ) -> Result<UserGroupPage> {
        Ok(self
            .inner
            .list_user_groups(&ListOptions { per_page, cursor })?
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
        let options = UserGroupOptions { description };
        Ok(self.inner.create_user_group(&name, &options)?.into())
    }
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
