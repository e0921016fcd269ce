// The testing kit as a user's suite uses it: the in-process Sandbox (FastlyAccountTesting)
// and the real Client (FastlyAccount).
import FastlyAccount
import FastlyAccountTesting
import Foundation
import XCTest

final class SandboxTests: XCTestCase {
    var sandbox: Sandbox!

    override func setUpWithError() throws {
        sandbox = try Sandbox()
    }

    override func tearDown() {
        sandbox?.stop()
        sandbox = nil
    }

    /// The FastlyError `body` throws (a test failure if it throws nothing or something else).
    func expectFastlyError<T>(
        _ body: () throws -> T, file: StaticString = #filePath, line: UInt = #line
    ) -> FastlyError? {
        do {
            let value = try body()
            XCTFail("expected a FastlyError, got \(value)", file: file, line: line)
        } catch let error as FastlyError {
            return error
        } catch {
            XCTFail("expected a FastlyError, got \(type(of: error)): \(error)", file: file, line: line)
        }
        return nil
    }

    /// The SandboxError `body` throws.
    func expectSandboxError<T>(
        _ body: () throws -> T, file: StaticString = #filePath, line: UInt = #line
    ) -> SandboxError? {
        do {
            let value = try body()
            XCTFail("expected a SandboxError, got \(value)", file: file, line: line)
        } catch let error as SandboxError {
            return error
        } catch {
            XCTFail("expected a SandboxError, got \(type(of: error)): \(error)", file: file, line: line)
        }
        return nil
    }

    func isInvalidArgument(_ error: SandboxError?) -> Bool {
        if case .InvalidArgument = error { return true }
        return false
    }

    /// A loopback port is free when a listener can bind it.
    func portIsFree(_ port: Int) -> Bool {
        #if os(Linux)
        let stream = Int32(SOCK_STREAM.rawValue)
        #else
        let stream = SOCK_STREAM
        #endif
        let fd = socket(AF_INET, stream, 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        return bound == 0
    }

    func port(of sandbox: Sandbox) throws -> Int {
        try XCTUnwrap(URL(string: sandbox.endpoint())?.port)
    }

    func testANegativeOrNaNDelayIsAnInvalidArgumentNotACrash() {
        // UniFFI's duration conversion used to stop the process here (fatalError).
        for value in [-0.5, .nan, .infinity] {
            let error = expectFastlyError { try sandbox.client(retryBaseDelay: value) }
            guard case .InvalidArgument = error else {
                return XCTFail("retryBaseDelay=\(value): expected InvalidArgument, got \(String(describing: error))")
            }
            XCTAssertTrue(error?.detail.hasPrefix("retryBaseDelay must be a finite number of seconds") ?? false)
        }
    }

    func testStartsInMillisecondsOnALoopbackPort() throws {
        // Measured, not asserted tightly: the number goes into the report.
        var times: [Double] = []
        for _ in 0..<20 {
            let started = DispatchTime.now().uptimeNanoseconds
            let other = try Sandbox()
            _ = other.endpoint()
            other.stop()
            times.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6)
        }
        times.sort()
        print(String(format: "sandbox start+stop: median %.2f ms, max %.2f ms over 20", times[10], times[19]))
        XCTAssertLessThan(times[10], 1000)
        XCTAssertTrue(sandbox.endpoint().hasPrefix("http://127.0.0.1:"), sandbox.endpoint())
        XCTAssertEqual(sandbox.token(), "sandbox-token")
        XCTAssertTrue(sandbox.running())
    }

    func testAClientOfTheSandboxCallsTheAPI() throws {
        let client = try sandbox.client()
        XCTAssertNotNil(try client.getCurrentUser().login)
        let requests = try sandbox.requests()
        XCTAssertEqual(requests.count, 1)
        let request = try XCTUnwrap(requests.first)
        XCTAssertEqual(request.seq, 1)
        XCTAssertEqual(request.method, "GET")
        XCTAssertEqual(request.path, "/current_user")
        XCTAssertEqual(request.status, 200)
        XCTAssertNil(request.fault)
        XCTAssertTrue(request.fastlyKeyPresent && request.fastlyKeyValid)
        XCTAssertTrue((request.userAgent ?? "").hasPrefix("fastly-account/"), request.userAgent ?? "nil")
    }

    func testAnAsyncClientOfTheSandboxCallsTheAPI() async throws {
        let client = try sandbox.asyncClient()
        let customer = try await client.getCurrentCustomer()
        XCTAssertNotNil(customer.id)
        XCTAssertEqual(try sandbox.requests().map(\.path), ["/current_customer"])
    }

    func testFailWithStatus503MakesTheNextMatchingCallThrowServer() throws {
        let client = try sandbox.client(maxRetries: 0)
        try sandbox.fail(fault: .status(503), path: "/current_user")
        let error = expectFastlyError { try client.getCurrentUser() }
        guard case .Server(let status, _) = error else {
            return XCTFail("expected Server, got \(String(describing: error))")
        }
        XCTAssertEqual(status, 503)
        // Once: the next call is answered normally.
        XCTAssertNotNil(try client.getCurrentUser().login)
        let log = try sandbox.requests()
        XCTAssertEqual(log.map(\.status), [503, 200])
        XCTAssertEqual(log.map(\.fault), ["status", nil])
    }

    func testARuleAppliesOnlyToItsPathAndMethodTimesTimes() throws {
        let client = try sandbox.client(maxRetries: 0)
        try sandbox.fail(fault: .status(status: 500, retryAfter: nil), path: "/current_customer", method: "GET", times: 2)
        XCTAssertNotNil(try client.getCurrentUser().login)
        for _ in 0..<2 {
            XCTAssertEqual(expectFastlyError { try client.getCurrentCustomer() }?.status, 500)
        }
        XCTAssertNotNil(try client.getCurrentCustomer().id)
        XCTAssertEqual(try sandbox.requests().map(\.status), [200, 500, 500, 200])
    }

    func testARateLimitReachesTheClientWithItsHeaders() throws {
        let resetAt = Date(timeIntervalSince1970: (Date().timeIntervalSince1970 + 120).rounded(.down))
        try sandbox.fail(fault: .rateLimit(remaining: 3, resetAt: resetAt, retryAfter: nil))
        let client = try sandbox.client()
        let error = expectFastlyError { try client.getCurrentUser() }
        guard case .RateLimited(let status, _, let remaining, let reset) = error else {
            return XCTFail("expected RateLimited, got \(String(describing: error))")
        }
        XCTAssertEqual(status, 429)
        XCTAssertEqual(remaining, 3)
        XCTAssertEqual(reset, resetAt, "the same Date as the fault's")
        try sandbox.fail(fault: .rateLimit())
        XCTAssertEqual(expectFastlyError { try client.getCurrentUser() }?.remaining, 0)
        XCTAssertEqual(try sandbox.requests().map(\.fault), ["rate_limit", "rate_limit"])
    }

    func testADelayLongerThanTheClientTimeoutIsATimeout() throws {
        try sandbox.fail(fault: .delay(ms: 3000), path: "/current_user")
        let client = try sandbox.client(timeout: 0.3, maxRetries: 0)
        let error = expectFastlyError { try client.getCurrentUser() }
        guard case .Timeout = error else {
            return XCTFail("expected Timeout, got \(String(describing: error))")
        }
    }

    func testBrokenAndMalformedAnswersReachTheClientAsConnectionAndDecode() throws {
        let client = try sandbox.client(maxRetries: 0)
        try sandbox.fail(fault: .reset)
        let broken = expectFastlyError { try client.getCurrentUser() }
        guard case .Connection = broken else {
            return XCTFail("expected Connection, got \(String(describing: broken))")
        }
        try sandbox.fail(fault: .malformed)
        let malformed = expectFastlyError { try client.getCurrentUser() }
        guard case .Decode = malformed else {
            return XCTFail("expected Decode, got \(String(describing: malformed))")
        }
    }

    func testTheRequestLogSaysWhetherTheKeyWasRightNeverTheKey() throws {
        let client = try sandbox.client(token: "not-the-token")
        let error = expectFastlyError { try client.getCurrentUser() }
        XCTAssertEqual(error?.status, 401)
        let requests = try sandbox.requests()
        XCTAssertEqual(requests.count, 1)
        XCTAssertEqual(requests.first?.status, 401)
        XCTAssertEqual(requests.first?.fastlyKeyPresent, true)
        XCTAssertEqual(requests.first?.fastlyKeyValid, false)
        XCTAssertFalse(String(describing: requests).contains("not-the-token"))
        try sandbox.clearRequests()
        XCTAssertEqual(try sandbox.requests(), [])
    }

    func testASandboxAcceptsTheTokenItWasGiven() throws {
        let custom = try Sandbox(token: "my-test-token")
        defer { custom.stop() }
        XCTAssertEqual(custom.token(), "my-test-token")
        XCTAssertNotNil(try custom.client().getCurrentUser().login)
        XCTAssertEqual(try custom.requests().first?.fastlyKeyValid, true)
    }

    func testResetDisarmsFaultsAndEmptiesTheLog() throws {
        try sandbox.fail(fault: .status(503), forever: true)
        let client = try sandbox.client(maxRetries: 0)
        for _ in 0..<3 {
            XCTAssertEqual(expectFastlyError { try client.getCurrentUser() }?.status, 503)
        }
        try sandbox.reset()
        XCTAssertEqual(try sandbox.requests(), [])
        XCTAssertNotNil(try client.getCurrentUser().login)
        XCTAssertEqual(try sandbox.requests().map(\.seq), [1])
    }

    func testArmTakesARawRuleForTheFaultsFailDoesNotName() throws {
        try sandbox.arm(ruleJson: #"{"fault":{"type":"unknown_shape","status":502},"path":"/current_user"}"#)
        let client = try sandbox.client(maxRetries: 0)
        XCTAssertEqual(expectFastlyError { try client.getCurrentUser() }?.status, 502)
    }

    func testWhatCannotBeArmedIsInvalidArgumentAndNothingIsArmed() throws {
        XCTAssertTrue(isInvalidArgument(expectSandboxError { try sandbox.fail(fault: .status(42)) }))
        XCTAssertTrue(isInvalidArgument(expectSandboxError { try sandbox.fail(fault: .status(503), times: 0) }))
        XCTAssertTrue(isInvalidArgument(expectSandboxError { try sandbox.fail(fault: .delay(ms: -1)) }))
        XCTAssertTrue(isInvalidArgument(expectSandboxError { try sandbox.fail(fault: .rateLimit(remaining: -1)) }))
        let unparsed = expectSandboxError { try sandbox.arm(ruleJson: "{") }
        XCTAssertTrue(isInvalidArgument(unparsed))
        XCTAssertTrue(String(describing: unparsed!).contains("the fault rule is not valid"), String(describing: unparsed!))
        XCTAssertNotNil(try sandbox.client(maxRetries: 0).getCurrentUser().login)
    }

    func testStopFreesThePortAndIsIdempotent() throws {
        let port = try port(of: sandbox)
        let client = try sandbox.client(connectTimeout: 2, maxRetries: 0)
        XCTAssertNotNil(try client.getCurrentUser().login)
        sandbox.stop()
        sandbox.stop()
        XCTAssertFalse(sandbox.running())
        guard case .Stopped = expectSandboxError({ try sandbox.requests() }) else {
            return XCTFail("expected Stopped")
        }
        guard case .Stopped = expectSandboxError({ try sandbox.fail(fault: .malformed) }) else {
            return XCTFail("expected Stopped")
        }
        let error = expectFastlyError { try client.getCurrentUser() }
        guard case .Connection = error else {
            return XCTFail("expected Connection, got \(String(describing: error))")
        }
        XCTAssertTrue(portIsFree(port), "port \(port) still taken after stop()")
    }

    func testReleasingTheObjectStopsTheSandbox() throws {
        var other: Sandbox? = try Sandbox()
        let port = try port(of: other!)
        XCTAssertFalse(portIsFree(port))
        other = nil
        XCTAssertTrue(portIsFree(port), "port \(port) still taken after the last reference went")
    }
}
