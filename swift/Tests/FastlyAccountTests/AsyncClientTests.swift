// AsyncClient end to end against the sandbox: every operation (grouped by resource, each
// with real assertions on what came back and what the sandbox stored), errors by case,
// the lazy AsyncSequence walks, and a check against the generated source that AsyncClient
// declares every operation of Client as `async throws`.
import FastlyAccount
import Foundation
import XCTest

final class AsyncClientTests: SandboxTestCase {
    private var aclient: AsyncClient!
    private let notFound = "not found (HTTP 404)"
    private let auditor = "role-custom-auditor"
    private let deployer = "role-custom-deployer"

    override func setUpWithError() throws {
        try super.setUpWithError()
        aclient = try makeAsyncClient()
    }

    override func tearDown() {
        aclient = nil
        super.tearDown()
    }

    private func assertNotFound<T>(_ body: () async throws -> T, file: StaticString = #filePath, line: UInt = #line) async {
        let error = await expectAsyncFastlyError(body, file: file, line: line)
        assertError(error, kind: "NotFound", status: 404, sentenceStart: notFound, file: file, line: line)
    }

    // MARK: every operation, by resource

    func testCustomerOperations() async throws {
        let current = try await aclient.getCurrentCustomer()
        XCTAssertEqual(current.id, seed.customerId)
        let same = try await aclient.getCustomer(customerId: seed.customerId)
        XCTAssertEqual(same, current)
        let renamed = try await aclient.updateCustomer(customerId: seed.customerId, name: "Renamed by async Swift")
        XCTAssertEqual(renamed.name, "Renamed by async Swift")
        XCTAssertEqual(renamed.ownerId, current.ownerId, "a field not given is left as it was")
        let stored = try await aclient.getCustomer(customerId: seed.customerId)
        XCTAssertEqual(stored.name, "Renamed by async Swift")
        let users = try await aclient.listCustomerUsers(customerId: seed.customerId)
        XCTAssertEqual(users.count, seed.usersTotal)
        XCTAssertTrue(users.contains { $0.id == seed.ownerUserId })
        let tokens = try await aclient.listCustomerTokens(customerId: seed.customerId)
        XCTAssertEqual(tokens.map(\.id), seed.tokenIds)
        try await aclient.deleteCustomer(customerId: seed.customerId)
        XCTAssertEqual(try sandbox.statuses("/customer/\(seed.customerId)", method: "DELETE"), [200])
        await assertNotFound { try await aclient.getCustomer(customerId: seed.customerId) }
    }

    func testUserOperations() async throws {
        let me = try await aclient.getCurrentUser()
        XCTAssertEqual(me.id, seed.ownerUserId)
        XCTAssertEqual(me.login, "owner@example.com")
        let someone = try XCTUnwrap(seed.userIdsByRole["user"]?.first)
        let user = try await aclient.getUser(userId: someone)
        XCTAssertEqual(user.id, someone)
        let updated = try await aclient.updateUser(userId: someone, name: "Async Renamed", locked: true)
        XCTAssertEqual(updated.name, "Async Renamed")
        XCTAssertEqual(updated.locked, true)
        let storedUser = try await aclient.getUser(userId: someone)
        XCTAssertEqual(storedUser.locked, true, "the change is stored")
        let renamedMe = try await aclient.updateCurrentUser(name: "Owner Async")
        XCTAssertEqual(renamedMe.id, seed.ownerUserId)
        XCTAssertEqual(renamedMe.name, "Owner Async")
        let created = try await aclient.createUser(login: "async.newcomer@example.com", name: "Async Newcomer", role: "engineer")
        XCTAssertEqual(created.login, "async.newcomer@example.com")
        XCTAssertEqual(created.role, "engineer")
        let createdId = try XCTUnwrap(created.id)
        try await aclient.requestPasswordReset(userLogin: "owner@example.com")
        let address = try await aclient.createCustomerAddress(addressType: "tax", address1: "2 Side St")
        XCTAssertNotNil(address.id)
        try await aclient.updateCustomerAddress(addressType: "tax", region: "OR")
        let addresses = try await aclient.listCustomerAddresses()
        XCTAssertEqual(addresses.count, 2)
        let contact = try await aclient.createContact(
            customerId: seed.customerId, contactType: "billing", name: "Bill", email: "bill@example.com")
        let contacts = try await aclient.listContacts(customerId: seed.customerId)
        XCTAssertEqual(contacts.count, 3)
        try await aclient.deleteContact(customerId: seed.customerId, contactId: try XCTUnwrap(contact.id))
        let changed = try await aclient.updateUserPassword(oldPassword: "sandbox-owner-password", newPassword: "async-new-password")
        XCTAssertEqual(changed.id, seed.ownerUserId)
        do {
            _ = try await aclient.updateUserPassword(oldPassword: "sandbox-owner-password", newPassword: "x")
            XCTFail("the old password no longer works")
        } catch let error as FastlyError {
            XCTAssertEqual(error.status, 400)
        }
        let answer = try sandbox.control("GET", "password_resets") as? [String: Any]
        let resets = answer?["password_resets"] as? [[String: Any]] ?? []
        XCTAssertEqual(resets.map { $0["user_id"] as? String }, [seed.ownerUserId])
        try await aclient.deleteUser(userId: createdId)
        await assertNotFound { try await aclient.getUser(userId: createdId) }
        let after = try await aclient.listCustomerUsers(customerId: seed.customerId)
        XCTAssertEqual(after.count, seed.usersTotal)
    }

    func testInvitationAndTokenOperations() async throws {
        let invitation = try await aclient.createInvitation(email: "async.person@example.com", role: "engineer")
        XCTAssertEqual(invitation.email, "async.person@example.com")
        XCTAssertEqual(invitation.role, "engineer")
        let invitationId = try XCTUnwrap(invitation.id)
        let first = try await aclient.listInvitations(pageSize: 3)
        XCTAssertEqual(first.data.map(\.id), Array(seed.invitationIds.prefix(3)))
        XCTAssertEqual(first.nextPageNumber, 2)
        let all = try await aclient.iterInvitations(pageSize: 3).all()
        XCTAssertEqual(all.map(\.id), seed.invitationIds + [invitationId])
        try await aclient.deleteInvitation(invitationId: invitationId)
        let left = try await aclient.iterInvitations().all()
        XCTAssertEqual(left.map(\.id), seed.invitationIds)

        let tokens = try await aclient.listTokens()
        XCTAssertEqual(tokens.map(\.id), Array(seed.tokenIds.prefix(2)), "the owner's two tokens")
        let current = try await aclient.getCurrentToken()
        XCTAssertEqual(current.id, seed.selfTokenId)
        let ci = seed.tokenIds[1]
        let token = try await aclient.getToken(tokenId: ci)
        XCTAssertEqual(token.id, ci)
        try await aclient.revokeToken(tokenId: ci)
        await assertNotFound { try await aclient.getToken(tokenId: ci) }
        let revoked = ["tkErinDepx4xCwxxJxx003", "tkUmaPurgx4xCwxxJxx006"]
        try await aclient.bulkRevokeTokens(tokenIds: revoked)
        let remaining = try await aclient.listCustomerTokens(customerId: seed.customerId)
        XCTAssertEqual(remaining.map(\.id), seed.tokenIds.filter { $0 != ci && !revoked.contains($0) })
        try await aclient.revokeCurrentToken()
        let error = await expectAsyncFastlyError { try await aclient.getCurrentUser() }
        assertError(error, kind: "Unauthorized", status: 401, sentenceStart: "the API rejected the token (HTTP 401)")
    }

    func testRoleAndPermissionOperations() async throws {
        let page = try await aclient.listRoles(perPage: 3)
        XCTAssertEqual(page.data.map(\.id), Array(seed.roleIds.prefix(3)))
        let roles = try await aclient.iterRoles(perPage: 3).all()
        XCTAssertEqual(roles.map(\.id), seed.roleIds)
        let role = try await aclient.getRole(roleId: auditor)
        XCTAssertEqual(role.name, "Auditor")
        let iamPage = try await aclient.listIamRoles(limit: 3)
        XCTAssertEqual(iamPage.data.map(\.id), Array(seed.roleIds.prefix(3)))
        let iamRoles = try await aclient.iterIamRoles(limit: 3).all()
        XCTAssertEqual(iamRoles.map(\.id), seed.roleIds)
        let iamRole = try await aclient.getIamRole(roleId: auditor, includePermissions: true)
        XCTAssertEqual(iamRole.permissions, ["user.read", "role.read", "user_group.read"])

        let created = try await aclient.createRole(name: "Async managers", description: "Made by async Swift")
        XCTAssertEqual(created.name, "Async managers")
        XCTAssertEqual(created.custom, true)
        let createdId = try XCTUnwrap(created.id)
        let updated = try await aclient.updateRole(roleId: createdId, description: "Changed")
        XCTAssertEqual(updated.description, "Changed")
        XCTAssertEqual(updated.name, "Async managers")
        try await aclient.deleteRole(roleId: createdId)
        await assertNotFound { try await aclient.getRole(roleId: createdId) }

        let table = try await aclient.listPermissions()
        XCTAssertEqual(table.compactMap(\.id), seed.permissionIds)
        let granted = try await aclient.listRolePermissions(roleId: auditor)
        XCTAssertEqual(granted.count, 3)
        let added = ["perm-service-read"]
        try await aclient.addRolePermissions(roleId: auditor, permissionIds: added)
        let afterAdd = try await aclient.listRolePermissions(roleId: auditor)
        XCTAssertEqual(afterAdd.count, 4)
        XCTAssertTrue(afterAdd.contains { $0.id == "perm-service-read" })
        try await aclient.removeRolePermissions(roleId: auditor, permissionIds: added)
        let afterRemove = try await aclient.listRolePermissions(roleId: auditor)
        XCTAssertEqual(afterRemove, granted)
    }

    func testServiceGroupOperations() async throws {
        let page = try await aclient.listServiceGroups()
        XCTAssertEqual(page.data.compactMap(\.id), seed.serviceGroupIds)
        let created = try await aclient.createServiceGroup(name: "async-services", description: "made by async Swift", services: ["svc-a"])
        XCTAssertEqual(created.name, "async-services")
        XCTAssertEqual(created.servicesCount, 1)
        let createdId = try XCTUnwrap(created.id)
        let walked = try await aclient.iterServiceGroups(perPage: 2).all()
        XCTAssertEqual(walked.compactMap(\.id), seed.serviceGroupIds + [createdId])
        let fetched = try await aclient.getServiceGroup(serviceGroupId: createdId)
        XCTAssertEqual(fetched.name, "async-services")
        let renamed = try await aclient.updateServiceGroup(serviceGroupId: createdId, name: "async-renamed")
        XCTAssertEqual(renamed.name, "async-renamed")
        try await aclient.deleteServiceGroup(serviceGroupId: createdId)
        await assertNotFound { try await aclient.getServiceGroup(serviceGroupId: createdId) }

        let big = seed.multiPageServiceGroupId
        let services = try await aclient.listServiceGroupServices(serviceGroupId: big, perPage: 3)
        XCTAssertEqual(services.data.map(\.id), Array(seed.serviceIds.prefix(3)))
        let allServices = try await aclient.iterServiceGroupServices(serviceGroupId: big, perPage: 3).all()
        XCTAssertEqual(allServices.map(\.id), Array(seed.serviceIds.prefix(12)))
        let two = Array(seed.serviceIds.prefix(2))
        try await aclient.removeServiceGroupServices(serviceGroupId: big, serviceIds: two)
        let afterRemove = try await aclient.getServiceGroup(serviceGroupId: big)
        XCTAssertEqual(afterRemove.servicesCount, 10)
        try await aclient.addServiceGroupServices(serviceGroupId: big, serviceIds: two)
        let afterAdd = try await aclient.getServiceGroup(serviceGroupId: big)
        XCTAssertEqual(afterAdd.servicesCount, 12)
    }

    func testUserGroupOperations() async throws {
        let page = try await aclient.listUserGroups()
        XCTAssertEqual(page.data.compactMap(\.id), seed.userGroupIds)
        let created = try await aclient.createUserGroup(name: "async-users", description: "made by async Swift")
        XCTAssertEqual(created.name, "async-users")
        let createdId = try XCTUnwrap(created.id)
        let walked = try await aclient.iterUserGroups(perPage: 4).all()
        XCTAssertEqual(walked.compactMap(\.id), seed.userGroupIds + [createdId])
        let fetched = try await aclient.getUserGroup(userGroupId: createdId)
        XCTAssertEqual(fetched, created)
        let updated = try await aclient.updateUserGroup(userGroupId: createdId, description: "changed")
        XCTAssertEqual(updated.description, "changed")

        try await aclient.addUserGroupMembers(userGroupId: createdId, userIds: [seed.ownerUserId])
        let members = try await aclient.listUserGroupMembers(userGroupId: createdId)
        XCTAssertEqual(members.data.map(\.id), [seed.ownerUserId])
        let walkedMembers = try await aclient.iterUserGroupMembers(userGroupId: createdId).all()
        XCTAssertEqual(walkedMembers.map(\.id), [seed.ownerUserId])
        try await aclient.removeUserGroupMembers(userGroupId: createdId, userIds: [seed.ownerUserId])
        let noMembers = try await aclient.iterUserGroupMembers(userGroupId: createdId).all()
        XCTAssertEqual(noMembers.count, 0)

        try await aclient.addUserGroupRoles(userGroupId: createdId, roleIds: [auditor])
        let roles = try await aclient.listUserGroupRoles(userGroupId: createdId)
        XCTAssertEqual(roles.data.map(\.id), [auditor])
        let walkedRoles = try await aclient.iterUserGroupRoles(userGroupId: createdId, perPage: 1).all()
        XCTAssertEqual(walkedRoles.map(\.id), [auditor])
        try await aclient.removeUserGroupRoles(userGroupId: createdId, roleIds: [auditor])
        let noRoles = try await aclient.getUserGroup(userGroupId: createdId)
        XCTAssertEqual(noRoles.rolesCount, 0)

        let serviceGroup = seed.serviceGroupIds[0]
        try await aclient.addUserGroupServiceGroups(userGroupId: createdId, serviceGroupIds: [serviceGroup])
        let groups = try await aclient.listUserGroupServiceGroups(userGroupId: createdId)
        XCTAssertEqual(groups.data.map(\.id), [serviceGroup])
        let walkedGroups = try await aclient.iterUserGroupServiceGroups(userGroupId: createdId).all()
        XCTAssertEqual(walkedGroups.map(\.id), [serviceGroup])
        try await aclient.removeUserGroupServiceGroups(userGroupId: createdId, serviceGroupIds: [serviceGroup])
        let noGroups = try await aclient.getUserGroup(userGroupId: createdId)
        XCTAssertEqual(noGroups.serviceGroupsCount, 0)

        try await aclient.deleteUserGroup(userGroupId: createdId)
        await assertNotFound { try await aclient.getUserGroup(userGroupId: createdId) }
    }

    func testClientObject() async throws {
        XCTAssertEqual(aclient.endpoint().trimmingCharacters(in: CharacterSet(charactersIn: "/")),
                       sandbox.url.trimmingCharacters(in: CharacterSet(charactersIn: "/")))
        XCTAssertNil(aclient.rateLimit())
        let reset: Int64 = 1_893_456_000
        try sandbox.arm(["type": "rate_limit", "remaining": 0, "reset": reset], path: "/current_user")
        _ = await expectAsyncFastlyError { try await aclient.getCurrentUser() }
        let limit = try XCTUnwrap(aclient.rateLimit())
        XCTAssertEqual(limit.remaining, 0)
        XCTAssertEqual(limit.reset.map { Int64($0.timeIntervalSince1970) }, reset)
        XCTAssertTrue(String(describing: aclient!).contains("***"))
        assertNoToken(aclient!)
        // The other constructors.
        XCTAssertEqual(try AsyncClient(token: secretToken).endpoint().trimmingCharacters(in: CharacterSet(charactersIn: "/")),
                       "https://api.fastly.com")
        let bad = expectFastlyError { try AsyncClient(token: "") }
        XCTAssertEqual(bad?.caseName, "InvalidArgument")
    }

    /// AsyncClient declares every operation of Client, under the same name, as
    /// `async throws` (the walks, `endpoint()` and `rateLimit()` stay synchronous: they
    /// make no request). Swift cannot list a class's methods at run time, so this reads
    /// the protocols of the generated source the package was built from.
    func testAsyncClientHasEveryOperationOfClient() throws {
        let source = try String(contentsOfFile: URL(fileURLWithPath: #filePath)
            .appendingPathComponent("../../../Sources/FastlyAccount/Generated/FastlyAccount.swift")
            .standardizedFileURL.path, encoding: .utf8)
        func declarations(_ proto: String) throws -> [String: String] {
            let start = try XCTUnwrap(source.range(of: "public protocol \(proto): AnyObject, Sendable {"), proto)
            let end = try XCTUnwrap(source.range(of: "\n}\n", range: start.upperBound..<source.endIndex))
            var found: [String: String] = [:]
            for line in source[start.upperBound..<end.lowerBound].split(separator: "\n") {
                let text = line.trimmingCharacters(in: .whitespaces)
                guard text.hasPrefix("func "), let paren = text.firstIndex(of: "(") else { continue }
                found[String(text[text.index(text.startIndex, offsetBy: 5)..<paren])] = text
            }
            return found
        }
        let blocking = try declarations("ClientProtocol")
        let async = try declarations("AsyncClientProtocol")
        XCTAssertGreaterThanOrEqual(blocking.count, 55, "Client's operations were found")
        XCTAssertEqual(Set(async.keys), Set(blocking.keys), "the same names")
        let synchronous: Set<String> = ["endpoint", "rateLimit"]
        for (name, declaration) in async where !synchronous.contains(name) && !name.hasPrefix("iter") {
            XCTAssertTrue(declaration.contains(") async throws"), declaration)
        }
        for (name, declaration) in async where name.hasPrefix("iter") {
            XCTAssertTrue(declaration.contains("AsyncIterator"), declaration)
        }
    }

    // MARK: errors by case

    func testErrorsByCase() async throws {
        do {
            _ = try await aclient.getUser(userId: "no-such-user")
            XCTFail("expected NotFound")
        } catch FastlyError.NotFound(let status, let detail) {
            XCTAssertEqual(status, 404)
            XCTAssertTrue(detail.contains("no-such-user"), detail)
        }

        try sandbox.arm(["type": "status", "status": 403], path: "/current_user")
        do {
            _ = try await aclient.getCurrentUser()
            XCTFail("expected Forbidden")
        } catch let error as FastlyError {
            guard case .Forbidden(let status, _) = error else { return XCTFail("\(error)") }
            XCTAssertEqual(status, 403)
            XCTAssertEqual(error.status, 403)
            XCTAssertTrue(String(describing: error).hasPrefix("permission denied (HTTP 403): "), "\(error)")
        }

        let reset: Int64 = 1_893_456_000  // 2030-01-01T00:00:00Z
        try sandbox.arm(["type": "rate_limit", "remaining": 0, "reset": reset], path: "/roles")
        do {
            _ = try await aclient.listRoles()
            XCTFail("expected RateLimited")
        } catch FastlyError.RateLimited(let status, _, let remaining, let resetAt) {
            XCTAssertEqual(status, 429)
            XCTAssertEqual(remaining, 0)
            XCTAssertEqual(resetAt.map { Int64($0.timeIntervalSince1970) }, reset)
        }

        try sandbox.arm(["type": "status", "status": 503], path: "/current_user", forever: true)
        let server = await expectAsyncFastlyError { try await aclient.getCurrentUser() }
        assertError(server, kind: "Server", status: 503, sentenceStart: "the API failed (HTTP 503)")
        try sandbox.reset()

        let refused = await expectAsyncFastlyError { try await aclient.createUser(login: "x@example.com", name: "X", role: "wizard") }
        assertError(refused, kind: "InvalidArgument", status: nil, sentenceStart: "invalid argument")
        XCTAssertTrue(refused?.detail.contains("wizard") == true, refused?.detail ?? "")
        XCTAssertThrowsError(try aclient.iterRoles(perPage: -1)) { error in
            XCTAssertEqual((error as? FastlyError)?.caseName, "InvalidArgument")
        }

        let stranger = try makeAsyncClient(token: "not-the-sandbox-token")
        do {
            _ = try await stranger.getCurrentUser()
            XCTFail("expected Unauthorized")
        } catch FastlyError.Unauthorized(let status, let detail) {
            XCTAssertEqual(status, 401)
            XCTAssertFalse(detail.isEmpty)
        }

        try sandbox.arm(["type": "delay", "ms": 3_000], path: "/current_user")
        let quick = try makeAsyncClient(timeout: 0.5, maxRetries: 0)
        let timeout = await expectAsyncFastlyError { try await quick.getCurrentUser() }
        assertError(timeout, kind: "Timeout", status: nil, sentenceStart: "the request timed out")

        let closed = try AsyncClient.withOptions(token: secretToken, endpoint: "http://127.0.0.1:\(try closedLoopbackPort())",
                                                 connectTimeout: 2, maxRetries: 0)
        let connection = await expectAsyncFastlyError { try await closed.getCurrentUser() }
        assertError(connection, kind: "Connection", status: nil, sentenceStart: "network error")
    }

    // MARK: walks as AsyncSequence

    func testAsyncWalkIsLazy() async throws {
        let walk = try aclient.iterRoles(perPage: 3)
        XCTAssertEqual(try sandbox.attempts("/roles").count, 0, "nothing is fetched before the first item")
        let iterator = walk.makeAsyncIterator()
        let first = try await iterator.next()
        XCTAssertEqual(first?.id, seed.roleIds.first)
        XCTAssertEqual(try sandbox.attempts("/roles").count, 1, "the first item needs only the first page")
        XCTAssertEqual(walk.pagesFetched(), 1)
        var rest: [String?] = []
        for try await role in walk {  // continues the same walk
            rest.append(role.id)
        }
        XCTAssertEqual(rest, Array(seed.roleIds.dropFirst()))
        XCTAssertEqual(try sandbox.attempts("/roles").count, 3, "8 roles, 3 per page")
    }

    func testForTryAwaitOverEveryWalk() async throws {
        var roleNames: [String] = []
        for try await role in try aclient.iterRoles(perPage: 2) {
            roleNames.append(role.name ?? "?")
        }
        XCTAssertEqual(roleNames.count, seed.rolesTotal)
        var groups = 0
        for try await _ in try aclient.iterUserGroups(perPage: 2) { groups += 1 }
        XCTAssertEqual(groups, seed.userGroupsTotal)
        var serviceGroups = 0
        for try await _ in try aclient.iterServiceGroups(perPage: 2) { serviceGroups += 1 }
        XCTAssertEqual(serviceGroups, seed.serviceGroupsTotal)
        // An AsyncSequence: its algorithms work too.
        let engineers = try await aclient.iterUserGroupMembers(userGroupId: seed.multiPageUserGroupId, perPage: 3)
            .filter { $0.object == "invitation" }
            .reduce(into: 0) { count, _ in count += 1 }
        XCTAssertEqual(engineers, 1)
    }

    func testAsyncWalkRethrowsAFailedPageAndEnds() async throws {
        try sandbox.arm(["type": "status", "status": 500], method: "GET", path: "/roles", times: 3)
        let walk = try aclient.iterRoles(perPage: 3)
        var seen = 0
        do {
            for try await _ in walk { seen += 1 }
            XCTFail("expected the walk to throw")
        } catch FastlyError.Server(let status, _) {
            XCTAssertEqual(status, 500)
        }
        XCTAssertEqual(seen, 0)
        let after = try await walk.next()
        XCTAssertNil(after, "after an error the walk is over")
    }
}
