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
}
