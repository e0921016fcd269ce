//! A connect timeout (nothing reached the server) is retried for every
//! method, POST included. Counted through the client's own log events, since
//! no server sees these attempts. Alone in its binary: the log sink is global.

use std::net::{SocketAddr, TcpStream};
use std::os::fd::{FromRawFd, OwnedFd};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use fastly_account::log_forward::{self, Level, LogSink};
use fastly_account::{ClientBuilder, Error};

#[derive(Default)]
struct Lines(Mutex<Vec<String>>);

impl LogSink for Lines {
    fn log(&self, _level: Level, message: &str) {
        self.0.lock().unwrap().push(message.to_owned());
    }
}

/// A loopback listener whose accept queue is full: further SYNs are dropped,
/// so a connect to it times out. Returns the socket, its address, and the
/// connections that fill the queue (all kept open for the test's length).
fn full_listener() -> (OwnedFd, SocketAddr, Vec<TcpStream>) {
    // SAFETY: plain socket calls on a descriptor this function owns.
    let (fd, addr) = unsafe {
        let fd = libc::socket(libc::AF_INET, libc::SOCK_STREAM, 0);
        assert!(fd >= 0);
        let mut sin: libc::sockaddr_in = std::mem::zeroed();
        sin.sin_family = libc::AF_INET as libc::sa_family_t;
        sin.sin_addr.s_addr = u32::from_ne_bytes([127, 0, 0, 1]);
        let len = std::mem::size_of::<libc::sockaddr_in>() as libc::socklen_t;
        assert_eq!(
            libc::bind(fd, &sin as *const _ as *const libc::sockaddr, len),
            0
        );
        assert_eq!(libc::listen(fd, 0), 0);
        let mut got: libc::sockaddr_in = std::mem::zeroed();
        let mut got_len = len;
        assert_eq!(
            libc::getsockname(fd, &mut got as *mut _ as *mut libc::sockaddr, &mut got_len),
            0
        );
        let port = u16::from_be(got.sin_port);
        (
            OwnedFd::from_raw_fd(fd),
            SocketAddr::from(([127, 0, 0, 1], port)),
        )
    };
    let mut fillers = Vec::new();
    for _ in 0..16 {
        match TcpStream::connect_timeout(&addr, Duration::from_millis(200)) {
            Ok(stream) => fillers.push(stream),
            Err(_) => return (fd, addr, fillers),
        }
    }
    panic!("the accept queue never filled; cannot provoke a connect timeout here");
}

#[test]
fn connect_timeouts_are_retried_for_every_method() {
    let lines = Arc::new(Lines::default());
    log_forward::set_max_level(Some(Level::DEBUG));
    assert!(log_forward::set_sink(Some(lines.clone())));
    let (_listener, addr, _fillers) = full_listener();
    let client = ClientBuilder::new("token")
        .endpoint(format!("http://{addr}"))
        .connect_timeout(Duration::from_millis(150))
        .max_retries(2)
        .retry_base_delay(Duration::from_millis(1))
        .retry_max_delay(Duration::from_millis(5))
        .build_blocking()
        .unwrap();
    let created = client.create_user_group("never-reaches", &Default::default());
    match created {
        Err(Error::Timeout { message }) => assert!(message.contains("connect"), "{message}"),
        other => panic!("expected a connect timeout, got {other:?}"),
    }
    let attempts = lines
        .0
        .lock()
        .unwrap()
        .iter()
        .filter(|l| l.starts_with("fastly-account request attempt") && l.contains("method=POST"))
        .count();
    assert_eq!(attempts, 3, "one attempt and two retries");
    log_forward::set_sink(None);
}
