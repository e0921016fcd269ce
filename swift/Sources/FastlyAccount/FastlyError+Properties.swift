// A thin, documented extension of the generated Swift API (no logic of its own).
//
// FastlyError is an enum with one case per error of the core (UniFFI's `[Error]
// interface` with fields), so `catch` matches it by case:
//
//     } catch FastlyError.NotFound(let status, let detail) {
//
// These properties read what every case carries without a switch at the call site.
import Foundation

/// `String(describing: error)`, `"\(error)"` and `print(error)` give the readable
/// sentence of the Rust core's `Display`, e.g. "not found (HTTP 404): Cannot find user
/// 'x'" (never the API token), through the `description` UniFFI generates from the
/// exported `Display` trait (UniFFI 0.32 generates the property for an error enum but not
/// the conformance). `localizedDescription` and `errorDescription` (`LocalizedError`,
/// generated as `String(reflecting:)`) give the same sentence, on Linux too (the
/// swift-corelibs-foundation crash of `localizedDescription` hit only error classes).
extension FastlyError: CustomStringConvertible {}

extension FastlyError {
    /// The HTTP status behind the error, when a response was received (nil for
    /// `Timeout`, `Connection`, `InvalidArgument`, and a `Decode` of no response).
    public var status: Int32? {
        switch self {
        case .Unauthorized(let status, _), .Forbidden(let status, _), .NotFound(let status, _),
             .BadRequest(let status, _), .RateLimited(let status, _, _, _), .Server(let status, _),
             .Http(let status, _):
            return status
        case .Decode(let status, _):
            return status
        case .Timeout, .Connection, .InvalidArgument:
            return nil
        }
    }

    /// The message alone, without the sentence around it (for API errors, taken from
    /// the response body).
    public var detail: String {
        switch self {
        case .Unauthorized(_, let detail), .Forbidden(_, let detail), .NotFound(_, let detail),
             .BadRequest(_, let detail), .RateLimited(_, let detail, _, _), .Server(_, let detail),
             .Http(_, let detail), .Decode(_, let detail), .Timeout(let detail),
             .Connection(let detail), .InvalidArgument(let detail):
            return detail
        }
    }

    /// For `RateLimited`: requests left in the current window, if the API said
    /// (`Fastly-RateLimit-Remaining`); nil for every other case.
    public var remaining: Int64? {
        if case .RateLimited(_, _, let remaining, _) = self { return remaining }
        return nil
    }

    /// For `RateLimited`: when the window resets, if the API said
    /// (`Fastly-RateLimit-Reset`); nil for every other case.
    public var reset: Date? {
        if case .RateLimited(_, _, _, let reset) = self { return reset }
        return nil
    }
}
