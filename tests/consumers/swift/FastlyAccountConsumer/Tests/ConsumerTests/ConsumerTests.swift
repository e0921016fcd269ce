// What a user's package does with FastlyAccount: calls against the sandbox that run.sh
// started (FASTLY_SANDBOX_URL, FASTLY_SANDBOX_TOKEN; started with `--roles 5`). Only the
// public API of the FastlyAccount product is used.
import FastlyAccount
import Foundation
import XCTest

struct ConsumerError: Error, CustomStringConvertible {
    let description: String
}

final class ConsumerTests: XCTestCase {
    private var url = ""
    private var token = ""

    override func setUpWithError() throws {
        let env = ProcessInfo.processInfo.environment
        guard let url = env["FASTLY_SANDBOX_URL"], let token = env["FASTLY_SANDBOX_TOKEN"] else {
            // A failure, not a skip: a consumer run that calls nothing must not pass.
            throw ConsumerError(description: "FASTLY_SANDBOX_URL / FASTLY_SANDBOX_TOKEN are not set: run tests/consumers/swift/run.sh")
        }
        self.url = url
        self.token = token
    }

    private func client(token: String? = nil) throws -> Client {
        try Client.withOptions(token: token ?? self.token, endpoint: url, timeout: 5, maxRetries: 0)
    }

    private func asyncClient(token: String? = nil) throws -> AsyncClient {
        try AsyncClient.withOptions(token: token ?? self.token, endpoint: url, timeout: 5, maxRetries: 0)
    }

    func testBlockingGetCurrentUser() throws {
        let client = try client()
        let me = try client.getCurrentUser()
        XCTAssertEqual(me.login, "owner@example.com")
        let id = try XCTUnwrap(me.id)
        XCTAssertEqual(try client.getUser(userId: id).login, me.login)
    }

    func testListsAPageAndWalksEveryPage() throws {
        let client = try client()
        let me = try client.getCurrentUser()
        let users = try client.listCustomerUsers(customerId: try XCTUnwrap(me.customerId))
        XCTAssertTrue(users.contains { $0.id == me.id }, "the customer's users include the current user")

        let first = try client.listRoles(perPage: 2)
        XCTAssertEqual(first.data.count, 2)
        XCTAssertNotNil(first.nextCursor, "more than one page of roles")
        var walked: [Role] = []
        for result in try client.iterRoles(perPage: 2).results() {
            walked.append(try result.get())
        }
        XCTAssertEqual(Int64(walked.count), first.total, "the walk sees every role once")
        XCTAssertEqual(Set(walked.map { $0.id }).count, walked.count)
    }

    func testAsyncCalls() async throws {
        let blocking = try client().getCurrentUser()
        let client = try asyncClient()
        let me = try await client.getCurrentUser()
        XCTAssertEqual(me, blocking)
        let ids = try await client.listCustomerUsers(customerId: try XCTUnwrap(me.customerId)).compactMap { $0.id }
        // Calls in flight at once.
        let users = try await withThrowingTaskGroup(of: User.self) { group in
            for id in ids { group.addTask { try await client.getUser(userId: id) } }
            var users: [User] = []
            for try await user in group { users.append(user) }
            return users
        }
        XCTAssertEqual(Set(users.compactMap { $0.id }), Set(ids))
        var roles = 0
        for try await _ in try client.iterRoles(perPage: 3) { roles += 1 }
        let total = try await client.listRoles().total
        XCTAssertEqual(Int64(roles), total)
    }

    func testWrongTokenIsUnauthorized() async throws {
        do {
            _ = try client(token: "not-the-sandbox-token").getCurrentUser()
            XCTFail("a wrong token was accepted")
        } catch FastlyError.Unauthorized(let status, _) {
            XCTAssertEqual(status, 401)
        }
        do {
            _ = try await asyncClient(token: "not-the-sandbox-token").getCurrentUser()
            XCTFail("a wrong token was accepted (async)")
        } catch let error as FastlyError {
            guard case .Unauthorized = error else { return XCTFail("expected Unauthorized, got \(error)") }
            XCTAssertEqual(error.status, 401)
            XCTAssertFalse("\(error)".contains("not-the-sandbox-token"), "the token never appears in errors")
        }
    }

    func testMissingUserIsNotFound() throws {
        do {
            _ = try client().getUser(userId: "no-such-user")
            XCTFail("a missing user was found")
        } catch FastlyError.NotFound(let status, _) {
            XCTAssertEqual(status, 404)
        }
        // A failure with no response has no status.
        let unreachable = try Client.withOptions(token: token, endpoint: "http://127.0.0.1:1", connectTimeout: 2, maxRetries: 0)
        do {
            _ = try unreachable.getCurrentUser()
            XCTFail("a call to a closed port succeeded")
        } catch let error as FastlyError {
            XCTAssertNil(error.status, "\(error)")
        }
    }
}
