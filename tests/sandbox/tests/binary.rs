//! The `fastly-sandbox` binary: the listening line, and exit on stdin EOF.

mod common;

use std::io::{BufRead as _, BufReader};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[test]
fn prints_the_url_and_exits_when_stdin_closes() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_fastly-sandbox"))
        .args(["--port", "0", "--token", "bin-token", "--users", "3"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("a first line");
    let url = line
        .trim_end()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
        .to_owned();
    assert!(url.starts_with("http://127.0.0.1:"), "{url}");

    let user = common::get(&url, "/user/u000003", Some("bin-token"));
    assert_eq!(user.json()["login"], "user3@example.com");

    drop(child.stdin.take());
    let deadline = Instant::now() + Duration::from_secs(10);
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        assert!(
            Instant::now() < deadline,
            "still running after stdin closed"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    assert!(status.success(), "{status}");
}

#[test]
fn unknown_arguments_exit_2() {
    let output = Command::new(env!("CARGO_BIN_EXE_fastly-sandbox"))
        .arg("--bogus")
        .stdin(Stdio::null())
        .output()
        .expect("the binary runs");
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("usage:"));
}

/// Spawns the binary with `args`, returns it and its first stdout line's URL.
fn spawn(args: &[&str]) -> (std::process::Child, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_fastly-sandbox"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let mut line = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut line)
        .expect("a first line");
    let url = line
        .trim_end()
        .strip_prefix("listening on ")
        .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
        .to_owned();
    (child, url)
}

#[test]
fn seed_shapes_starts_in_the_seed_style() {
    let (mut child, url) = spawn(&["--seed-shapes"]);
    let settings = common::get(&url, "/__sandbox/settings", None).json();
    assert_eq!(settings["style"], "seed");
    let roles = common::get(&url, "/roles?per_page=3", Some("sandbox-token")).json();
    assert!(roles["meta"]["next_cursor"].is_string());
    // A reset keeps the style the binary was started with.
    common::control(&url, "PUT", "/__sandbox/settings", r#"{"style":"live"}"#);
    common::control(&url, "POST", "/__sandbox/reset", "");
    let settings = common::get(&url, "/__sandbox/settings", None).json();
    assert_eq!(settings["style"], "seed");
    drop(child.stdin.take());
    assert!(child.wait().expect("wait").success());
}

#[test]
fn tls_writes_the_ca_before_the_first_line() {
    let dir = std::env::temp_dir().join(format!("fastly-sandbox-ca-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("a temp dir");
    let ca_file = dir.join("ca.pem");
    let ca_arg = ca_file.to_str().expect("a UTF-8 path").to_owned();
    let (mut child, url) = spawn(&["--tls", "--ca-file", &ca_arg]);
    assert!(url.starts_with("https://127.0.0.1:"), "{url}");
    // Written before the line was printed.
    let ca = std::fs::read_to_string(&ca_file).expect("the CA file exists");
    assert!(ca.starts_with("-----BEGIN CERTIFICATE-----"));
    let user = common::send_tls(
        &url,
        &ca,
        "localhost",
        "GET",
        "/current_user",
        &[("Fastly-Key", "sandbox-token")],
        None,
    )
    .expect("a TLS response");
    assert_eq!(user.status, 200);
    drop(child.stdin.take());
    assert!(child.wait().expect("wait").success());
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_token_no_client_could_send_is_refused_at_start() {
    for token in ["", " ", "with space", "new\nline"] {
        let config = fastly_sandbox::SandboxConfig {
            token: token.to_owned(),
            ..fastly_sandbox::SandboxConfig::default()
        };
        let error = fastly_sandbox::Sandbox::start(config).expect_err(token);
        assert_eq!(error.kind(), std::io::ErrorKind::InvalidInput, "{token:?}");
        assert!(error.to_string().contains("Fastly-Key"), "{error}");
    }
}
