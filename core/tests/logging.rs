//! The core logs one event per attempt, and nothing it (or the HTTP stack
//! under it) logs at any level ever contains the token. A tiny subscriber
//! records every event's fields as text; no mock of our own code.

mod common;

use std::fmt::Write as _;
use std::sync::{Arc, Mutex};

use common::*;
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Metadata, Subscriber};

#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<String>>>);

struct Line<'a>(&'a mut String);

impl Visit for Line<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        let _ = write!(self.0, " {}={:?}", field.name(), value);
    }
}

impl Subscriber for Capture {
    fn enabled(&self, _: &Metadata<'_>) -> bool {
        true
    }
    fn new_span(&self, span: &Attributes<'_>) -> Id {
        let mut line = format!("span {}", span.metadata().name());
        span.record(&mut Line(&mut line));
        self.0.lock().unwrap().push(line);
        Id::from_u64(1)
    }
    fn record(&self, _: &Id, values: &Record<'_>) {
        let mut line = String::from("record");
        values.record(&mut Line(&mut line));
        self.0.lock().unwrap().push(line);
    }
    fn record_follows_from(&self, _: &Id, _: &Id) {}
    fn event(&self, event: &Event<'_>) {
        let mut line = format!("{} {}", event.metadata().level(), event.metadata().target());
        event.record(&mut Line(&mut line));
        self.0.lock().unwrap().push(line);
    }
    fn enter(&self, _: &Id) {}
    fn exit(&self, _: &Id) {}
}

#[test]
fn attempts_are_logged_and_the_token_never_is() {
    let capture = Capture::default();
    // Global, so the events of the internal runtime's threads are seen too.
    tracing::subscriber::set_global_default(capture.clone()).expect("first subscriber");
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

    let lines = capture.0.lock().unwrap().clone();
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
