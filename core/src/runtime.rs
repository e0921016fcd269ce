//! The runtimes behind the blocking facade and the async bindings.
//!
//! One process-wide multi-thread runtime, built lazily, never dropped,
//! reached through its handle; and, for blocking calls, current-thread
//! runtimes that the waiting thread drives itself. Blocking calls work from
//! any thread, including one already inside another tokio runtime (see
//! [`Pending`] for how each case is driven), and a call being waited on can be
//! abandoned ([`Pending::wait_timeout`], then drop), as the Python binding
//! does to honour Ctrl-C. After a `fork()` the child's copies have no worker
//! threads and share their epoll instances with the parent: new runtimes are
//! built for the new process id and the old ones are leaked, never dropped.
//!
//! A blocking call from a thread outside any runtime does not use the shared
//! runtime's threads at all: it borrows a current-thread runtime from a free
//! list and drives it on the calling thread, I/O included, as an async
//! program on a current-thread runtime does. Driven through the shared
//! runtime's handle (`Handle::block_on`, as up to issue 14) the same call
//! cost several cross-thread wake-ups (the I/O driver and the connection's
//! task live on the worker threads) and about 1.5x the async client's time
//! (tests/bench/notes.md).
//!
//! The async bindings (Kotlin suspend functions, Swift async, Python asyncio)
//! run each call as a task of the same runtime: [`task`] gives a future that
//! any executor can await and that aborts the call when dropped; [`detach`]
//! runs a call that reports its own result and can be aborted by handle.

use std::cell::RefCell;
use std::future::Future;
use std::pin::Pin;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Mutex, Weak};
use std::time::Duration;

use std::task::{Context, Poll};
use tokio::runtime::{Builder, Handle, Runtime};

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

/// A current-thread runtime that blocking calls drive on their own thread,
/// one call at a time: the call, its connection's task and the I/O driver all
/// run on the waiting thread, with no cross-thread wake-up. Borrowed from
/// [`IDLE`] for one call and given back after it, so its connections (pooled
/// per runtime by the transport, see [`driving`]) serve the next call.
struct Local {
    /// The process it was built in (a forked child builds its own).
    pid: u32,
    /// Names it to the transport, whose pool for it is keyed by this id.
    id: u64,
    /// Alive while the runtime is: the transport forgets the pool of a
    /// runtime that is gone.
    alive: Arc<()>,
    runtime: Runtime,
}

/// Idle local runtimes of this process (the pid), most recently used last.
static IDLE: Mutex<Option<(u32, Vec<Local>)>> = Mutex::new(None);

/// How many idle local runtimes are kept; beyond that, one given back is
/// shut down (with its connections). The free list holds as many runtimes as
/// calls were ever waited on at once, up to this bound.
const MAX_IDLE: usize = 64;

static NEXT_ID: AtomicU64 = AtomicU64::new(1);

thread_local! {
    /// The local runtime this thread is driving right now, if any.
    static DRIVING: RefCell<Option<Driving>> = const { RefCell::new(None) };
}

/// The local runtime a call is being driven on (see [`driving`]).
#[derive(Clone)]
pub(crate) struct Driving {
    /// Unique in the process for as long as it runs.
    pub(crate) id: u64,
    /// Dead once that runtime is shut down.
    pub(crate) alive: Weak<()>,
}

/// The local runtime this thread is driving, if a blocking call is running
/// on it right now: connections opened now belong to that runtime, and must
/// be pooled with it.
pub(crate) fn driving() -> Option<Driving> {
    DRIVING.with(|d| d.borrow().clone())
}

impl Local {
    /// An idle runtime of this process, or a new one.
    fn take() -> Result<Local> {
        let pid = std::process::id();
        {
            let mut idle = IDLE.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
            match idle.as_mut() {
                Some((owner, list)) if *owner == pid => {
                    if let Some(local) = list.pop() {
                        return Ok(local);
                    }
                }
                _ => {
                    // A forked child: the parent's runtimes share their epoll
                    // instances with the parent; leak them, never drop.
                    std::mem::forget(idle.replace((pid, Vec::new())));
                }
            }
        }
        let runtime = Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| Error::Connection {
                message: format!("could not start the client's I/O driver: {e}"),
            })?;
        Ok(Local {
            pid,
            id: NEXT_ID.fetch_add(1, Ordering::Relaxed),
            alive: Arc::new(()),
            runtime,
        })
    }

    /// Drives `future` on this thread until it ends.
    fn block_on<F: Future>(&self, future: F) -> F::Output {
        struct Restore(Option<Driving>);
        impl Drop for Restore {
            fn drop(&mut self) {
                DRIVING.with(|d| *d.borrow_mut() = self.0.take());
            }
        }
        let now = Driving {
            id: self.id,
            alive: Arc::downgrade(&self.alive),
        };
        let _restore = Restore(DRIVING.with(|d| d.borrow_mut().replace(now)));
        self.runtime.block_on(future)
    }

    /// Drops a call's future inside the runtime's context (what it holds,
    /// timers and I/O resources, may want to reach its driver).
    fn drop_call<T>(&self, call: T) {
        let _entered = self.runtime.enter();
        drop(call);
    }

    /// Back to the free list, for the next call (after a call that ended).
    fn give_back(self) {
        // No pid check here: in a forked child the list still names the
        // parent, and `take` forgets the whole list when it sees that.
        let mut idle = IDLE.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        match idle.as_mut() {
            Some((owner, list)) if *owner == self.pid && list.len() < MAX_IDLE => list.push(self),
            _ => {
                drop(idle);
                self.shut_down();
            }
        }
    }

    /// Stops the runtime, dropping its tasks: each connection it holds is
    /// closed, so a request abandoned mid-flight is abandoned on the wire too
    /// (the server sees the connection close). Never waits, so it is safe
    /// anywhere, even inside another runtime.
    fn shut_down(self) {
        if self.pid != std::process::id() {
            std::mem::forget(self);
            return;
        }
        self.runtime.shutdown_background();
    }
}

/// A boxed call future.
type Call<T> = Pin<Box<dyn Future<Output = Result<T>> + Send + 'static>>;

/// A call on the internal runtime. Dropping it aborts the call.
///
/// From a thread outside any runtime the call is driven on the waiting thread
/// itself, on a current-thread runtime borrowed for the call (I/O and timers
/// included: no thread hand-off at all). From a thread already inside a tokio
/// runtime, where `block_on` would panic, the call runs as a task of the
/// shared runtime and the thread waits on a channel.
#[must_use = "a pending call is aborted when dropped"]
pub struct Pending<T> {
    state: State<T>,
}

enum State<T> {
    /// Driven by the waiting thread; makes progress only while waited on.
    /// `None` once taken apart (by `wait` or `drop`).
    Local(Option<(Local, Call<T>)>),
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
    if Handle::try_current().is_err() {
        let call: Call<T> = Box::pin(future);
        return Ok(Pending {
            state: State::Local(Some((Local::take()?, call))),
        });
    }
    let handle = handle()?;
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
            State::Local(parts) => {
                let Some((local, mut call)) = parts.take() else {
                    return Err(Error::InvalidArgument {
                        message: "this call already ended: wait_timeout returned its result"
                            .to_string(),
                    });
                };
                let result = local.block_on(call.as_mut());
                local.drop_call(call);
                local.give_back();
                result
            }
            State::Task { receiver, .. } => receiver.recv().unwrap_or_else(|_| Err(task_lost())),
        }
    }

    /// Blocks for at most `timeout`: `Some(result)` if the call ended, `None`
    /// if it is still running (wait again, or drop to abort it).
    pub fn wait_timeout(&mut self, timeout: Duration) -> Option<Result<T>> {
        match &mut self.state {
            State::Local(parts) => {
                let (local, call) = parts.as_mut()?;
                let result = local
                    .block_on(async { tokio::time::timeout(timeout, call.as_mut()).await })
                    .ok()?;
                if let Some((local, call)) = parts.take() {
                    local.drop_call(call);
                    local.give_back();
                }
                Some(result)
            }
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
        match &mut self.state {
            // Dropping the future aborts the call; shutting its runtime down
            // closes the connection the request was on.
            State::Local(parts) => {
                if let Some((local, call)) = parts.take() {
                    local.drop_call(call);
                    local.shut_down();
                }
            }
            State::Task { task, .. } => task.abort(),
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
