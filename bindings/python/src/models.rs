//! The Python model classes and the one place core models become them; the
//! classes themselves are generated from the core's models into
//! `model_list.rs` (included below) by `cargo run -p fastly-account-generate`.
//!
//! Every model is frozen (immutable), compares and hashes by value, and has
//! attributes named exactly as the API's JSON fields, plus `extra`: the JSON
//! members the client does not model and the raw values of modelled fields
//! that could not be read (a `dict`, decoded to Python values). Timestamps
//! become timezone-aware `datetime`s (UTC), roles plain `str`s.
//!
//! Every resource model can also be built from Python with keyword arguments
//! only (`User(id="u1", login="a@b.co")`, each defaulting to `None`), for
//! users' test doubles; `type(m)(**m.to_dict()) == m`.

use fastly_account as core;
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{
    PyBool, PyDateTime, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple, PyTzInfo,
};
use serde_json::{Map, Value};

use crate::convert::{instance, ToPython};

/// A point in time (UTC); an aware `datetime` on the Python side. Built from
/// any aware `datetime`, converted to UTC; a naive one is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Timestamp(core::Timestamp);

impl<'py> IntoPyObject<'py> for Timestamp {
    type Target = PyDateTime;
    type Output = Bound<'py, PyDateTime>;
    type Error = PyErr;

    fn into_pyobject(self, py: Python<'py>) -> PyResult<Self::Output> {
        self.0.into_pyobject(py)
    }
}

impl<'py> IntoPyObject<'py> for &Timestamp {
    type Target = PyDateTime;
    type Output = Bound<'py, PyDateTime>;
    type Error = PyErr;

    fn into_pyobject(self, py: Python<'py>) -> PyResult<Self::Output> {
        self.0.into_pyobject(py)
    }
}

impl<'a, 'py> FromPyObject<'a, 'py> for Timestamp {
    type Error = PyErr;

    fn extract(value: Borrowed<'a, 'py, PyAny>) -> PyResult<Self> {
        let py = value.py();
        let value = value.cast::<PyDateTime>()?;
        if value.call_method0("utcoffset")?.is_none() {
            return Err(PyTypeError::new_err(
                "expected a timezone-aware datetime (e.g. tzinfo=datetime.timezone.utc), \
                 got a naive one",
            ));
        }
        let utc = value.call_method1("astimezone", (PyTzInfo::utc(py)?,))?;
        Ok(Timestamp(utc.extract()?))
    }
}

/// A model's `extra` members, kept as canonical JSON text (keys sorted at
/// every level) so that the frozen model stays hashable and two models with
/// the same members compare equal, whatever order they arrived in.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Extra(String);

/// How deeply an `extra` value given from Python may nest (as serde_json's
/// own parser allows for what the API sends).
const MAX_DEPTH: usize = 128;

impl Extra {
    fn from_map(map: Map<String, Value>) -> Extra {
        let mut value = Value::Object(map);
        value.sort_all_objects();
        Extra(value.to_string())
    }

    /// From a constructor's `extra=` argument: a `dict` with `str` keys and
    /// JSON-like values (`None` means no members).
    fn from_py(value: Option<&Bound<'_, PyAny>>) -> PyResult<Extra> {
        let Some(value) = value.filter(|v| !v.is_none()) else {
            return Ok(Extra::from_map(Map::new()));
        };
        if !value.is_instance_of::<PyDict>() {
            return Err(PyTypeError::new_err(format!(
                "extra must be a dict, not {}",
                value.get_type().name()?
            )));
        }
        match py_to_json(value, 0)? {
            Value::Object(map) => Ok(Extra::from_map(map)),
            _ => Err(PyTypeError::new_err("extra must be a dict")),
        }
    }

    fn is_empty(&self) -> bool {
        self.0 == "{}"
    }

    /// A new `dict` of the members.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let value: Value = serde_json::from_str(&self.0)
            .map_err(|e| PyValueError::new_err(format!("extra is not valid JSON: {e}")))?;
        let dict = PyDict::new(py);
        if let Value::Object(map) = value {
            for (key, member) in &map {
                dict.set_item(key, json_to_py(py, member)?)?;
            }
        }
        Ok(dict)
    }
}

/// A Python value (`None`, `bool`, `int`, `float`, `str`, `list`, `tuple`,
/// `dict` with `str` keys) as JSON.
fn py_to_json(value: &Bound<'_, PyAny>, depth: usize) -> PyResult<Value> {
    if depth > MAX_DEPTH {
        return Err(PyValueError::new_err(format!(
            "extra nests deeper than {MAX_DEPTH} levels"
        )));
    }
    if value.is_none() {
        return Ok(Value::Null);
    }
    if let Ok(flag) = value.cast::<PyBool>() {
        return Ok(Value::Bool(flag.is_true()));
    }
    if value.is_instance_of::<PyInt>() {
        if let Ok(number) = value.extract::<i64>() {
            return Ok(Value::from(number));
        }
        if let Ok(number) = value.extract::<u64>() {
            return Ok(Value::from(number));
        }
        return Err(PyValueError::new_err(
            "extra holds an integer outside the 64-bit range",
        ));
    }
    if let Ok(float) = value.cast::<PyFloat>() {
        return serde_json::Number::from_f64(float.value())
            .map(Value::Number)
            .ok_or_else(|| PyValueError::new_err("extra holds a float that is not finite"));
    }
    if value.is_instance_of::<PyString>() {
        return Ok(Value::String(value.extract()?));
    }
    if let Ok(dict) = value.cast::<PyDict>() {
        let mut map = Map::new();
        for (key, member) in dict.iter() {
            if !key.is_instance_of::<PyString>() {
                return Err(PyTypeError::new_err(format!(
                    "extra's keys must be str, not {}",
                    key.get_type().name()?
                )));
            }
            map.insert(key.extract()?, py_to_json(&member, depth + 1)?);
        }
        return Ok(Value::Object(map));
    }
    if value.is_instance_of::<PyList>() || value.is_instance_of::<PyTuple>() {
        let items = value
            .try_iter()?
            .map(|item| py_to_json(&item?, depth + 1))
            .collect::<PyResult<_>>()?;
        return Ok(Value::Array(items));
    }
    Err(PyTypeError::new_err(format!(
        "extra's values must be JSON values (dict, list, tuple, str, int, float, bool or None), \
         not {}",
        value.get_type().name()?
    )))
}

/// A JSON value as a new Python object.
fn json_to_py<'py>(py: Python<'py>, value: &Value) -> PyResult<Bound<'py, PyAny>> {
    Ok(match value {
        Value::Null => py.None().into_bound(py),
        Value::Bool(flag) => PyBool::new(py, *flag).to_owned().into_any(),
        Value::Number(number) => {
            if let Some(n) = number.as_i64() {
                n.into_pyobject(py)?.into_any()
            } else if let Some(n) = number.as_u64() {
                n.into_pyobject(py)?.into_any()
            } else if let Some(n) = number.as_f64() {
                PyFloat::new(py, n).into_any()
            } else {
                PyString::new(py, &number.to_string()).into_any()
            }
        }
        Value::String(text) => PyString::new(py, text).into_any(),
        Value::Array(items) => PyList::new(
            py,
            items
                .iter()
                .map(|item| json_to_py(py, item))
                .collect::<PyResult<Vec<_>>>()?,
        )?
        .into_any(),
        Value::Object(map) => {
            let dict = PyDict::new(py);
            for (key, member) in map {
                dict.set_item(key, json_to_py(py, member)?)?;
            }
            dict.into_any()
        }
    })
}

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

impl FromCore<Option<core::Timestamp>> for Option<Timestamp> {
    fn from_core(at: Option<core::Timestamp>) -> Option<Timestamp> {
        at.map(Timestamp)
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

/// A field's Python name: its Rust name without a raw identifier's `r#`.
fn py_name(field: &str) -> &str {
    field.strip_prefix("r#").unwrap_or(field)
}

/// The core model's field a model field is read from: its own name, or the
/// one given.
macro_rules! core_field {
    ($model:ident, $field:ident) => {
        $model.$field
    };
    ($model:ident, $field:ident $core_field:ident) => {
        $model.$core_field
    };
}

/// Declares a resource model class: its conversion from the core model, its
/// keyword-only constructor, `extra`, `__repr__`, `to_dict()` and pickling.
///
/// A field is `name: Type`, read from the core model's field of the same
/// name, or `name: Type = core_field` to read another one (a Python name
/// that is a Rust keyword is written raw, `r#type`, and shows without `r#`).
macro_rules! model {
    (
        $(#[$doc:meta])*
        $name:ident from $core:ty {
            $($(#[$field_doc:meta])* $field:ident: $ty:ty $(= $core_field:ident)?,)*
        }
    ) => {
        $(#[$doc])*
        ///
        /// Immutable, compared and hashed by value. Built from keyword
        /// arguments only, each `None` by default (for test doubles): `extra`
        /// takes a `dict` of JSON values, timestamps aware `datetime`s.
        #[pyclass(frozen, eq, hash, from_py_object, module = "fastly_account")]
        #[derive(Debug, Clone, PartialEq, Eq, Hash)]
        pub struct $name {
            $($(#[$field_doc])* #[pyo3(get)] pub $field: $ty,)*
            extra: Extra,
        }

        impl From<$core> for $name {
            fn from(model: $core) -> Self {
                $name {
                    $($field: FromCore::from_core(core_field!(model, $field $($core_field)?)),)*
                    extra: Extra::from_map(model.extra),
                }
            }
        }

        impl ToPython for $core {
            type Python = $name;

            fn to_python(self, _py: Python<'_>) -> PyResult<$name> {
                Ok($name::from(self))
            }
        }

        #[pymethods]
        impl $name {
            /// Keyword arguments only, each `None` by default; `extra` is a
            /// `dict` of JSON values. Timestamps take aware `datetime`s.
            #[new]
            #[pyo3(signature = (*, $($field = None,)* extra = None))]
            #[allow(clippy::too_many_arguments)]
            fn new($($field: $ty,)* extra: Option<&Bound<'_, PyAny>>) -> PyResult<Self> {
                Ok($name {
                    $($field,)*
                    extra: Extra::from_py(extra)?,
                })
            }

            /// Members of the API's JSON this client does not model, and the
            /// raw values of fields that could not be read (a new `dict` on
            /// every access).
            #[getter(extra)]
            fn extra_members<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
                self.extra.to_dict(py)
            }

            fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
                let mut fields = vec![
                    $((py_name(stringify!($field)), self.$field.clone().into_pyobject(py)?.into_any()),)*
                ];
                if !self.extra.is_empty() {
                    fields.push(("extra", self.extra.to_dict(py)?.into_any()));
                }
                repr_of(stringify!($name), &fields)
            }

            /// Every attribute as a `dict`, `extra` included (timestamps stay
            /// `datetime`s): `type(m)(**m.to_dict()) == m`.
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
                let dict = PyDict::new(py);
                $(dict.set_item(py_name(stringify!($field)), self.$field.clone())?;)*
                dict.set_item("extra", self.extra.to_dict(py)?)?;
                Ok(dict)
            }

            /// Pickling rebuilds the model from its keyword arguments.
            fn __getnewargs_ex__<'py>(
                &self,
                py: Python<'py>,
            ) -> PyResult<(Bound<'py, PyTuple>, Bound<'py, PyDict>)> {
                Ok((PyTuple::empty(py), self.to_dict(py)?))
            }
        }
    };
}

// Every model class, generated from the core's models (each field declared
// once, in core/src/model/<resource>.rs) by `cargo run -p fastly-account-generate`.
include!("model_list.rs");

impl FromCore<Option<core::TokenSecret>> for Option<TokenSecret> {
    fn from_core(secret: Option<core::TokenSecret>) -> Option<TokenSecret> {
        secret.map(TokenSecret)
    }
}

/// The secret of a token just created (``NewToken.secret``,
/// ``NewAutomationToken.secret``): the value to send as ``Fastly-Key``. The
/// API shows it once. It never prints: ``repr()`` and ``str()`` show
/// ``TokenSecret('***')``, so printing or logging the model that holds it
/// never shows it, and it is not pickled. ``reveal()`` gives it, to store
/// where secrets belong.
#[pyclass(frozen, eq, hash, from_py_object, module = "fastly_account")]
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct TokenSecret(core::TokenSecret);

impl std::fmt::Debug for TokenSecret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&self.0, f)
    }
}

#[pymethods]
impl TokenSecret {
    /// Wraps a secret (for test doubles).
    #[new]
    fn new(secret: String) -> Self {
        TokenSecret(core::TokenSecret::new(secret))
    }

    /// The secret itself.
    fn reveal(&self) -> String {
        self.0.expose().to_owned()
    }

    fn __repr__(&self) -> String {
        format!("TokenSecret('{}')", core::model::REDACTED_SECRET)
    }

    fn __str__(&self) -> String {
        self.__repr__()
    }

    /// A secret is not pickled: pickles end up on disk and in caches.
    fn __reduce__(&self) -> PyResult<()> {
        Err(pyo3::exceptions::PyTypeError::new_err(
            "a TokenSecret is not pickled: store its reveal() where secrets belong",
        ))
    }
}

/// The rate-limit state of the last response that carried the
/// `Fastly-RateLimit-Remaining` / `Fastly-RateLimit-Reset` headers.
#[pyclass(frozen, eq, hash, module = "fastly_account")]
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RateLimit {
    /// Requests left in the current window, if the API said.
    #[pyo3(get)]
    pub remaining: Option<u64>,
    /// When the window resets, in seconds since the Unix epoch, if the API said.
    #[pyo3(get)]
    pub reset: Option<i64>,
}

impl From<core::RateLimit> for RateLimit {
    fn from(limit: core::RateLimit) -> Self {
        RateLimit {
            remaining: limit.remaining,
            reset: limit.reset,
        }
    }
}

#[pymethods]
impl RateLimit {
    /// Keyword arguments only, each `None` by default.
    #[new]
    #[pyo3(signature = (*, remaining=None, reset=None))]
    fn new(remaining: Option<u64>, reset: Option<i64>) -> Self {
        RateLimit { remaining, reset }
    }

    fn __repr__(&self, py: Python<'_>) -> PyResult<String> {
        repr_of(
            "RateLimit",
            &[
                ("remaining", self.remaining.into_pyobject(py)?.into_any()),
                ("reset", self.reset.into_pyobject(py)?.into_any()),
            ],
        )
    }

    /// The attributes as a `dict`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let dict = PyDict::new(py);
        dict.set_item("remaining", self.remaining)?;
        dict.set_item("reset", self.reset)?;
        Ok(dict)
    }
}

/// One page of a list: `data`, `next_cursor` (`None` on the last page),
/// `total`, `current_page`, `per_page`, `total_pages` (each when the API
/// says) and `next_page_number` (lists paged by number). Iterating a page
/// yields its items.
#[pyclass(frozen, generic, module = "fastly_account")]
pub struct Page {
    items: Vec<Py<PyAny>>,
    #[pyo3(get)]
    next_cursor: Option<String>,
    #[pyo3(get)]
    total: Option<i64>,
    #[pyo3(get)]
    current_page: Option<i64>,
    #[pyo3(get)]
    per_page: Option<i64>,
    #[pyo3(get)]
    total_pages: Option<i64>,
    /// Derived from `next_cursor` by the core; not part of `==`, `repr` or
    /// `to_dict()`, which `next_cursor` already determines.
    #[pyo3(get)]
    next_page_number: Option<u64>,
}

impl Page {
    /// Converts a core page, each item to its model class.
    pub(crate) fn from_core<T>(py: Python<'_>, page: core::Page<T>) -> PyResult<Page>
    where
        T: ToPython,
        T::Python: pyo3::PyClass + Into<PyClassInitializer<T::Python>>,
    {
        let next_page_number = page.next_page_number();
        let items = page
            .data
            .into_iter()
            .map(|item| instance(py, item))
            .collect::<PyResult<_>>()?;
        Ok(Page {
            items,
            next_cursor: page.next_cursor,
            total: page.total,
            current_page: page.current_page,
            per_page: page.per_page,
            total_pages: page.total_pages,
            next_page_number,
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
            && self.current_page == other.current_page
            && self.per_page == other.per_page
            && self.total_pages == other.total_pages
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
                (
                    "current_page",
                    self.current_page.into_pyobject(py)?.into_any(),
                ),
                ("per_page", self.per_page.into_pyobject(py)?.into_any()),
                (
                    "total_pages",
                    self.total_pages.into_pyobject(py)?.into_any(),
                ),
            ],
        )
    }

    /// `{"data": [item.to_dict(), ...], "next_cursor": ..., "total": ...,
    /// "current_page": ..., "per_page": ..., "total_pages": ...}`.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyDict>> {
        let data = PyList::empty(py);
        for item in &self.items {
            data.append(item.bind(py).call_method0("to_dict")?)?;
        }
        let dict = PyDict::new(py);
        dict.set_item("data", data)?;
        dict.set_item("next_cursor", self.next_cursor.clone())?;
        dict.set_item("total", self.total)?;
        dict.set_item("current_page", self.current_page)?;
        dict.set_item("per_page", self.per_page)?;
        dict.set_item("total_pages", self.total_pages)?;
        Ok(dict)
    }
}
