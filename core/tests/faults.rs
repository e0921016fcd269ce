//! What the caller sees when the server misbehaves: bad bodies, redirects,
//! slow answers, hostile ids.

mod common;

use std::time::Duration;

use common::*;
use fastly_account::Error;

#[test]
fn malformed_and_truncated_bodies_are_decode_errors() {
    let sandbox = sandbox();
    let client = client(&sandbox);
    for fault in [Fault::Malformed, Fault::Truncate] {
        sandbox.clear_requests();
        arm(&sandbox, "GET", "/current_user", 1, fault.clone());
        match client.get_current_user() {
            Err(Error::Decode {
                status: Some(200),
                message,
            }) => assert!(message.contains("JSON"), "{message}"),
            other => panic!("{fault:?}: expected Decode, got {other:?}"),
        }
        assert_eq!(
            attempts(&sandbox, "GET", "/current_user"),
            1,
            "{fault:?} is not retried"
        );
    }
    // Lists and wrapped resources too.
    arm(&sandbox, "GET", "/roles", 1, Fault::Truncate);
    assert!(matches!(
        client.list_roles(&Default::default()),
        Err(Error::Decode { .. })
    ));
}

#[test]
fn unknown_error_body_still_reads_as_a_sentence() {
    let sandbox = sandbox();
    arm(
        &sandbox,
        "POST",
        "/user-groups",
        1,
        Fault::UnknownShape { status: 500 },
    );
    let created = client(&sandbox).create_user_group("g", &Default::default());
    match created {
        Err(error @ Error::Server { status: 500, .. }) => {
            let text = error.to_string();
            assert!(text.contains("Something odd happened"), "{text}");
            assert!(!text.contains('<'), "markup stripped: {text}");
        }
        other => panic!("expected Server, got {other:?}"),
    }
    assert_eq!(
        attempts(&sandbox, "POST", "/user-groups"),
        1,
        "a 500 on POST is not retried"
    );
}

#[test]
fn a_body_over_the_cap_is_refused() {
    let sandbox = sandbox();
    let client = builder(&sandbox)
        .max_response_bytes(64 * 1024)
        .build_blocking()
        .unwrap();
    arm(
        &sandbox,
        "GET",
        "/current_user",
        1,
        Fault::Huge { bytes: 1024 * 1024 },
    );
    match client.get_current_user() {
        Err(Error::Decode { message, .. }) => assert!(message.contains("exceeds"), "{message}"),
        other => panic!("expected Decode, got {other:?}"),
    }
    assert_eq!(attempts(&sandbox, "GET", "/current_user"), 1);
    // Under the cap, the same kind of body decodes.
    arm(
        &sandbox,
        "GET",
        "/current_user",
        1,
        Fault::Huge { bytes: 32 * 1024 },
    );
    let user = client.get_current_user().expect("under the cap");
    assert!(user.name.unwrap_or_default().len() > 16 * 1024);
}

#[test]
fn redirects_are_not_followed_and_the_key_stays_home() {
    let sandbox = sandbox();
    arm(
        &sandbox,
        "GET",
        "/current_user",
        1,
        Fault::Redirect {
            status: 302,
            location: None,
        },
    );
    match client(&sandbox).get_current_user() {
        Err(Error::Http {
            status: 302,
            message,
        }) => {
            assert!(message.contains("redirect"), "{message}");
            assert!(message.contains(&sandbox.canary_url()), "{message}");
        }
        other => panic!("expected Http 302, got {other:?}"),
    }
    assert_eq!(attempts(&sandbox, "GET", "/current_user"), 1);
    for status in [301, 307, 308] {
        arm(
            &sandbox,
            "PUT",
            &format!("/customer/{}", sandbox.seed().customer_id),
            1,
            Fault::Redirect {
                status,
                location: None,
            },
        );
        let result = client(&sandbox).update_customer(
            &sandbox.seed().customer_id,
            &fastly_account::UpdateCustomerOptions::new().name("x"),
        );
        assert!(
            matches!(result, Err(Error::Http { .. })),
            "{status}: {result:?}"
        );
    }
    assert!(
        sandbox.canary_requests().is_empty(),
        "the canary saw {:?}",
        sandbox.canary_requests()
    );
}

#[test]
fn hostile_ids_stay_one_segment() {
    let sandbox = sandbox();
    let client = client(&sandbox);
    let cases = [
        ("../customer/x", "/user/..%2Fcustomer%2Fx"),
        ("a.b@example.com", "/user/a.b%40example.com"),
        ("a/b?c#d", "/user/a%2Fb%3Fc%23d"),
        ("%2F", "/user/%252F"),
        ("ü ser", "/user/%C3%BC%20ser"),
    ];
    for (id, path) in cases {
        sandbox.clear_requests();
        assert!(
            matches!(client.get_user(id), Err(Error::NotFound { .. })),
            "{id}"
        );
        let seen = sandbox.requests();
        assert_eq!(seen.len(), 1, "{id}");
        assert_eq!(seen[0].path, path);
        assert_eq!(seen[0].query, None, "{id} leaked a query");
    }
}

#[test]
fn a_slow_answer_times_out() {
    let sandbox = sandbox();
    arm(
        &sandbox,
        "GET",
        "/current_user",
        1,
        Fault::Delay { ms: 1000 },
    );
    let client = builder(&sandbox)
        .timeout(Duration::from_millis(300))
        .build_blocking()
        .unwrap();
    match client.get_current_user() {
        Err(error @ Error::Timeout { .. }) => {
            assert!(error.to_string().contains("timed out"), "{error}")
        }
        other => panic!("expected Timeout, got {other:?}"),
    }
    // The sandbox logs a request when it has answered: wait for the delayed one.
    for _ in 0..100 {
        if sandbox
            .requests()
            .iter()
            .any(|r| r.fault.as_deref() == Some("delay"))
        {
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    assert_eq!(
        attempts(&sandbox, "GET", "/current_user"),
        1,
        "timeouts are not retried"
    );
}

#[test]
fn a_short_delay_is_just_slow() {
    let sandbox = sandbox();
    arm(
        &sandbox,
        "GET",
        "/current_user",
        1,
        Fault::Delay { ms: 100 },
    );
    client(&sandbox).get_current_user().expect("slow but fine");
}

#[test]
fn cursor_at_the_top_level_is_followed() {
    let sandbox = sandbox();
    sandbox.set_settings(fastly_sandbox::Settings {
        cursor_location: fastly_sandbox::CursorLocation::Top,
        ..fastly_sandbox::Settings::seed()
    });
    let seed = sandbox.seed();
    let client = client(&sandbox);
    let first = client
        .list_roles(&fastly_account::ListOptions::new().per_page(2))
        .unwrap();
    assert!(first.next_cursor.is_some());
    assert_eq!(first.total, Some(seed.roles_total as i64));
    let all: Vec<_> = client
        .iter_roles(Some(2))
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(all.len(), seed.roles_total);
}
