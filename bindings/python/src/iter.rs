//! The lazy walks behind the `iter_*` operations: a page is fetched only when
//! the items in hand run out. One walk serves every list: a core
//! [`Paginator`] of any model with a Python class, driven either through
//! the same waiting loop as every blocking call ([`ItemIterator`]) or as
//! awaitable steps on the core's runtime ([`AsyncItemIterator`]).

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;

use fastly_account as core;
use fastly_account::Paginator;
use pyo3::exceptions::PyStopAsyncIteration;
use pyo3::prelude::*;

use crate::aio::{Call, Outcome};
use crate::convert::{instance, ToPython};
use crate::errors::to_py_err;
use crate::wait::wait_raw;

/// An item of an async walk, converted to its Python class once the GIL is
/// held.
pub(crate) type Item = Box<dyn for<'py> FnOnce(Python<'py>) -> PyResult<Py<PyAny>> + Send>;

/// The next step of an async walk.
type Step<'a> = Pin<Box<dyn Future<Output = core::Result<Option<Item>>> + Send + 'a>>;

/// A walk over one list, its items converted to their Python classes.
pub(crate) trait Walk: Send + Sync {
    /// The next item, waiting for a page if needed (GIL released).
    fn next(&mut self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>>;

    /// The next item, for an async walk: run on the core's runtime.
    fn next_async(&mut self) -> Step<'_>;

    fn pages_fetched(&self) -> u64;
}

/// Every model a list can be walked for (the core's
/// [`Walkable`](core::pagination::Walkable) items with a Python class).
impl<T> Walk for Paginator<T>
where
    T: core::pagination::Walkable + ToPython + Sync,
    T::Python: pyo3::PyClass + Into<PyClassInitializer<T::Python>>,
{
    fn next(&mut self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        match self.next_with(|request| wait_raw(py, request))? {
            Some(Ok(item)) => Ok(Some(instance(py, item)?)),
            Some(Err(error)) => Err(to_py_err(py, error)),
            None => Ok(None),
        }
    }

    fn next_async(&mut self) -> Step<'_> {
        Box::pin(async move {
            let item = Paginator::next(self).await?;
            Ok(item.map(|item| -> Item { Box::new(move |py| instance(py, item)) }))
        })
    }

    fn pages_fetched(&self) -> u64 {
        Paginator::pages_fetched(self)
    }
}

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

/// An async iterator over every item of a list (`async for item in
/// client.iter_roles()`), fetching the next page only when iterated that
/// far. It ends after the last item or after raising an error. A cancelled
/// `__anext__` leaves the walk where it was (the next one fetches the same
/// page again). Steps awaited at once take their turns, each getting the
/// next item.
#[pyclass(frozen, module = "fastly_account")]
pub struct AsyncItemIterator {
    /// The walk, held by one step at a time. A step waits for its turn on
    /// the lock; a cancelled step's task is aborted, which drops its guard,
    /// so the next step never waits on a timer.
    walk: Arc<tokio::sync::Mutex<Box<dyn Walk>>>,
    /// Pages fetched, readable while a step is running.
    pages: Arc<AtomicU64>,
    /// What is walked, for `repr` ("roles", "service groups", ...).
    list: String,
}

impl AsyncItemIterator {
    /// A walk for the operation `operation` (`iter_roles` walks "roles").
    pub(crate) fn new(operation: &str, pages: impl Walk + 'static) -> Self {
        let list = operation.strip_prefix("iter_").unwrap_or(operation);
        AsyncItemIterator {
            walk: Arc::new(tokio::sync::Mutex::new(Box::new(pages))),
            pages: Arc::new(AtomicU64::new(0)),
            list: list.replace('_', " "),
        }
    }
}

#[pymethods]
impl AsyncItemIterator {
    fn __aiter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    /// An awaitable giving the next item, or raising `StopAsyncIteration`.
    fn __anext__(&self) -> Call {
        let (walk, pages) = (self.walk.clone(), self.pages.clone());
        Call::new(
            "__anext__",
            Ok(async move {
                let mut walk = walk.lock_owned().await;
                let next = walk.next_async().await;
                pages.store(walk.pages_fetched(), Ordering::Relaxed);
                NextItem(next)
            }),
        )
    }

    /// How many pages have been fetched so far.
    #[getter]
    fn pages_fetched(&self) -> u64 {
        self.pages.load(Ordering::Relaxed)
    }

    fn __repr__(&self) -> String {
        format!(
            "<AsyncItemIterator over {}, {} page(s) fetched>",
            self.list,
            self.pages_fetched()
        )
    }
}

/// One async step's outcome: the item, or `StopAsyncIteration` at the end.
struct NextItem(core::Result<Option<Item>>);

impl Outcome for NextItem {
    fn into_python(self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        match self.0 {
            Ok(Some(item)) => item(py),
            Ok(None) => Err(PyStopAsyncIteration::new_err(())),
            Err(error) => Err(to_py_err(py, error)),
        }
    }
}
