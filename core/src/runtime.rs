//! The one process-wide tokio runtime behind every blocking call.
//!
//! Built lazily, never dropped, reached through its handle. Blocking calls
//! work from any thread, including one already inside another tokio runtime
//! (see [`Pending`] for how each case is driven), and a call being waited on
//! can be abandoned ([`Pending::wait_timeout`], then drop), as the Python
//! binding does to honour Ctrl-C. After a `fork()` the child's copy has no
//! worker threads: a new runtime is built for the new process id and the old
//! one is leaked, never dropped.

use std::future::Future;
use std::pin::Pin;
use std::sync::mpsc;
use std::sync::Mutex;
use std::time::Duration;

use tokio::runtime::{Builder, Handle};
use tokio::task::AbortHandle;

use crate::error::{Error, Result};

struct Current {
    pid: u32,
    handle: Handle,
}

static RUNTIME: Mutex<Option<Current>> = Mutex::new(None);

/// The handle of this process's runtime, building it on first use (or after a fork).
fn handle() -> Result<Handle> {
    let mut current = RUNTIME
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let pid = std::process::id();
    if let Some(current) = current.as_ref().filter(|c| c.pid == pid) {
        return Ok(current.handle.clone());
    }
    let runtime = Builder::new_multi_thread()
        .worker_threads(2)
        .thread_name("fastly-account")
        .enable_all()
        .build()
        .map_err(|e| Error::Connection {
            message: format!("could not start the client's I/O threads: {e}"),
        })?;
    let handle = runtime.handle().clone();
    // Never dropped: dropping a runtime from inside another one panics, and a
    // forked child must not try to join its parent's threads.
    std::mem::forget(runtime);
    *current = Some(Current {
        pid,
        handle: handle.clone(),
    });
    Ok(handle)
}

/// A boxed call future.
type Call<T> = Pin<Box<dyn Future<Output = Result<T>> + Send + 'static>>;

/// A call on the internal runtime. Dropping it aborts the call.
///
/// From a thread outside any runtime the call is driven on the waiting thread
/// itself (`Handle::block_on`: I/O and timers stay on the shared runtime),
/// which saves two thread hand-offs per call. From a thread already inside a
/// tokio runtime, where `block_on` would panic, the call runs as a task of
/// the shared runtime and the thread waits on a channel.
#[must_use = "a pending call is aborted when dropped"]
pub struct Pending<T> {
    state: State<T>,
}

enum State<T> {
    /// Driven by the waiting thread; makes progress only while waited on.
    Local { handle: Handle, call: Call<T> },
    /// Running as a task; its result arrives on the channel.
    Task {
        receiver: mpsc::Receiver<Result<T>>,
        task: AbortHandle,
    },
}

/// Prepares `future` to run on the internal runtime; it runs while waited on
/// (see [`Pending`]).
pub fn spawn<T, F>(future: F) -> Result<Pending<T>>
where
    T: Send + 'static,
    F: Future<Output = Result<T>> + Send + 'static,
{
    let handle = handle()?;
    if Handle::try_current().is_err() {
        let call: Call<T> = Box::pin(future);
        return Ok(Pending {
            state: State::Local { handle, call },
        });
    }
    let (sender, receiver) = mpsc::sync_channel(1);
    let task = handle.spawn(async move {
        // The receiver may be gone (the caller gave up); nothing to do then.
        let _ = sender.send(future.await);
    });
    Ok(Pending {
        state: State::Task {
            receiver,
            task: task.abort_handle(),
        },
    })
}

/// Runs `future` on the internal runtime and blocks this thread until it ends.
pub fn block_on<T, F>(future: F) -> Result<T>
where
    T: Send + 'static,
    F: Future<Output = Result<T>> + Send + 'static,
{
    spawn(future)?.wait()
}

impl<T> Pending<T> {
    /// Blocks until the call ends.
    pub fn wait(mut self) -> Result<T> {
        match &mut self.state {
            State::Local { handle, call } => handle.block_on(call.as_mut()),
            State::Task { receiver, .. } => receiver.recv().unwrap_or_else(|_| Err(task_lost())),
        }
    }

    /// Blocks for at most `timeout`: `Some(result)` if the call ended, `None`
    /// if it is still running (wait again, or drop to abort it).
    pub fn wait_timeout(&mut self, timeout: Duration) -> Option<Result<T>> {
        match &mut self.state {
            State::Local { handle, call } => handle
                .block_on(async { tokio::time::timeout(timeout, call.as_mut()).await })
                .ok(),
            State::Task { receiver, .. } => match receiver.recv_timeout(timeout) {
                Ok(result) => Some(result),
                Err(mpsc::RecvTimeoutError::Timeout) => None,
                Err(mpsc::RecvTimeoutError::Disconnected) => Some(Err(task_lost())),
            },
        }
    }
}

impl<T> Drop for Pending<T> {
    fn drop(&mut self) {
        // A local call is aborted by dropping its future, which happens next.
        if let State::Task { task, .. } = &self.state {
            task.abort();
        }
    }
}

fn task_lost() -> Error {
    Error::Connection {
        message: "the call was abandoned before it answered (its task stopped)".to_string(),
    }
}
