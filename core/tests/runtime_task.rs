//! `runtime::task` and `runtime::detach`, the primitives of the async
//! bindings: awaited from an executor that is not tokio's, aborted by drop or
//! by handle, the request stops (the sandbox logs it unanswered, status 0).

mod common;

use std::future::Future;
use std::sync::mpsc;
use std::sync::Arc;
use std::task::{Context, Poll, Wake, Waker};
use std::time::{Duration, Instant};

use common::{arm, async_client, logged_statuses, sandbox, Fault};
use fastly_account::runtime;

/// A minimal executor that is not tokio: parks the thread until woken.
fn poll_to_end<F: Future>(future: F) -> F::Output {
    struct Unpark(std::thread::Thread);
    impl Wake for Unpark {
        fn wake(self: Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = Waker::from(Arc::new(Unpark(std::thread::current())));
    let mut cx = Context::from_waker(&waker);
    let mut future = std::pin::pin!(future);
    loop {
        if let Poll::Ready(out) = future.as_mut().poll(&mut cx) {
            return out;
        }
        std::thread::park();
    }
}

#[test]
fn a_task_is_awaitable_from_a_foreign_executor() {
    let sandbox = sandbox();
    let client = async_client(&sandbox);
    let task = runtime::task(async move { client.get_current_user().await }).unwrap();
    let me = poll_to_end(task).expect("the call succeeds");
    assert_eq!(me.role.map(|r| r.to_string()).as_deref(), Some("superuser"));
}

#[test]
fn dropping_a_task_abandons_its_request() {
    let sandbox = sandbox();
    arm(
        &sandbox,
        "GET",
        "/current_user",
        1,
        Fault::Delay { ms: 20_000 },
    );
    let client = async_client(&sandbox);
    let started = Instant::now();
    let task = runtime::task(async move { client.get_current_user().await }).unwrap();
    // Give the request time to reach the sandbox, then give up on it.
    std::thread::sleep(Duration::from_millis(500));
    drop(task);
    assert_eq!(logged_statuses(&sandbox, "/current_user", 1), vec![0]);
    assert!(started.elapsed() < Duration::from_secs(15));
}

#[test]
fn a_detached_call_reports_itself_and_stops_when_aborted() {
    let sandbox = sandbox();
    let client = async_client(&sandbox);
    let (sender, receiver) = mpsc::channel();
    let c = client.clone();
    runtime::detach(async move {
        let _ = sender.send(c.get_current_customer().await.map(|c| c.name));
    })
    .unwrap();
    let name = receiver.recv_timeout(Duration::from_secs(10)).unwrap();
    assert!(name.expect("the call succeeds").is_some());

    arm(
        &sandbox,
        "GET",
        "/current_user",
        1,
        Fault::Delay { ms: 20_000 },
    );
    let (sender, receiver) = mpsc::channel();
    let started = Instant::now();
    let abort = runtime::detach(async move {
        let _ = sender.send(client.get_current_user().await.is_ok());
    })
    .unwrap();
    std::thread::sleep(Duration::from_millis(500));
    abort.abort();
    // The call never reports: its sender is dropped with the aborted task.
    assert!(receiver.recv_timeout(Duration::from_secs(5)).is_err());
    assert_eq!(logged_statuses(&sandbox, "/current_user", 1), vec![0]);
    assert!(started.elapsed() < Duration::from_secs(15));
}
