//! `fastly_account.Client`: the operations, each a few lines around the core.

use std::path::PathBuf;
use std::time::Duration;

use fastly_account as core;
use fastly_account::{
    ClientBuilder, InvitationOptions, ListOptions, ServiceGroupOptions, UpdateCustomerOptions,
    UpdateUserOptions, UserGroupOptions, UserRole,
};
use pyo3::prelude::*;
use pyo3::types::{PyString, PyType};

use crate::errors::{invalid_argument, to_py_err};
use crate::iter::{ItemIterator, Walk};
use crate::models::{Customer, Invitation, Page, RateLimit, Role, ServiceGroup, User, UserGroup};
use crate::wait::wait;

/// A client of the Fastly Account and IAM API. Safe to share between
/// threads; every call releases the GIL while it waits and can be
/// interrupted with Ctrl-C (`KeyboardInterrupt`).
///
/// `Client(token=None, *, endpoint=None, timeout=None, connect_timeout=None,
/// max_retries=None, retry_base_delay=None, retry_max_delay=None,
/// rate_limit_wait=None, max_response_bytes=None, max_idle_connections=None,
/// ca_bundle=None, allow_insecure_http=None)`: without a token,
/// `FASTLY_API_TOKEN` (and `FASTLY_API_ENDPOINT`) are read from the
/// environment; durations are in seconds; `ca_bundle` is a PEM file of CA
/// certificates trusted besides the system's. Optional arguments of every
/// operation are keyword-only.
#[pyclass(frozen, module = "fastly_account")]
pub struct Client {
    inner: core::blocking::Client,
    endpoint: String,
}

/// A duration argument in seconds (int or float).
fn seconds(py: Python<'_>, name: &str, value: Option<f64>) -> PyResult<Option<Duration>> {
    value
        .map(|secs| {
            Duration::try_from_secs_f64(secs).map_err(|_| {
                invalid_argument(
                    py,
                    format!("{name} must be a finite number of seconds >= 0, got {secs}"),
                )
            })
        })
        .transpose()
}

/// A count argument that must fit in a `u32`.
fn count(py: Python<'_>, name: &str, value: Option<i64>) -> PyResult<Option<u32>> {
    value
        .map(|n| {
            u32::try_from(n).map_err(|_| {
                invalid_argument(
                    py,
                    format!("{name} must be between 0 and {}, got {n}", u32::MAX),
                )
            })
        })
        .transpose()
}

/// A size argument (bytes, connections) that must fit in a `usize`.
fn size(py: Python<'_>, name: &str, value: Option<i64>) -> PyResult<Option<usize>> {
    value
        .map(|n| {
            usize::try_from(n).map_err(|_| {
                invalid_argument(
                    py,
                    format!("{name} must be between 0 and {}, got {n}", usize::MAX),
                )
            })
        })
        .transpose()
}

impl Client {
    /// The async client (rebuilt in a forked child), for one call.
    fn core(&self) -> core::Client {
        self.inner.as_async()
    }

    fn list_options(
        py: Python<'_>,
        per_page: Option<i64>,
        cursor: Option<String>,
    ) -> PyResult<ListOptions> {
        let mut options = ListOptions::new();
        options.per_page = count(py, "per_page", per_page)?;
        options.cursor = cursor;
        Ok(options)
    }
}

#[pymethods]
impl Client {
    /// `Client(token=None, *, endpoint=None, timeout=None, connect_timeout=None,
    /// max_retries=None, retry_base_delay=None, retry_max_delay=None,
    /// rate_limit_wait=None, max_response_bytes=None, max_idle_connections=None,
    /// ca_bundle=None, allow_insecure_http=None)`: every setting but the token
    /// keyword-only, named as the Rust `ClientBuilder`'s; durations in seconds.
    ///
    /// Without a token, `FASTLY_API_TOKEN` (and `FASTLY_API_ENDPOINT`, if set)
    /// are read from the environment. A response body larger than
    /// `max_response_bytes` (default 32 MiB) raises `DecodeError`. `ca_bundle`
    /// (a `str` or `os.PathLike`) names a PEM file of CA certificates trusted
    /// besides the operating system's.
    #[new]
    #[pyo3(signature = (
        token=None, *, endpoint=None, timeout=None, connect_timeout=None, max_retries=None,
        retry_base_delay=None, retry_max_delay=None, rate_limit_wait=None,
        max_response_bytes=None, max_idle_connections=None, ca_bundle=None,
        allow_insecure_http=None,
    ))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        py: Python<'_>,
        token: Option<String>,
        endpoint: Option<String>,
        timeout: Option<f64>,
        connect_timeout: Option<f64>,
        max_retries: Option<i64>,
        retry_base_delay: Option<f64>,
        retry_max_delay: Option<f64>,
        rate_limit_wait: Option<f64>,
        max_response_bytes: Option<i64>,
        max_idle_connections: Option<i64>,
        ca_bundle: Option<PathBuf>,
        allow_insecure_http: Option<bool>,
    ) -> PyResult<Self> {
        let mut builder = match token {
            Some(token) => ClientBuilder::new(token),
            None => ClientBuilder::from_env(),
        };
        builder = builder.binding("python");
        if let Some(endpoint) = endpoint {
            builder = builder.endpoint(endpoint);
        }
        if let Some(timeout) = seconds(py, "timeout", timeout)? {
            builder = builder.timeout(timeout);
        }
        if let Some(timeout) = seconds(py, "connect_timeout", connect_timeout)? {
            builder = builder.connect_timeout(timeout);
        }
        if let Some(retries) = count(py, "max_retries", max_retries)? {
            builder = builder.max_retries(retries);
        }
        if let Some(delay) = seconds(py, "retry_base_delay", retry_base_delay)? {
            builder = builder.retry_base_delay(delay);
        }
        if let Some(delay) = seconds(py, "retry_max_delay", retry_max_delay)? {
            builder = builder.retry_max_delay(delay);
        }
        if let Some(wait) = seconds(py, "rate_limit_wait", rate_limit_wait)? {
            builder = builder.rate_limit_wait(wait);
        }
        if let Some(cap) = size(py, "max_response_bytes", max_response_bytes)? {
            builder = builder.max_response_bytes(cap);
        }
        if let Some(idle) = size(py, "max_idle_connections", max_idle_connections)? {
            builder = builder.max_idle_connections(idle);
        }
        if let Some(path) = ca_bundle {
            builder = builder.ca_bundle(path);
        }
        if let Some(allow) = allow_insecure_http {
            builder = builder.allow_insecure_http(allow);
        }
        let inner = builder.build_blocking().map_err(|e| to_py_err(py, e))?;
        let endpoint = inner
            .config()
            .endpoint
            .as_str()
            .trim_end_matches('/')
            .to_owned();
        Ok(Client { inner, endpoint })
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        let endpoint = PyString::new(py, &self.endpoint).repr()?;
        Ok(format!("Client(endpoint={endpoint}, token='***')"))
    }

    /// The `Fastly-RateLimit-Remaining` and `Fastly-RateLimit-Reset` headers
    /// of the last response that carried them, or `None` before any did.
    #[getter]
    fn rate_limit(&self) -> Option<RateLimit> {
        self.inner.rate_limit().map(RateLimit::from)
    }

    fn __enter__(slf: Py<Self>) -> Py<Self> {
        slf
    }

    /// Nothing to close: connections are released when the client is garbage collected.
    #[pyo3(signature = (_exc_type=None, _exc_value=None, _traceback=None))]
    fn __exit__(
        &self,
        _exc_type: Option<Bound<'_, PyType>>,
        _exc_value: Option<Bound<'_, PyAny>>,
        _traceback: Option<Bound<'_, PyAny>>,
    ) -> bool {
        false
    }

    /// `getCurrentCustomer`: the customer the token belongs to.
    fn get_current_customer(&self, py: Python<'_>) -> PyResult<Customer> {
        let c = self.core();
        wait(py, async move { c.get_current_customer().await }).map(Customer::from)
    }

    /// `getCustomer`: one customer by id.
    fn get_customer(&self, py: Python<'_>, customer_id: String) -> PyResult<Customer> {
        let c = self.core();
        wait(py, async move { c.get_customer(&customer_id).await }).map(Customer::from)
    }

    /// `updateCustomer(customer_id, *, name=None)`: changes the customer's
    /// name. At least one field must be given: an update with nothing to
    /// change raises `InvalidArgumentError` before any request.
    #[pyo3(signature = (customer_id, *, name=None))]
    fn update_customer(
        &self,
        py: Python<'_>,
        customer_id: String,
        name: Option<String>,
    ) -> PyResult<Customer> {
        let c = self.core();
        let mut options = UpdateCustomerOptions::new();
        options.name = name;
        wait(py, async move {
            c.update_customer(&customer_id, &options).await
        })
        .map(Customer::from)
    }

    /// `getCurrentUser`: the user the token belongs to.
    fn get_current_user(&self, py: Python<'_>) -> PyResult<User> {
        let c = self.core();
        wait(py, async move { c.get_current_user().await }).map(User::from)
    }

    /// `getUser`: one user by id.
    fn get_user(&self, py: Python<'_>, user_id: String) -> PyResult<User> {
        let c = self.core();
        wait(py, async move { c.get_user(&user_id).await }).map(User::from)
    }

    /// `updateUser(user_id, *, name=None, role=None)`: changes a user's name
    /// or role (`user`, `tls_viewer`, `tls_admin`, `billing`, `engineer` or
    /// `superuser`); `None` leaves a field unchanged. An unknown role, or
    /// nothing to change, raises `InvalidArgumentError` before any request.
    #[pyo3(signature = (user_id, *, name=None, role=None))]
    fn update_user(
        &self,
        py: Python<'_>,
        user_id: String,
        name: Option<String>,
        role: Option<String>,
    ) -> PyResult<User> {
        let c = self.core();
        let mut options = UpdateUserOptions::new();
        options.name = name;
        options.role = role.as_deref().map(UserRole::parse_lenient);
        wait(py, async move { c.update_user(&user_id, &options).await }).map(User::from)
    }

    /// `deleteUser`: removes a user from the account. A 200 answer whose body
    /// says `"status": "error"` raises `UnexpectedStatusError` (status 200).
    fn delete_user(&self, py: Python<'_>, user_id: String) -> PyResult<()> {
        let c = self.core();
        wait(py, async move { c.delete_user(&user_id).await })
    }

    /// `listCustomerUsers`: every user of a customer.
    fn list_customer_users(&self, py: Python<'_>, customer_id: String) -> PyResult<Vec<User>> {
        let c = self.core();
        let users = wait(py, async move { c.list_customer_users(&customer_id).await })?;
        Ok(users.into_iter().map(User::from).collect())
    }

    /// `createInvitation(email, role, *, roles=None, limit_services=None,
    /// customer_id=None)`: invites `email` with `role` (`user`, `tls_viewer`,
    /// `tls_admin`, `billing`, `engineer` or `superuser`), optionally granting
    /// more `roles`, limiting the invitee to specific services, or naming
    /// the customer. Never retried once sent (it could invite twice).
    #[pyo3(signature = (email, role, *, roles=None, limit_services=None, customer_id=None))]
    fn create_invitation(
        &self,
        py: Python<'_>,
        email: String,
        role: String,
        roles: Option<Vec<String>>,
        limit_services: Option<bool>,
        customer_id: Option<String>,
    ) -> PyResult<Invitation> {
        let c = self.core();
        let role = UserRole::parse_lenient(&role);
        let mut options = InvitationOptions::new();
        options.roles = roles;
        options.limit_services = limit_services;
        options.customer_id = customer_id;
        wait(py, async move {
            c.create_invitation(&email, &role, &options).await
        })
        .map(Invitation::from)
    }

    /// `listRoles`: one page of IAM roles: `list_roles(*, per_page=None, cursor=None)`.
    /// Pass a page's `next_cursor` as `cursor` for the next page, whether the
    /// API pages by cursor or by page number.
    #[pyo3(signature = (*, per_page=None, cursor=None))]
    fn list_roles(
        &self,
        py: Python<'_>,
        per_page: Option<i64>,
        cursor: Option<String>,
    ) -> PyResult<Page> {
        let c = self.core();
        let options = Self::list_options(py, per_page, cursor)?;
        let page = wait(py, async move { c.list_roles(&options).await })?;
        Page::from_core::<_, Role>(py, page)
    }

    /// Every IAM role, fetched lazily page by page (`per_page` keyword-only).
    #[pyo3(signature = (*, per_page=None))]
    fn iter_roles(&self, py: Python<'_>, per_page: Option<i64>) -> PyResult<ItemIterator> {
        let per_page = count(py, "per_page", per_page)?;
        Ok(ItemIterator::new(Walk::Roles(
            self.core().iter_roles(per_page),
        )))
    }

    /// `getRole`: one IAM role by id.
    fn get_role(&self, py: Python<'_>, role_id: String) -> PyResult<Role> {
        let c = self.core();
        wait(py, async move { c.get_role(&role_id).await }).map(Role::from)
    }

    /// `listServiceGroups`: one page of IAM service groups: `list_service_groups(*, per_page=None, cursor=None)`.
    /// Pass a page's `next_cursor` as `cursor` for the next page, whether the
    /// API pages by cursor or by page number.
    #[pyo3(signature = (*, per_page=None, cursor=None))]
    fn list_service_groups(
        &self,
        py: Python<'_>,
        per_page: Option<i64>,
        cursor: Option<String>,
    ) -> PyResult<Page> {
        let c = self.core();
        let options = Self::list_options(py, per_page, cursor)?;
        let page = wait(py, async move { c.list_service_groups(&options).await })?;
        Page::from_core::<_, ServiceGroup>(py, page)
    }

    /// Every service group, fetched lazily page by page (`per_page` keyword-only).
    #[pyo3(signature = (*, per_page=None))]
    fn iter_service_groups(&self, py: Python<'_>, per_page: Option<i64>) -> PyResult<ItemIterator> {
        let per_page = count(py, "per_page", per_page)?;
        Ok(ItemIterator::new(Walk::ServiceGroups(
            self.core().iter_service_groups(per_page),
        )))
    }

    /// `createServiceGroup(name, *, description=None, services=None)`:
    /// creates a service group, optionally with services (a list of ids).
    #[pyo3(signature = (name, *, description=None, services=None))]
    fn create_service_group(
        &self,
        py: Python<'_>,
        name: String,
        description: Option<String>,
        services: Option<Vec<String>>,
    ) -> PyResult<ServiceGroup> {
        let c = self.core();
        let mut options = ServiceGroupOptions::new();
        options.description = description;
        options.services = services;
        wait(
            py,
            async move { c.create_service_group(&name, &options).await },
        )
        .map(ServiceGroup::from)
    }

    /// `listUserGroups`: one page of IAM user groups: `list_user_groups(*, per_page=None, cursor=None)`.
    /// Pass a page's `next_cursor` as `cursor` for the next page, whether the
    /// API pages by cursor or by page number.
    #[pyo3(signature = (*, per_page=None, cursor=None))]
    fn list_user_groups(
        &self,
        py: Python<'_>,
        per_page: Option<i64>,
        cursor: Option<String>,
    ) -> PyResult<Page> {
        let c = self.core();
        let options = Self::list_options(py, per_page, cursor)?;
        let page = wait(py, async move { c.list_user_groups(&options).await })?;
        Page::from_core::<_, UserGroup>(py, page)
    }

    /// Every user group, fetched lazily page by page (`per_page` keyword-only).
    #[pyo3(signature = (*, per_page=None))]
    fn iter_user_groups(&self, py: Python<'_>, per_page: Option<i64>) -> PyResult<ItemIterator> {
        let per_page = count(py, "per_page", per_page)?;
        Ok(ItemIterator::new(Walk::UserGroups(
            self.core().iter_user_groups(per_page),
        )))
    }

    /// `createUserGroup(name, *, description=None)`: creates a user group.
    #[pyo3(signature = (name, *, description=None))]
    fn create_user_group(
        &self,
        py: Python<'_>,
        name: String,
        description: Option<String>,
    ) -> PyResult<UserGroup> {
        let c = self.core();
        let mut options = UserGroupOptions::new();
        options.description = description;
        wait(
            py,
            async move { c.create_user_group(&name, &options).await },
        )
        .map(UserGroup::from)
    }
}
