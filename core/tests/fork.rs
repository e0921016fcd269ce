//! A forked child (as Python's multiprocessing makes) can keep using the
//! blocking client: the runtime and the connection pool are rebuilt for it.
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
}
