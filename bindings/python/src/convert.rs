//! The one place arguments and results cross between Python and the core.
//!
//! - [`Arg`]: a Python argument as the core takes it (checked where the
//!   binding must check it, e.g. a count that has to fit in a `u32`).
//!   Every operation's parameter goes through it, by its declared type.
//! - [`ToPython`]: a core result as the Python value the operation returns
//!   (models become their classes, lists `list`s, pages [`Page`]).
//! - [`argument`]: how every parameter is read, by its name and declared
//!   type ([`Expected`]); numbers are checked by the core's
//!   `fastly_account::arguments`, so every language words a refusal alike.

use std::time::Duration;

use fastly_account as core;
use fastly_account::UserRole;
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyInt};
use pyo3::IntoPyObjectExt;

use crate::errors::to_py_err;
use crate::models::Page;

/// A parameter as PyO3 hands it over: the raw object (`None` when left out
/// or given as `None`). Every parameter of an operation and of the
/// constructor is taken this way and read by [`argument`], which knows the
/// parameter's name: a wrong type is a `TypeError` that names it (PyO3's
/// own would only add a note), a value out of range an
/// `InvalidArgumentError` that names it with the accepted range.
/// (The type parameter is the declared type, for the reader.)
pub(crate) type Param<'py, T> = <T as Declared<'py>>::Raw;

/// Maps every declared type to the raw parameter type ([`Param`]).
pub(crate) trait Declared<'py> {
    type Raw;
}

impl<'py, T> Declared<'py> for T {
    type Raw = Option<Bound<'py, PyAny>>;
}

/// Reads parameter `name` as its declared type `T`, then converts it to
/// what the core takes ([`Arg`]).
pub(crate) fn argument<'py, T>(
    py: Python<'py>,
    value: Option<Bound<'py, PyAny>>,
    name: &str,
) -> PyResult<T::Core>
where
    T: Arg + Expected + for<'a> FromPyObject<'a, 'py>,
    for<'a> <T as FromPyObject<'a, 'py>>::Error: Into<PyErr>,
{
    let value = match value {
        Some(value) => value,
        None => return T::absent(name)?.convert(py, name),
    };
    let read = match value.extract::<T>() {
        Ok(read) => read,
        Err(error) => {
            let error: PyErr = error.into();
            // A value of the right type that still cannot be read (a str with
            // a lone surrogate) is refused as a value, naming the parameter.
            return Err(if error.is_instance_of::<PyTypeError>(py) {
                wrong_type(name, &T::expected(), &value)
            } else {
                let message = format!("{name} cannot be sent: {error}");
                to_py_err(py, core::Error::InvalidArgument { message })
            });
        }
    };
    read.convert(py, name)
}

/// `TypeError: per_page must be an int, not bool`.
pub(crate) fn wrong_type(name: &str, expected: &str, value: &Bound<'_, PyAny>) -> PyErr {
    let got = value
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "?".to_owned());
    PyTypeError::new_err(format!("{name} must be {expected}, not {got}"))
}

/// What a parameter of a declared type accepts, for [`wrong_type`]; and
/// what leaving it out (or passing `None`) means.
pub(crate) trait Expected: Sized {
    /// E.g. `"a str"`, `"a sequence of str"`.
    fn expected() -> String;

    /// The value of a parameter given as `None`: refused unless the
    /// declared type is optional (or a list, which is then empty).
    fn absent(name: &str) -> PyResult<Self> {
        Err(PyTypeError::new_err(format!(
            "{name} must be {}, not None",
            Self::expected()
        )))
    }
}

macro_rules! expected {
    ($($ty:ty => $text:literal),* $(,)?) => {
        $(impl Expected for $ty {
            fn expected() -> String {
                $text.to_owned()
            }
        })*
    };
}

expected!(
    String => "a str",
    bool => "a bool",
    Count => "an int",
    Seconds => "a number of seconds (int or float)",
    RoleName => "a str (one of the six roles)",
    std::path::PathBuf => "a str or os.PathLike path",
    std::collections::BTreeMap<String, String> => "a dict of str to str",
);

impl Expected for Vec<String> {
    fn expected() -> String {
        "a sequence of str (a list or tuple, not a str)".to_owned()
    }

    /// Left out: empty (the core refuses an empty list where one is needed).
    fn absent(_name: &str) -> PyResult<Self> {
        Ok(Vec::new())
    }
}

impl<T: Expected> Expected for Option<T> {
    fn expected() -> String {
        format!("{} or None", T::expected())
    }

    fn absent(_name: &str) -> PyResult<Self> {
        Ok(None)
    }
}

/// A Python number of seconds (`int` or `float`, not `bool`), checked by
/// the core ([`core::arguments::seconds`]) once its name is known.
pub(crate) struct Seconds(f64);

impl<'a, 'py> FromPyObject<'a, 'py> for Seconds {
    type Error = PyErr;

    fn extract(value: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        if value.is_instance_of::<PyBool>() {
            return Err(PyTypeError::new_err("a bool is not a number of seconds"));
        }
        Ok(Seconds(value.extract()?))
    }
}

impl Arg for Seconds {
    type Core = Duration;

    fn convert(self, py: Python<'_>, name: &str) -> PyResult<Duration> {
        core::arguments::seconds(name, self.0).map_err(|e| to_py_err(py, e))
    }
}

/// A count or size argument: a Python `int` (not a `bool`) of any size;
/// its range is checked by the core ([`core::arguments`]) once its name is
/// known, so a huge one is an `InvalidArgumentError` naming the range, not
/// an `OverflowError`.
pub(crate) struct Count(Result<i64, String>);

impl<'a, 'py> FromPyObject<'a, 'py> for Count {
    type Error = PyErr;

    fn extract(value: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        if value.is_instance_of::<PyBool>() {
            return Err(PyTypeError::new_err("a bool is not a count"));
        }
        let int = value.cast::<PyInt>()?;
        Ok(Count(int.extract::<i64>().map_err(|_| int.to_string())))
    }
}

impl Count {
    fn checked<T>(
        self,
        py: Python<'_>,
        name: &str,
        check: fn(&str, i64) -> core::Result<T>,
    ) -> PyResult<T> {
        match self.0 {
            Ok(n) => check(name, n),
            Err(digits) => Err(core::arguments::out_of_range(name, &digits)),
        }
        .map_err(|e| to_py_err(py, e))
    }
}

impl Arg for Count {
    type Core = u32;

    fn convert(self, py: Python<'_>, name: &str) -> PyResult<u32> {
        self.checked(py, name, core::arguments::count)
    }
}

/// A size (`max_response_bytes`, `max_idle_connections`): an `int` the core
/// takes as a `usize`.
pub(crate) struct Size(Count);

impl<'a, 'py> FromPyObject<'a, 'py> for Size {
    type Error = PyErr;

    fn extract(value: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        Count::extract(value).map(Size)
    }
}

impl Expected for Size {
    fn expected() -> String {
        Count::expected()
    }
}

impl Arg for Size {
    type Core = usize;

    fn convert(self, py: Python<'_>, name: &str) -> PyResult<usize> {
        self.0.checked(py, name, core::arguments::size)
    }
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
    std::path::PathBuf,
    std::collections::BTreeMap<String, String>
);

impl<T: Arg> Arg for Option<T> {
    type Core = Option<T::Core>;

    fn convert(self, py: Python<'_>, name: &str) -> PyResult<Option<T::Core>> {
        self.map(|value| value.convert(py, name)).transpose()
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
