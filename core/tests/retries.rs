//! The retry rules, counted by the attempts the sandbox saw.

mod common;

use std::time::Duration;

use common::*;
use fastly_account::{Error, ServiceGroupOptions, UpdateCustomerOptions};

#[test]
fn get_retries_503_then_succeeds() {
    let sandbox = sandbox();
    arm(&sandbox, "GET", "/current_user", 2, status(503));
    let user = client(&sandbox)
        .get_current_user()
        .expect("succeeds on the third attempt");
    assert!(user.id.is_some());
    assert_eq!(attempts(&sandbox, "GET", "/current_user"), 3);
}

#[test]
fn put_and_delete_retry_502_and_504() {
    let sandbox = sandbox();
    let seed = sandbox.seed();
    let path = format!("/customer/{}", seed.customer_id);
    arm(&sandbox, "PUT", &path, 1, status(502));
    client(&sandbox)
        .update_customer(&seed.customer_id, &UpdateCustomerOptions::new().name("X"))
        .expect("PUT retried");
    assert_eq!(attempts(&sandbox, "PUT", &path), 2);

    let user = &seed.user_ids_by_role["user"][0];
    let path = format!("/user/{user}");
    arm(&sandbox, "DELETE", &path, 1, status(504));
    client(&sandbox).delete_user(user).expect("DELETE retried");
    assert_eq!(attempts(&sandbox, "DELETE", &path), 2);
}

#[test]
fn persistent_5xx_gives_up_after_max_retries() {
    let sandbox = sandbox();
    sandbox.arm(FaultRule::new(status(503)).path("/current_user").forever());
    let client = builder(&sandbox).max_retries(2).build_blocking().unwrap();
    match client.get_current_user() {
        Err(Error::Server {
            status: 503,
            message,
        }) => assert!(message.contains("Injected failure"), "{message}"),
        other => panic!("expected Server, got {other:?}"),
    }
    assert_eq!(
        attempts(&sandbox, "GET", "/current_user"),
        3,
        "1 attempt + 2 retries"
    );
}

#[test]
fn zero_retries_means_one_attempt() {
    let sandbox = sandbox();
    arm(&sandbox, "GET", "/current_user", 1, status(503));
    let client = builder(&sandbox).max_retries(0).build_blocking().unwrap();
    assert!(matches!(
        client.get_current_user(),
        Err(Error::Server { .. })
    ));
    assert_eq!(attempts(&sandbox, "GET", "/current_user"), 1);
}

#[test]
fn get_retries_500_like_502_to_504() {
    let sandbox = sandbox();
    arm(&sandbox, "GET", "/current_user", 1, status(500));
    client(&sandbox)
        .get_current_user()
        .expect("a 500 on GET is retried, and the retry succeeds");
    assert_eq!(attempts(&sandbox, "GET", "/current_user"), 2);
}

#[test]
fn other_5xx_and_4xx_are_not_retried() {
    let sandbox = sandbox();
    arm(&sandbox, "GET", "/current_user", 1, status(501));
    assert!(matches!(
        client(&sandbox).get_current_user(),
        Err(Error::Server { status: 501, .. })
    ));
    assert_eq!(attempts(&sandbox, "GET", "/current_user"), 1);

    arm(&sandbox, "GET", "/current_customer", 1, status(403));
    assert!(matches!(
        client(&sandbox).get_current_customer(),
        Err(Error::Forbidden { status: 403, .. })
    ));
    assert_eq!(attempts(&sandbox, "GET", "/current_customer"), 1);

    arm(&sandbox, "GET", "/current_customer", 1, status(409));
    assert!(matches!(
        client(&sandbox).get_current_customer(),
        Err(Error::Http { status: 409, .. })
    ));
    arm(&sandbox, "GET", "/current_customer", 1, status(422));
    assert!(matches!(
        client(&sandbox).get_current_customer(),
        Err(Error::BadRequest { status: 422, .. })
    ));
}

#[test]
fn post_is_never_retried_after_a_5xx() {
    let sandbox = sandbox();
    for code in [502, 503, 504] {
        sandbox.clear_requests();
        arm(&sandbox, "POST", "/service-groups", 1, status(code));
        let result = client(&sandbox).create_service_group("once", &ServiceGroupOptions::default());
        assert!(
            matches!(result, Err(Error::Server { .. })),
            "{code}: {result:?}"
        );
        assert_eq!(
            attempts(&sandbox, "POST", "/service-groups"),
            1,
            "status {code}"
        );
    }
}

#[test]
fn post_is_not_retried_after_the_connection_breaks() {
    let sandbox = sandbox();
    arm(&sandbox, "POST", "/user-groups", 1, Fault::Close);
    let result = client(&sandbox).create_user_group("once", &Default::default());
    assert!(
        matches!(result, Err(Error::Connection { .. })),
        "{result:?}"
    );
    assert_eq!(attempts(&sandbox, "POST", "/user-groups"), 1);

    sandbox.clear_requests();
    arm(&sandbox, "POST", "/user-groups", 1, Fault::Reset);
    let result = client(&sandbox).create_user_group("once more", &Default::default());
    assert!(
        matches!(result, Err(Error::Connection { .. })),
        "{result:?}"
    );
    assert_eq!(
        attempts(&sandbox, "POST", "/user-groups"),
        1,
        "a POST cut mid-body is not resent"
    );
}

#[test]
fn get_is_retried_after_the_connection_breaks() {
    let sandbox = sandbox();
    arm(&sandbox, "GET", "/current_user", 1, Fault::Close);
    client(&sandbox)
        .get_current_user()
        .expect("retried after close");
    assert_eq!(attempts(&sandbox, "GET", "/current_user"), 2);

    sandbox.clear_requests();
    arm(&sandbox, "GET", "/current_user", 1, Fault::Reset);
    client(&sandbox)
        .get_current_user()
        .expect("retried after a reset mid-body");
    assert_eq!(attempts(&sandbox, "GET", "/current_user"), 2);
}

#[test]
fn rate_limit_is_surfaced_with_its_headers() {
    let sandbox = sandbox();
    let reset = chrono::Utc::now().timestamp() + 3600;
    arm(
        &sandbox,
        "GET",
        "/current_user",
        1,
        Fault::RateLimit {
            remaining: 0,
            reset: Some(reset as u64),
            retry_after: None,
        },
    );
    let client = client(&sandbox);
    match client.get_current_user() {
        Err(error @ Error::RateLimited { .. }) => {
            let Error::RateLimited {
                status,
                remaining,
                reset: got,
                ..
            } = &error
            else {
                unreachable!()
            };
            assert_eq!((*status, *remaining, *got), (429, Some(0), Some(reset)));
            assert!(error.to_string().contains("resets at"), "{error}");
        }
        other => panic!("expected RateLimited, got {other:?}"),
    }
    assert_eq!(
        attempts(&sandbox, "GET", "/current_user"),
        1,
        "a far reset is not waited for"
    );
    let seen = client.rate_limit().expect("rate limit remembered");
    assert_eq!((seen.remaining, seen.reset), (Some(0), Some(reset)));
}

#[test]
fn a_short_rate_limit_is_waited_out_even_for_post() {
    let sandbox = sandbox();
    arm(
        &sandbox,
        "POST",
        "/user-groups",
        1,
        Fault::RateLimit {
            remaining: 0,
            reset: None,
            retry_after: Some("0".into()),
        },
    );
    let client = builder(&sandbox)
        .rate_limit_wait(Duration::from_secs(5))
        .build_blocking()
        .unwrap();
    client
        .create_user_group("patient", &Default::default())
        .expect("waited and retried");
    assert_eq!(
        attempts(&sandbox, "POST", "/user-groups"),
        2,
        "a 429 was not processed: safe to resend"
    );

    // With no waiting budget the same 429 is surfaced at once.
    sandbox.clear_requests();
    arm(
        &sandbox,
        "POST",
        "/user-groups",
        1,
        Fault::RateLimit {
            remaining: 0,
            reset: None,
            retry_after: Some("1".into()),
        },
    );
    let impatient = builder(&sandbox)
        .rate_limit_wait(Duration::ZERO)
        .build_blocking()
        .unwrap();
    assert!(matches!(
        impatient.create_user_group("impatient", &Default::default()),
        Err(Error::RateLimited { .. })
    ));
    assert_eq!(attempts(&sandbox, "POST", "/user-groups"), 1);
}

#[test]
fn retry_after_on_503_is_read() {
    let sandbox = sandbox();
    arm(
        &sandbox,
        "GET",
        "/current_user",
        1,
        Fault::Status {
            status: 503,
            retry_after: Some("0".into()),
        },
    );
    client(&sandbox)
        .get_current_user()
        .expect("retried after Retry-After: 0");
    assert_eq!(attempts(&sandbox, "GET", "/current_user"), 2);
}

#[test]
fn connection_refused_is_a_connection_error() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let client = fastly_account::ClientBuilder::new("t")
        .endpoint(format!("http://127.0.0.1:{port}"))
        .max_retries(2)
        .retry_base_delay(Duration::from_millis(1))
        .retry_max_delay(Duration::from_millis(5))
        .build_blocking()
        .unwrap();
    match client.get_current_user() {
        Err(error @ Error::Connection { .. }) => {
            assert!(error.to_string().contains("could not connect"), "{error}");
        }
        other => panic!("expected Connection, got {other:?}"),
    }
}
