//! The core logs one event per attempt, and nothing it (or the HTTP stack
//! under it) logs at any level ever contains the token. A tiny subscriber
//! records every event's fields as text; no mock of our own code.

mod common;

use common::*;

#[test]
fn attempts_are_logged_and_the_token_never_is() {
    let capture = capture_logs();
    let token = "log-canary-token-7f3a";
    let sandbox = sandbox_with(SandboxConfig {
        token: token.into(),
        ..Default::default()
    });
    let client = client(&sandbox);

    arm(&sandbox, "GET", "/current_user", 1, status(503));
    client.get_current_user().expect("retried");
    client
        .create_invitation(
            "someone@example.com",
            &fastly_account::UserRole::User,
            &fastly_account::InvitationOptions::new(),
        )
        .unwrap();
    let wrong = builder(&sandbox)
        .token("wrong-token-d41d")
        .build_blocking()
        .unwrap();
    let _ = wrong.get_user("x");
    let seed = sandbox.seed();
    sandbox
        .patch(
            "user",
            &seed.owner_user_id,
            serde_json::json!({"created_at": "2022-11-04 18:02:15"}),
        )
        .unwrap();
    client
        .get_current_user()
        .expect("an odd value does not fail");

    let lines = capture.lines();
    let ours: Vec<&String> = lines
        .iter()
        .filter(|l| l.contains("fastly_account"))
        .collect();
    let attempt = ours
        .iter()
        .find(|l| l.contains("attempt=1") && l.contains("status=503"))
        .unwrap_or_else(|| panic!("no attempt event in {ours:#?}"));
    assert!(attempt.contains("path=\"/current_user\""), "{attempt}");
    assert!(attempt.contains("duration_ms="), "{attempt}");
    assert!(ours
        .iter()
        .any(|l| l.contains("attempt=2") && l.contains("status=200")));
    assert!(ours.iter().any(|l| l.contains("retrying")));
    assert!(
        ours.iter().any(|l| l.contains("path=\"/user/{user_id}\"")),
        "ids are logged as the path template"
    );
    let lenient = ours
        .iter()
        .find(|l| l.contains("field left empty"))
        .unwrap_or_else(|| panic!("no lenient-decoding event in {ours:#?}"));
    assert!(lenient.starts_with("DEBUG"), "{lenient}");
    assert!(
        lenient.contains("model=\"User\"") && lenient.contains("field=\"created_at\""),
        "{lenient}"
    );
    assert!(
        !lenient.contains("2022-11-04"),
        "values are not logged: {lenient}"
    );
    for line in &lines {
        assert!(!line.contains(token), "token in log: {line}");
        assert!(!line.contains("wrong-token-d41d"), "token in log: {line}");
        assert!(
            !line.contains("someone@example.com"),
            "bodies are not logged: {line}"
        );
    }
}
