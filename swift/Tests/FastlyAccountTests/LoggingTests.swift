// setLogSink: the core's log events reach a Swift LogSink. Off by default; one debug
// record per attempt, one info record per retry; never the token.
import FastlyAccount
import Foundation
import XCTest

/// A LogSink that keeps every record. The client calls it from its own threads.
final class RecordingSink: LogSink, @unchecked Sendable {
    private let records = Locked([(level: LogLevel, message: String)]())

    func log(level: LogLevel, message: String) {
        records.withValue { $0.append((level, message)) }
    }

    var all: [(level: LogLevel, message: String)] { records.current }
    var levels: [LogLevel] { all.map { $0.level } }
    /// The per-attempt records' messages, in order.
    var attempts: [String] { all.map { $0.message }.filter { $0.hasPrefix("fastly-account request attempt") } }
}

/// The README's Linux sink, word for word.
final class PrintLogSink: LogSink {
    func log(level: LogLevel, message: String) {
        print("[fastly_account] \(level): \(message)")
    }
}

final class LoggingTests: SandboxTestCase {
    override func tearDown() {
        setLogSink(sink: nil, maxLevel: nil)
        super.tearDown()
    }

    private func words(_ message: String) -> Set<String> {
        Set(message.split(separator: " ").map(String.init))
    }

    func testEachAttemptIsADebugRecordWithThePathTemplateAndStatus() throws {
        let sink = RecordingSink()
        setLogSink(sink: sink, maxLevel: .debug)
        _ = try client.getUser(userId: seed.ownerUserId)
        XCTAssertEqual(expectFastlyError { try client.getRole(roleId: "no-such-role") }?.caseName, "NotFound")
        XCTAssertEqual(sink.levels, [.debug, .debug], "\(sink.all)")
        let messages = sink.all.map { $0.message }
        guard messages.count == 2 else { return }
        let (first, second) = (messages[0], messages[1])
        XCTAssertTrue(first.hasPrefix("fastly-account request attempt "), first)
        // The path template, never the id itself.
        XCTAssertTrue(words(first).isSuperset(of: ["method=GET", "path=/user/{user_id}", "status=200", "attempt=1", "outcome=ok"]), first)
        XCTAssertTrue(first.contains("duration_ms="), first)
        XCTAssertFalse(first.contains(seed.ownerUserId), first)
        XCTAssertTrue(words(second).isSuperset(of: ["path=/roles/{role_id}", "status=404", "attempt=1", "outcome=failed"]), second)
    }

    func testARetryIsAnInfoRecordBetweenTwoAttempts() throws {
        let sink = RecordingSink()
        setLogSink(sink: sink, maxLevel: .debug)
        try sandbox.arm(["type": "status", "status": 503, "retry_after": "0"], path: "/current_user")
        _ = try client.getCurrentUser()
        XCTAssertEqual(sink.levels, [.debug, .info, .debug], "\(sink.all)")
        let messages = sink.all.map { $0.message }
        guard messages.count == 3 else { return }
        XCTAssertTrue(words(messages[0]).isSuperset(of: ["path=/current_user", "status=503", "attempt=1", "outcome=failed"]), messages[0])
        XCTAssertTrue(messages[1].hasPrefix("fastly-account retrying "), messages[1])
        XCTAssertTrue(words(messages[1]).isSuperset(of: ["path=/current_user", "attempt=1", "wait_ms=0"]), messages[1])
        XCTAssertTrue(messages[1].contains("503"), "the error that caused the retry: \(messages[1])")
        XCTAssertTrue(words(messages[2]).isSuperset(of: ["path=/current_user", "status=200", "attempt=2", "outcome=ok"]), messages[2])
        XCTAssertEqual(try sandbox.statuses("/current_user"), [503, 200])
    }

    func testTheLevelFiltersRecords() throws {
        let sink = RecordingSink()
        setLogSink(sink: sink, maxLevel: .info)
        try sandbox.arm(["type": "status", "status": 503, "retry_after": "0"], path: "/current_user")
        _ = try client.getCurrentUser()
        // Only the retry (info); the attempts (debug) are below the level.
        XCTAssertEqual(sink.levels, [.info], "\(sink.all)")
        setLogSink(sink: sink, maxLevel: .warn)
        try sandbox.arm(["type": "status", "status": 503, "retry_after": "0"], path: "/current_user")
        _ = try client.getCurrentUser()
        XCTAssertEqual(sink.all.count, 1, "\(sink.all)")
    }

    func testNothingArrivesWithoutALevelOrAfterTheSinkIsRemoved() throws {
        let sink = RecordingSink()
        setLogSink(sink: sink, maxLevel: nil)  // a sink but no level: off
        _ = try client.getCurrentUser()
        XCTAssertEqual(expectFastlyError { try client.getUser(userId: "no-such-user") }?.caseName, "NotFound")
        XCTAssertEqual(sink.all.count, 0, "\(sink.all)")

        setLogSink(sink: sink, maxLevel: .trace)
        _ = try client.getCurrentUser()
        XCTAssertEqual(sink.all.count, 1, "on: \(sink.all)")

        setLogSink(sink: nil, maxLevel: .trace)  // no sink: off, whatever the level
        try sandbox.arm(["type": "status", "status": 503, "retry_after": "0"], path: "/current_user")
        _ = try client.getCurrentUser()
        XCTAssertEqual(sink.all.count, 1, "after removal: \(sink.all)")
        XCTAssertEqual(try sandbox.statuses("/current_user"), [200, 200, 503, 200])
    }

    func testRecordsNeverContainTheToken() throws {
        let sink = RecordingSink()
        setLogSink(sink: sink, maxLevel: .trace)
        let wrongToken = "wrong-Secr3t-Swift-Tok3n-42"
        let c = try makeClient(maxRetries: 1)
        _ = try c.getCurrentUser()
        _ = try c.getUser(userId: seed.ownerUserId)
        try sandbox.arm(["type": "status", "status": 503, "retry_after": "0"], path: "/current_user", times: 2)
        XCTAssertEqual(expectFastlyError { try c.getCurrentUser() }?.caseName, "Server")
        try sandbox.arm(["type": "rate_limit", "remaining": 0, "reset": 2_000_000_000], path: "/current_user")
        XCTAssertEqual(expectFastlyError { try c.getCurrentUser() }?.caseName, "RateLimited")
        try sandbox.arm(["type": "redirect"], path: "/current_user")
        XCTAssertEqual(expectFastlyError { try c.getCurrentUser() }?.caseName, "Http")
        _ = try c.createInvitation(email: "logged@example.com", role: "user")
        let wrong = try makeClient(token: wrongToken, maxRetries: 0)
        XCTAssertEqual(expectFastlyError { try wrong.getCurrentUser() }?.caseName, "Unauthorized")
        // 2 ok + 2 for the 503s + 1 for the 429 + 1 redirect + 1 invitation + 1 for the 401.
        XCTAssertEqual(sink.attempts.count, 8, "\(sink.all)")
        XCTAssertTrue(sink.levels.contains(.info), "the retry is logged too: \(sink.all)")
        for record in sink.all {
            XCTAssertFalse(record.message.contains(secretToken), "token in \(record.message)")
            XCTAssertFalse(record.message.contains(wrongToken), "wrong token in \(record.message)")
        }
    }

    func testTheReadmeSinkCompilesAndStaysQuietWithoutRetries() throws {
        // At .info only retries are logged: a plain call prints nothing.
        setLogSink(sink: PrintLogSink(), maxLevel: .info)
        XCTAssertEqual(try client.getCurrentUser().id, seed.ownerUserId)
    }

    func testRecordsFromManyThreadsAtOnce() throws {
        // 6 calls held in flight together by the sandbox's rendezvous: each logs from the
        // client's threads while the others wait. No deadlock, one record per attempt.
        let sink = RecordingSink()
        setLogSink(sink: sink, maxLevel: .debug)
        let count = 6
        try sandbox.arm(["type": "rendezvous", "count": count, "timeout_ms": 10_000], path: "/current_user", times: count)
        let client = try makeClient(timeout: 20, maxRetries: 0)
        let failures = Locked([String]())
        let done = DispatchGroup()
        for _ in 0..<count {
            done.enter()
            Thread {
                do { _ = try client.getCurrentUser() } catch { failures.withValue { $0.append("\(error)") } }
                done.leave()
            }.start()
        }
        XCTAssertEqual(done.wait(timeout: .now() + 60), .success)
        XCTAssertEqual(failures.current, [])
        XCTAssertEqual(sink.attempts.count, count, "\(sink.attempts)")
        XCTAssertTrue(sink.attempts.allSatisfy { words($0).contains("status=200") }, "\(sink.attempts)")
    }
}
