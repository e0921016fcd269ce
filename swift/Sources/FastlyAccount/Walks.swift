// Hand-written companion of the generated API (Generated/FastlyAccount.swift): the
// follow-all helpers as Swift sequences. No logic beyond calling next().

/// A follow-all helper of the client (`RoleIterator`, `ServiceGroupIterator`,
/// `UserGroupIterator`, `InvitationIterator`, `IamRoleIterator`, `ServiceIterator`,
/// `UserGroupMemberIterator`): `next()` returns the next item, fetching a page only when the
/// items in hand run out, nil after the last, and throws when a page fails.
public protocol FastlyWalker: AnyObject {
    associatedtype Item
    func next() throws -> Item?
}

extension RoleIterator: FastlyWalker {}
extension ServiceGroupIterator: FastlyWalker {}
extension UserGroupIterator: FastlyWalker {}
extension InvitationIterator: FastlyWalker {}
extension IamRoleIterator: FastlyWalker {}
extension ServiceIterator: FastlyWalker {}
extension UserGroupMemberIterator: FastlyWalker {}

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
