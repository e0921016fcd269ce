//! Rust benchmark drivers. Each mode runs against an already running sandbox
//! and prints one JSON object on stdout; `tests/bench/run.py` runs them all
//! side by side with the other languages and writes BENCHMARKS.md.
//!
//! ```text
//! fastly-bench latency IMPL URL TOKEN CALLS WARMUP
//! fastly-bench compare URL TOKEN ROUNDS CALLS WARMUP [IMPL...]
//! fastly-bench concurrent URL TOKEN CONCURRENCY BATCHES
//! fastly-bench decode URL TOKEN CUSTOMER_ID REPEATS
//! fastly-bench memory URL TOKEN PER_PAGE
//! fastly-bench soak URL TOKEN CALLS THREADS
//! fastly-bench serve URL TOKEN
//! ```
//!
//! `serve` keeps the clients warm in one process and answers commands read from stdin,
//! one JSON line each, so that `interleave.py` can alternate its rounds with another
//! language's driver (kotlin/run-bench.sh serve) against the same sandbox:
//! `latency IMPL CALLS` (IMPL: raw, async, blocking; `get_current_user` CALLS times;
//! a warm-up is a round whose answer is ignored), `decode IMPL CUSTOMER_ID` (one
//! `list_customer_users`, blocking or async), `quit`. Each answer is
//! `{"impl":..,"samples_us":[..]}` (decode: also `users`).

use std::process::ExitCode;
use std::time::{Duration, Instant};

use fastly_account::{blocking, Client, ClientBuilder};
use serde_json::json;

// IMPL: `raw` (reqwest alone: the floor), `async` (the async client on a
// current-thread runtime), `blocking` (the blocking facade), or an experiment
// with the async client on a multi-thread runtime of N workers driven from
// the calling thread: `block_on-mtN` (`Handle::block_on`, what the facade did
// up to issue 14) or `spawn-mtN` (a task, and the thread parks until it
// ends). `compare` runs them interleaved (default: raw async blocking).

pub fn main() -> ExitCode {
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
        ["compare", url, token, rounds, calls, warmup, impls @ ..] => {
            let impls: Vec<&str> = if impls.is_empty() {
                vec!["raw", "async", "blocking"]
            } else {
                impls.to_vec()
            };
            compare(
                url,
                token,
                number(rounds),
                number(calls),
                number(warmup),
                &impls,
            )
        }
        ["concurrent", url, token, concurrency, batches] => {
            concurrent(url, token, number(concurrency), number(batches))
        }
        ["decode", url, token, customer, repeats] => decode(url, token, customer, number(repeats)),
        ["memory", url, token, per_page] => memory(url, token, number(per_page) as u32),
        ["soak", url, token, calls, threads] => soak(url, token, number(calls), number(threads)),
        ["serve", url, token] => serve(url, token).map(|()| json!({"served": true})),
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
    let mut driver = Driver::new(which, url, token)?;
    driver.run(warmup)?;
    Ok(summary(which, driver.run(calls)?))
}

/// One way of making `get_current_user` calls, ready to run a batch of them.
enum Driver {
    /// The same request through reqwest alone, body read, nothing decoded.
    Raw {
        runtime: tokio::runtime::Runtime,
        http: reqwest::Client,
        target: String,
        agent: String,
        token: String,
    },
    /// The async client awaited on a current-thread runtime.
    Async {
        runtime: tokio::runtime::Runtime,
        client: Client,
    },
    /// The blocking facade.
    Blocking { client: blocking::Client },
    /// Experiments: the async client on a multi-thread runtime of its own,
    /// driven from this thread the way the facade could drive it.
    Variant {
        runtime: tokio::runtime::Runtime,
        client: Client,
        spawn: bool,
    },
}

impl Driver {
    fn new(which: &str, url: &str, token: &str) -> Result<Driver, String> {
        let err = |e: fastly_account::Error| e.to_string();
        Ok(match which {
            "raw" => Driver::Raw {
                runtime: current_thread(),
                http: reqwest::Client::new(),
                target: format!("{url}/current_user"),
                agent: format!("fastly-account/{} (rust)", env!("CARGO_PKG_VERSION")),
                token: token.to_string(),
            },
            "async" => Driver::Async {
                runtime: current_thread(),
                client: builder(url, token).build().map_err(err)?,
            },
            "blocking" => Driver::Blocking {
                client: builder(url, token).build_blocking().map_err(err)?,
            },
            variant => {
                // block_on-mtN | spawn-mtN
                let (spawn, workers) = match variant.split_once("-mt") {
                    Some((how @ ("block_on" | "spawn"), n)) => (
                        how == "spawn",
                        n.parse::<usize>().map_err(|e| e.to_string())?,
                    ),
                    _ => return Err(format!("unknown implementation {variant:?}")),
                };
                let runtime = tokio::runtime::Builder::new_multi_thread()
                    .worker_threads(workers)
                    .enable_all()
                    .build()
                    .map_err(|e| e.to_string())?;
                Driver::Variant {
                    runtime,
                    client: builder(url, token).build().map_err(err)?,
                    spawn,
                }
            }
        })
    }

    /// Makes `calls` calls one after the other; the duration of each.
    fn run(&mut self, calls: usize) -> Result<Vec<Duration>, String> {
        let err = |e: &dyn std::fmt::Display| e.to_string();
        let mut samples = Vec::with_capacity(calls);
        match self {
            Driver::Raw {
                runtime,
                http,
                target,
                agent,
                token,
            } => runtime.block_on(async {
                for _ in 0..calls {
                    let start = Instant::now();
                    let response = http
                        .get(target.as_str())
                        .header("Fastly-Key", token.as_str())
                        .header("User-Agent", agent.as_str())
                        .header("Accept", "application/json")
                        .send()
                        .await
                        .map_err(|e| err(&e))?;
                    let body = response.bytes().await.map_err(|e| err(&e))?;
                    std::hint::black_box(body);
                    samples.push(start.elapsed());
                }
                Ok::<_, String>(())
            })?,
            Driver::Async { runtime, client } => runtime.block_on(async {
                for _ in 0..calls {
                    let start = Instant::now();
                    client.get_current_user().await.map_err(|e| err(&e))?;
                    samples.push(start.elapsed());
                }
                Ok::<_, String>(())
            })?,
            Driver::Blocking { client } => {
                for _ in 0..calls {
                    let start = Instant::now();
                    client.get_current_user().map_err(|e| err(&e))?;
                    samples.push(start.elapsed());
                }
            }
            Driver::Variant {
                runtime,
                client,
                spawn,
            } => {
                for _ in 0..calls {
                    let start = Instant::now();
                    let call = {
                        let client = client.clone();
                        async move { client.get_current_user().await }
                    };
                    if *spawn {
                        spawn_and_park(runtime.handle(), call)
                    } else {
                        runtime.handle().block_on(call)
                    }
                    .map_err(|e| err(&e))?;
                    samples.push(start.elapsed());
                }
            }
        }
        Ok(samples)
    }
}

/// Runs `future` as a task and parks this thread until it ends (the waker
/// unparks it: one futex wake, no channel).
fn spawn_and_park<T: Send + 'static>(
    handle: &tokio::runtime::Handle,
    future: impl std::future::Future<Output = T> + Send + 'static,
) -> T {
    use std::sync::{Arc, Mutex};
    let slot = Arc::new(Mutex::new(None));
    let (filled, me) = (Arc::clone(&slot), std::thread::current());
    handle.spawn(async move {
        let out = future.await;
        *filled.lock().unwrap() = Some(out);
        me.unpark();
    });
    loop {
        if let Some(out) = slot.lock().unwrap().take() {
            return out;
        }
        std::thread::park();
    }
}

/// `get_current_user` through each implementation in turn, round after
/// round (the order rotates each round), so that a change in the machine's
/// load touches every implementation alike. Reports the median, p99 and mean
/// per implementation over all rounds, each round's median, and the ratios of
/// blocking to async medians.
fn compare(
    url: &str,
    token: &str,
    rounds: usize,
    calls: usize,
    warmup: usize,
    impls: &[&str],
) -> Result<serde_json::Value, String> {
    let mut drivers = impls
        .iter()
        .map(|which| Driver::new(which, url, token))
        .collect::<Result<Vec<_>, _>>()?;
    for driver in &mut drivers {
        driver.run(warmup)?;
    }
    let mut samples: Vec<Vec<Duration>> = vec![Vec::new(); impls.len()];
    let mut round_medians: Vec<Vec<f64>> = vec![Vec::new(); impls.len()];
    for round in 0..rounds {
        for k in 0..drivers.len() {
            let i = (round + k) % drivers.len();
            let mut batch = drivers[i].run(calls)?;
            batch.sort_unstable();
            round_medians[i].push(batch[batch.len() / 2].as_secs_f64() * 1e6);
            samples[i].extend(batch);
        }
    }
    let results: Vec<serde_json::Value> = impls
        .iter()
        .zip(samples)
        .zip(round_medians)
        .map(|((which, samples), medians)| {
            let mut row = summary(which, samples);
            row["round_medians_us"] = json!(medians);
            row
        })
        .collect();
    let median_of = |name: &str| {
        results
            .iter()
            .find(|r| r["impl"] == name)
            .and_then(|r| r["median_us"].as_f64())
    };
    let mut report =
        json!({"rounds": rounds, "calls_per_round": calls, "warmup": warmup, "results": results});
    if let (Some(blocking), Some(asynchronous)) = (median_of("blocking"), median_of("async")) {
        report["blocking_over_async"] = json!(blocking / asynchronous);
    }
    Ok(report)
}

/// `CONCURRENCY` `get_current_user` calls in flight at once from one async
/// client on a multi-thread runtime (one worker per core, as `#[tokio::main]`
/// builds), batch after batch; throughput over all batches after a warm-up one.
fn concurrent(
    url: &str,
    token: &str,
    concurrency: usize,
    batches: usize,
) -> Result<serde_json::Value, String> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| e.to_string())?;
    let client: Client = builder(url, token)
        .max_idle_connections(concurrency)
        .timeout(Duration::from_secs(60))
        .build()
        .map_err(|e| e.to_string())?;
    runtime.block_on(async {
        let batch = || async {
            let calls: Vec<_> = (0..concurrency)
                .map(|_| {
                    let client = client.clone();
                    tokio::spawn(async move { client.get_current_user().await })
                })
                .collect();
            let mut errors = 0usize;
            for call in calls {
                if !matches!(call.await, Ok(Ok(_))) {
                    errors += 1;
                }
            }
            errors
        };
        let mut errors = batch().await;
        let mut batch_seconds = Vec::with_capacity(batches);
        let start = Instant::now();
        for _ in 0..batches {
            let begun = Instant::now();
            errors += batch().await;
            batch_seconds.push(begun.elapsed().as_secs_f64());
        }
        let seconds = start.elapsed().as_secs_f64();
        batch_seconds.sort_by(f64::total_cmp);
        let calls = concurrency * batches;
        Ok(
            json!({"impl": "rust-async", "concurrency": concurrency, "batches": batches,
                  "calls": calls, "errors": errors, "seconds": seconds,
                  "calls_per_second": calls as f64 / seconds,
                  "median_batch_ms": batch_seconds[batch_seconds.len() / 2] * 1e3}),
        )
    })
}

fn current_thread() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime")
}

/// `list_customer_users` with typed objects in hand, timed per call, through
/// the blocking and the async client in turn, the order alternating (one
/// warm-up call each). The
/// top-level `median_us` is the blocking client's; `async` and `blocking`
/// hold each client's summary.
fn decode(
    url: &str,
    token: &str,
    customer: &str,
    repeats: usize,
) -> Result<serde_json::Value, String> {
    let err = |e: fastly_account::Error| e.to_string();
    let config = || builder(url, token).timeout(Duration::from_secs(120));
    let blocking_client = config().build_blocking().map_err(err)?;
    let async_client: Client = config().build().map_err(err)?;
    let runtime = current_thread();
    let mut blocking_samples = Vec::with_capacity(repeats);
    let mut async_samples = Vec::with_capacity(repeats);
    let mut users = 0;
    for i in 0..repeats + 1 {
        // The order alternates, so that neither client always follows the
        // other's freeing of 10,000 users.
        for blocking_turn in [i % 2 == 0, i % 2 == 1] {
            let start = Instant::now();
            let list = if blocking_turn {
                blocking_client.list_customer_users(customer)
            } else {
                runtime.block_on(async_client.list_customer_users(customer))
            }
            .map_err(err)?;
            let took = start.elapsed();
            // Freed outside the timing, as before issue 14.
            let count = list.len();
            drop(list);
            if i == 0 {
                users = count;
                continue;
            }
            if count != users {
                return Err(format!("{users} users, then {count}"));
            }
            if blocking_turn {
                blocking_samples.push(took);
            } else {
                async_samples.push(took);
            }
        }
    }
    let blocking = summary("rust-blocking", blocking_samples);
    let asynchronous = summary("rust-async", async_samples);
    let mut report = blocking.clone();
    report["users"] = json!(users);
    report["blocking"] = blocking;
    report["async"] = asynchronous;
    Ok(report)
}

/// The `serve` mode (see the module docs): one driver per implementation, built on
/// first use and kept, and the blocking and async clients of `decode`.
fn serve(url: &str, token: &str) -> Result<(), String> {
    use std::io::{BufRead, Write};
    let mut drivers: Vec<(String, Driver)> = Vec::new();
    let config = || builder(url, token).timeout(Duration::from_secs(120));
    let err = |e: fastly_account::Error| e.to_string();
    let blocking_client = config().build_blocking().map_err(err)?;
    let async_client: Client = config().build().map_err(err)?;
    let runtime = current_thread();
    let micros = |d: &Duration| d.as_secs_f64() * 1e6;
    println!("{}", json!({"ready": "rust"}));
    let stdin = std::io::stdin();
    for line in stdin.lock().lines() {
        let line = line.map_err(|e| e.to_string())?;
        let words: Vec<&str> = line.split_whitespace().collect();
        let answer = match words.as_slice() {
            ["latency", which, calls] => {
                let calls: usize = calls.parse().map_err(|_| format!("bad count {calls:?}"))?;
                let at = match drivers.iter().position(|(name, _)| name == which) {
                    Some(at) => at,
                    None => {
                        drivers.push((which.to_string(), Driver::new(which, url, token)?));
                        drivers.len() - 1
                    }
                };
                let samples = drivers[at].1.run(calls)?;
                json!({"impl": which, "samples_us": samples.iter().map(micros).collect::<Vec<_>>()})
            }
            ["decode", which @ ("blocking" | "async"), customer] => {
                let start = Instant::now();
                let list = if *which == "blocking" {
                    blocking_client.list_customer_users(customer)
                } else {
                    runtime.block_on(async_client.list_customer_users(customer))
                }
                .map_err(err)?;
                let took = start.elapsed();
                // Freed outside the timing, as in `decode`.
                let users = list.len();
                drop(list);
                json!({"impl": which, "users": users, "samples_us": [micros(&took)]})
            }
            ["quit"] => break,
            _ => return Err(format!("serve: unknown command {line:?}")),
        };
        let mut out = std::io::stdout().lock();
        writeln!(out, "{answer}").map_err(|e| e.to_string())?;
        out.flush().map_err(|e| e.to_string())?;
    }
    Ok(())
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
