// Shared base class: one sandbox per test, a client with short timeouts pointed at it.
import FastlyAccount
import Foundation
import XCTest

/// A token no other string in the suite contains, so the tests can prove it never
/// appears in anything the binding prints.
let secretToken = "swift-secret-token-7f3a9c"

class SandboxTestCase: XCTestCase {
    var sandbox: Sandbox!
    var seed: Seed!
    var client: Client!

    /// Extra sandbox flags (e.g. `["--roles", "100"]`); overridden by subclasses.
    var sandboxArguments: [String] { [] }

    override func setUpWithError() throws {
        try super.setUpWithError()
        sandbox = try Sandbox(token: secretToken, arguments: sandboxArguments)
        // An HTTPS sandbox (TlsTests) serves its control routes over TLS too, with a CA
        // URLSession does not trust: those tests do without them.
        seed = try sandbox.url.hasPrefix("https://") ? nil : sandbox.seed()
        client = try makeClient()
    }

    override func tearDown() {
        client = nil
        sandbox?.stop()
        sandbox = nil
        super.tearDown()
    }

    /// A client for the sandbox: short timeouts, tiny retry delays, no rate-limit wait.
    func makeClient(
        token: String = secretToken,
        endpoint: String? = nil,
        timeout: TimeInterval = 5,
        maxRetries: Int32 = 2,
        maxResponseBytes: Int64? = nil,
        caBundle: String? = nil
    ) throws -> Client {
        try Client.withOptions(
            token: token,
            endpoint: endpoint ?? sandbox.url,
            timeout: timeout,
            connectTimeout: 2,
            maxRetries: maxRetries,
            retryBaseDelay: 0.01,
            retryMaxDelay: 0.05,
            rateLimitWait: 0,
            maxResponseBytes: maxResponseBytes,
            caBundle: caBundle
        )
    }

    /// The async client for the sandbox, configured as `makeClient`.
    func makeAsyncClient(
        token: String = secretToken,
        timeout: TimeInterval = 5,
        maxRetries: Int32 = 2
    ) throws -> AsyncClient {
        try AsyncClient.withOptions(
            token: token,
            endpoint: sandbox.url,
            timeout: timeout,
            connectTimeout: 2,
            maxRetries: maxRetries,
            retryBaseDelay: 0.01,
            retryMaxDelay: 0.05,
            rateLimitWait: 0
        )
    }

    /// Awaits `body`, which must throw a FastlyError, and returns that error.
    func expectAsyncFastlyError<T>(
        _ body: () async throws -> T,
        file: StaticString = #filePath,
        line: UInt = #line
    ) async -> FastlyError? {
        do {
            let value = try await body()
            XCTFail("expected a FastlyError, got \(value)", file: file, line: line)
            return nil
        } catch let error as FastlyError {
            return error
        } catch {
            XCTFail("expected a FastlyError, got \(type(of: error)): \(error)", file: file, line: line)
            return nil
        }
    }

    /// Runs `body`, which must throw a FastlyError, and returns that error.
    func expectFastlyError<T>(
        _ body: () throws -> T,
        file: StaticString = #filePath,
        line: UInt = #line
    ) -> FastlyError? {
        do {
            let value = try body()
            XCTFail("expected a FastlyError, got \(value)", file: file, line: line)
            return nil
        } catch let error as FastlyError {
            return error
        } catch {
            XCTFail("expected a FastlyError, got \(type(of: error)): \(error)", file: file, line: line)
            return nil
        }
    }

    /// Checks what every error must offer: its case (by name, e.g. "NotFound"), a typed
    /// status, a readable sentence from String(describing:) that holds the detail, and
    /// no token.
    func assertError(
        _ error: FastlyError?,
        kind: String,
        status: Int32?,
        sentenceStart: String,
        file: StaticString = #filePath,
        line: UInt = #line
    ) {
        guard let error = error else { return }
        XCTAssertEqual(error.caseName, kind, "case of \(error)", file: file, line: line)
        XCTAssertEqual(error.status, status, "status of \(error)", file: file, line: line)
        let text = String(describing: error)
        XCTAssertTrue(text.hasPrefix(sentenceStart), "String(describing:) = \(text.debugDescription)", file: file, line: line)
        XCTAssertFalse(error.detail.isEmpty, "detail of \(text)", file: file, line: line)
        XCTAssertTrue(text.contains(error.detail), "\(text.debugDescription) lacks the detail", file: file, line: line)
        // A sentence, not a field dump of a Swift enum or struct.
        XCTAssertFalse(text.contains("kind:") || text.contains("status:") || text.contains("FastlyError("),
                       "String(describing:) looks like a field dump: \(text)", file: file, line: line)
        assertNoToken(error, file: file, line: line)
    }

    /// The token appears in none of the ways Swift turns a value into a string.
    func assertNoToken(_ value: Any, file: StaticString = #filePath, line: UInt = #line) {
        var texts = [String(describing: value), String(reflecting: value), "\(value)"]
        var dumped = ""
        dump(value, to: &dumped)
        texts.append(dumped)
        // FastlyError is an enum: localizedDescription through the Error existential is
        // safe on Linux too (the swift-corelibs-foundation crash, issue 5221, hit classes).
        if let error = value as? Error {
            texts.append(error.localizedDescription)
        }
        if let error = value as? LocalizedError, let description = error.errorDescription {
            texts.append(description)
        }
        for text in texts {
            XCTAssertFalse(text.contains(secretToken), "the token leaks in \(text.debugDescription)", file: file, line: line)
        }
    }
}

extension FastlyError {
    /// The name of the case ("NotFound", "RateLimited", ...), for assertions.
    var caseName: String {
        Mirror(reflecting: self).children.first?.label ?? String(reflecting: self)
    }
}

/// A value shared between threads, guarded by a lock.
final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()

    init(_ value: Value) { self.value = value }

    func withValue<R>(_ body: (inout Value) throws -> R) rethrows -> R {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }

    var current: Value { withValue { $0 } }
}
