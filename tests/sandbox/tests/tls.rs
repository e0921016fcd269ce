//! HTTPS with a private CA (`SandboxConfig::tls`, `--tls`).

mod common;

use common::{send, send_tls};
use fastly_sandbox::{Fault, FaultRule, Sandbox, SandboxConfig};

fn start_tls() -> Sandbox {
    Sandbox::start(SandboxConfig {
        tls: true,
        ..SandboxConfig::default()
    })
    .expect("sandbox starts")
}

#[test]
fn serves_https_to_clients_that_trust_its_ca() {
    let sandbox = start_tls();
    let url = sandbox.url();
    assert!(url.starts_with("https://127.0.0.1:"), "{url}");
    assert!(sandbox.canary_url().starts_with("http://"));
    let ca = sandbox.ca_pem().expect("a CA");
    assert!(ca.starts_with("-----BEGIN CERTIFICATE-----"), "{ca}");

    let key = [("Fastly-Key", sandbox.token())];
    for name in ["127.0.0.1", "localhost"] {
        let user = send_tls(&url, &ca, name, "GET", "/current_user", &key, None)
            .unwrap_or_else(|e| panic!("TLS request as {name}: {e}"));
        assert_eq!(user.status, 200, "{name}");
        assert_eq!(user.json()["id"], sandbox.seed().owner_user_id);
    }

    // The control protocol is on the same (TLS) listener, and hands out the CA.
    let served_ca =
        send_tls(&url, &ca, "127.0.0.1", "GET", "/__sandbox/ca", &[], None).expect("a response");
    assert_eq!(served_ca.status, 200);
    assert_eq!(served_ca.body, ca.as_bytes());

    // A plain-HTTP client gets no answer.
    let plain_url = url.replace("https://", "http://");
    let plain = send(&plain_url, "GET", "/current_user", &key, None);
    assert!(plain.is_err(), "{plain:?}");

    // A client trusting another CA refuses the server.
    let other = start_tls().ca_pem().expect("a CA");
    let untrusted = send_tls(
        &url,
        &other,
        "127.0.0.1",
        "GET",
        "/current_user",
        &key,
        None,
    );
    assert!(untrusted.is_err(), "{untrusted:?}");
    // So does one checking a name the certificate does not carry.
    let wrong_name = send_tls(&url, &ca, "example.com", "GET", "/current_user", &key, None);
    assert!(wrong_name.is_err(), "{wrong_name:?}");

    // Only the complete exchanges were logged (the plain and refused ones never
    // got past the handshake).
    let statuses: Vec<u16> = sandbox.requests().iter().map(|r| r.status).collect();
    assert_eq!(statuses, [200, 200]);
}

#[test]
fn faults_apply_over_tls() {
    let sandbox = start_tls();
    let url = sandbox.url();
    let ca = sandbox.ca_pem().expect("a CA");
    let key = [("Fastly-Key", sandbox.token())];

    sandbox.arm(FaultRule::new(Fault::Status {
        status: 503,
        retry_after: None,
    }));
    let failed =
        send_tls(&url, &ca, "127.0.0.1", "GET", "/current_user", &key, None).expect("a response");
    assert_eq!(failed.status, 503);

    sandbox.arm(FaultRule::new(Fault::Close));
    assert!(send_tls(&url, &ca, "127.0.0.1", "GET", "/current_user", &key, None).is_err());

    sandbox.arm(FaultRule::new(Fault::Truncate));
    let truncated =
        send_tls(&url, &ca, "127.0.0.1", "GET", "/current_user", &key, None).expect("a response");
    assert!(serde_json::from_slice::<serde_json::Value>(&truncated.body).is_err());
}

#[test]
fn plain_sandboxes_have_no_ca() {
    let sandbox = Sandbox::start(SandboxConfig::default()).expect("sandbox starts");
    assert_eq!(sandbox.ca_pem(), None);
    assert!(sandbox.url().starts_with("http://"));
    assert_eq!(
        common::get(&sandbox.url(), "/__sandbox/ca", None).status,
        404
    );
}
