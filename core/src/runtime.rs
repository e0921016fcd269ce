//! The one process-wide tokio runtime behind every blocking call.
//!
//! Built lazily, never dropped, reached through its handle. Blocking calls
//! work from any thread, including one already inside another tokio runtime
//! (see [`Pending`] for how each case is driven), and a call being waited on
//! can be abandoned ([`Pending::wait_timeout`], then drop), as the Python
//! binding does to honour Ctrl-C. After a `fork()` the child's copy has no
//! worker threads: a new runtime is built for the new process id and the old
//! one is leaked, never dropped.
//!
//! The async bindings (Kotlin suspend functions, Swift async, Python asyncio)
//! run each call as a task of the same runtime: [`task`] gives a future that
//! any executor can await and that aborts the call when dropped; [`detach`]
//! runs a call that reports its own result and can be aborted by handle.

use std::future::Future;
use std::pin::Pin;
use std::sync::mpsc;
use std::sync::Mutex;
use std::time::Duration;

use std::task::{Context, Poll};
use tokio::runtime::{Builder, Handle};

use tokio::task::{AbortHandle, JoinError, JoinHandle};

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

/// A call running as a task of the internal runtime, awaitable from any
/// executor (tokio's, a foreign one such as UniFFI's bridge to Kotlin
/// coroutines and Swift tasks, or a hand-polled one). Dropping it aborts the
/// call: an abandoned await stops the request.
#[must_use = "a task is aborted when dropped"]
pub struct Task<T> {
    handle: JoinHandle<Result<T>>,
}

/// Starts `future` as a task of the internal runtime (see [`Task`]).
pub fn task<T, F>(future: F) -> Result<Task<T>>
where
    T: Send + 'static,
    F: Future<Output = Result<T>> + Send + 'static,
{
    Ok(Task {
        handle: handle()?.spawn(future),
    })
}

/// Starts `future` as a task of the internal runtime that runs to its end
/// unless aborted through the returned handle. For callers that deliver the
/// result themselves (the Python binding completes an asyncio future from
/// inside `future`).
pub fn detach<F>(future: F) -> Result<AbortHandle>
where
    F: Future<Output = ()> + Send + 'static,
{
    Ok(handle()?.spawn(future).abort_handle())
}

impl<T> Task<T> {
    /// A handle that aborts the call from anywhere (the task stays awaitable:
    /// an aborted one ends with a `Connection` error).
    pub fn abort_handle(&self) -> AbortHandle {
        self.handle.abort_handle()
    }
}

impl<T> Future for Task<T> {
    type Output = Result<T>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Result<T>> {
        Pin::new(&mut self.handle)
            .poll(cx)
            .map(|joined| joined.unwrap_or_else(|e| Err(join_failed(e))))
    }
}

impl<T> Drop for Task<T> {
    fn drop(&mut self) {
        self.handle.abort();
    }
}

fn join_failed(error: JoinError) -> Error {
    if error.is_cancelled() {
        return Error::Connection {
            message: "the call was cancelled before it answered".to_string(),
        };
    }
    Error::Connection {
        message: "the call stopped unexpectedly (an internal task panicked)".to_string(),
    }
}
