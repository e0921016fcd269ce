// The misuse suite: generated hostile values for every kind of argument (durations,
// counts, ids, cursors, option fields), through the blocking and the async client
// against the sandbox. Each case must end in a typed FastlyError (or a valid request):
// never a crash (UniFFI's duration conversion used to fatalError on a negative, NaN or
// infinite TimeInterval), another error type, or a hang. Counts: docs/reliability.md.
import FastlyAccount
import Foundation
import XCTest

final class MisuseTests: SandboxTestCase {
    private var cases = 0

    private let hostileStrings = [
        "", " ", ".", "..", "../customer/x", "a/b?c#d", "%2F%00", "\u{0}\r\n", "\u{202e}ü👩‍💻",
        "page:-1", "page:0", "page:abc", String(repeating: "x", count: 70_000), "garbage", "\u{FFFF}",
    ]

    private let invalidOrAbsent: Set<String> = ["InvalidArgument", "NotFound", "BadRequest"]

    /// `body` succeeds or throws a FastlyError whose case is in `allowed`.
    private func typed<T>(_ what: String, _ allowed: Set<String>, _ body: () throws -> T,
                          file: StaticString = #filePath, line: UInt = #line) {
        cases += 1
        do {
            _ = try body()
        } catch let error as FastlyError {
            XCTAssertTrue(allowed.contains(error.caseName), "\(what): \(error)", file: file, line: line)
        } catch {
            XCTFail("\(what): not a FastlyError: \(error)", file: file, line: line)
        }
    }

    func testDurationsThatUsedToCrashAreInvalidArguments() throws {
        let bad: [TimeInterval] = [-1, -0.5, .nan, .infinity, -.infinity, .greatestFiniteMagnitude]
        let names = ["timeout", "connectTimeout", "retryBaseDelay", "retryMaxDelay", "rateLimitWait"]
        for name in names {
            for value in bad {
                cases += 1
                let error = expectFastlyError {
                    try Client.withOptions(
                        token: "t0ken",
                        endpoint: "http://127.0.0.1:9",
                        timeout: name == "timeout" ? value : nil,
                        connectTimeout: name == "connectTimeout" ? value : nil,
                        retryBaseDelay: name == "retryBaseDelay" ? value : nil,
                        retryMaxDelay: name == "retryMaxDelay" ? value : nil,
                        rateLimitWait: name == "rateLimitWait" ? value : nil
                    )
                }
                XCTAssertEqual(error?.caseName, "InvalidArgument", "\(name)=\(value)")
                XCTAssertTrue(error?.detail.hasPrefix("\(name) must be a finite number of seconds") ?? false,
                              String(describing: error))
            }
        }
        for name in ["timeout", "connectTimeout"] {
            cases += 1
            let error = expectFastlyError {
                try AsyncClient.withOptions(
                    token: "t0ken",
                    timeout: name == "timeout" ? 0 : nil,
                    connectTimeout: name == "connectTimeout" ? 0 : nil
                )
            }
            XCTAssertEqual(error?.detail, "\(name) must be a finite number of seconds, more than 0 and at most 86400; got 0")
        }
        // The suite's own helper (Client.withOptions underneath) with a negative delay.
        cases += 1
        XCTAssertEqual(expectFastlyError { try makeClient(timeout: -1) }?.caseName, "InvalidArgument")
    }

    func testCountsHaveOneRangeWhateverTheValue() throws {
        for value: Int32 in [-1, 0, .min] {
            cases += 1
            let error = expectFastlyError { try client.listRoles(perPage: value) }
            XCTAssertEqual(error?.detail, "perPage must be between 1 and 4294967295, got \(value)")
        }
        cases += 1
        XCTAssertEqual(expectFastlyError { try Client.withOptions(token: "t", maxRetries: -1) }?.detail,
                       "maxRetries must be between 0 and 4294967295, got -1")
        cases += 1
        XCTAssertEqual(expectFastlyError { try Client.withOptions(token: "t", maxResponseBytes: 0) }?.caseName,
                       "InvalidArgument")
        XCTAssertEqual(try sandbox.requests().count, 0, "nothing reached the API")
    }

    func testHostileIdsEndInATypedError() async throws {
        let engineer = try XCTUnwrap(seed.userIdsByRole["engineer"]?.first)
        let aclient = try makeAsyncClient()
        for id in hostileStrings {
            typed("getUser", invalidOrAbsent) { try client.getUser(userId: id) }
            typed("getCustomer", invalidOrAbsent) { try client.getCustomer(customerId: id) }
            typed("getRole", invalidOrAbsent) { try client.getRole(roleId: id) }
            typed("getIamRole", invalidOrAbsent) { try client.getIamRole(roleId: id, includePermissions: true) }
            typed("getServiceGroup", invalidOrAbsent) { try client.getServiceGroup(serviceGroupId: id) }
            typed("getUserGroup", invalidOrAbsent) { try client.getUserGroup(userGroupId: id) }
            typed("getToken", invalidOrAbsent) { try client.getToken(tokenId: id) }
            typed("deleteInvitation", invalidOrAbsent) { try client.deleteInvitation(invitationId: id) }
            typed("requestPasswordReset", invalidOrAbsent) { try client.requestPasswordReset(userLogin: id) }
            typed("bulkRevokeTokens", invalidOrAbsent) { try client.bulkRevokeTokens(tokenIds: [id]) }
            typed("updateUser", invalidOrAbsent) { try client.updateUser(userId: engineer, name: id, login: id) }
            typed("updateCustomer", invalidOrAbsent) { try client.updateCustomer(customerId: seed.customerId, billingNetworkType: id) }
            typed("createInvitation", invalidOrAbsent) {
                try client.createInvitation(email: id, role: id, serviceInvitations: [id: id])
            }
            typed("createServiceGroup", invalidOrAbsent) { try client.createServiceGroup(name: id, services: [id]) }
            cases += 1
            do {
                _ = try await aclient.getUser(userId: id)
            } catch let error as FastlyError {
                XCTAssertTrue(invalidOrAbsent.contains(error.caseName), "async getUser: \(error)")
            }
        }
        XCTAssertEqual(try client.getCurrentCustomer().id, seed.customerId, "the sandbox still answers")
        print("swift misuse: \(cases) cases")
    }

    func testHostileCursorsAreRefusedOrSent() throws {
        for cursor in hostileStrings {
            typed("listRoles", invalidOrAbsent) { try client.listRoles(perPage: 5, cursor: cursor) }
            typed("listServiceGroups", invalidOrAbsent) { try client.listServiceGroups(cursor: cursor) }
        }
        for cursor in ["", " ", "page:-1", "page:0", "page:abc", String(repeating: "y", count: 9000)] {
            cases += 1
            let error = expectFastlyError { try client.listUserGroups(cursor: cursor) }
            XCTAssertEqual(error?.caseName, "InvalidArgument", cursor)
            XCTAssertTrue(error?.detail.hasPrefix("cursor") ?? false, String(describing: error))
        }
    }

    func testAnIdTooLongToSendIsRefusedAndNotRetried() throws {
        try sandbox.clearRequests()
        let error = expectFastlyError { try client.getUser(userId: String(repeating: "x", count: 70_000)) }
        XCTAssertTrue(error?.detail.hasPrefix("user_id is too long to send") ?? false, String(describing: error))
        XCTAssertEqual(try sandbox.requests().count, 0, "nothing was sent, nothing retried")
    }

    func testHttpsToAPlainHttpServerSaysSo() throws {
        let tls = try makeClient(endpoint: sandbox.url.replacingOccurrences(of: "http://", with: "https://"), maxRetries: 0)
        let error = expectFastlyError { try tls.getCurrentUser() }
        XCTAssertEqual(error?.caseName, "Connection")
        let detail = error?.detail ?? ""
        XCTAssertTrue(detail.contains("without TLS") && !detail.contains("InvalidContentType"), detail)
    }
}
