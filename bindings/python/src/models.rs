//! The Python model classes and the one place core models become them.
//!
//! Every model is frozen (immutable), compares and hashes by value, and has
//! attributes named exactly as the API's JSON fields. Timestamps become
//! timezone-aware `datetime`s (UTC), roles plain `str`s.

use fastly_account as core;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};

/// A point in time (UTC); PyO3 turns it into an aware `datetime`.
type Timestamp = chrono::DateTime<chrono::Utc>;

/// Converts one core field to its Python-side type.
trait FromCore<T> {
    fn from_core(value: T) -> Self;
}

impl<T> FromCore<T> for T {
    fn from_core(value: T) -> T {
        value
    }
}

impl FromCore<Option<core::UserRole>> for Option<String> {
    fn from_core(role: Option<core::UserRole>) -> Option<String> {
        role.map(|role| role.as_str().to_owned())
    }
}

/// `Name(field=repr, ...)` from already converted Python values.
fn repr_of(name: &str, fields: &[(&str, Bound<'_, PyAny>)]) -> PyResult<String> {
    let mut parts = Vec::with_capacity(fields.len());
    for (field, value) in fields {
        parts.push(format!("{field}={}", value.repr()?));
    }
    Ok(format!("{name}({})", parts.join(", ")))
}

/// Declares a model class, its conversion from the core model, `__repr__`
/// and `to_dict()`.
macro_rules! model {
    (
        $(#[$doc:meta])*
        $name:ident from $core:ty {
            $($(#[$field_doc:meta])* $field:ident: $ty:ty,)*
        }
    ) => {
        $(#[$doc])*
        #[pyclass(frozen, eq, hash, module = "fastly_account")]
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub struct $name {
            $($(#[$field_doc])* #[pyo3(get)] pub $field: $ty,)*
        }

        impl From<$core> for $name {
            fn from(model: $core) -> Self {
                $name {
                    $($field: FromCore::from_core(model.$field),)*
                }
            }
        }

        #[pymethods]
        impl $name {
            fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
                repr_of(
                    stringify!($name),
                    &[$((stringify!($field), self.$field.clone().into_pyobject(py)?.into_any()),)*],
                )
            }

            /// The attributes as a `dict` (timestamps stay `datetime`s).
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
                let dict = PyDict::new(py);
                $(dict.set_item(stringify!($field), self.$field.clone())?;)*
                Ok(dict)
            }
        }
    };
}

model! {
    /// A customer account: it owns services and users.
    Customer from core::Customer {
        id: Option<String>,
        name: Option<String>,
        owner_id: Option<String>,
        pricing_plan: Option<String>,
        can_configure_wordpress: Option<bool>,
        legal_contact_id: Option<String>,
        technical_contact_id: Option<String>,
        security_contact_id: Option<String>,
        created_at: Option<Timestamp>,
        updated_at: Option<Timestamp>,
    }
}

model! {
    /// A user of a customer account.
    User from core::User {
        id: Option<String>,
        login: Option<String>,
        name: Option<String>,
        /// As the API spelled it: `user`, `billing`, `engineer`, `superuser` or another.
        role: Option<String>,
        customer_id: Option<String>,
        email_hash: Option<String>,
        two_factor_auth_enabled: Option<bool>,
        limit_services: Option<bool>,
        locked: Option<bool>,
        require_new_password: Option<bool>,
        created_at: Option<Timestamp>,
        updated_at: Option<Timestamp>,
        deleted_at: Option<Timestamp>,
    }
}

model! {
    /// An invitation to join the account (flattened from the JSON:API resource).
    Invitation from core::Invitation {
        id: Option<String>,
        email: Option<String>,
        role: Option<String>,
        status: Option<String>,
        created_at: Option<Timestamp>,
    }
}

model! {
    /// An IAM role: a named set of permissions.
    Role from core::Role {
        id: Option<String>,
        name: Option<String>,
        description: Option<String>,
        custom: Option<bool>,
        permissions_count: Option<i64>,
        created_at: Option<Timestamp>,
        updated_at: Option<Timestamp>,
    }
}

model! {
    /// An IAM service group: services gathered for access control.
    ServiceGroup from core::ServiceGroup {
        id: Option<String>,
        name: Option<String>,
        description: Option<String>,
        services_count: Option<i64>,
        created_at: Option<Timestamp>,
        updated_at: Option<Timestamp>,
    }
}

model! {
    /// An IAM user group: users who share roles and service-group access.
    UserGroup from core::UserGroup {
        id: Option<String>,
        name: Option<String>,
        description: Option<String>,
        users_count: Option<i64>,
        roles_count: Option<i64>,
        service_groups_count: Option<i64>,
        created_at: Option<Timestamp>,
        updated_at: Option<Timestamp>,
    }
}

model! {
    /// The rate-limit state of the last response that carried the
    /// `Fastly-RateLimit-Remaining` / `Fastly-RateLimit-Reset` headers.
    RateLimit from core::RateLimit {
        /// Requests left in the current window, if the API said.
        remaining: Option<u64>,
        /// When the window resets, in seconds since the Unix epoch, if the API said.
        reset: Option<i64>,
    }
}

/// One page of an IAM list: `data`, `next_cursor` (`None` on the last page)
/// and `total` (when the API says). Iterating a page yields its items.
#[pyclass(frozen, generic, module = "fastly_account")]
pub struct Page {
    items: Vec<Py<PyAny>>,
    #[pyo3(get)]
    next_cursor: Option<String>,
    #[pyo3(get)]
    total: Option<i64>,
}

impl Page {
    /// Converts a core page, each item to its model class.
    pub(crate) fn from_core<T, M>(py: Python<'_>, page: core::Page<T>) -> PyResult<Page>
    where
        M: From<T> + pyo3::PyClass + Into<PyClassInitializer<M>>,
    {
        let items = page
            .data
            .into_iter()
            .map(|item| Ok(Py::new(py, M::from(item))?.into_any()))
            .collect::<PyResult<_>>()?;
        Ok(Page {
            items,
            next_cursor: page.next_cursor,
            total: page.total,
        })
    }

    fn list<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        PyList::new(py, self.items.iter().map(|item| item.bind(py)))
    }
}

#[pymethods]
impl Page {
    /// The items of this page (a new list on every access).
    #[getter]
    fn data<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        self.list(py)
    }

    fn __len__(&self) -> usize {
        self.items.len()
    }

    fn __iter__<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.list(py)?.try_iter().map(Bound::into_any)
    }

    fn __eq__(&self, py: Python<'_>, other: &Bound<'_, PyAny>) -> PyResult<bool> {
        let Ok(other) = other.cast::<Page>() else {
            return Ok(false);
        };
        let other = other.get();
        Ok(self.next_cursor == other.next_cursor
            && self.total == other.total
            && self.list(py)?.eq(other.list(py)?)?)
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        repr_of(
            "Page",
            &[
                ("data", self.list(py)?.into_any()),
                (
                    "next_cursor",
                    self.next_cursor.clone().into_pyobject(py)?.into_any(),
                ),
                ("total", self.total.into_pyobject(py)?.into_any()),
            ],
        )
    }

    /// `{"data": [item.to_dict(), ...], "next_cursor": ..., "total": ...}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let data = PyList::empty(py);
        for item in &self.items {
            data.append(item.bind(py).call_method0("to_dict")?)?;
        }
        let dict = PyDict::new(py);
        dict.set_item("data", data)?;
        dict.set_item("next_cursor", self.next_cursor.clone())?;
        dict.set_item("total", self.total)?;
        Ok(dict)
    }
}
