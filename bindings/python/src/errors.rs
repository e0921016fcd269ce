//! The one place a core [`Error`] becomes a Python exception.
//!
//! The exception classes live in Python (`fastly_account/errors.py`): an abi3
//! extension cannot subclass `Exception` from Rust before Python 3.12. They are
//! imported here and instantiated with `message`, `status`, `description` (the
//! sentence `str(e)` shows) and, for a 429, `remaining` and `reset`.

use fastly_account::Error;
use pyo3::prelude::*;
use pyo3::types::PyDict;
use pyo3::PyTypeInfo;

mod classes {
    pyo3::import_exception!(fastly_account.errors, FastlyError);
    pyo3::import_exception!(fastly_account.errors, AuthenticationError);
    pyo3::import_exception!(fastly_account.errors, PermissionDeniedError);
    pyo3::import_exception!(fastly_account.errors, NotFoundError);
    pyo3::import_exception!(fastly_account.errors, BadRequestError);
    pyo3::import_exception!(fastly_account.errors, RateLimitError);
    pyo3::import_exception!(fastly_account.errors, ServerError);
    pyo3::import_exception!(fastly_account.errors, UnexpectedStatusError);
    pyo3::import_exception!(fastly_account.errors, RequestTimeoutError);
    pyo3::import_exception!(fastly_account.errors, NetworkError);
    pyo3::import_exception!(fastly_account.errors, DecodeError);
    pyo3::import_exception!(fastly_account.errors, InvalidArgumentError);
}

/// Maps a core error to the Python exception of its kind.
pub(crate) fn to_py_err(py: Python<'_>, error: Error) -> PyErr {
    use classes::*;
    let class = match &error {
        Error::Unauthorized { .. } => AuthenticationError::type_object(py),
        Error::Forbidden { .. } => PermissionDeniedError::type_object(py),
        Error::NotFound { .. } => NotFoundError::type_object(py),
        Error::BadRequest { .. } => BadRequestError::type_object(py),
        Error::RateLimited { .. } => RateLimitError::type_object(py),
        Error::Server { .. } => ServerError::type_object(py),
        Error::Http { .. } => UnexpectedStatusError::type_object(py),
        Error::Timeout { .. } => RequestTimeoutError::type_object(py),
        Error::Connection { .. } => NetworkError::type_object(py),
        Error::Decode { .. } => DecodeError::type_object(py),
        Error::InvalidArgument { .. } => InvalidArgumentError::type_object(py),
        _ => FastlyError::type_object(py),
    };
    let raised = (|| -> PyResult<PyErr> {
        let kwargs = PyDict::new(py);
        kwargs.set_item("description", error.to_string())?;
        if let Error::RateLimited {
            remaining, reset, ..
        } = &error
        {
            kwargs.set_item("remaining", *remaining)?;
            kwargs.set_item("reset", *reset)?;
        }
        let instance = class.call((error.message(), error.status()), Some(&kwargs))?;
        Ok(PyErr::from_value(instance))
    })();
    // Building the exception can only fail if errors.py was tampered with;
    // raise that failure rather than lose the call's.
    raised.unwrap_or_else(|failure| failure)
}
