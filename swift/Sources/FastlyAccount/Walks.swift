// Hand-written companion of the generated API (Generated/FastlyAccount.swift): the
// follow-all helpers as Swift sequences (blocking walks: a `Sequence` of results; async
// walks: an `AsyncSequence`). No logic beyond calling next().

/// A follow-all helper of the client (every `...Iterator`: the conformances are in the
/// generated WalkList.swift): `next()` returns the next item, fetching a page only when the
/// items in hand run out, nil after the last, and throws when a page fails.
public protocol FastlyWalker: AnyObject {
    associatedtype Item
    func next() throws -> Item?
}


extension FastlyWalker {
    /// The walk as a lazy Swift `Sequence`. A sequence cannot throw, so each element is a
    /// `Result`: `.success(item)`, or one `.failure(error)` when a page fails, after which
    /// the sequence ends.
    ///
    /// ```swift
    /// for result in client.iterRoles(perPage: 100).results() {
    ///     let role = try result.get()
    ///     print(role.name ?? "?")
    /// }
    /// ```
    public func results() -> FastlyWalk<Self> {
        FastlyWalk(walker: self)
    }

    /// Every remaining item, fetching all the pages now (rethrows a page's failure).
    public func all() throws -> [Item] {
        var items: [Item] = []
        while let item = try next() {
            items.append(item)
        }
        return items
    }
}

/// A follow-all walk as a lazy `Sequence` of results (see `FastlyWalker.results()`). It
/// shares the walker: iterating it twice continues the same walk.
public struct FastlyWalk<Walker: FastlyWalker>: Sequence, IteratorProtocol {
    private let walker: Walker
    private var finished = false

    init(walker: Walker) {
        self.walker = walker
    }

    public mutating func next() -> Result<Walker.Item, Error>? {
        guard !finished else { return nil }
        do {
            if let item = try walker.next() {
                return .success(item)
            }
            finished = true
            return nil
        } catch {
            finished = true
            return .failure(error)
        }
    }
}

/// An async follow-all helper of `AsyncClient` (every `...AsyncIterator`: the
/// conformances are in the generated WalkList.swift) is
/// itself an `AsyncSequence` and its own `AsyncIterator`:
///
/// ```swift
/// let client = try AsyncClient(token: token)
/// for try await role in try client.iterRoles(perPage: 100) {
///     print(role.name ?? "?")
/// }
/// ```
///
/// Each `next()` returns an item in hand or fetches the next page first (one request,
/// only when the loop gets that far); the loop ends after the last item, and rethrows
/// the `FastlyError` of a page that fails (the walk is then over). Cancelling the task
/// cancels the page request in flight (`CancellationError`); a later `next()` asks for
/// the same page again. The walk is shared state: iterating the same object twice
/// continues where the first loop stopped. Walks are `Sendable` (generated classes over
/// Rust objects that are `Send + Sync`), but one walk is meant for one loop at a time.
public protocol FastlyAsyncWalker: AnyObject, AsyncSequence, AsyncIteratorProtocol {}

extension FastlyAsyncWalker {
    /// The walk itself: it is its own iterator (see `FastlyAsyncWalker`).
    public func makeAsyncIterator() -> Self {
        self
    }

    /// Every remaining item, fetching all the pages now (rethrows a page's failure).
    public func all() async throws -> [Element] {
        var items: [Element] = []
        var walk = self
        while let item = try await walk.next() {
            items.append(item)
        }
        return items
    }
}

