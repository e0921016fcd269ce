// The Swift driver of the benchmark harness (tests/bench/run.py), through swift/run-bench.sh:
//
//   FastlyAccountBench latency URL TOKEN CALLS WARMUP
//   FastlyAccountBench serve URL TOKEN     (commands on stdin: tests/bench/interleave.py)
//
// Times `client.getCurrentUser()` per call, after WARMUP untimed calls, then measures
// throughput: 1,000 concurrent `AsyncClient.getCurrentUser()` calls in one task group
// (keeping 1,000 idle connections, as the Rust driver's `concurrent` mode does), and
// 1,000 blocking `Client.getCurrentUser()` calls shared by 8 threads (each the best of 3
// rounds, after a warm-up round). Prints one JSON line:
// {"impl":"swift","calls":N,"median_us":..,"p99_us":..,"mean_us":..,
//  "async_concurrent":1000,"async_calls_per_s":..,
//  "blocking_threads":8,"blocking_thread_calls":1000,"blocking_calls_per_s":..}
// (the latency fields are the same summary as the Rust driver, tests/bench/src/main.rs).
// Errors go to stderr.
import FastlyAccount
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(("FastlyAccountBench: " + message + "\n").data(using: .utf8)!)
    exit(1)
}

/// Median, p99 and mean of per-call durations (nanoseconds), in microseconds, as JSON
/// fields (no braces); the quantile is the sorted sample at round((n - 1) * q), as in
/// the Rust driver.
func summary(_ samples: [UInt64]) -> String {
    let sorted = samples.sorted()
    func micros(_ nanos: UInt64) -> Double { Double(nanos) / 1000 }
    func pick(_ q: Double) -> Double { micros(sorted[Int((Double(sorted.count - 1) * q).rounded())]) }
    let mean = sorted.reduce(0.0) { $0 + micros($1) } / Double(sorted.count)
    return String(format: #""impl":"swift","calls":%d,"median_us":%.3f,"p99_us":%.3f,"mean_us":%.3f"#,
                  sorted.count, pick(0.5), pick(0.99), mean)
}

func latency(url: String, token: String, calls: Int, warmup: Int) throws -> String {
    let client = try Client.withOptions(token: token, endpoint: url)
    var samples = [UInt64]()
    samples.reserveCapacity(calls)
    for i in 0..<(warmup + calls) {
        let start = DispatchTime.now().uptimeNanoseconds
        _ = try client.getCurrentUser()
        let elapsed = DispatchTime.now().uptimeNanoseconds - start
        if i >= warmup { samples.append(elapsed) }
    }
    return summary(samples)
}

/// Calls per second of `count` concurrent async calls (best of `rounds`, after one
/// untimed round). Like the Rust driver's `concurrent` mode, the client keeps up to
/// `count` idle connections, so later rounds reuse the first round's connections.
func asyncThroughput(url: String, token: String, count: Int, rounds: Int) async throws -> Double {
    let client = try AsyncClient.withOptions(
        token: token, endpoint: url, timeout: 60, maxIdleConnections: Int32(count))
    var best = 0.0
    for round in 0...rounds {
        let start = DispatchTime.now().uptimeNanoseconds
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<count {
                group.addTask { _ = try await client.getCurrentUser() }
            }
            try await group.waitForAll()
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if round > 0 { best = max(best, Double(count) / seconds) }
    }
    return best
}

/// The calls left to make, shared by the threads of `blockingThroughput`.
final class SharedWork: @unchecked Sendable {  // every access holds the lock
    private let lock = NSLock()
    private var left: Int
    private var firstFailure: Error?

    init(count: Int) { left = count }

    /// Claims one call; false when none is left or one has failed.
    func take() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard left > 0, firstFailure == nil else { return false }
        left -= 1
        return true
    }

    func fail(_ error: Error) {
        lock.lock()
        defer { lock.unlock() }
        if firstFailure == nil { firstFailure = error }
    }

    var failure: Error? {
        lock.lock()
        defer { lock.unlock() }
        return firstFailure
    }
}

/// Calls per second of `count` blocking calls shared by `threads` threads (best of
/// `rounds`, after one untimed round).
func blockingThroughput(url: String, token: String, count: Int, threads: Int, rounds: Int) throws -> Double {
    let client = try Client.withOptions(token: token, endpoint: url)
    var best = 0.0
    for round in 0...rounds {
        let work = SharedWork(count: count)
        let done = DispatchGroup()
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<threads {
            done.enter()
            Thread {
                while work.take() {
                    do {
                        _ = try client.getCurrentUser()
                    } catch {
                        work.fail(error)
                    }
                }
                done.leave()
            }.start()
        }
        done.wait()
        let failure = work.failure
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        if let failure = failure { throw failure }
        if round > 0 { best = max(best, Double(count) / seconds) }
    }
    return best
}

/// The `serve` mode: one warm blocking client answers commands read from stdin, one
/// JSON line each (the protocol of `fastly-bench serve` and Kotlin's Bench.kt), so that
/// tests/bench/interleave.py measures Swift in the same rounds as blocking Rust:
/// prints `{"ready":"swift"}`, then per `latency swift N` line the N per-call durations,
/// `{"impl":"swift","samples_us":[...]}` (a warm-up is a round whose answer is
/// ignored), until `quit` or the end of stdin.
func serve(url: String, token: String) throws {
    let client = try Client.withOptions(token: token, endpoint: url, timeout: 120)
    print(#"{"ready":"swift"}"#)
    fflush(stdout)
    while let line = readLine() {
        let words = line.split(separator: " ").map(String.init)
        if words == ["quit"] { break }
        guard words.count == 3, words[0] == "latency", words[1] == "swift", let calls = Int(words[2]), calls > 0 else {
            fail("serve: unknown command \(line)")
        }
        var samples = [String]()
        samples.reserveCapacity(calls)
        for _ in 0..<calls {
            let start = DispatchTime.now().uptimeNanoseconds
            _ = try client.getCurrentUser()
            let elapsed = DispatchTime.now().uptimeNanoseconds - start
            samples.append(String(format: "%.3f", Double(elapsed) / 1000))
        }
        print(#"{"impl":"swift","samples_us":["# + samples.joined(separator: ",") + "]}")
        fflush(stdout)
    }
    print(#"{"served":true}"#)
}

let args = Array(CommandLine.arguments.dropFirst())
if args.count == 3, args[0] == "serve" {
    do {
        try serve(url: args[1], token: args[2])
    } catch {
        fail(String(describing: error))
    }
    exit(0)
}
guard args.count == 5, args[0] == "latency", let calls = Int(args[3]), let warmup = Int(args[4]), calls > 0, warmup >= 0 else {
    fail("usage: FastlyAccountBench latency URL TOKEN CALLS WARMUP | serve URL TOKEN")
}
do {
    let latencyFields = try latency(url: args[1], token: args[2], calls: calls, warmup: warmup)
    let concurrent = 1_000
    let asyncRate = try await asyncThroughput(url: args[1], token: args[2], count: concurrent, rounds: 3)
    let threads = 8
    let blockingRate = try blockingThroughput(url: args[1], token: args[2], count: concurrent, threads: threads, rounds: 3)
    print("{" + latencyFields + String(
        format: #","async_concurrent":%d,"async_calls_per_s":%.1f,"blocking_threads":%d,"blocking_thread_calls":%d,"blocking_calls_per_s":%.1f}"#,
        concurrent, asyncRate, threads, concurrent, blockingRate))
} catch {
    fail(String(describing: error))
}
