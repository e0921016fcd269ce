//! The blocking facade's two ways of driving a call (`runtime::spawn` /
//! `Pending`): on a current-thread runtime borrowed by the calling thread
//! (any thread outside a runtime), or as a task of the shared runtime (a
//! thread inside another runtime). Each must finish calls, stay abortable
//! (wait with a timeout, then drop: the request is abandoned on the wire,
//! which the sandbox logs as status 0), and keep working afterwards.

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use common::*;
use fastly_account::runtime;

/// Starts a `get_current_user` that the sandbox answers only after 20 s,
/// waits on it a little, drops it, and checks the request was abandoned.
fn abandon_a_slow_call(sandbox: &Sandbox, client: &fastly_account::Client) {
    arm(
        sandbox,
        "GET",
        "/current_user",
        1,
        Fault::Delay { ms: 20_000 },
    );
    let started = Instant::now();
    let client = client.clone();
    let mut pending = runtime::spawn(async move { client.get_current_user().await }).unwrap();
    for _ in 0..5 {
        assert!(
            pending.wait_timeout(Duration::from_millis(100)).is_none(),
            "the delayed call cannot have ended"
        );
    }
    drop(pending);
    assert_eq!(logged_statuses(sandbox, "/current_user", 1), vec![0]);
    assert!(started.elapsed() < Duration::from_secs(15));
}

#[test]
fn a_call_waited_on_in_slices_ends_with_its_result() {
    let sandbox = sandbox();
    arm(
        &sandbox,
        "GET",
        "/current_user",
        1,
        Fault::Delay { ms: 300 },
    );
    let client = async_client(&sandbox);
    let mut pending = runtime::spawn(async move { client.get_current_user().await }).unwrap();
    let mut slices = 0;
    let me = loop {
        if let Some(result) = pending.wait_timeout(Duration::from_millis(50)) {
            break result.expect("the call succeeds");
        }
        slices += 1;
        assert!(slices < 200, "the call never ended");
    };
    assert!(slices >= 1, "a 300 ms call took more than one 50 ms slice");
    assert!(me.id.is_some());
    // Its result was handed out: waiting again is an error, not a panic.
    match pending.wait() {
        Err(fastly_account::Error::InvalidArgument { .. }) => {}
        other => panic!("expected InvalidArgument, got {other:?}"),
    }
}

#[test]
fn an_abandoned_call_is_abandoned_on_the_wire_and_the_thread_goes_on() {
    let sandbox = sandbox();
    let client = async_client(&sandbox);
    let blocking = fastly_account::blocking::Client::from_async(client.clone());
    blocking.get_current_user().expect("a first call");
    sandbox.clear_requests();
    abandon_a_slow_call(&sandbox, &client);
    // The same thread, the same client: the next calls work.
    blocking
        .get_current_user()
        .expect("a call after the abandoned one");
    let roles: Vec<_> = blocking.iter_roles(Some(2)).collect();
    assert!(!roles.is_empty() && roles.iter().all(|r| r.is_ok()));
}

#[test]
fn an_abandoned_call_from_inside_a_runtime_is_abandoned_too() {
    let sandbox = sandbox();
    let client = async_client(&sandbox);
    let outer = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    // Inside a runtime the call runs as a task of the shared runtime.
    let _inside = outer.enter();
    abandon_a_slow_call(&sandbox, &client);
    let again = client.clone();
    let me = runtime::block_on(async move { again.get_current_user().await });
    assert!(me.is_ok());
}

#[test]
fn a_call_prepared_on_one_thread_can_be_waited_on_another() {
    let sandbox = sandbox();
    let client = async_client(&sandbox);
    let pending = runtime::spawn(async move { client.get_current_user().await }).unwrap();
    let me = std::thread::spawn(move || pending.wait()).join().unwrap();
    assert!(me.is_ok());
}

#[test]
fn many_more_threads_than_idle_runtimes_kept() {
    // More threads at once than the free list keeps (64): the extra
    // runtimes are shut down when given back, and every call still works.
    let sandbox = sandbox();
    let client = Arc::new(client(&sandbox));
    let barrier = Arc::new(std::sync::Barrier::new(80));
    let threads: Vec<_> = (0..80)
        .map(|_| {
            let (client, barrier) = (Arc::clone(&client), Arc::clone(&barrier));
            std::thread::spawn(move || {
                barrier.wait();
                (0..5).all(|_| client.get_current_user().is_ok())
            })
        })
        .collect();
    for thread in threads {
        assert!(thread.join().unwrap(), "a call failed");
    }
    // And afterwards, from here, with whatever runtime the free list gives.
    for _ in 0..10 {
        client.get_current_user().expect("a call after the crowd");
    }
}

#[test]
fn one_thread_after_another_reuses_the_connection() {
    // A call borrows a runtime and gives it back with its connection, so a
    // thread's calls in sequence, and a thread that comes after it, all
    // work on the same pooled connection without errors.
    let sandbox = sandbox();
    let client = Arc::new(client(&sandbox));
    for _ in 0..3 {
        let client = Arc::clone(&client);
        std::thread::spawn(move || {
            for _ in 0..20 {
                client.get_current_user().expect("a call");
            }
        })
        .join()
        .unwrap();
    }
    assert_eq!(attempts(&sandbox, "GET", "/current_user"), 60);
}
