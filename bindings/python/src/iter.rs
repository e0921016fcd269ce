//! The lazy walks behind the `iter_*` operations: a page is fetched only when
//! the items in hand run out, through the same waiting loop as every other
//! call. One walk serves every list: a core [`Paginator`] of any model listed
//! in `walks!` below.

use fastly_account as core;
use fastly_account::Paginator;
use pyo3::prelude::*;

use crate::convert::instance;
use crate::errors::to_py_err;
use crate::wait::wait_raw;

/// A walk over one list, its items converted to their Python classes.
pub(crate) trait Walk: Send + Sync {
    fn next(&mut self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>>;

    fn pages_fetched(&self) -> u64;
}

/// The models whose lists can be walked. (One impl per model rather than a
/// generic one: `Paginator::next_with` needs serde's `DeserializeOwned`,
/// which this crate does not depend on.)
macro_rules! walks {
    ($($model:ty),* $(,)?) => {
        $(
            impl Walk for Paginator<$model> {
                fn next(&mut self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
                    match self.next_with(|request| wait_raw(py, request))? {
                        Some(Ok(item)) => Ok(Some(instance(py, item)?)),
                        Some(Err(error)) => Err(to_py_err(py, error)),
                        None => Ok(None),
                    }
                }

                fn pages_fetched(&self) -> u64 {
                    Paginator::pages_fetched(self)
                }
            }
        )*
    };
}

walks!(
    core::Role,
    core::ServiceGroup,
    core::UserGroup,
    core::Invitation,
    core::IamRole,
    core::Service,
    core::UserGroupMember,
);

/// An iterator over every item of a list, fetching pages lazily. It ends
/// after the last item or after raising an error. If a wait is interrupted
/// (e.g. `KeyboardInterrupt`), the next call fetches the same page again.
/// One iterator must not be advanced by two threads at once.
#[pyclass(module = "fastly_account")]
pub struct ItemIterator {
    walk: Box<dyn Walk>,
    /// What is walked, for `repr` ("roles", "service groups", ...).
    list: String,
}

impl ItemIterator {
    /// A walk for the operation `operation` (`iter_roles` walks "roles").
    pub(crate) fn new(operation: &str, pages: impl Walk + 'static) -> Self {
        let list = operation.strip_prefix("iter_").unwrap_or(operation);
        ItemIterator {
            walk: Box::new(pages),
            list: list.replace('_', " "),
        }
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
        format!(
            "<ItemIterator over {}, {} page(s) fetched>",
            self.list,
            self.pages_fetched()
        )
    }
}
