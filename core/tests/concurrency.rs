//! The blocking facade under load: many threads, inside tokio, long walks.

mod common;

use std::sync::Arc;

use common::*;
use fastly_account::{ListOptions, Role};

#[test]
fn sixteen_threads_at_once() {
    let sandbox = sandbox();
    // Each request is held until 16 are in flight: only truly concurrent calls pass.
    arm(
        &sandbox,
        "GET",
        "/current_user",
        16,
        Fault::Rendezvous {
            count: 16,
            timeout_ms: 10_000,
        },
    );
    let client = Arc::new(client(&sandbox));
    let threads: Vec<_> = (0..16)
        .map(|_| {
            let client = Arc::clone(&client);
            std::thread::spawn(move || client.get_current_user())
        })
        .collect();
    for thread in threads {
        thread
            .join()
            .expect("no panic")
            .expect("call met the others");
    }
    let seen = sandbox.requests();
    assert_eq!(seen.len(), 16);
    assert!(seen.iter().all(|r| r.status == 200), "{seen:?}");
}

#[tokio::test(flavor = "current_thread")]
async fn blocking_client_inside_a_current_thread_runtime() {
    let sandbox = sandbox();
    let client = client(&sandbox);
    // Would panic with "Cannot start a runtime from within a runtime" if the
    // facade called block_on on this thread.
    let me = client.get_current_user().expect("works inside tokio");
    assert!(me.id.is_some());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn blocking_client_inside_a_multi_thread_runtime() {
    let sandbox = sandbox();
    let client = client(&sandbox);
    assert_eq!(
        client.iter_user_groups(Some(1)).count(),
        sandbox.seed().user_groups_total
    );
}

#[test]
fn following_more_than_a_thousand_roles_lazily() {
    let sandbox = sandbox_with(SandboxConfig {
        roles: 1_200,
        ..Default::default()
    });
    let seed = sandbox.seed();
    let client = client(&sandbox);

    let mut walk = client.iter_roles(Some(100));
    let first_five: Vec<Role> = walk.by_ref().take(5).collect::<Result<_, _>>().unwrap();
    assert_eq!(first_five.len(), 5);
    assert_eq!(
        sandbox.requests().len(),
        1,
        "only the first page was fetched"
    );

    let mut rest = 0;
    for role in walk.by_ref() {
        role.expect("page");
        rest += 1;
    }
    assert_eq!(5 + rest, seed.roles_total);
    assert!(seed.roles_total > 1_000);
    let pages = seed.roles_total.div_ceil(100);
    assert_eq!(walk.pages_fetched() as usize, pages);
    assert_eq!(sandbox.requests().len(), pages);

    // Manual paging gives the same ids, in the same order.
    let mut cursor = None;
    let mut ids = Vec::new();
    loop {
        let mut options = ListOptions::new().per_page(250);
        options.cursor = cursor;
        let page = client.list_roles(&options).unwrap();
        ids.extend(page.data.into_iter().map(|r| r.id.unwrap()));
        match page.next_cursor {
            Some(next) => cursor = Some(next),
            None => break,
        }
    }
    let walked: Vec<String> = client
        .iter_roles(Some(1000))
        .map(|r| r.unwrap().id.unwrap())
        .collect();
    assert_eq!(ids, walked);
}

#[test]
fn a_walk_stops_at_the_first_error() {
    let sandbox = sandbox_with(SandboxConfig {
        service_groups: 30,
        ..Default::default()
    });
    let client = client(&sandbox);
    let mut walk = client.iter_service_groups(Some(10));
    assert_eq!(walk.by_ref().take(10).filter(Result::is_ok).count(), 10);
    arm(&sandbox, "GET", "/service-groups", 1, status(401));
    assert!(matches!(
        walk.next(),
        Some(Err(fastly_account::Error::Unauthorized { .. }))
    ));
    assert!(walk.next().is_none(), "no more items after an error");
}
