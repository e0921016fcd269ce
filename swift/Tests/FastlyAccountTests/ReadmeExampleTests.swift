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
        let groups = client.iterUserGroups(perPage: 100)
        while let group = try groups.next() {
            print(group.name ?? "(unnamed)")
        }

        do {
            _ = try client.getUser(userId: "no-such-user")
        } catch let error as FastlyError {
            print(error)
            switch error.kind() {
            case .notFound: print("status", error.status() ?? 0)
            case .rateLimited: print("retry after", error.reset() ?? Date())
            default: throw error
            }
        }

        XCTAssertEqual(out.first, "signed in as owner@example.com, role superuser")
        XCTAssertEqual(out[1], "8 roles, next cursor none")
        XCTAssertEqual(out.count, 2 + seed.userGroupsTotal + 2)
        XCTAssertEqual(out[out.count - 2], "not found (HTTP 404): Record not found: Cannot find user 'no-such-user'")
        XCTAssertEqual(out.last, "status 404")
    }
}
