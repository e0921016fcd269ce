//! The lazy walks behind `iter_roles`, `iter_service_groups` and
//! `iter_user_groups`: a page is fetched only when the items in hand run out,
//! through the same waiting loop as every other call.

use fastly_account as core;
use fastly_account::Paginator;
use pyo3::prelude::*;

use crate::errors::to_py_err;
use crate::models;
use crate::wait::wait_raw;

/// Which list is being walked.
pub(crate) enum Walk {
    Roles(Paginator<core::Role>),
    ServiceGroups(Paginator<core::ServiceGroup>),
    UserGroups(Paginator<core::UserGroup>),
}

/// The next item of `pages` as an instance of `$model`, fetching a page if needed.
macro_rules! step {
    ($py:expr, $pages:expr, $model:ty) => {
        match $pages.next_with(|request| wait_raw($py, request))? {
            Some(Ok(item)) => Ok(Some(Py::new($py, <$model>::from(item))?.into_any())),
            Some(Err(error)) => Err(to_py_err($py, error)),
            None => Ok(None),
        }
    };
}

impl Walk {
    fn next(&mut self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        match self {
            Walk::Roles(pages) => step!(py, pages, models::Role),
            Walk::ServiceGroups(pages) => step!(py, pages, models::ServiceGroup),
            Walk::UserGroups(pages) => step!(py, pages, models::UserGroup),
        }
    }

    fn pages_fetched(&self) -> u64 {
        match self {
            Walk::Roles(pages) => pages.pages_fetched(),
            Walk::ServiceGroups(pages) => pages.pages_fetched(),
            Walk::UserGroups(pages) => pages.pages_fetched(),
        }
    }
}

/// An iterator over every item of an IAM list, fetching pages lazily. It
/// ends after the last item or after raising an error. If a wait is
/// interrupted (e.g. `KeyboardInterrupt`), the next call fetches the same page
/// again. One iterator must not be advanced by two threads at once.
#[pyclass(module = "fastly_account")]
pub struct ItemIterator {
    walk: Walk,
}

impl ItemIterator {
    pub(crate) fn new(walk: Walk) -> Self {
        ItemIterator { walk }
    }
}

#[pymethods]
impl ItemIterator {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        self.walk.next(py)
    }

    /// How many pages have been fetched so far.
    #[getter]
    fn pages_fetched(&self) -> u64 {
        self.walk.pages_fetched()
    }

    fn __repr__(&self) -> String {
        let list = match self.walk {
            Walk::Roles(_) => "roles",
            Walk::ServiceGroups(_) => "service groups",
            Walk::UserGroups(_) => "user groups",
        };
        format!(
            "<ItemIterator over {list}, {} page(s) fetched>",
            self.pages_fetched()
        )
    }
}
