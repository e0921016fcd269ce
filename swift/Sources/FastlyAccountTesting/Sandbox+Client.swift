// Hand-written over the generated Sandbox (Generated/FastlyAccountTesting.swift): clients
// of a sandbox, and short forms of the faults whose other fields are optional. No logic.
import FastlyAccount
import Foundation

extension Sandbox {
    /// How long a sandbox's client waits per attempt unless told otherwise (seconds).
    public static let clientTimeout: TimeInterval = 10
    /// How long a sandbox's client waits to connect unless told otherwise (seconds).
    public static let clientConnectTimeout: TimeInterval = 5

    /// A `Client` aimed at this sandbox with its token (or `token`). Short timeouts by
    /// default, so a test that goes wrong fails in seconds; every other setting is the
    /// client's default unless given (`nil` keeps it, as in `Client.withOptions`). Pass
    /// `maxRetries: 0` to see an injected 5xx as the next call's error rather than have it
    /// retried.
    public func client(
        token: String? = nil,
        timeout: TimeInterval = Sandbox.clientTimeout,
        connectTimeout: TimeInterval = Sandbox.clientConnectTimeout,
        maxRetries: Int32? = nil,
        retryBaseDelay: TimeInterval? = nil,
        retryMaxDelay: TimeInterval? = nil,
        rateLimitWait: TimeInterval? = nil,
        maxResponseBytes: Int64? = nil
    ) throws -> Client {
        try Client.withOptions(
            token: token ?? self.token(),
            endpoint: endpoint(),
            timeout: timeout,
            connectTimeout: connectTimeout,
            maxRetries: maxRetries,
            retryBaseDelay: retryBaseDelay,
            retryMaxDelay: retryMaxDelay,
            rateLimitWait: rateLimitWait,
            maxResponseBytes: maxResponseBytes
        )
    }

    /// An `AsyncClient` aimed at this sandbox, set up like `client(...)`.
    public func asyncClient(
        token: String? = nil,
        timeout: TimeInterval = Sandbox.clientTimeout,
        connectTimeout: TimeInterval = Sandbox.clientConnectTimeout,
        maxRetries: Int32? = nil,
        retryBaseDelay: TimeInterval? = nil,
        retryMaxDelay: TimeInterval? = nil,
        rateLimitWait: TimeInterval? = nil,
        maxResponseBytes: Int64? = nil
    ) throws -> AsyncClient {
        try AsyncClient.withOptions(
            token: token ?? self.token(),
            endpoint: endpoint(),
            timeout: timeout,
            connectTimeout: connectTimeout,
            maxRetries: maxRetries,
            retryBaseDelay: retryBaseDelay,
            retryMaxDelay: retryMaxDelay,
            rateLimitWait: rateLimitWait,
            maxResponseBytes: maxResponseBytes
        )
    }
}

extension Fault {
    /// `.status(503)`: answer that status, without a `Retry-After`.
    public static func status(_ status: Int32) -> Fault {
        .status(status: status, retryAfter: nil)
    }

    /// `.rateLimit()`: answer 429 with `Fastly-RateLimit-Remaining` `remaining` (default 0)
    /// and a reset a minute from now, without a `Retry-After`.
    public static func rateLimit(remaining: Int64 = 0) -> Fault {
        .rateLimit(remaining: remaining, resetAt: nil, retryAfter: nil)
    }
}
