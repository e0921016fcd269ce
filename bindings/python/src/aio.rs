//! The bridge from the core's runtime to asyncio: how an `AsyncClient` call
//! is awaited.
//!
//! A [`Call`] is what an `AsyncClient` method returns: an awaitable that
//! behaves as a coroutine (`await`, `asyncio.gather`, `asyncio.create_task`,
//! `asyncio.wait_for` all take it) and does nothing until it is first
//! awaited. Then, on the event loop running at that moment, it:
//!
//! 1. creates an asyncio future (`loop.create_future()`) and waits on it as
//!    any coroutine waits on a future;
//! 2. starts the core call as a task of the core's one tokio runtime
//!    ([`runtime::detach`]): no thread per call, and no requirement on the
//!    loop (any asyncio loop, in any thread, several at once);
//! 3. when the call ends, on a runtime thread: puts it into its loop's
//!    [`inbox`], which wakes the loop (`loop.call_soon_threadsafe`) unless a
//!    wake-up is already on its way; on the loop's thread the result is
//!    converted (the same conversions as the blocking client, see
//!    [`Outcome`]) and set as the future's result or exception, unless the
//!    future is already done;
//! 4. when the future is cancelled (`task.cancel()`, an `asyncio.wait_for`
//!    timeout, `close()` of the call), a done-callback aborts the runtime
//!    task, which drops the HTTP request; the caller sees
//!    `asyncio.CancelledError`, never a client error.
//!
//! The GIL is held only to start a call, to wake a loop and to deliver
//! results; waiting holds nothing.

use std::future::Future;
use std::sync::{Mutex, MutexGuard};

use fastly_account::runtime;
use pyo3::exceptions::{PyRuntimeError, PyRuntimeWarning, PyStopIteration};
use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyTuple;

use crate::convert::ToPython;
use crate::errors::to_py_err;
use crate::inbox;

/// A finished call's result as the Python value (or exception) its await
/// gives. Converted on a runtime thread, attached to the interpreter.
pub(crate) trait Outcome: Send + 'static {
    fn into_python(self, py: Python<'_>) -> PyResult<Py<PyAny>>;
}

/// An operation's result: the same [`ToPython`] conversion and error
/// mapping as the blocking client's.
impl<T> Outcome for fastly_account::Result<T>
where
    T: ToPython + Send + 'static,
    for<'py> T::Python: IntoPyObject<'py>,
{
    fn into_python(self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        match self {
            Ok(value) => value.to_object(py),
            Err(error) => Err(to_py_err(py, error)),
        }
    }
}

/// Starts a call the first time it is awaited; gives the future it waits on.
type Start = Box<dyn for<'py> FnOnce(Python<'py>) -> PyResult<Bound<'py, PyAny>> + Send>;

enum State {
    /// Not awaited yet: nothing has been sent.
    Ready(Start),
    /// An argument was refused before the call: raised by the first await.
    Refused(PyErr),
    /// Already resolved (`__aenter__`, `__aexit__`): the first await gives it.
    Resolved(Py<PyAny>),
    /// Started: waiting on `waiter` through its iterator `steps`.
    Waiting { waiter: Py<PyAny>, steps: Py<PyAny> },
    /// Finished, failed or closed.
    Finished,
}

/// An awaitable `AsyncClient` call (see the module docs). Await it once.
#[pyclass(frozen, module = "fastly_account")]
pub struct Call {
    /// The operation, for `repr`.
    name: &'static str,
    /// Taken out while a method works on it, never locked across a call
    /// into Python (which could release the GIL to another thread).
    state: Mutex<State>,
}

impl Call {
    /// A call of operation `name` that will run `prepared` (or raise its
    /// error) when first awaited.
    pub(crate) fn new<F>(name: &'static str, prepared: PyResult<F>) -> Self
    where
        F: Future + Send + 'static,
        F::Output: Outcome,
    {
        let state = match prepared {
            Ok(future) => State::Ready(Box::new(move |py| start(py, future))),
            Err(error) => State::Refused(error),
        };
        Call {
            name,
            state: Mutex::new(state),
        }
    }

    /// An awaitable that gives `value` at once.
    pub(crate) fn resolved(name: &'static str, value: Py<PyAny>) -> Self {
        Call {
            name,
            state: Mutex::new(State::Resolved(value)),
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        self.state
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Takes the state out, leaving `Finished`.
    fn finish(&self) -> State {
        std::mem::replace(&mut *self.lock(), State::Finished)
    }

    fn set(&self, state: State) {
        *self.lock() = state;
    }
}

#[pymethods]
impl Call {
    fn __await__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Py<PyAny>> {
        self.send(py, py.None().into_bound(py))
    }

    /// Coroutine protocol: advances the call (starting it on first use).
    /// Raises `StopIteration` with the result once it is there.
    fn send(&self, py: Python<'_>, value: Bound<'_, PyAny>) -> PyResult<Py<PyAny>> {
        let steps = match self.finish() {
            State::Ready(start) => {
                let waiter = start(py)?;
                let steps = waiter.call_method0(intern!(py, "__await__"))?;
                self.set(State::Waiting {
                    waiter: waiter.unbind(),
                    steps: steps.clone().unbind(),
                });
                steps
            }
            State::Waiting { waiter, steps } => {
                let bound = steps.bind(py).clone();
                self.set(State::Waiting { waiter, steps });
                bound
            }
            State::Refused(error) => return Err(error),
            State::Resolved(value) => return Err(PyStopIteration::new_err((value,))),
            State::Finished => return Err(reused(self.name)),
        };
        let step = steps.call_method1(intern!(py, "send"), (value,));
        if step.is_err() {
            // Finished (StopIteration carries the result) or failed.
            self.set(State::Finished);
        }
        Ok(step?.unbind())
    }

    /// Coroutine protocol: raises `exception` inside the call; a started
    /// call is cancelled (its request aborted) first.
    #[pyo3(signature = (*args))]
    fn throw(&self, py: Python<'_>, args: Bound<'_, PyTuple>) -> PyResult<Py<PyAny>> {
        match self.finish() {
            State::Waiting { waiter, steps } => {
                waiter.bind(py).call_method0(intern!(py, "cancel"))?;
                Ok(steps
                    .bind(py)
                    .call_method1(intern!(py, "throw"), args)?
                    .unbind())
            }
            _ => Err(PyErr::from_value(args.get_item(0)?)),
        }
    }

    /// Coroutine protocol: abandons the call (a started request is aborted).
    fn close(&self, py: Python<'_>) -> PyResult<()> {
        if let State::Waiting { waiter, .. } = self.finish() {
            waiter.bind(py).call_method0(intern!(py, "cancel"))?;
        }
        Ok(())
    }

    fn __repr__(&self) -> String {
        let state = match *self.lock() {
            State::Ready(_) | State::Refused(_) | State::Resolved(_) => "not awaited yet",
            State::Waiting { .. } => "running",
            State::Finished => "finished",
        };
        format!("<fastly_account call {}, {state}>", self.name)
    }
}

/// A call dropped without ever being awaited did nothing: say so, as Python
/// says "coroutine ... was never awaited" (a `RuntimeWarning`, shown by
/// default; under `-W error` it is reported as an unraisable exception, as
/// Python reports its own). A forgotten `await` on `revoke_token` must not
/// pass in silence.
impl Drop for Call {
    fn drop(&mut self) {
        let state = self
            .state
            .get_mut()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        if !matches!(state, State::Ready(_) | State::Refused(_)) {
            return;
        }
        let message = format!(
            "fastly_account call '{}' was never awaited: nothing was sent \
             (await it, or pass it to asyncio)",
            self.name
        );
        Python::attach(|py| {
            let Ok(message) = std::ffi::CString::new(message) else {
                return;
            };
            let category = py.get_type::<PyRuntimeWarning>();
            if let Err(error) = PyErr::warn(py, &category, &message, 1) {
                error.write_unraisable(py, None);
            }
        });
    }
}

fn reused(name: &str) -> PyErr {
    PyRuntimeError::new_err(format!(
        "cannot reuse an already awaited call of {name}; call the method again"
    ))
}

/// Starts `future` on the core's runtime for the running event loop and
/// gives the asyncio future its outcome will complete.
fn start<'py, F>(py: Python<'py>, future: F) -> PyResult<Bound<'py, PyAny>>
where
    F: Future + Send + 'static,
    F::Output: Outcome,
{
    static GET_RUNNING_LOOP: PyOnceLock<Py<PyAny>> = PyOnceLock::new();
    let event_loop = GET_RUNNING_LOOP
        .import(py, "asyncio", "get_running_loop")?
        .call0()?;
    let waiter = event_loop.call_method0(intern!(py, "create_future"))?;
    crate::logging::refresh(py);
    let ticket = inbox::open(&event_loop);
    let waiting = waiter.clone().unbind();
    let task = runtime::detach(async move {
        let outcome = future.await;
        ticket.deliver(waiting, Box::new(move |py| outcome.into_python(py)));
    })
    .map_err(|e| to_py_err(py, e))?;
    let abort = AbortOnDone {
        abort: Box::new(move || task.abort()),
    };
    waiter.call_method1(intern!(py, "add_done_callback"), (abort,))?;
    Ok(waiter)
}

/// The done-callback of a call's future: aborts the call's runtime task (a
/// no-op once it has finished), so a cancelled await drops its request.
#[pyclass(frozen, module = "fastly_account")]
struct AbortOnDone {
    abort: Box<dyn Fn() + Send + Sync>,
}

#[pymethods]
impl AbortOnDone {
    fn __call__(&self, _waiter: Bound<'_, PyAny>) {
        (self.abort)();
    }
}
