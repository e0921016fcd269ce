// HTTPS against a sandbox whose certificate comes from a private CA (`--ca-file` writes
// the CA's PEM there): not trusted by the system's store, trusted once `caBundle` names
// the PEM. (This sandbox's control routes are HTTPS too, with that CA, which URLSession
// does not trust here: these tests use the client only.)
import FastlyAccount
import Foundation
import XCTest

final class TlsTests: SandboxTestCase {
    /// Where this test's sandbox writes its CA (XCTest makes one instance per test).
    let caFile = FileManager.default.temporaryDirectory
        .appendingPathComponent("fastly-swift-ca-\(UUID().uuidString).pem").path

    /// The seeded owner (tests/sandbox/README.md), whom the token authenticates as.
    let ownerUserId = "4kYH1qOwnerx4xCwxxJx01"

    override var sandboxArguments: [String] { ["--ca-file", caFile] }

    override func tearDown() {
        try? FileManager.default.removeItem(atPath: caFile)
        super.tearDown()
    }

    func testAnUnknownCaIsAConnectionError() throws {
        XCTAssertTrue(sandbox.url.hasPrefix("https://"), sandbox.url)
        // The system store alone does not know the sandbox's private CA.
        let error = expectFastlyError { try client.getCurrentUser() }
        assertError(error, kind: "Connection", status: nil, sentenceStart: "network error")
    }

    func testCaBundleAddsThePrivateCa() throws {
        XCTAssertTrue(FileManager.default.fileExists(atPath: caFile))
        let trusting = try makeClient(caBundle: caFile)
        XCTAssertEqual(try trusting.getCurrentUser().id, ownerUserId)
        XCTAssertEqual(try trusting.getCurrentCustomer().ownerId, ownerUserId)
        assertNoToken(trusting)
    }

    func testAnUnreadableCaBundleIsRefusedWhenTheClientIsBuilt() throws {
        let missing = expectFastlyError { try self.makeClient(caBundle: self.caFile + ".missing") }
        assertError(missing, kind: "InvalidArgument", status: nil, sentenceStart: "invalid argument")
        XCTAssertTrue(missing?.detail.contains("ca_bundle") == true, missing?.detail ?? "")

        let notPem = FileManager.default.temporaryDirectory
            .appendingPathComponent("fastly-swift-not-a-ca-\(UUID().uuidString).pem").path
        try "not a certificate\n".write(toFile: notPem, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: notPem) }
        let garbage = expectFastlyError { try self.makeClient(caBundle: notPem) }
        XCTAssertEqual(garbage?.caseName, "InvalidArgument")
    }

    func testMaxIdleConnectionsIsASignedCount() throws {
        let none = try Client.withOptions(token: secretToken, endpoint: sandbox.url, caBundle: caFile, maxIdleConnections: 0)
        XCTAssertEqual(try none.getCurrentUser().id, ownerUserId)
        let negative = expectFastlyError {
            try Client.withOptions(token: secretToken, endpoint: self.sandbox.url, maxIdleConnections: -1)
        }
        assertError(negative, kind: "InvalidArgument", status: nil, sentenceStart: "invalid argument")
        XCTAssertTrue(negative?.detail.hasPrefix("maxIdleConnections must be between 0 and") == true, negative?.detail ?? "")
    }
}
