// The example of swift/README.md's "Testing with the Sandbox", verbatim: it compiles and passes.
import FastlyAccount
import FastlyAccountTesting
import XCTest

final class MyCodeTests: XCTestCase {
    func testMyCodeCopesWithA503() throws {
        let sandbox = try Sandbox()                     // stopped by stop() or when released
        defer { sandbox.stop() }
        let client = try sandbox.client(maxRetries: 0)  // a Client aimed at it, short timeouts
        XCTAssertNotNil(try client.getCurrentUser().login)  // the code under test calls the API
        try sandbox.fail(fault: .status(503), path: "/current_user")
        XCTAssertThrowsError(try client.getCurrentUser()) { error in
            guard case FastlyError.Server(let status, _) = error, status == 503 else {
                return XCTFail("\(error)")
            }
        }
        XCTAssertEqual(try sandbox.requests().map(\.status), [200, 503])
    }
}
