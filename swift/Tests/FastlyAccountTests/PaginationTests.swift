// Pages and the follow-all iterators, across many pages, in both ways the sandbox
// pages: the live API's page numbers (`page=N`, `meta.current_page/total_pages/
// record_count`, the default) and the seed spec's cursors (`cursor=...`,
// `meta.next_cursor/total`).
import FastlyAccount
import Foundation
import XCTest

final class PaginationTests: SandboxTestCase {
    // 8 fixed + 100 generated roles, 3 + 10 service groups, 3 + 10 user groups.
    override var sandboxArguments: [String] {
        ["--roles", "100", "--service-groups", "10", "--user-groups", "10"]
    }

    static let styles = ["live", "seed"]

    /// Runs `body` once per style, each time on a sandbox reset to the seed.
    func forEachStyle(_ body: (String) throws -> Void) throws {
        for style in Self.styles {
            try sandbox.reset()
            try sandbox.style(style)
            try body(style)
        }
    }

    /// One request per page to `path`, the first with `per_page` only, the later ones by
    /// page number (live) or by cursor (seed).
    func assertOneRequestPerPage(
        _ path: String, pages: Int, perPage: Int, style: String,
        file: StaticString = #filePath, line: UInt = #line
    ) throws {
        let queries = try sandbox.attempts(path).map { $0["query"] as? String ?? "" }
        XCTAssertEqual(queries.count, pages, "\(style): \(queries)", file: file, line: line)
        XCTAssertEqual(queries.first, "per_page=\(perPage)", style, file: file, line: line)
        let marker = style == "live" ? "page=" : "cursor="
        XCTAssertTrue(queries.dropFirst().allSatisfy { $0.contains(marker) },
                      "\(style): later pages send \(marker): \(queries)", file: file, line: line)
    }

    func testListRolesPageByPage() throws {
        try forEachStyle { style in
            var ids: [String] = []
            var cursor: String?
            var pages = 0
            repeat {
                let page = try client.listRoles(perPage: 25, cursor: cursor)
                pages += 1
                XCTAssertLessThanOrEqual(page.data.count, 25)
                XCTAssertEqual(page.total, Int64(seed.rolesTotal), style)
                ids += page.data.compactMap(\.id)
                cursor = page.nextCursor
                if let cursor = cursor {
                    // Opaque, but its form shows which style was followed.
                    XCTAssertEqual(cursor.hasPrefix("page:"), style == "live", cursor)
                }
            } while cursor != nil && pages < 100
            XCTAssertEqual(pages, 5, style)  // 108 roles, 25 a page
            XCTAssertEqual(ids.count, seed.rolesTotal, style)
            XCTAssertEqual(Set(ids).count, seed.rolesTotal, "\(style): no role twice")
            XCTAssertEqual(Array(ids.prefix(seed.roleIds.count)), seed.roleIds, style)
            try assertOneRequestPerPage("/roles", pages: 5, perPage: 25, style: style)
        }
    }

    func testIterRolesFollowsEveryPageLazily() throws {
        try forEachStyle { style in
            let iterator = try client.iterRoles(perPage: 7)
            XCTAssertEqual(iterator.pagesFetched(), 0, "nothing fetched before the first next()")
            XCTAssertEqual(try sandbox.requests().count, 0)
            var results = iterator.results()
            let first = try XCTUnwrap(results.next()).get()
            XCTAssertEqual(first.id, seed.roleIds.first, style)
            XCTAssertEqual(iterator.pagesFetched(), 1)
            XCTAssertEqual(try sandbox.requests().count, 1)

            var all = [first]
            for result in results { all.append(try result.get()) }
            XCTAssertEqual(all.count, seed.rolesTotal, style)
            XCTAssertEqual(Set(all.compactMap(\.id)).count, seed.rolesTotal, style)
            XCTAssertEqual(iterator.pagesFetched(), 16, style)  // ceil(108 / 7)
            XCTAssertNil(try iterator.next(), "stays finished")
            try assertOneRequestPerPage("/roles", pages: 16, perPage: 7, style: style)
        }
    }

    func testIterServiceGroupsAcrossPages() throws {
        try forEachStyle { style in
            let iterator = try client.iterServiceGroups(perPage: 4)
            let all = try iterator.results().map { try $0.get() }
            XCTAssertEqual(all.count, seed.serviceGroupsTotal, style)
            XCTAssertEqual(Set(all.compactMap(\.id)).count, seed.serviceGroupsTotal, style)
            XCTAssertEqual(Array(all.compactMap(\.id).prefix(3)), seed.serviceGroupIds, style)
            XCTAssertEqual(iterator.pagesFetched(), 4, style)  // 13 groups, 4 a page
            try assertOneRequestPerPage("/service-groups", pages: 4, perPage: 4, style: style)
        }
    }

    func testIterUserGroupsAcrossPages() throws {
        try forEachStyle { style in
            let iterator = try client.iterUserGroups(perPage: 5)
            let all = try iterator.all()
            XCTAssertEqual(all.count, seed.userGroupsTotal, style)
            XCTAssertEqual(Set(all.compactMap(\.id)).count, seed.userGroupsTotal, style)
            XCTAssertEqual(Array(all.compactMap(\.id).prefix(3)), seed.userGroupIds, style)
            XCTAssertEqual(iterator.pagesFetched(), 3, style)  // 13 groups, 5 a page
            try assertOneRequestPerPage("/user-groups", pages: 3, perPage: 5, style: style)
        }
    }

    func testListServiceGroupsAndUserGroupsPageByPage() throws {
        try forEachStyle { style in
            let first = try client.listServiceGroups(perPage: 6)
            XCTAssertEqual(first.data.count, 6)
            XCTAssertEqual(first.total, Int64(seed.serviceGroupsTotal), style)
            let second = try client.listServiceGroups(perPage: 6, cursor: XCTUnwrap(first.nextCursor))
            XCTAssertEqual(second.data.count, 6)
            let third = try client.listServiceGroups(perPage: 6, cursor: XCTUnwrap(second.nextCursor))
            XCTAssertEqual(third.data.count, 1)
            XCTAssertNil(third.nextCursor, style)
            XCTAssertEqual(Set((first.data + second.data + third.data).compactMap(\.id)).count, 13, style)
            try assertOneRequestPerPage("/service-groups", pages: 3, perPage: 6, style: style)

            let groups = try client.listUserGroups(perPage: 10)
            XCTAssertEqual(groups.data.count, 10)
            XCTAssertEqual(groups.total, Int64(seed.userGroupsTotal), style)
            let rest = try client.listUserGroups(perPage: 10, cursor: XCTUnwrap(groups.nextCursor))
            XCTAssertEqual(rest.data.count, 3, style)
            XCTAssertNil(rest.nextCursor, style)
            XCTAssertEqual(rest.total, Int64(seed.userGroupsTotal), style)
        }
    }

    func testAWalkEndsOnAFullLastPage() throws {
        try forEachStyle { style in
            // 108 roles: exactly 4 full pages of 27.
            let iterator = try client.iterRoles(perPage: 27)
            XCTAssertEqual(try iterator.all().count, seed.rolesTotal, style)
            XCTAssertEqual(iterator.pagesFetched(), 4, "\(style): no empty page is asked for")
            XCTAssertEqual(try sandbox.attempts("/roles").count, 4, style)
        }
    }

    func testCursorAtTheTopLevelOfTheEnvelope() throws {
        try sandbox.settings(["style": "seed", "cursor_location": "top"])
        let all = try client.iterRoles(perPage: 30).all()
        XCTAssertEqual(all.count, seed.rolesTotal)
        let page = try client.listRoles(perPage: 100)
        XCTAssertNotNil(page.nextCursor)
        XCTAssertFalse(page.nextCursor?.hasPrefix("page:") ?? true)
        XCTAssertEqual(page.total, Int64(seed.rolesTotal))
    }

    func testIteratorSurfacesAnErrorOnALaterPage() throws {
        try forEachStyle { style in
            let iterator = try client.iterRoles(perPage: 50)
            var results = iterator.results()
            for _ in 0..<50 { _ = try XCTUnwrap(results.next()).get() }
            try sandbox.arm(["type": "status", "status": 403], method: "GET", path: "/roles")
            guard case .failure(let failure)? = results.next() else {
                return XCTFail("\(style): the failed page is not a failure")
            }
            let error = failure as? FastlyError
            assertError(error, kind: "Forbidden", status: 403, sentenceStart: "permission denied (HTTP 403)")
            XCTAssertNil(results.next(), "\(style): after a failure the sequence ends")
            XCTAssertNil(try iterator.next(), "\(style): and so does the walk")
        }
    }

    func testAnInvalidCursorIsTheApisToRefuse() throws {
        try sandbox.style("seed")
        let error = expectFastlyError { try client.listRoles(perPage: 5, cursor: "not-a-cursor") }
        XCTAssertEqual(error?.caseName, "BadRequest")
        XCTAssertEqual(error?.status, 400)
    }
}
