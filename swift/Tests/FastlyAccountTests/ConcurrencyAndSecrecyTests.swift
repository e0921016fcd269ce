// One client shared by several threads; the token never printed.
import FastlyAccount
import Foundation
import XCTest

final class ConcurrencyTests: SandboxTestCase {
    /// Six calls in flight at once on one shared client. The sandbox holds each
    /// GET /current_user until six have arrived (a rendezvous), so this passes only if
    /// the six calls really overlap: serialised calls would each time out with 409.
    func testSixConcurrentCallsOnOneClient() throws {
        let count = 6
        try sandbox.arm(["type": "rendezvous", "count": count, "timeout_ms": 10_000],
                        method: "GET", path: "/current_user", times: count)
        let client = try makeClient(timeout: 20, maxRetries: 0)
        let results = Locked([Result<User, Error>?](repeating: nil, count: count))
        let done = DispatchGroup()
        // Plain threads, not concurrentPerform: that one runs only as many iterations at
        // once as there are cores, and this machine may have two.
        for index in 0..<count {
            done.enter()
            let thread = Thread {
                let result = Result { try client.getCurrentUser() }
                results.withValue { $0[index] = result }
                done.leave()
            }
            thread.start()
        }
        XCTAssertEqual(done.wait(timeout: .now() + 60), .success, "the calls finished")
        for (index, result) in results.current.enumerated() {
            switch result {
            case .success(let user)?:
                XCTAssertEqual(user.id, seed.ownerUserId, "call \(index)")
            case .failure(let error)?:
                XCTFail("call \(index) failed: \(error)")
            case nil:
                XCTFail("call \(index) did not finish")
            }
        }
        let log = try sandbox.requests()
        XCTAssertEqual(log.count, count)
        XCTAssertTrue(log.allSatisfy { ($0["fault"] as? String) == "rendezvous" && ($0["status"] as? Int) == 200 }, "\(log)")
    }

    /// Mixed operations from several threads at once, each with its own result.
    func testDifferentOperationsFromManyThreads() throws {
        let ops: [() throws -> String?] = [
            { try self.client.getCurrentUser().id },
            { try self.client.getCurrentCustomer().id },
            { try self.client.getRole(roleId: self.seed.roleIds[0]).id },
            { try self.client.listUserGroups().data.first?.id },
            { try self.client.listServiceGroups().data.first?.id },
            { try self.client.getUser(userId: self.seed.ownerUserId).id },
            { try self.client.listRoles(perPage: 1).data.first?.id },
            { String(try self.client.listCustomerUsers(customerId: self.seed.customerId).count) },
        ]
        let expected: [String?] = [
            seed.ownerUserId, seed.customerId, seed.roleIds[0], seed.userGroupIds[0],
            seed.serviceGroupIds[0], seed.ownerUserId, seed.roleIds[0], String(seed.usersTotal),
        ]
        let rounds = 5
        let total = ops.count * rounds
        let answers = Locked([String?](repeating: nil, count: total))
        let failures = Locked([String]())
        let done = DispatchGroup()
        for index in 0..<total {
            done.enter()
            Thread {
                do {
                    let answer = try ops[index % ops.count]()
                    answers.withValue { $0[index] = answer }
                } catch {
                    failures.withValue { $0.append("\(index): \(error)") }
                }
                done.leave()
            }.start()
        }
        XCTAssertEqual(done.wait(timeout: .now() + 60), .success)
        XCTAssertEqual(failures.current, [])
        let got = answers.current
        for index in 0..<total {
            XCTAssertEqual(got[index], expected[index % ops.count], "call \(index)")
        }
    }
}

final class SecrecyTests: SandboxTestCase {
    func testTheTokenIsInNothingTheBindingPrints() throws {
        // The client object.
        assertNoToken(client as Any)
        XCTAssertFalse(String(describing: client!).isEmpty)

        // Every model, as returned.
        let models: [Any] = [
            try client.getCurrentCustomer(),
            try client.getCurrentUser(),
            try client.listCustomerUsers(customerId: seed.customerId),
            try client.createInvitation(email: "secret@example.com", role: "user"),
            try client.listRoles(perPage: 2),
            try client.getRole(roleId: seed.roleIds[0]),
            try client.listServiceGroups(),
            try client.createServiceGroup(name: "s"),
            try client.listUserGroups(),
            try client.createUserGroup(name: "u"),
            try client.iterRoles(perPage: 2),
        ]
        for model in models { assertNoToken(model) }

        // Errors of every kind that a response or fault can produce.
        try sandbox.arm(["type": "rate_limit", "remaining": 0], path: "/current_user")
        try sandbox.arm(["type": "status", "status": 403], path: "/current_customer")
        try sandbox.arm(["type": "malformed"], path: "/roles")
        try sandbox.arm(["type": "redirect"], path: "/service-groups")
        try sandbox.arm(["type": "status", "status": 500], path: "/user-groups", times: 3)
        let errors: [FastlyError?] = [
            expectFastlyError { try client.getCurrentUser() },
            expectFastlyError { try client.getCurrentCustomer() },
            expectFastlyError { try client.listRoles() },
            expectFastlyError { try client.listServiceGroups() },
            expectFastlyError { try client.listUserGroups() },
            expectFastlyError { try client.getUser(userId: "nobody") },
            expectFastlyError { try client.getUser(userId: "") },
        ]
        try sandbox.arm(["type": "delay", "ms": 2000], path: "/customer/\(seed.customerId)")
        let slow = try makeClient(timeout: 0.3, maxRetries: 0)
        let timeout = expectFastlyError { try slow.getCustomer(customerId: seed.customerId) }
        XCTAssertEqual(timeout?.caseName, "Timeout")
        XCTAssertEqual((errors + [timeout]).compactMap { $0 }.count, 8)
        for error in (errors + [timeout]).compactMap({ $0 }) { assertNoToken(error) }

        // A token that cannot be sent (a line break in it): whether the constructor or
        // the call refuses it, the error must not echo it.
        do {
            let odd = try Client.withOptions(token: secretToken + "\n", endpoint: sandbox.url)
            assertNoToken(odd)
            _ = try odd.getCurrentUser()
            XCTFail("a token with a line break was sent")
        } catch {
            assertNoToken(error)
        }
    }

    func testTheTokenTravelsOnlyInTheHeader() throws {
        _ = try client.getCurrentUser()
        let record = try XCTUnwrap(sandbox.requests().first)
        XCTAssertEqual(record["fastly_key_present"] as? Bool, true)
        XCTAssertEqual(record["fastly_key_valid"] as? Bool, true)
        XCTAssertFalse((record["query"] as? String ?? "").contains(secretToken))
    }
}
