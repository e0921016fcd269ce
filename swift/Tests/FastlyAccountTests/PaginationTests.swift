// Pages and the follow-all iterators, across many pages.
import FastlyAccount
import Foundation
import XCTest

final class PaginationTests: SandboxTestCase {
    // 8 fixed + 100 generated roles, 3 + 10 service groups, 3 + 10 user groups.
    override var sandboxArguments: [String] {
        ["--roles", "100", "--service-groups", "10", "--user-groups", "10"]
    }

    func testListRolesPageByPage() throws {
        var ids: [String] = []
        var cursor: String?
        var pages = 0
        repeat {
            let page = try client.listRoles(perPage: 25, cursor: cursor)
            pages += 1
            XCTAssertLessThanOrEqual(page.data.count, 25)
            XCTAssertEqual(page.total, Int64(seed.rolesTotal))
            ids += page.data.compactMap(\.id)
            cursor = page.nextCursor
        } while cursor != nil && pages < 100
        XCTAssertEqual(pages, 5)  // 108 roles, 25 a page
        XCTAssertEqual(ids.count, seed.rolesTotal)
        XCTAssertEqual(Set(ids).count, seed.rolesTotal, "no role twice")
        XCTAssertEqual(Array(ids.prefix(seed.roleIds.count)), seed.roleIds)

        let queries = try sandbox.requests().compactMap { $0["query"] as? String }
        XCTAssertEqual(queries.count, 5)
        XCTAssertEqual(queries.first, "per_page=25")
        XCTAssertTrue(queries.dropFirst().allSatisfy { $0.contains("cursor=") })
    }

    func testIterRolesFollowsEveryPageLazily() throws {
        let iterator = client.iterRoles(perPage: 7)
        XCTAssertEqual(iterator.pagesFetched(), 0, "nothing fetched before the first next()")
        XCTAssertEqual(try sandbox.requests().count, 0)
        let first = try iterator.next()
        XCTAssertEqual(first?.id, seed.roleIds.first)
        XCTAssertEqual(iterator.pagesFetched(), 1)

        var all = [try XCTUnwrap(first)]
        while let role = try iterator.next() { all.append(role) }
        XCTAssertEqual(all.count, seed.rolesTotal)
        XCTAssertEqual(Set(all.compactMap(\.id)).count, seed.rolesTotal)
        XCTAssertEqual(iterator.pagesFetched(), 16)  // ceil(108 / 7)
        XCTAssertNil(try iterator.next(), "stays finished")
        XCTAssertEqual(try sandbox.requests().count, 16)
    }

    func testIterServiceGroupsAcrossPages() throws {
        let iterator = client.iterServiceGroups(perPage: 4)
        let all = try collect(iterator)
        XCTAssertEqual(all.count, seed.serviceGroupsTotal)
        XCTAssertEqual(Array(all.compactMap(\.id).prefix(3)), seed.serviceGroupIds)
        XCTAssertEqual(iterator.pagesFetched(), 4)  // 13 groups, 4 a page
    }

    func testIterUserGroupsAcrossPages() throws {
        let iterator = client.iterUserGroups(perPage: 5)
        let all = try collect(iterator)
        XCTAssertEqual(all.count, seed.userGroupsTotal)
        XCTAssertEqual(Array(all.compactMap(\.id).prefix(3)), seed.userGroupIds)
        XCTAssertEqual(iterator.pagesFetched(), 3)  // 13 groups, 5 a page
    }

    func testListServiceGroupsAndUserGroupsPageByPage() throws {
        let first = try client.listServiceGroups(perPage: 6)
        XCTAssertEqual(first.data.count, 6)
        let second = try client.listServiceGroups(perPage: 6, cursor: XCTUnwrap(first.nextCursor))
        XCTAssertEqual(second.data.count, 6)
        let third = try client.listServiceGroups(perPage: 6, cursor: XCTUnwrap(second.nextCursor))
        XCTAssertEqual(third.data.count, 1)
        XCTAssertNil(third.nextCursor)
        XCTAssertEqual(Set((first.data + second.data + third.data).compactMap(\.id)).count, 13)

        let groups = try client.listUserGroups(perPage: 10)
        XCTAssertEqual(groups.data.count, 10)
        XCTAssertNotNil(groups.nextCursor)
        XCTAssertEqual(groups.total, Int64(seed.userGroupsTotal))
    }

    func testCursorAtTheTopLevelOfTheEnvelope() throws {
        try sandbox.settings(["cursor_location": "top"])
        let all = try collect(client.iterRoles(perPage: 30))
        XCTAssertEqual(all.count, seed.rolesTotal)
        let page = try client.listRoles(perPage: 100)
        XCTAssertNotNil(page.nextCursor)
        XCTAssertEqual(page.total, Int64(seed.rolesTotal))
    }

    func testIteratorSurfacesAnErrorOnALaterPage() throws {
        let iterator = client.iterRoles(perPage: 50)
        for _ in 0..<50 { XCTAssertNotNil(try iterator.next()) }
        try sandbox.arm(["type": "status", "status": 403], method: "GET", path: "/roles")
        let error = expectFastlyError { try iterator.next() }
        assertError(error, kind: .forbidden, status: 403, sentenceStart: "permission denied (HTTP 403)")
    }

    func testAnInvalidCursorIsTheApisToRefuse() throws {
        let error = expectFastlyError { try client.listRoles(perPage: 5, cursor: "not-a-cursor") }
        XCTAssertEqual(error?.kind(), .badRequest)
        XCTAssertEqual(error?.status(), 400)
    }
}
