// The example of swift/README.md, run against the sandbox (only the constructor
// differs), so the README cannot drift from the API.
import FastlyAccount
import Foundation
import XCTest

final class ReadmeExampleTests: SandboxTestCase {
    func testReadmeExample() throws {
        var out: [String] = []
        func print(_ items: Any...) { out.append(items.map { "\($0)" }.joined(separator: " ")) }

        let client = try Client.withOptions(token: secretToken, endpoint: sandbox.url)

        let me = try client.getCurrentUser()
        print("signed in as \(me.login ?? "?"), role \(me.role ?? "?")")

        let page = try client.listRoles(perPage: 50)
        print("\(page.total ?? 0) roles, next cursor \(page.nextCursor ?? "none")")
        for result in try client.iterUserGroups(perPage: 100).results() {
            let group = try result.get()
            print(group.name ?? "(unnamed)")
        }

        do {
            _ = try client.getUser(userId: "no-such-user")
        } catch FastlyError.NotFound(let status, _) {
            print("status", status)
        } catch let error as FastlyError {
            print(error)  // a sentence: "not found (HTTP 404): ..."
            if case .RateLimited = error { print("retry after", error.reset ?? Date()) }
            throw error
        }

        XCTAssertEqual(out.first, "signed in as owner@example.com, role superuser")
        XCTAssertEqual(out[1], "8 roles, next cursor none")
        XCTAssertEqual(out.count, 2 + seed.userGroupsTotal + 1)
        XCTAssertEqual(out.last, "status 404")
    }

    /// The Async section of swift/README.md (ids from the seed instead of placeholders).
    func testAsyncReadmeExample() async throws {
        var out: [String] = []
        func print(_ items: Any...) { out.append(items.map { "\($0)" }.joined(separator: " ")) }

        let client = try AsyncClient.withOptions(token: secretToken, endpoint: sandbox.url)
        let me = try await client.getCurrentUser()
        print("signed in as \(me.login ?? "?")")

        for try await role in try client.iterRoles(perPage: 100) {
            print(role.name ?? "?")
        }

        let ids = Array(seed.userIdsByRole.values.joined().prefix(3))
        let users = try await withThrowingTaskGroup(of: User.self) { group in
            for id in ids {
                group.addTask { try await client.getUser(userId: id) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }

        // Not in the README: a slow answer, so the cancel below cannot come after
        // the call has already finished on a loaded machine.
        try sandbox.arm(["type": "delay", "ms": 20_000], method: "GET", path: "/current_customer")
        let task = Task { try await client.getCurrentCustomer() }
        task.cancel()
        do { _ = try await task.value } catch is CancellationError { print("cancelled") }

        XCTAssertEqual(out.first, "signed in as owner@example.com")
        XCTAssertEqual(out.count, 1 + seed.rolesTotal + 1)
        XCTAssertEqual(Set(users.compactMap(\.id)), Set(ids))
        XCTAssertEqual(out.last, "cancelled")
    }
}
