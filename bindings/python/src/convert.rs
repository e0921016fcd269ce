//! The one place arguments and results cross between Python and the core.
//!
//! - [`Arg`]: a Python argument as the core takes it (checked where the
//!   binding must check it, e.g. a count that has to fit in a `u32`).
//!   Every operation's parameter goes through it, by its declared type.
//! - [`ToPython`]: a core result as the Python value the operation returns
//!   (models become their classes, lists `list`s, pages [`Page`]).
//! - [`seconds`], [`count`], [`size`]: the checks of numeric settings, shared
//!   by the constructor and the operations.

use std::time::Duration;

use fastly_account as core;
use fastly_account::UserRole;
use pyo3::prelude::*;
use pyo3::IntoPyObjectExt;

use crate::errors::invalid_argument;
use crate::models::Page;

/// A duration argument in seconds (int or float).
pub(crate) fn seconds(
    py: Python<'_>,
    name: &str,
    value: Option<f64>,
) -> PyResult<Option<Duration>> {
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
pub(crate) fn count(py: Python<'_>, name: &str, value: Option<i64>) -> PyResult<Option<u32>> {
    value.map(|n| Count(n).convert(py, name)).transpose()
}

/// A size argument (bytes, connections) that must fit in a `usize`.
pub(crate) fn size(py: Python<'_>, name: &str, value: Option<i64>) -> PyResult<Option<usize>> {
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

/// An operation's argument, converted to what the core takes. `name` is the
/// Python parameter's name, for error messages.
pub(crate) trait Arg: Sized {
    /// The core's type for this argument.
    type Core;

    fn convert(self, py: Python<'_>, name: &str) -> PyResult<Self::Core>;
}

/// Arguments the core takes as they are (it checks them itself: empty ids,
/// malformed emails, empty lists...).
macro_rules! as_is {
    ($($ty:ty),* $(,)?) => {
        $(
            impl Arg for $ty {
                type Core = $ty;

                fn convert(self, _py: Python<'_>, _name: &str) -> PyResult<$ty> {
                    Ok(self)
                }
            }
        )*
    };
}

as_is!(
    String,
    bool,
    Vec<String>,
    std::collections::BTreeMap<String, String>
);

impl<T: Arg> Arg for Option<T> {
    type Core = Option<T::Core>;

    fn convert(self, py: Python<'_>, name: &str) -> PyResult<Option<T::Core>> {
        self.map(|value| value.convert(py, name)).transpose()
    }
}

/// A Python `int` the core takes as a `u32` (page sizes, page numbers);
/// a negative or too large one raises `InvalidArgumentError`.
pub(crate) struct Count(i64);

impl<'a, 'py> FromPyObject<'a, 'py> for Count {
    type Error = PyErr;

    fn extract(value: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        Ok(Count(value.extract()?))
    }
}

impl Arg for Count {
    type Core = u32;

    fn convert(self, py: Python<'_>, name: &str) -> PyResult<u32> {
        let Count(n) = self;
        u32::try_from(n).map_err(|_| {
            invalid_argument(
                py,
                format!("{name} must be between 0 and {}, got {n}", u32::MAX),
            )
        })
    }
}

/// A user role as a Python `str` (`user`, `tls_viewer`, `tls_admin`,
/// `billing`, `engineer`, `superuser`). Any string is taken; the core refuses
/// an unknown one before any request (`InvalidArgumentError`).
pub(crate) struct RoleName(String);

impl<'a, 'py> FromPyObject<'a, 'py> for RoleName {
    type Error = PyErr;

    fn extract(value: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        Ok(RoleName(value.extract()?))
    }
}

impl Arg for RoleName {
    type Core = UserRole;

    fn convert(self, _py: Python<'_>, _name: &str) -> PyResult<UserRole> {
        Ok(UserRole::parse_lenient(&self.0))
    }
}

/// A core result as the Python value an operation returns.
pub(crate) trait ToPython: Sized {
    /// What Python receives.
    type Python;

    fn to_python(self, py: Python<'_>) -> PyResult<Self::Python>;

    /// The value as a Python object, for an awaited result (a returned
    /// value goes through PyO3's return conversion instead).
    fn to_object(self, py: Python<'_>) -> PyResult<Py<PyAny>>
    where
        for<'py> Self::Python: IntoPyObject<'py>,
    {
        self.to_python(py)?.into_py_any(py)
    }
}

/// `None`.
impl ToPython for () {
    type Python = ();

    fn to_python(self, _py: Python<'_>) -> PyResult<()> {
        Ok(())
    }

    /// `None`, as a method returning `()` gives (not the empty tuple).
    fn to_object(self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        Ok(py.None())
    }
}

/// A `list` of models.
impl<T: ToPython> ToPython for Vec<T> {
    type Python = Vec<T::Python>;

    fn to_python(self, py: Python<'_>) -> PyResult<Self::Python> {
        self.into_iter().map(|item| item.to_python(py)).collect()
    }
}

/// A [`Page`] of model instances.
impl<T> ToPython for core::Page<T>
where
    T: ToPython,
    T::Python: pyo3::PyClass + Into<PyClassInitializer<T::Python>>,
{
    type Python = Page;

    fn to_python(self, py: Python<'_>) -> PyResult<Page> {
        Page::from_core(py, self)
    }
}

/// A model instance as a new Python object (an item of a page or a walk).
pub(crate) fn instance<T>(py: Python<'_>, item: T) -> PyResult<Py<PyAny>>
where
    T: ToPython,
    T::Python: pyo3::PyClass + Into<PyClassInitializer<T::Python>>,
{
    Ok(Py::new(py, item.to_python(py)?)?.into_any())
}
