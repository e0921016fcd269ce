// The Swift driver of the benchmark harness (tests/bench/run.py), through swift/run-bench.sh:
//
//   FastlyAccountBench latency URL TOKEN CALLS WARMUP
//
// Times `client.getCurrentUser()` per call, after WARMUP untimed calls, and prints one
// JSON line: {"impl":"swift","calls":N,"median_us":..,"p99_us":..,"mean_us":..}
// (the same summary as the Rust driver, tests/bench/src/main.rs). Errors go to stderr.
import FastlyAccount
import Foundation

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(("FastlyAccountBench: " + message + "\n").data(using: .utf8)!)
    exit(1)
}

/// Median, p99 and mean of per-call durations (nanoseconds), in microseconds; the
/// quantile is the sorted sample at round((n - 1) * q), as in the Rust driver.
func summary(_ samples: [UInt64]) -> String {
    let sorted = samples.sorted()
    func micros(_ nanos: UInt64) -> Double { Double(nanos) / 1000 }
    func pick(_ q: Double) -> Double { micros(sorted[Int((Double(sorted.count - 1) * q).rounded())]) }
    let mean = sorted.reduce(0.0) { $0 + micros($1) } / Double(sorted.count)
    return String(format: #"{"impl":"swift","calls":%d,"median_us":%.3f,"p99_us":%.3f,"mean_us":%.3f}"#,
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

let args = Array(CommandLine.arguments.dropFirst())
guard args.count == 5, args[0] == "latency", let calls = Int(args[3]), let warmup = Int(args[4]), calls > 0, warmup >= 0 else {
    fail("usage: FastlyAccountBench latency URL TOKEN CALLS WARMUP")
}
do {
    print(try latency(url: args[1], token: args[2], calls: calls, warmup: warmup))
} catch {
    fail(String(describing: error))
}
