// The fault matrix (docs/reliability.md), Swift column: the rows no other test covers.
//
// Each test injects one fault with the sandbox and asserts what the caller sees AND how
// many attempts the sandbox logged. The other rows are covered, with the same two
// checks, in ErrorTests (5xx then success, 5xx forever, 429, delay, connection refused,
// malformed JSON, unknown shape, redirect) and ConcurrencyTests (rendezvous).
import FastlyAccount
import Foundation
import XCTest

final class FaultTests: SandboxTestCase {
    func testFaultConnectionResetMidBodyGetIsRetried() throws {
        try sandbox.arm(["type": "reset"], path: "/current_user")
        XCTAssertEqual(try client.getCurrentUser().id, seed.ownerUserId)
        XCTAssertEqual(try sandbox.faults("/current_user"), ["reset", nil])
    }

    func testFaultConnectionResetMidBodyPostIsNotResent() throws {
        try sandbox.arm(["type": "reset"], method: "POST", path: "/user-groups")
        let error = expectFastlyError { try client.createUserGroup(name: "Reset group") }
        assertError(error, kind: "Connection", status: nil, sentenceStart: "network error")
        XCTAssertEqual(try sandbox.faults("/user-groups", method: "POST"), ["reset"])
        // The server did create it, exactly once: resending would have made a duplicate.
        let groups = try client.iterUserGroups(perPage: 100)
        var names: [String?] = []
        while let group = try groups.next() { names.append(group.name) }
        XCTAssertEqual(names.filter { $0 == "Reset group" }.count, 1, "\(names)")
    }

    func testFaultTruncatedBody() throws {
        try sandbox.arm(["type": "truncate"], path: "/current_user")
        let error = expectFastlyError { try client.getCurrentUser() }
        assertError(error, kind: "Decode", status: 200, sentenceStart: "could not decode the API response")
        XCTAssertEqual(try sandbox.faults("/current_user"), ["truncate"])
    }

    func testFaultHugeBodyOverTheCap() throws {
        try sandbox.arm(["type": "huge", "bytes": 100_000], path: "/current_user")
        let capped = try makeClient(maxResponseBytes: 4096)
        let error = expectFastlyError { try capped.getCurrentUser() }
        assertError(error, kind: "Decode", status: 200, sentenceStart: "could not decode the API response")
        XCTAssertTrue(error?.detail.contains("4096 byte limit") == true, error?.detail ?? "")
        XCTAssertEqual(try sandbox.faults("/current_user"), ["huge"])
        // A small answer passes the same cap, and without the cap (32 MiB) the big one is read.
        XCTAssertEqual(try capped.getCurrentUser().id, seed.ownerUserId)
        try sandbox.arm(["type": "huge", "bytes": 100_000], path: "/current_user")
        let name = try client.getCurrentUser().name ?? ""
        XCTAssertGreaterThan(name.count, 90_000)
    }
}
