//! Fault injection and the control protocol over real HTTP.

mod common;

use std::time::Duration;

use common::{control, get, send};
use fastly_sandbox::{Fault, FaultRule, Sandbox, SandboxConfig};

fn start() -> Sandbox {
    Sandbox::start(SandboxConfig::default()).expect("sandbox starts")
}

#[test]
fn status_faults_apply_the_armed_number_of_times() {
    let sandbox = start();
    let url = sandbox.url();
    let armed = control(
        &url,
        "POST",
        "/__sandbox/faults",
        r#"{"method":"GET","path":"/current_user","times":2,"fault":{"type":"status","status":503,"retry_after":"1"}}"#,
    );
    assert_eq!(armed.status, 204);

    // Another path does not consume the rule.
    assert_eq!(
        get(&url, "/current_customer", Some(sandbox.token())).status,
        200
    );
    let first = get(&url, "/current_user", Some(sandbox.token()));
    assert_eq!(first.status, 503);
    assert_eq!(first.header("retry-after"), Some("1"));
    assert_eq!(first.json()["msg"], "Injected failure");
    // Faults apply before auth.
    assert_eq!(get(&url, "/current_user", None).status, 503);
    assert_eq!(
        get(&url, "/current_user", Some(sandbox.token())).status,
        200
    );

    let log = get(&url, "/__sandbox/requests", None).json();
    let summary: Vec<_> = log["requests"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["status"].as_u64().unwrap(),
                r["fault"].as_str().map(str::to_owned),
            )
        })
        .collect();
    let status = Some("status".to_owned());
    assert_eq!(
        summary,
        [
            (200, None),
            (503, status.clone()),
            (503, status),
            (200, None)
        ]
    );
    assert_eq!(
        control(
            &url,
            "POST",
            "/__sandbox/faults",
            r#"{"fault":{"type":"nope"}}"#
        )
        .status,
        400
    );
}

#[test]
fn rendezvous_proves_three_requests_were_in_flight_together() {
    let sandbox = start();
    sandbox.arm(
        FaultRule::new(Fault::Rendezvous {
            count: 3,
            timeout_ms: 10_000,
        })
        .path("/current_customer")
        .times(3),
    );
    let statuses: Vec<u16> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..3)
            .map(|_| {
                scope.spawn(|| {
                    get(&sandbox.url(), "/current_customer", Some(sandbox.token())).status
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(statuses, [200, 200, 200]);

    // Alone, a request times out with 409.
    sandbox.arm(FaultRule::new(Fault::Rendezvous {
        count: 2,
        timeout_ms: 100,
    }));
    let alone = get(&sandbox.url(), "/current_customer", Some(sandbox.token()));
    assert_eq!(alone.status, 409);
    assert_eq!(alone.json()["detail"], "only 1 of 2 requests arrived");
}

#[test]
fn broken_bodies_and_connections() {
    let sandbox = start();
    let url = sandbox.url();
    let token = sandbox.token();

    sandbox.arm(FaultRule::new(Fault::Truncate));
    let truncated = get(&url, "/current_user", Some(token));
    assert_eq!(truncated.status, 200);
    assert_eq!(
        truncated.header("content-length"),
        Some(truncated.body.len().to_string().as_str())
    );
    assert!(serde_json::from_slice::<serde_json::Value>(&truncated.body).is_err());

    sandbox.arm(FaultRule::new(Fault::Reset));
    let cut = get(&url, "/current_user", Some(token));
    let declared: usize = cut.header("content-length").unwrap().parse().unwrap();
    assert!(
        cut.body.len() < declared,
        "{} of {declared}",
        cut.body.len()
    );
    assert!(!cut.body.is_empty());

    sandbox.arm(FaultRule::new(Fault::Close));
    assert!(send(&url, "GET", "/current_user", &[("Fastly-Key", token)], None).is_err());

    sandbox.arm(FaultRule::new(Fault::Malformed));
    assert!(serde_json::from_slice::<serde_json::Value>(
        &get(&url, "/current_user", Some(token)).body
    )
    .is_err());

    sandbox.arm(FaultRule::new(Fault::Huge { bytes: 100_000 }));
    let huge = get(&url, "/current_user", Some(token));
    assert!(
        huge.body.len() >= 100_000 && huge.body.len() < 100_100,
        "{}",
        huge.body.len()
    );
    assert_eq!(huge.json()["role"], "superuser");

    sandbox.arm(FaultRule::new(Fault::RateLimit {
        remaining: 0,
        reset: Some(1_767_225_600),
        retry_after: None,
    }));
    let limited = get(&url, "/current_user", Some(token));
    assert_eq!(limited.status, 429);
    assert_eq!(limited.header("fastly-ratelimit-reset"), Some("1767225600"));
    assert_eq!(limited.header("fastly-ratelimit-remaining"), Some("0"));

    let statuses: Vec<u16> = sandbox.requests().iter().map(|r| r.status).collect();
    assert_eq!(statuses, [200, 200, 0, 200, 200, 429]);
}

#[test]
fn redirects_point_at_the_canary_which_records_the_key() {
    let sandbox = start();
    sandbox.arm(FaultRule::new(Fault::Redirect {
        status: 302,
        location: None,
    }));
    let redirect = get(&sandbox.url(), "/current_user", Some(sandbox.token()));
    assert_eq!(redirect.status, 302);
    let location = redirect.header("location").expect("Location").to_owned();
    assert_eq!(location, format!("{}/current_user", sandbox.canary_url()));

    // A client that (wrongly) follows it with the key leaks the key to the canary.
    let stolen = get(&sandbox.canary_url(), "/current_user", Some("leaked"));
    assert_eq!(stolen.json()["stolen"], true);
    let canary = get(&sandbox.url(), "/__sandbox/canary", None).json();
    assert_eq!(canary["url"], sandbox.canary_url());
    assert_eq!(canary["requests"][0]["fastly_key"], "leaked");
    assert_eq!(sandbox.canary_requests()[0].path, "/current_user");

    sandbox.reset();
    assert!(sandbox.canary_requests().is_empty());
    assert!(sandbox.requests().is_empty());
}

#[test]
fn delay_holds_the_answer() {
    let sandbox = start();
    sandbox.arm(FaultRule::new(Fault::Delay { ms: 300 }).method("get"));
    let started = std::time::Instant::now();
    assert_eq!(
        get(&sandbox.url(), "/current_user", Some(sandbox.token())).status,
        200
    );
    assert!(started.elapsed() >= Duration::from_millis(300));
}

#[test]
fn body_faults_answer_the_given_body() {
    let sandbox = start();
    let url = sandbox.url();
    let token = sandbox.token();
    let user = sandbox.seed().user_ids_by_role["user"][0].clone();
    let path = format!("/user/{user}");

    let armed = control(
        &url,
        "POST",
        "/__sandbox/faults",
        &serde_json::json!({"method": "DELETE", "path": path,
            "fault": {"type": "body", "body": {"status": "error", "msg": "cannot delete"}}})
        .to_string(),
    );
    assert_eq!(armed.status, 204);
    let answered = send(&url, "DELETE", &path, &[("Fastly-Key", token)], None).expect("answer");
    assert_eq!(answered.status, 200);
    assert_eq!(answered.header("content-type"), Some("application/json"));
    assert_eq!(
        answered.json(),
        serde_json::json!({"status": "error", "msg": "cannot delete"})
    );
    // The user was not deleted: the fault replaced the answer.
    assert_eq!(get(&url, &path, Some(token)).status, 200);

    // Any status and content type; a JSON string is sent as raw text.
    sandbox.arm(FaultRule::new(Fault::Body {
        status: 418,
        body: serde_json::Value::String("<p>teapot</p>".to_owned()),
        content_type: Some("text/html".to_owned()),
    }));
    let raw = get(&url, "/current_user", Some(token));
    assert_eq!(raw.status, 418);
    assert_eq!(raw.header("content-type"), Some("text/html"));
    assert_eq!(raw.body, b"<p>teapot</p>");

    // Status defaults to 200 and is validated.
    let defaulted = control(
        &url,
        "POST",
        "/__sandbox/faults",
        r#"{"fault":{"type":"body","body":[1,2]}}"#,
    );
    assert_eq!(defaulted.status, 204);
    let listed = get(&url, "/__sandbox/faults", None).json();
    assert_eq!(listed["faults"][0]["rule"]["fault"]["status"], 200);
    let array = get(&url, "/current_customer", Some(token));
    assert_eq!(
        (array.status, array.json()),
        (200, serde_json::json!([1, 2]))
    );
    for bad in [
        r#"{"fault":{"type":"body","status":99,"body":{}}}"#,
        r#"{"fault":{"type":"body","body":{},"content_type":"a\nb"}}"#,
        r#"{"fault":{"type":"body"}}"#,
    ] {
        assert_eq!(
            control(&url, "POST", "/__sandbox/faults", bad).status,
            400,
            "{bad}"
        );
    }
    let faults: Vec<_> = sandbox.requests().iter().map(|r| r.fault.clone()).collect();
    let body = Some("body".to_owned());
    assert_eq!(faults, [body.clone(), None, body.clone(), body]);
}
