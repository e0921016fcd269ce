// Every kind of FastlyError, each from a real sandbox response or fault.
import FastlyAccount
import Foundation
import XCTest

final class ErrorTests: SandboxTestCase {
    func testUnauthorizedWithAWrongToken() throws {
        let wrong = try makeClient(token: "swift-wrong-token-0000")
        let error = expectFastlyError { try wrong.getCurrentUser() }
        assertError(error, kind: "Unauthorized", status: 401, sentenceStart: "the API rejected the token (HTTP 401)")
        XCTAssertFalse(String(describing: error!).contains("swift-wrong-token-0000"), "the wrong token is not printed either")
        XCTAssertEqual(try sandbox.requests().first?["fastly_key_valid"] as? Bool, false)
    }

    func testForbiddenFromAnInjectedStatus() throws {
        try sandbox.arm(["type": "status", "status": 403], path: "/current_customer")
        let error = expectFastlyError { try client.getCurrentCustomer() }
        assertError(error, kind: "Forbidden", status: 403, sentenceStart: "permission denied (HTTP 403)")
        XCTAssertTrue(error!.detail.contains("Injected failure"), error!.detail)
    }

    func testNotFound() throws {
        let error = expectFastlyError { try client.getUser(userId: "no-such-user") }
        assertError(error, kind: "NotFound", status: 404, sentenceStart: "not found (HTTP 404)")
        XCTAssertEqual(try sandbox.requests().first?["path"] as? String, "/user/no-such-user")
    }

    func testNotFoundFromAProblemJsonBody() throws {
        let error = expectFastlyError { try client.getRole(roleId: "role-nope") }
        assertError(error, kind: "NotFound", status: 404, sentenceStart: "not found (HTTP 404)")
    }

    func testAnIdCannotReachAnotherEndpoint() throws {
        let error = expectFastlyError { try client.getUser(userId: "../current_customer") }
        XCTAssertEqual(error?.caseName, "NotFound")
        // One path segment, its slash percent-encoded: never /current_customer.
        let path = try XCTUnwrap(sandbox.requests().first?["path"] as? String)
        XCTAssertTrue(path.hasPrefix("/user/"), path)
        XCTAssertEqual(path.split(separator: "/").count, 2, path)
        XCTAssertTrue(path.uppercased().contains("%2F"), path)
    }

    func testBadRequest() throws {
        // The owner cannot be deleted: the sandbox answers 400 {"msg","detail"}.
        let error = expectFastlyError { try client.deleteUser(userId: seed.ownerUserId) }
        assertError(error, kind: "BadRequest", status: 400,
                    sentenceStart: "the API refused the request as invalid (HTTP 400)")
        // per_page above the API's maximum is the API's to refuse, too.
        let tooMany = expectFastlyError { try client.listRoles(perPage: 5000) }
        assertError(tooMany, kind: "BadRequest", status: 400,
                    sentenceStart: "the API refused the request as invalid (HTTP 400)")
    }

    func testRateLimitedWithRemainingAndReset() throws {
        let reset: Int64 = 1_893_456_000  // 2030-01-01T00:00:00Z
        try sandbox.arm(["type": "rate_limit", "remaining": 0, "reset": reset], path: "/roles")
        let error = expectFastlyError { try client.listRoles() }
        assertError(error, kind: "RateLimited", status: 429, sentenceStart: "rate limited (HTTP 429)")
        XCTAssertEqual(error?.remaining, 0)
        XCTAssertEqual(error?.reset.map { Int64($0.timeIntervalSince1970) }, reset)
        XCTAssertTrue(String(describing: error!).contains("2030-01-01"), "the sentence says when: \(error!)")
        // Fault matrix: 429 with rate-limit headers -> RateLimited, 1 attempt (not retried).
        XCTAssertEqual(try sandbox.statuses("/roles"), [429])
    }

    func testServerErrorAfterRetries() throws {
        // Fault matrix: 5xx forever -> Server after max_retries + 1 = 3 attempts, all 503.
        try sandbox.arm(["type": "status", "status": 503], method: "GET", path: "/current_user", forever: true)
        let error = expectFastlyError { try client.getCurrentUser() }
        assertError(error, kind: "Server", status: 503, sentenceStart: "the API failed (HTTP 503)")
        XCTAssertEqual(try sandbox.statuses("/current_user"), [503, 503, 503])
    }

    func testServerErrorIsRetriedUntilItPasses() throws {
        // Fault matrix: 5xx then success -> the model after 3 attempts (max_retries 2).
        try sandbox.arm(["type": "status", "status": 503, "retry_after": "0"], method: "GET", path: "/current_user", times: 2)
        XCTAssertEqual(try client.getCurrentUser().id, seed.ownerUserId)
        XCTAssertEqual(try sandbox.statuses("/current_user"), [503, 503, 200])
        // 502 and 504 are retried the same way.
        try sandbox.arm(["type": "status", "status": 502], method: "GET", path: "/current_customer")
        try sandbox.arm(["type": "status", "status": 504], method: "GET", path: "/current_customer")
        XCTAssertEqual(try client.getCurrentCustomer().id, seed.customerId)
        XCTAssertEqual(try sandbox.statuses("/current_customer"), [502, 504, 200])
    }

    func testServerErrorWithABodyOfUnknownShape() throws {
        try sandbox.arm(["type": "unknown_shape", "status": 500], method: "POST", path: "/user-groups")
        let error = expectFastlyError { try client.createUserGroup(name: "odd group") }
        assertError(error, kind: "Server", status: 500, sentenceStart: "the API failed (HTTP 500)")
        // Fault matrix: a readable message, markup stripped; a 500 on a POST is not
        // retried: 1 attempt.
        XCTAssertTrue(error?.detail.contains("Something odd happened") == true, error?.detail ?? "")
        XCTAssertFalse(String(describing: error!).contains("<"), String(describing: error!))
        XCTAssertEqual(try sandbox.faults("/user-groups", method: "POST"), ["unknown_shape"])
    }

    func testTimeoutViaADelay() throws {
        let slow = try makeClient(timeout: 0.3, maxRetries: 2)
        try sandbox.arm(["type": "delay", "ms": 1500], path: "/current_user")
        let error = expectFastlyError { try slow.getCurrentUser() }
        assertError(error, kind: "Timeout", status: nil, sentenceStart: "the request timed out")
        // Fault matrix: Timeout, 1 attempt (a timeout is not retried). The delayed request
        // is logged once answered; a retry would have been answered, and logged, before it.
        try sandbox.awaitRecord("/current_user", fault: "delay")
        XCTAssertEqual(try sandbox.faults("/current_user"), ["delay"])
    }

    func testConnectionRefusedOnAClosedPort() throws {
        let port = try closedLoopbackPort()
        let nowhere = try makeClient(endpoint: "http://127.0.0.1:\(port)", maxRetries: 1)
        let log = RecordingSink()
        setLogSink(sink: log, maxLevel: .debug)
        let error = expectFastlyError { try nowhere.getCurrentUser() }
        setLogSink(sink: nil, maxLevel: nil)
        assertError(error, kind: "Connection", status: nil, sentenceStart: "network error")
        // Fault matrix: nothing reaches a server. The client's own log shows the connect
        // failure was retried (nothing was sent): max_retries + 1 = 2 failed attempts.
        XCTAssertEqual(try sandbox.requests().count, 0)
        let attempts = log.attempts.map { $0.split(separator: " ").map(String.init) }
        XCTAssertEqual(attempts.count, 2, "\(attempts)")
        XCTAssertTrue(attempts.first?.contains("attempt=1") == true && attempts.last?.contains("attempt=2") == true, "\(attempts)")
        XCTAssertTrue(attempts.allSatisfy { $0.contains("outcome=failed") && !$0.contains { $0.hasPrefix("status=") } }, "\(attempts)")
    }

    func testConnectionClosedWithoutAnswer() throws {
        try sandbox.arm(["type": "close"], path: "/current_customer", times: 3)
        let error = expectFastlyError { try client.getCurrentCustomer() }
        assertError(error, kind: "Connection", status: nil, sentenceStart: "network error")
    }

    func testDecodeErrorFromAMalformedBody() throws {
        try sandbox.arm(["type": "malformed"], path: "/current_user")
        let error = expectFastlyError { try client.getCurrentUser() }
        assertError(error, kind: "Decode", status: 200, sentenceStart: "could not decode the API response")
        // Fault matrix: malformed JSON -> Decode, 1 attempt.
        XCTAssertEqual(try sandbox.faults("/current_user"), ["malformed"])
    }

    func testRedirectIsNotFollowed() throws {
        try sandbox.arm(["type": "redirect"], path: "/current_user")
        let error = expectFastlyError { try client.getCurrentUser() }
        assertError(error, kind: "Http", status: 302, sentenceStart: "unexpected HTTP status 302")
        XCTAssertTrue(error?.detail.contains("not followed") == true, error?.detail ?? "")
        // Fault matrix: Http 302, 1 attempt, and the other host saw nothing.
        XCTAssertEqual(try sandbox.statuses("/current_user"), [302])
        XCTAssertEqual(try sandbox.canaryRequests().count, 0, "the key never went to the redirect target")
    }

    func testInvalidArgumentsAreRefusedBeforeAnyRequest() throws {
        let cases: [(String, () throws -> Any)] = [
            ("empty user id", { try self.client.getUser(userId: "") }),
            ("empty customer id", { try self.client.updateCustomer(customerId: "", name: "x") }),
            ("empty role id", { try self.client.getRole(roleId: "") }),
            ("bad email", { try self.client.createInvitation(email: "not an email", role: "engineer") }),
            ("unknown role to invite", { try self.client.createInvitation(email: "a@example.com", role: "wizard") }),
            ("nothing to update (customer)", { try self.client.updateCustomer(customerId: self.seed.customerId) }),
            ("nothing to update (user)", { try self.client.updateUser(userId: self.seed.ownerUserId) }),
            ("unknown role to set", { try self.client.updateUser(userId: self.seed.ownerUserId, role: "root") }),
            ("per_page 0", { try self.client.listUserGroups(perPage: 0) }),
        ]
        for (name, call) in cases {
            let error = expectFastlyError(call)
            XCTAssertEqual(error?.caseName, "InvalidArgument", name)
            assertError(error, kind: "InvalidArgument", status: nil, sentenceStart: "invalid argument")
        }
        XCTAssertEqual(try sandbox.requests().count, 0, "nothing reached the API")
    }

    func testInvalidConfigurationIsAnError() {
        let noToken = expectFastlyError { try Client.withOptions(token: "", endpoint: sandbox.url) }
        XCTAssertEqual(noToken?.caseName, "InvalidArgument")
        // Plain http is only for loopback hosts: the token must not travel in clear.
        let cleartext = expectFastlyError { try Client.withOptions(token: secretToken, endpoint: "http://api.example.com") }
        XCTAssertEqual(cleartext?.caseName, "InvalidArgument")
        assertNoToken(cleartext as Any)
    }

    func testLocalizedDescriptionIsTheSentence() throws {
        let error = try XCTUnwrap(expectFastlyError { try client.getUser(userId: "nobody") })
        let sentence = String(describing: error)
        XCTAssertEqual(sentence, "not found (HTTP 404): Record not found: Cannot find user 'nobody'")
        // Typed as FastlyError (on Linux before Swift 6.2 through the binding's extension).
        XCTAssertEqual(error.localizedDescription, sentence)
        // errorDescription is what Apple's Foundation shows as localizedDescription for
        // any Error. UniFFI generates it as String(reflecting:): the sentence as long as
        // the UDL gives FastlyError only the Display trait (with Debug it would be the
        // Rust Debug dump "FastlyError { inner: NotFound { status: 404, ... } }").
        XCTAssertEqual(error.errorDescription, sentence)
        XCTAssertEqual(String(reflecting: error), sentence)
    }

    func testErrorsAreSwiftErrors() {
        // Callers can use plain Swift error handling: catch as Error, then inspect.
        do {
            _ = try client.getUser(userId: "missing")
            XCTFail("expected an error")
        } catch FastlyError.NotFound(let status, let detail) {
            // Matched by case, with the status and detail bound from the case.
            XCTAssertEqual(status, 404)
            XCTAssertTrue(detail.contains("missing"), detail)
        } catch {
            XCTFail("unexpected \(error)")
        }
    }
}
