//! How finished calls reach their event loop: one inbox per loop, drained on
//! the loop's own thread.
//!
//! A runtime thread that finishes a call puts it, still unconverted, into
//! its loop's inbox. Only the call that finds the inbox idle wakes the loop
//! (`loop.call_soon_threadsafe(drain, key)`, which needs the GIL); the calls
//! that finish before the drain runs are added without touching Python.
//! The drain, on the loop's thread with the GIL held, converts each result
//! and completes its future. Under load a runtime thread thus rarely waits
//! for the GIL, and the loop is woken once per batch, not once per call.
//!
//! An inbox exists while calls of its loop are in flight ([`Ticket`]) or
//! waiting in it, and holds a reference to its loop meanwhile (so a loop's
//! address, the inbox's key, cannot be reused by another loop).

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use pyo3::intern;
use pyo3::prelude::*;
use pyo3::sync::PyOnceLock;
use pyo3::types::PyCFunction;

/// A finished call's result, converted once the GIL is held.
pub(crate) type Convert = Box<dyn for<'py> FnOnce(Python<'py>) -> PyResult<Py<PyAny>> + Send>;

struct Inbox {
    event_loop: Py<PyAny>,
    /// Finished calls: each future and its result.
    ready: Vec<(Py<PyAny>, Convert)>,
    /// A drain is scheduled on the loop and has not taken `ready` yet.
    wake_scheduled: bool,
    /// Calls started on the loop and not finished (nor aborted) yet.
    in_flight: usize,
}

impl Inbox {
    fn idle(&self) -> bool {
        self.in_flight == 0 && self.ready.is_empty() && !self.wake_scheduled
    }
}

/// The inboxes of this process, by loop address.
struct Inboxes {
    pid: u32,
    by_loop: HashMap<usize, Inbox>,
}

static INBOXES: Mutex<Option<Inboxes>> = Mutex::new(None);

/// Runs `f` on this process's inboxes. Never calls into Python, and the
/// caller must not either while inside `f` (no `Py` may be dropped there:
/// a destructor could start a call and re-enter).
fn with_inboxes<R>(f: impl FnOnce(&mut HashMap<usize, Inbox>) -> R) -> R {
    let mut guard = INBOXES
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let pid = std::process::id();
    if guard.as_ref().is_some_and(|inboxes| inboxes.pid != pid) {
        // A forked child: the parent's calls never finish here. Their
        // inboxes are leaked rather than dropped (no Python work here).
        std::mem::forget(guard.take());
    }
    let inboxes = guard.get_or_insert_with(|| Inboxes {
        pid,
        by_loop: HashMap::new(),
    });
    f(&mut inboxes.by_loop)
}

/// A call in flight on a loop; [`Ticket::deliver`] puts its result into the
/// loop's inbox. Dropped undelivered (the call was aborted), it just leaves.
pub(crate) struct Ticket {
    key: usize,
    pending: bool,
}

/// Registers a call about to start on `event_loop` (on the loop's thread).
pub(crate) fn open(event_loop: &Bound<'_, PyAny>) -> Ticket {
    let key = event_loop.as_ptr() as usize;
    let fresh = event_loop.clone().unbind();
    let unused = with_inboxes(|inboxes| match inboxes.get_mut(&key) {
        Some(inbox) => {
            inbox.in_flight += 1;
            Some(fresh)
        }
        None => {
            inboxes.insert(
                key,
                Inbox {
                    event_loop: fresh,
                    ready: Vec::new(),
                    wake_scheduled: false,
                    in_flight: 1,
                },
            );
            None
        }
    });
    drop(unused);
    Ticket { key, pending: true }
}

impl Ticket {
    /// From a runtime thread: hands the finished call to its loop (see the
    /// module docs), unless the interpreter is shutting down ([`install`]).
    pub(crate) fn deliver(mut self, waiter: Py<PyAny>, convert: Convert) {
        self.pending = false;
        DELIVERING.fetch_add(1, Ordering::SeqCst);
        if SHUTTING_DOWN.load(Ordering::SeqCst) {
            // Nobody awaits it any more; touch nothing of Python's.
            std::mem::forget(waiter);
        } else {
            let key = self.key;
            let mut item = Some((waiter, convert));
            let wake = with_inboxes(|inboxes| {
                let inbox = inboxes.get_mut(&key)?;
                inbox.ready.extend(item.take());
                inbox.in_flight -= 1;
                Some(!std::mem::replace(&mut inbox.wake_scheduled, true))
            });
            if wake == Some(true) {
                // `None` only if the interpreter is already gone.
                let _ = Python::try_attach(|py| wake_loop(py, key));
            }
            // An item that found no inbox (cannot happen while a ticket is
            // pending) is dropped; PyO3 releases its future later.
            drop(item);
        }
        DELIVERING.fetch_sub(1, Ordering::SeqCst);
    }
}

impl Drop for Ticket {
    fn drop(&mut self) {
        if !self.pending {
            return;
        }
        let key = self.key;
        let removed = with_inboxes(|inboxes| {
            let inbox = inboxes.get_mut(&key)?;
            inbox.in_flight -= 1;
            if inbox.idle() {
                inboxes.remove(&key)
            } else {
                None
            }
        });
        // Outside the lock; without the GIL PyO3 releases the loop later.
        drop(removed);
    }
}

/// Schedules a drain of the inbox `key` on its loop.
fn wake_loop(py: Python<'_>, key: usize) {
    let event_loop = with_inboxes(|inboxes| {
        inboxes
            .get(&key)
            .map(|inbox| inbox.event_loop.clone_ref(py))
    });
    let Some(event_loop) = event_loop else { return };
    let scheduled = drainer(py).and_then(|drain| {
        event_loop.call_method1(py, intern!(py, "call_soon_threadsafe"), (drain, key))
    });
    if scheduled.is_err() {
        // The loop is closed (its program ended while the calls ran):
        // nobody awaits these results any more.
        let removed = with_inboxes(|inboxes| inboxes.remove(&key));
        drop(removed);
    }
}

fn drainer(py: Python<'_>) -> PyResult<&Bound<'_, PyCFunction>> {
    static DRAIN: PyOnceLock<Py<PyCFunction>> = PyOnceLock::new();
    DRAIN
        .get_or_try_init(py, || Ok(wrap_pyfunction!(drain, py)?.unbind()))
        .map(|f| f.bind(py))
}

/// On the loop's thread: completes every future waiting in the inbox `key`
/// (each unless already done, e.g. cancelled while its result travelled).
#[pyfunction]
fn drain(py: Python<'_>, key: usize) -> PyResult<()> {
    let (ready, removed) = with_inboxes(|inboxes| {
        let Some(inbox) = inboxes.get_mut(&key) else {
            return (Vec::new(), None);
        };
        inbox.wake_scheduled = false;
        let ready = std::mem::take(&mut inbox.ready);
        let removed = if inbox.idle() {
            inboxes.remove(&key)
        } else {
            None
        };
        (ready, removed)
    });
    drop(removed);
    let mut first_failure = None;
    for (waiter, convert) in ready {
        if let Err(failure) = settle(waiter.bind(py), convert(py)) {
            first_failure.get_or_insert(failure);
        }
    }
    // Reported by the loop's exception handler, after every future is settled.
    first_failure.map_or(Ok(()), Err)
}

/// Sets `waiter`'s result or exception, if it is not done already.
fn settle(waiter: &Bound<'_, PyAny>, outcome: PyResult<Py<PyAny>>) -> PyResult<()> {
    let py = waiter.py();
    if waiter.call_method0(intern!(py, "done"))?.is_truthy()? {
        return Ok(());
    }
    match outcome {
        Ok(value) => waiter.call_method1(intern!(py, "set_result"), (value,))?,
        Err(error) => waiter.call_method1(intern!(py, "set_exception"), (error.into_value(py),))?,
    };
    Ok(())
}

/// Deliveries in progress (attached to the interpreter, or about to be).
static DELIVERING: AtomicUsize = AtomicUsize::new(0);

/// Set at interpreter exit: no delivery attaches any more.
static SHUTTING_DOWN: AtomicBool = AtomicBool::new(false);

/// How long interpreter exit waits for deliveries in progress.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(2);

/// Registers the exit hook that keeps runtime threads out of a finalizing
/// interpreter.
///
/// Waking a loop calls `loop.call_soon_threadsafe`, which writes to the
/// loop's wake-up socket with the GIL released. If the program ends
/// meanwhile (the awaited result was the last thing it needed), the runtime
/// thread would take the GIL back from a finalizing interpreter, which ends
/// the thread with `pthread_exit`: an unwind through Rust frames that aborts
/// the process. So at exit (`atexit`, which runs before finalization starts)
/// no new delivery may attach, and the deliveries already attached are
/// waited for, with the GIL released.
pub(crate) fn install(py: Python<'_>) -> PyResult<()> {
    let hook = wrap_pyfunction!(stop_deliveries, py)?;
    py.import("atexit")?.call_method1("register", (hook,))?;
    Ok(())
}

/// The exit hook (see [`install`]).
#[pyfunction]
fn stop_deliveries(py: Python<'_>) {
    SHUTTING_DOWN.store(true, Ordering::SeqCst);
    py.detach(|| {
        let deadline = Instant::now() + SHUTDOWN_GRACE;
        while DELIVERING.load(Ordering::SeqCst) > 0 && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(1));
        }
    });
}
