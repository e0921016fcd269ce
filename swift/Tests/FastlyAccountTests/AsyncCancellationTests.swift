// Swift concurrency and the Rust side: Task.cancel() abandons the request (the package's
// cancellation path, see bindings/uniffi/bindgen/src/swift_fixup.rs), and a thousand
// calls in flight at once need no thread per call.
import FastlyAccount
import Foundation
import XCTest

final class AsyncCancellationTests: SandboxTestCase {
    /// The OS threads of this process (`Threads:` of /proc/self/status), nil where
    /// there is no /proc (macOS).
    private func osThreadCount() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("Threads:") {
            return Int(line.dropFirst("Threads:".count).trimmingCharacters(in: .whitespaces))
        }
        return nil
    }

    /// Waits (up to `seconds`) until the sandbox has logged a request to `path`, and
    /// returns the logged statuses.
    private func loggedStatuses(_ path: String, within seconds: TimeInterval) async throws -> [Int?] {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let statuses = try sandbox.statuses(path)
            if !statuses.isEmpty || Date() > deadline { return statuses }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
    }

    func testTaskCancelThrowsCancellationErrorAndAbandonsTheRequest() async throws {
        // The sandbox would answer after 20 s; the client would wait up to 60 s.
        try sandbox.arm(["type": "delay", "ms": 20_000], method: "GET", path: "/current_user")
        let client = try makeAsyncClient(timeout: 60, maxRetries: 0)
        let started = Date()
        let task = Task { try await client.getCurrentUser() }
        try await Task.sleep(nanoseconds: 300_000_000)
        task.cancel()
        let result = await task.result
        let cancelledAfter = Date().timeIntervalSince(started)
        switch result {
        case .success(let user):
            XCTFail("the cancelled call returned \(user)")
        case .failure(let error):
            XCTAssertTrue(error is CancellationError, "expected CancellationError, got \(type(of: error)): \(error)")
            XCTAssertFalse(error is FastlyError)
        }
        XCTAssertLessThan(cancelledAfter, 10, "the task ended at its cancellation, not with the 20 s delay")
        // Dropping the Rust future aborted the request: the sandbox saw its connection
        // close and logged the request as abandoned (status 0), long before 20 s.
        let statuses = try await loggedStatuses("/current_user", within: 10)
        XCTAssertEqual(statuses, [0], "one request, abandoned")
        XCTAssertEqual(try sandbox.faults("/current_user"), ["delay"])
        XCTAssertLessThan(Date().timeIntervalSince(started), 15, "abandoned well before the 20 s delay")
        // The client is still good.
        let me = try await client.getCurrentUser()
        XCTAssertEqual(me.id, seed.ownerUserId)
    }

    func testACancelledTaskThrowsCancellationErrorBeforeAnyRequest() async throws {
        let client = try makeAsyncClient()
        let task = Task { () async throws -> User in
            withUnsafeCurrentTask { $0?.cancel() }
            return try await client.getCurrentUser()
        }
        let result = await task.result
        guard case .failure(let error) = result else { return XCTFail("the cancelled call returned") }
        XCTAssertTrue(error is CancellationError, "expected CancellationError, got \(type(of: error)): \(error)")
        XCTAssertEqual(try sandbox.statuses("/current_user").filter { $0 == 200 }, [], "no answer was used")
    }

    func testCancellingAnAsyncWalkCancelsThePageRequest() async throws {
        try sandbox.arm(["type": "delay", "ms": 20_000], method: "GET", path: "/roles")
        let client = try makeAsyncClient(timeout: 60, maxRetries: 0)
        let walk = try client.iterRoles(perPage: 3)
        let started = Date()
        let task = Task { () async throws -> Int in
            var count = 0
            for try await _ in walk { count += 1 }
            return count
        }
        try await Task.sleep(nanoseconds: 300_000_000)
        task.cancel()
        let result = await task.result
        guard case .failure(let error) = result else { return XCTFail("the cancelled walk finished") }
        XCTAssertTrue(error is CancellationError, "expected CancellationError, got \(type(of: error)): \(error)")
        let statuses = try await loggedStatuses("/roles", within: 10)
        XCTAssertEqual(statuses, [0])
        XCTAssertLessThan(Date().timeIntervalSince(started), 15)
        // The cancelled next() fetched nothing: the walk asks for the same page again.
        let roles = try await walk.all()
        XCTAssertEqual(roles.map(\.id), seed.roleIds)
    }

    func testAThousandConcurrentCallsAddNoThreads() async throws {
        let client = try makeAsyncClient(timeout: 60, maxRetries: 2)
        // Warm up with the same load: the Rust runtime's threads, Swift's cooperative
        // pool, URLSession's (the sandbox control calls).
        try await callConcurrently(client, count: 1_000)
        _ = try sandbox.requests()
        let peak = Locked(0)
        let sampling = Locked(true)
        let sampler = Thread { [weak self] in
            while sampling.current {
                if let count = self?.osThreadCount() { peak.withValue { $0 = max($0, count) } }
                Thread.sleep(forTimeInterval: 0.005)
            }
        }
        sampler.start()
        try await Task.sleep(nanoseconds: 50_000_000)
        let before = osThreadCount()  // the sampler included
        let namesBefore = threadNames()

        let ids = try await callConcurrently(client, count: 1_000)
        let after = osThreadCount()
        let namesAfter = threadNames()
        sampling.withValue { $0 = false }

        XCTAssertEqual(ids.count, 1_000)
        XCTAssertEqual(ids.filter { $0 == seed.ownerUserId }.count, 1_000, "every call answered")
        XCTAssertEqual(try sandbox.statuses("/current_user").filter { $0 == 200 }.count, 2_000)
        if let before = before, let after = after {
            // No thread per call: 1,000 calls, the same threads. Two of slack: Dispatch,
            // behind Swift's executors on Linux, may add a worker to its own pool under a
            // burst (seen once in ~10 runs, +1 "FastlyAccountPa"); the Rust runtime's
            // threads ("fastly-account") never change.
            XCTAssertLessThanOrEqual(after, before + 2, "OS threads before: \(namesBefore), after: \(namesAfter)")
            XCTAssertLessThanOrEqual(peak.current, before + 4, "OS threads before: \(before), peak: \(peak.current)")
            XCTAssertEqual(namesAfter.filter { $0 == "fastly-account" }.count,
                           namesBefore.filter { $0 == "fastly-account" }.count, "the Rust runtime's workers")
        }
    }

    /// The names of this process's OS threads (/proc/self/task/*/comm), sorted.
    private func threadNames() -> [String] {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/task")) ?? []
        return tasks.compactMap { try? String(contentsOfFile: "/proc/self/task/\($0)/comm", encoding: .utf8) }
            .map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .sorted()
    }

    /// `count` getCurrentUser calls at once in a task group; their user ids.
    @discardableResult
    private func callConcurrently(_ client: AsyncClient, count: Int) async throws -> [String?] {
        try await withThrowingTaskGroup(of: String?.self) { group in
            for _ in 0..<count {
                group.addTask { try await client.getCurrentUser().id }
            }
            var ids: [String?] = []
            for try await id in group {
                ids.append(id)
            }
            return ids
        }
    }
}
