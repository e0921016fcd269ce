//! Rust benchmark drivers. Each mode runs against an already running sandbox
//! and prints one JSON object on stdout; `tests/bench/run.py` runs them all
//! side by side with the other languages and writes BENCHMARKS.md.
//!
//! ```text
//! fastly-bench latency raw|async|blocking URL TOKEN CALLS WARMUP
//! fastly-bench decode URL TOKEN CUSTOMER_ID REPEATS
//! fastly-bench memory URL TOKEN PER_PAGE
//! fastly-bench soak URL TOKEN CALLS THREADS
//! ```

use std::process::ExitCode;
use std::time::{Duration, Instant};

use fastly_account::{blocking, Client, ClientBuilder};
use serde_json::json;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["latency", which, url, token, calls, warmup] => {
            latency(which, url, token, number(calls), number(warmup))
        }
        ["decode", url, token, customer, repeats] => decode(url, token, customer, number(repeats)),
        ["memory", url, token, per_page] => memory(url, token, number(per_page) as u32),
        ["soak", url, token, calls, threads] => soak(url, token, number(calls), number(threads)),
        _ => Err("usage: see the module docs of tests/bench/src/main.rs".to_string()),
    };
    match result {
        Ok(report) => {
            println!("{report}");
            ExitCode::SUCCESS
        }
        Err(message) => {
            eprintln!("fastly-bench: {message}");
            ExitCode::FAILURE
        }
    }
}

fn number(text: &str) -> usize {
    text.parse()
        .unwrap_or_else(|_| panic!("{text:?} is not a number"))
}

fn builder(url: &str, token: &str) -> ClientBuilder {
    ClientBuilder::new(token).endpoint(url)
}

/// Median, p99 and mean of per-call durations, in microseconds.
fn summary(name: &str, mut samples: Vec<Duration>) -> serde_json::Value {
    samples.sort_unstable();
    let micros = |d: Duration| d.as_secs_f64() * 1e6;
    let pick = |q: f64| micros(samples[((samples.len() - 1) as f64 * q).round() as usize]);
    let mean = samples.iter().map(|d| micros(*d)).sum::<f64>() / samples.len() as f64;
    json!({"impl": name, "calls": samples.len(), "median_us": pick(0.5), "p99_us": pick(0.99), "mean_us": mean})
}

fn latency(
    which: &str,
    url: &str,
    token: &str,
    calls: usize,
    warmup: usize,
) -> Result<serde_json::Value, String> {
    let err = |e: &dyn std::fmt::Display| e.to_string();
    let samples = match which {
        "blocking" => {
            let client = builder(url, token).build_blocking().map_err(|e| err(&e))?;
            let mut samples = Vec::with_capacity(calls);
            for i in 0..warmup + calls {
                let start = Instant::now();
                client.get_current_user().map_err(|e| err(&e))?;
                if i >= warmup {
                    samples.push(start.elapsed());
                }
            }
            samples
        }
        "async" => {
            let client: Client = builder(url, token).build().map_err(|e| err(&e))?;
            current_thread().block_on(async {
                let mut samples = Vec::with_capacity(calls);
                for i in 0..warmup + calls {
                    let start = Instant::now();
                    client.get_current_user().await.map_err(|e| err(&e))?;
                    if i >= warmup {
                        samples.push(start.elapsed());
                    }
                }
                Ok::<_, String>(samples)
            })?
        }
        "raw" => {
            // The floor: the same request with the same headers, body read, nothing decoded.
            let http = reqwest::Client::new();
            let target = format!("{url}/current_user");
            let agent = format!("fastly-account/{} (rust)", env!("CARGO_PKG_VERSION"));
            current_thread().block_on(async {
                let mut samples = Vec::with_capacity(calls);
                for i in 0..warmup + calls {
                    let start = Instant::now();
                    let response = http
                        .get(&target)
                        .header("Fastly-Key", token)
                        .header("User-Agent", &agent)
                        .header("Accept", "application/json")
                        .send()
                        .await
                        .map_err(|e| err(&e))?;
                    let body = response.bytes().await.map_err(|e| err(&e))?;
                    std::hint::black_box(body);
                    if i >= warmup {
                        samples.push(start.elapsed());
                    }
                }
                Ok::<_, String>(samples)
            })?
        }
        other => return Err(format!("unknown implementation {other:?}")),
    };
    Ok(summary(which, samples))
}

fn current_thread() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime")
}

/// `list_customer_users` with typed objects in hand, timed per call.
fn decode(
    url: &str,
    token: &str,
    customer: &str,
    repeats: usize,
) -> Result<serde_json::Value, String> {
    let client: blocking::Client = builder(url, token)
        .timeout(Duration::from_secs(120))
        .build_blocking()
        .map_err(|e| e.to_string())?;
    let mut samples = Vec::with_capacity(repeats);
    let mut users = 0;
    for i in 0..repeats + 1 {
        let start = Instant::now();
        let list = client
            .list_customer_users(customer)
            .map_err(|e| e.to_string())?;
        if i > 0 {
            samples.push(start.elapsed());
        }
        users = list.len();
    }
    let mut report = summary("rust-blocking", samples);
    report["users"] = json!(users);
    Ok(report)
}

/// Walks every role with the lazy follow-all form; reports the peak RSS.
fn memory(url: &str, token: &str, per_page: u32) -> Result<serde_json::Value, String> {
    let client = builder(url, token)
        .build_blocking()
        .map_err(|e| e.to_string())?;
    let start = Instant::now();
    let mut items = 0usize;
    for role in client.iter_roles(Some(per_page)) {
        std::hint::black_box(role.map_err(|e| e.to_string())?);
        items += 1;
    }
    Ok(
        json!({"impl": "rust-blocking", "items": items, "seconds": start.elapsed().as_secs_f64(), "peak_rss_kib": peak_rss_kib()}),
    )
}

/// Peak resident set size of this process, in KiB: `VmHWM` of
/// /proc/self/status (`ru_maxrss` would also count the parent's memory at fork).
fn peak_rss_kib() -> u64 {
    status_field("VmHWM:").unwrap_or(0)
}

/// A numeric field of /proc/self/status (kB values in KiB).
fn status_field(name: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix(name))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
}

/// Many calls through one blocking client from many threads; reports errors
/// and the process's resident memory, open descriptors and threads after a
/// warm-up tenth of the calls and at the end.
fn soak(url: &str, token: &str, calls: usize, threads: usize) -> Result<serde_json::Value, String> {
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::Arc;

    let client = Arc::new(
        builder(url, token)
            .build_blocking()
            .map_err(|e| e.to_string())?,
    );
    let run = |calls: usize| {
        let next = Arc::new(AtomicUsize::new(0));
        let errors = Arc::new(AtomicUsize::new(0));
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                let (client, next, errors) =
                    (Arc::clone(&client), Arc::clone(&next), Arc::clone(&errors));
                std::thread::spawn(move || {
                    while next.fetch_add(1, Ordering::Relaxed) < calls {
                        let ok = match next.load(Ordering::Relaxed) % 4 {
                            0 => client.get_current_user().is_ok(),
                            1 => client.get_current_customer().is_ok(),
                            2 => client.list_roles(&Default::default()).is_ok(),
                            _ => matches!(
                                client.get_user("no-such-user"),
                                Err(fastly_account::Error::NotFound { .. })
                            ),
                        };
                        if !ok {
                            errors.fetch_add(1, Ordering::Relaxed);
                        }
                    }
                })
            })
            .collect();
        for worker in workers {
            let _ = worker.join();
        }
        errors.load(Ordering::Relaxed)
    };
    let start = Instant::now();
    let warmup = calls / 10;
    let mut errors = run(warmup);
    let after_warmup = process_sample();
    errors += run(calls - warmup);
    let end = process_sample();
    Ok(
        json!({"impl": "rust-blocking", "calls": calls, "threads": threads, "errors": errors,
              "seconds": start.elapsed().as_secs_f64(), "after_warmup": after_warmup, "end": end}),
    )
}

/// Resident memory (KiB), open file descriptors and threads of this process.
fn process_sample() -> serde_json::Value {
    let fds = std::fs::read_dir("/proc/self/fd").map(|d| d.count()).ok();
    json!({"rss_kib": status_field("VmRSS:"), "fds": fds, "threads": status_field("Threads:")})
}
