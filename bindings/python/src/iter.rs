//! The lazy walks behind the `iter_*` operations: a page is fetched only when
//! the items in hand run out. One walk serves every list: a core
//! [`Paginator`] of any model listed in `walks!` below, driven either through
//! the same waiting loop as every blocking call ([`ItemIterator`]) or as
//! awaitable steps on the core's runtime ([`AsyncItemIterator`]).

use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use fastly_account as core;
use fastly_account::Paginator;
use pyo3::exceptions::PyStopAsyncIteration;
use pyo3::prelude::*;

use crate::aio::{Call, Outcome};
use crate::convert::instance;
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

/// An async iterator over every item of a list (`async for item in
/// client.iter_roles()`), fetching the next page only when iterated that
/// far. It ends after the last item or after raising an error. A cancelled
/// `__anext__` leaves the walk where it was (the next one fetches the same
/// page again). Await one `__anext__` at a time.
#[pyclass(frozen, module = "fastly_account")]
pub struct AsyncItemIterator {
    /// The walk, absent while a step is running (see [`Lease`]).
    slot: Slot,
    /// Pages fetched, readable while a step is running.
    pages: Arc<AtomicU64>,
    /// What is walked, for `repr` ("roles", "service groups", ...).
    list: String,
}

type Slot = Arc<Mutex<Option<Box<dyn Walk>>>>;

fn lock(slot: &Slot) -> MutexGuard<'_, Option<Box<dyn Walk>>> {
    slot.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl AsyncItemIterator {
    /// A walk for the operation `operation` (`iter_roles` walks "roles").
    pub(crate) fn new(operation: &str, pages: impl Walk + 'static) -> Self {
        let list = operation.strip_prefix("iter_").unwrap_or(operation);
        AsyncItemIterator {
            slot: Arc::new(Mutex::new(Some(Box::new(pages)))),
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
        let (slot, pages) = (self.slot.clone(), self.pages.clone());
        Call::new(
            "__anext__",
            Ok(async move {
                let Some(mut lease) = Lease::take_soon(slot, pages).await else {
                    return NextItem(Err(core::Error::InvalidArgument {
                        message: "this walk is already fetching its next item; \
                                  await one __anext__() at a time"
                            .to_string(),
                    }));
                };
                NextItem(lease.walk().next_async().await)
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

/// How long a step waits for the walk held by a step being cancelled.
const LEASE_GRACE: Duration = Duration::from_millis(250);

/// The walk taken out of its iterator for one step; put back when the step
/// ends or is dropped (a cancelled step loses nothing: the paginator only
/// moves on once a page has arrived).
struct Lease {
    slot: Slot,
    pages: Arc<AtomicU64>,
    walk: Option<Box<dyn Walk>>,
}

impl Lease {
    /// `None` while another step holds the walk.
    fn take(slot: Slot, pages: Arc<AtomicU64>) -> Option<Lease> {
        let walk = lock(&slot).take()?;
        Some(Lease {
            slot,
            pages,
            walk: Some(walk),
        })
    }

    /// As [`Lease::take`], but waits up to [`LEASE_GRACE`] for the walk to come
    /// back: a cancelled step's task is aborted on the runtime a moment after
    /// Python sees the cancellation, so the next `__anext__` may start first.
    async fn take_soon(slot: Slot, pages: Arc<AtomicU64>) -> Option<Lease> {
        let deadline = tokio::time::Instant::now() + LEASE_GRACE;
        loop {
            if let Some(lease) = Lease::take(slot.clone(), pages.clone()) {
                return Some(lease);
            }
            if tokio::time::Instant::now() >= deadline {
                return None;
            }
            tokio::time::sleep(Duration::from_millis(1)).await;
        }
    }

    fn walk(&mut self) -> &mut dyn Walk {
        // Some from `take` until `drop`.
        match self.walk.as_mut() {
            Some(walk) => walk.as_mut(),
            None => unreachable!("a lease holds its walk until dropped"),
        }
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        if let Some(walk) = self.walk.take() {
            self.pages.store(walk.pages_fetched(), Ordering::Relaxed);
            *lock(&self.slot) = Some(walk);
        }
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
