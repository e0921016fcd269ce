//! A forked child (as Python's multiprocessing makes) can keep using the
//! blocking client and its lazy walks: the runtime and the connection pool
//! are rebuilt for it.
//! Alone in its own test binary, since forking a test harness is delicate.

mod common;

use common::*;

#[test]
fn forked_child_makes_calls() {
    let sandbox = sandbox();
    let client = client(&sandbox);
    client
        .get_current_user()
        .expect("parent call warms the runtime and the pool");

    // SAFETY: the child only uses the client (whose runtime it rebuilds) and
    // then leaves with _exit, never returning into the test harness.
    let pid = unsafe { libc::fork() };
    assert!(pid >= 0, "fork failed");
    if pid == 0 {
        let ok =
            client.get_current_user().is_ok() && client.list_roles(&Default::default()).is_ok();
        unsafe { libc::_exit(if ok { 0 } else { 1 }) };
    }
    let mut status = 0;
    // SAFETY: waiting for the child we just forked.
    let waited = unsafe { libc::waitpid(pid, &mut status, 0) };
    assert_eq!(waited, pid);
    assert!(
        libc::WIFEXITED(status),
        "child did not exit normally: {status}"
    );
    assert_eq!(libc::WEXITSTATUS(status), 0, "child's calls failed");
    assert_eq!(
        attempts(&sandbox, "GET", "/roles"),
        1,
        "the child's request reached the sandbox"
    );
    client.get_current_user().expect("parent still works");

    // A lazy walk begun before the fork continues in the child on a pool of
    // its own (it used to wait on the parent's connection until the timeout).
    let walking = builder(&sandbox)
        .timeout(std::time::Duration::from_secs(3))
        .max_retries(0)
        .build_blocking()
        .unwrap();
    let total = sandbox.seed().roles_total;
    let mut walk = walking.iter_roles(Some(1));
    assert!(
        walk.next().is_some_and(|r| r.is_ok()),
        "first page in the parent"
    );
    sandbox.clear_requests();
    // SAFETY: as above.
    let pid = unsafe { libc::fork() };
    assert!(pid >= 0, "fork failed");
    if pid == 0 {
        let rest: Result<Vec<_>, _> = walk.by_ref().collect();
        let ok = rest.is_ok_and(|rest| rest.len() + 1 == total);
        unsafe { libc::_exit(if ok { 0 } else { 1 }) };
    }
    let mut status = 0;
    // SAFETY: waiting for the child we just forked.
    assert_eq!(unsafe { libc::waitpid(pid, &mut status, 0) }, pid);
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "child walk failed: {status}"
    );
    assert_eq!(
        attempts(&sandbox, "GET", "/roles"),
        total - 1,
        "one request per remaining page"
    );
}
