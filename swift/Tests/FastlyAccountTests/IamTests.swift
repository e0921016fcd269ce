// The IAM operations beyond the seed (/iam/v1/roles, role writes and permissions, one
// service group and one user group with their sub-lists), end to end against the
// sandbox: each operation once as it succeeds and once as it fails, the lazy walks over
// the sub-lists (one request per page, counted in the sandbox's request log), and the
// rules that tie the lists together.
import FastlyAccount
import Foundation
import XCTest

final class IamTests: SandboxTestCase {
    private let notFound = "not found (HTTP 404)"
    private let badRequest = "the API refused the request as invalid (HTTP 400)"
    private let auditor = "role-custom-auditor"
    private let deployer = "role-custom-deployer"

    /// `sg-production`: 12 services, 4 pages at perPage 3.
    private var bigServiceGroup: String { seed.multiPageServiceGroupId }
    /// `ug-platform`: 6 users and 1 invitation, 3 pages at perPage 3.
    private var bigUserGroup: String { seed.multiPageUserGroupId }

    /// Refused before any request: InvalidArgument, no status, nothing sent.
    @discardableResult
    private func assertRefused<T>(_ body: () throws -> T, file: StaticString = #filePath, line: UInt = #line) throws -> FastlyError? {
        let error = expectFastlyError(body, file: file, line: line)
        assertError(error, kind: "InvalidArgument", status: nil, sentenceStart: "invalid argument", file: file, line: line)
        XCTAssertEqual(try sandbox.requests().count, 0, "nothing reached the API", file: file, line: line)
        return error
    }

    private func assertNotFound<T>(_ body: () throws -> T, file: StaticString = #filePath, line: UInt = #line) {
        let error = expectFastlyError(body, file: file, line: line)
        assertError(error, kind: "NotFound", status: 404, sentenceStart: notFound, file: file, line: line)
    }

    private func assertBadRequest<T>(_ body: () throws -> T, file: StaticString = #filePath, line: UInt = #line) {
        let error = expectFastlyError(body, file: file, line: line)
        assertError(error, kind: "BadRequest", status: 400, sentenceStart: badRequest, file: file, line: line)
    }

    /// How many `GET path` the sandbox answered so far.
    private func pages(_ path: String) throws -> Int {
        try sandbox.attempts(path).count
    }

    // MARK: /iam/v1/roles

    func testListIamRolesFollowsItsCursor() throws {
        let first = try client.listIamRoles(limit: 3)
        XCTAssertEqual(first.data.map(\.id), Array(seed.roleIds.prefix(3)))
        let superuser = try XCTUnwrap(first.data.first)
        XCTAssertEqual(superuser.name, "Superuser")
        XCTAssertEqual(superuser.displayName, "Superuser")
        XCTAssertNil(superuser.permissions, "no permissions unless asked for")
        let cursor = try XCTUnwrap(first.nextCursor)
        let second = try client.listIamRoles(limit: 3, cursor: cursor)
        XCTAssertEqual(second.data.map(\.id), Array(seed.roleIds[3..<6]))
        let query = try XCTUnwrap(sandbox.attempts("/iam/v1/roles").last?["query"] as? String)
        XCTAssertTrue(query.contains("limit=3") && query.contains("cursor="), query)
    }

    func testListIamRolesRefusesANegativeLimitAndAForeignCursor() throws {
        let error = try assertRefused { try client.listIamRoles(limit: -1) }
        XCTAssertTrue(error?.detail.contains("limit") == true, error?.detail ?? "")
        assertBadRequest { try client.listIamRoles(cursor: "not-a-cursor-of-this-list") }
    }

    func testIamRolesAndRolesNameTheSameRoles() throws {
        let iam = try client.iterIamRoles().all()
        let classic = try client.iterRoles().all()
        XCTAssertEqual(iam.map(\.id), seed.roleIds)
        XCTAssertEqual(iam.map(\.id), classic.map(\.id))
        XCTAssertEqual(iam.map(\.name), classic.map(\.name))
        XCTAssertEqual(iam.map(\.description), classic.map(\.description))
    }

    func testIterIamRolesFetchesOnePageAtATime() throws {
        let walk = try client.iterIamRoles(limit: 3)
        XCTAssertEqual(try pages("/iam/v1/roles"), 0, "nothing is fetched before the first item")
        var results = walk.results()
        XCTAssertEqual(try XCTUnwrap(results.next()).get().id, seed.roleIds.first)
        XCTAssertEqual(try pages("/iam/v1/roles"), 1)
        XCTAssertEqual(walk.pagesFetched(), 1)
        var rest: [String?] = []
        while let result = results.next() {
            rest.append(try result.get().id)
        }
        XCTAssertEqual(rest, Array(seed.roleIds.dropFirst()))
        XCTAssertEqual(try pages("/iam/v1/roles"), 3, "8 roles, 3 per page")
        XCTAssertEqual(walk.pagesFetched(), 3)
    }

    func testIterIamRolesRefusesANegativeLimit() throws {
        try assertRefused { try client.iterIamRoles(limit: -3) }
    }

    func testGetIamRoleWithAndWithoutPermissions() throws {
        let bare = try client.getIamRole(roleId: auditor)
        XCTAssertEqual(bare.name, "Auditor")
        XCTAssertNil(bare.permissions)
        let full = try client.getIamRole(roleId: auditor, includePermissions: true)
        XCTAssertEqual(full.permissions, ["user.read", "role.read", "user_group.read"])
        let query = try XCTUnwrap(sandbox.attempts("/iam/v1/roles/\(auditor)").last?["query"] as? String)
        XCTAssertTrue(query.contains("include=permissions"), query)
    }

    func testGetIamRoleUnknownIdIsNotFound() {
        assertNotFound { try client.getIamRole(roleId: "role-no-such-role", includePermissions: true) }
    }

    // MARK: role writes and permissions

    func testCreateRoleIsListedLastByBothRoleLists() throws {
        let role = try client.createRole(name: "Release managers", description: "Ship it")
        XCTAssertNotNil(role.id)
        XCTAssertEqual(role.name, "Release managers")
        XCTAssertEqual(role.description, "Ship it")
        XCTAssertEqual(role.custom, true)
        XCTAssertEqual(role.permissionsCount, 0)
        XCTAssertEqual(try client.iterRoles().all().last?.id, role.id)
        XCTAssertEqual(try client.iterIamRoles().all().last?.id, role.id)
        XCTAssertEqual(try sandbox.statuses("/roles", method: "POST"), [201])
    }

    func testCreateRoleWithAnEmptyNameSendsNoRequest() throws {
        try assertRefused { try client.createRole(name: " ") }
    }

    func testUpdateRoleChangesOnlyTheGivenFields() throws {
        let updated = try client.updateRole(roleId: deployer, description: "Deploys the edge")
        XCTAssertEqual(updated.description, "Deploys the edge")
        XCTAssertEqual(updated.name, try client.getRole(roleId: deployer).name, "a field not given is left as it was")
        XCTAssertEqual(try client.getRole(roleId: deployer).description, "Deploys the edge", "the change is stored")
        XCTAssertEqual(try client.getIamRole(roleId: deployer).description, "Deploys the edge")
        XCTAssertEqual(try client.updateRole(roleId: deployer, name: "Deployer").name, "Deployer")
    }

    func testUpdateRoleWithNothingToUpdateSendsNoRequest() throws {
        let error = try assertRefused { try client.updateRole(roleId: deployer) }
        XCTAssertTrue(error?.detail.contains("nothing to update") == true, error?.detail ?? "")
        assertNotFound { try client.updateRole(roleId: "role-no-such-role", name: "x") }
    }

    func testDeleteRoleRemovesItFromBothListsAndFromUserGroups() throws {
        XCTAssertTrue(try client.iterUserGroupRoles(userGroupId: bigUserGroup).all().contains { $0.id == "role-engineer" })
        try client.deleteRole(roleId: "role-engineer")
        assertNotFound { try client.getRole(roleId: "role-engineer") }
        assertNotFound { try client.getIamRole(roleId: "role-engineer") }
        XCTAssertFalse(try client.iterRoles().all().contains { $0.id == "role-engineer" })
        XCTAssertFalse(try client.iterIamRoles().all().contains { $0.id == "role-engineer" })
        XCTAssertEqual(try client.iterUserGroupRoles(userGroupId: bigUserGroup).all().map(\.id), ["role-tls-admin"])
        XCTAssertEqual(try client.getUserGroup(userGroupId: bigUserGroup).rolesCount, 1)
        XCTAssertEqual(try sandbox.statuses("/roles/role-engineer", method: "DELETE"), [204])
    }

    func testDeleteRoleUnknownIdIsNotFound() {
        assertNotFound { try client.deleteRole(roleId: "role-no-such-role") }
    }

    func testListRolePermissions() throws {
        let permissions = try client.listRolePermissions(roleId: deployer)
        XCTAssertEqual(permissions.map(\.name), [
            "service.read", "service_version.read", "service_version.activate", "service_version.deactivate", "purge.all",
        ])
        let read = try XCTUnwrap(permissions.first)
        XCTAssertEqual(read.id, "perm-service-read")
        XCTAssertEqual(read.scope, "service")
        XCTAssertEqual(read.resourceName, "Service")
        XCTAssertNotNil(read.description)
        XCTAssertNotNil(read.resourceDescription)
        XCTAssertEqual(read.object, "permission")
        XCTAssertEqual(read.extra, [:], "every member of a permission is modelled")
        XCTAssertEqual(try client.getRole(roleId: deployer).permissionsCount, Int64(permissions.count))
    }

    func testListRolePermissionsUnknownRoleIsNotFound() {
        assertNotFound { try client.listRolePermissions(roleId: "role-no-such-role") }
    }

    func testARolesPermissionsComeFromListPermissions() throws {
        let table = try client.listPermissions()
        XCTAssertEqual(table.map(\.id), seed.permissionIds)
        XCTAssertEqual(table.count, 212)
        var byId: [String: Permission] = [:]
        for permission in table {
            byId[permission.id ?? ""] = permission
        }
        for role in ["role-superuser", "role-engineer", auditor, deployer] {
            let granted = try client.listRolePermissions(roleId: role)
            XCTAssertFalse(granted.isEmpty, role)
            for permission in granted {
                XCTAssertEqual(byId[permission.id ?? ""], permission, "\(role) grants a permission of the table")
            }
        }
        XCTAssertEqual(try client.listRolePermissions(roleId: "role-superuser"), table, "the superuser has them all")
        let names = try client.getIamRole(roleId: auditor, includePermissions: true).permissions
        XCTAssertEqual(names, try client.listRolePermissions(roleId: auditor).compactMap(\.name), "/iam/v1 names the same permissions")
    }

    func testListPermissionsWithABadKeyIsUnauthorized() throws {
        let stranger = try makeClient(token: "not-the-sandbox-token")
        let error = expectFastlyError { try stranger.listPermissions() }
        assertError(error, kind: "Unauthorized", status: 401, sentenceStart: "the API rejected the token (HTTP 401)")
    }

    func testAddRolePermissionsGrantsThem() throws {
        let added = ["perm-backend-create", "perm-user-read"]
        try client.addRolePermissions(roleId: auditor, permissionIds: added)
        let ids = try client.listRolePermissions(roleId: auditor).compactMap(\.id)
        XCTAssertTrue(Set(added).isSubset(of: Set(ids)), "\(ids)")
        XCTAssertEqual(ids.count, 4, "backend.create is new; user.read was there and is kept once")
        XCTAssertEqual(try client.getRole(roleId: auditor).permissionsCount, 4)
        XCTAssertEqual(try sandbox.statuses("/roles/\(auditor)/permissions", method: "POST"), [201])
    }

    func testAddRolePermissionsRefusesEmptyAndUnknownIds() throws {
        try assertRefused { try client.addRolePermissions(roleId: auditor, permissionIds: []) }
        try assertRefused { try client.addRolePermissions(roleId: auditor, permissionIds: [""]) }
        assertBadRequest { try client.addRolePermissions(roleId: auditor, permissionIds: ["perm-service-read", "perm-no-such"]) }
        XCTAssertEqual(try client.listRolePermissions(roleId: auditor).count, 3, "a refused request changes nothing")
    }

    func testRemoveRolePermissionsTakesThemAway() throws {
        try client.removeRolePermissions(roleId: deployer, permissionIds: ["perm-purge-all"])
        XCTAssertFalse(try client.listRolePermissions(roleId: deployer).contains { $0.id == "perm-purge-all" })
        XCTAssertEqual(try client.getRole(roleId: deployer).permissionsCount, 4)
        XCTAssertEqual(try sandbox.statuses("/roles/\(deployer)/permissions", method: "DELETE"), [204])
    }

    func testRemoveRolePermissionsErrors() throws {
        try assertRefused { try client.removeRolePermissions(roleId: deployer, permissionIds: []) }
        assertNotFound { try client.removeRolePermissions(roleId: "role-no-such-role", permissionIds: ["perm-purge-all"]) }
    }

    // MARK: one service group

    func testGetServiceGroup() throws {
        let group = try client.getServiceGroup(serviceGroupId: bigServiceGroup)
        XCTAssertEqual(group.id, bigServiceGroup)
        XCTAssertEqual(group.name, "Production")
        XCTAssertEqual(group.servicesCount, 12)
        XCTAssertEqual(group.object, "service_group")
        XCTAssertEqual(group.extra["customer_id"], "\"\(seed.customerId)\"", "unmodelled members are kept as JSON")
    }

    func testGetServiceGroupUnknownIdIsNotFound() throws {
        try assertRefused { try client.getServiceGroup(serviceGroupId: "") }
        assertNotFound { try client.getServiceGroup(serviceGroupId: "sg-no-such-group") }
    }

    func testUpdateServiceGroup() throws {
        let updated = try client.updateServiceGroup(serviceGroupId: bigServiceGroup, name: "Prod")
        XCTAssertEqual(updated.name, "Prod")
        XCTAssertEqual(updated.description, "Customer-facing services.", "a field not given is left as it was")
        XCTAssertEqual(try client.getServiceGroup(serviceGroupId: bigServiceGroup).name, "Prod")
    }

    func testUpdateServiceGroupErrors() throws {
        try assertRefused { try client.updateServiceGroup(serviceGroupId: bigServiceGroup) }
        assertNotFound { try client.updateServiceGroup(serviceGroupId: "sg-no-such-group", description: "x") }
    }

    func testDeleteServiceGroupRemovesItFromEveryUserGroup() throws {
        let staging = "sg-staging"
        var reaching: [String] = []
        for group in try client.iterUserGroups().all() {
            let id = try XCTUnwrap(group.id)
            if try client.iterUserGroupServiceGroups(userGroupId: id).all().contains(where: { $0.id == staging }) {
                reaching.append(id)
            }
        }
        XCTAssertEqual(reaching, [bigUserGroup, "ug-contractors"])
        try client.deleteServiceGroup(serviceGroupId: staging)
        assertNotFound { try client.getServiceGroup(serviceGroupId: staging) }
        XCTAssertFalse(try client.iterServiceGroups().all().contains { $0.id == staging })
        for group in reaching {
            XCTAssertFalse(try client.iterUserGroupServiceGroups(userGroupId: group).all().contains { $0.id == staging }, group)
        }
        XCTAssertEqual(try client.getUserGroup(userGroupId: bigUserGroup).serviceGroupsCount, 1)
        XCTAssertEqual(try client.getUserGroup(userGroupId: "ug-contractors").serviceGroupsCount, 0)
    }

    func testDeleteServiceGroupUnknownIdIsNotFound() {
        assertNotFound { try client.deleteServiceGroup(serviceGroupId: "sg-no-such-group") }
    }

    func testListServiceGroupServicesByPage() throws {
        let first = try client.listServiceGroupServices(serviceGroupId: bigServiceGroup, perPage: 3)
        XCTAssertEqual(first.data.map(\.id), Array(seed.serviceIds.prefix(3)))
        XCTAssertEqual(first.total, 12)
        let www = first.data[0]
        XCTAssertEqual(www.name, "www.example.com")
        XCTAssertEqual(www.serviceType, "vcl", "the JSON member `type`")
        XCTAssertNotNil(www.createdAt)
        XCTAssertEqual(first.data[1].serviceType, "wasm")
        let cursor = try XCTUnwrap(first.nextCursor)
        let second = try client.listServiceGroupServices(serviceGroupId: bigServiceGroup, perPage: 3, cursor: cursor)
        XCTAssertEqual(second.data.map(\.id), Array(seed.serviceIds[3..<6]))
    }

    func testListServiceGroupServicesErrors() throws {
        try assertRefused { try client.listServiceGroupServices(serviceGroupId: bigServiceGroup, perPage: -1) }
        assertNotFound { try client.listServiceGroupServices(serviceGroupId: "sg-no-such-group") }
    }

    func testIterServiceGroupServicesFetchesOnePageAtATime() throws {
        let path = "/service-groups/\(bigServiceGroup)/services"
        let walk = try client.iterServiceGroupServices(serviceGroupId: bigServiceGroup, perPage: 3)
        XCTAssertEqual(try pages(path), 0, "nothing is fetched before the first item")
        var seen: [String?] = []
        for _ in 0..<3 {
            seen.append(try XCTUnwrap(walk.next()).id)
        }
        XCTAssertEqual(try pages(path), 1, "the first page holds the first three")
        seen.append(try XCTUnwrap(walk.next()).id)
        XCTAssertEqual(try pages(path), 2, "the fourth needs the second page")
        XCTAssertEqual(walk.pagesFetched(), 2)
        seen += try walk.all().map(\.id)
        XCTAssertEqual(seen, Array(seed.serviceIds.prefix(12)), "every service once, in order")
        XCTAssertEqual(try pages(path), 4, "12 services, 3 per page: one request per page")
        XCTAssertEqual(walk.pagesFetched(), 4)
        XCTAssertNil(try walk.next(), "the walk stays over")
    }

    func testIterServiceGroupServicesErrors() throws {
        try assertRefused { try client.iterServiceGroupServices(serviceGroupId: bigServiceGroup, perPage: -2) }
        let walk = try client.iterServiceGroupServices(serviceGroupId: "sg-no-such-group")
        assertNotFound { try walk.next() }
        XCTAssertNil(try walk.next(), "after an error the walk is over")
    }

    func testAddServiceGroupServicesListsThem() throws {
        let free = Array(seed.serviceIds.suffix(2))
        try client.addServiceGroupServices(serviceGroupId: "sg-internal-tools", serviceIds: free)
        XCTAssertEqual(try client.iterServiceGroupServices(serviceGroupId: "sg-internal-tools").all().map(\.id), free)
        XCTAssertEqual(try client.getServiceGroup(serviceGroupId: "sg-internal-tools").servicesCount, 2)
        XCTAssertEqual(try sandbox.statuses("/service-groups/sg-internal-tools/services", method: "POST"), [201])
    }

    func testAddServiceGroupServicesRefusesEmptyAndUnknownIds() throws {
        try assertRefused { try client.addServiceGroupServices(serviceGroupId: "sg-internal-tools", serviceIds: []) }
        assertBadRequest { try client.addServiceGroupServices(serviceGroupId: "sg-internal-tools", serviceIds: ["svcNoSuchService"]) }
        XCTAssertEqual(try client.getServiceGroup(serviceGroupId: "sg-internal-tools").servicesCount, 0, "a refused request changes nothing")
    }

    func testRemoveServiceGroupServicesTakesThemOut() throws {
        try client.removeServiceGroupServices(serviceGroupId: bigServiceGroup, serviceIds: Array(seed.serviceIds.prefix(2)))
        XCTAssertEqual(try client.iterServiceGroupServices(serviceGroupId: bigServiceGroup).all().map(\.id), Array(seed.serviceIds[2..<12]))
        XCTAssertEqual(try client.getServiceGroup(serviceGroupId: bigServiceGroup).servicesCount, 10)
        XCTAssertEqual(try sandbox.statuses("/service-groups/\(bigServiceGroup)/services", method: "DELETE"), [204])
    }

    func testRemoveServiceGroupServicesErrors() throws {
        try assertRefused { try client.removeServiceGroupServices(serviceGroupId: bigServiceGroup, serviceIds: []) }
        assertNotFound { try client.removeServiceGroupServices(serviceGroupId: "sg-no-such-group", serviceIds: Array(seed.serviceIds.prefix(1))) }
    }

    // MARK: one user group

    func testGetUserGroup() throws {
        let group = try client.getUserGroup(userGroupId: bigUserGroup)
        XCTAssertEqual(group.name, "Platform team")
        XCTAssertEqual(group.usersCount, 6)
        XCTAssertEqual(group.invitationsCount, 1)
        XCTAssertEqual(group.rolesCount, 2)
        XCTAssertEqual(group.serviceGroupsCount, 2)
    }

    func testGetUserGroupUnknownIdIsNotFound() {
        assertNotFound { try client.getUserGroup(userGroupId: "ug-no-such-group") }
    }

    func testUpdateUserGroup() throws {
        let updated = try client.updateUserGroup(userGroupId: "ug-finance", name: "Finance", description: "Pays the bills")
        XCTAssertEqual(updated.name, "Finance")
        XCTAssertEqual(updated.description, "Pays the bills")
        XCTAssertEqual(try client.getUserGroup(userGroupId: "ug-finance"), updated, "the change is stored")
    }

    func testUpdateUserGroupErrors() throws {
        try assertRefused { try client.updateUserGroup(userGroupId: "ug-finance") }
        try assertRefused { try client.updateUserGroup(userGroupId: "ug-finance", name: "") }
        assertNotFound { try client.updateUserGroup(userGroupId: "ug-no-such-group", name: "x") }
    }

    func testDeleteUserGroup() throws {
        try client.deleteUserGroup(userGroupId: "ug-finance")
        assertNotFound { try client.getUserGroup(userGroupId: "ug-finance") }
        XCTAssertFalse(try client.iterUserGroups().all().contains { $0.id == "ug-finance" })
        XCTAssertEqual(try sandbox.statuses("/user-groups/ug-finance", method: "DELETE"), [204])
    }

    func testDeleteUserGroupUnknownIdIsNotFound() {
        assertNotFound { try client.deleteUserGroup(userGroupId: "ug-no-such-group") }
    }

    func testListUserGroupMembersHoldsUsersAndInvitations() throws {
        let first = try client.listUserGroupMembers(userGroupId: bigUserGroup, perPage: 3)
        XCTAssertEqual(first.total, 7)
        XCTAssertEqual(first.data.count, 3)
        let erin = try XCTUnwrap(first.data.first)
        XCTAssertEqual(erin.object, "user")
        XCTAssertEqual(erin.login, "erin@example.com")
        XCTAssertEqual(erin.role, "engineer")
        let cursor = try XCTUnwrap(first.nextCursor)
        let second = try client.listUserGroupMembers(userGroupId: bigUserGroup, perPage: 3, cursor: cursor)
        let nina = try XCTUnwrap(second.data.first)
        XCTAssertEqual(nina.object, "invitation")
        XCTAssertEqual(nina.id, seed.invitationIds.first)
        XCTAssertEqual(nina.email, "nina@example.com")
        XCTAssertNil(nina.login)
        XCTAssertNil(nina.name)
        XCTAssertEqual(nina.role, "engineer")
    }

    func testListUserGroupMembersErrors() throws {
        try assertRefused { try client.listUserGroupMembers(userGroupId: bigUserGroup, perPage: -1) }
        assertNotFound { try client.listUserGroupMembers(userGroupId: "ug-no-such-group") }
    }

    func testIterUserGroupMembersFetchesOnePageAtATime() throws {
        let path = "/user-groups/\(bigUserGroup)/members"
        let walk = try client.iterUserGroupMembers(userGroupId: bigUserGroup, perPage: 3)
        XCTAssertEqual(try pages(path), 0, "nothing is fetched before the first item")
        var results = walk.results()
        XCTAssertEqual(try XCTUnwrap(results.next()).get().login, "erin@example.com")
        XCTAssertEqual(try pages(path), 1)
        XCTAssertEqual(walk.pagesFetched(), 1)
        var rest: [UserGroupMember] = []
        while let result = results.next() {
            rest.append(try result.get())
        }
        XCTAssertEqual(rest.count, 6)
        XCTAssertEqual(rest.filter { $0.object != "user" }.map(\.object), ["invitation"])
        XCTAssertEqual(try pages(path), 3, "7 members, 3 per page: one request per page")
        XCTAssertEqual(walk.pagesFetched(), 3)
    }

    func testIterUserGroupMembersErrors() throws {
        try assertRefused { try client.iterUserGroupMembers(userGroupId: bigUserGroup, perPage: -1) }
        assertNotFound { try client.iterUserGroupMembers(userGroupId: "ug-no-such-group").next() }
    }

    func testAddingAMemberRaisesUsersCountAndListsIt() throws {
        let newcomer = try XCTUnwrap(seed.userIdsByRole["user"]?.first)
        XCTAssertEqual(try client.getUserGroup(userGroupId: "ug-finance").usersCount, 2)
        try client.addUserGroupMembers(userGroupId: "ug-finance", userIds: [newcomer], invitationIds: [seed.invitationIds[1]])
        let after = try client.getUserGroup(userGroupId: "ug-finance")
        XCTAssertEqual(after.usersCount, 3)
        XCTAssertEqual(after.invitationsCount, 1)
        let members = try client.iterUserGroupMembers(userGroupId: "ug-finance").all()
        XCTAssertEqual(members.suffix(2).map(\.id), [newcomer, seed.invitationIds[1]])
        XCTAssertEqual(try sandbox.statuses("/user-groups/ug-finance/members", method: "POST"), [201])
        let engineer = try XCTUnwrap(seed.userIdsByRole["engineer"]?.first)
        try client.addUserGroupMembers(userGroupId: "ug-finance", userIds: [engineer])
        XCTAssertEqual(try client.getUserGroup(userGroupId: "ug-finance").usersCount, 4)
    }

    func testAddUserGroupMembersRefusesNoMembersAndUnknownIds() throws {
        try assertRefused { try client.addUserGroupMembers(userGroupId: "ug-finance") }
        try assertRefused { try client.addUserGroupMembers(userGroupId: "ug-finance", userIds: [], invitationIds: []) }
        assertBadRequest { try client.addUserGroupMembers(userGroupId: "ug-finance", userIds: ["no-such-user"]) }
        let user = try XCTUnwrap(seed.userIdsByRole["user"]?.first)
        assertBadRequest { try client.addUserGroupMembers(userGroupId: "ug-finance", invitationIds: [user]) }
        XCTAssertEqual(try client.getUserGroup(userGroupId: "ug-finance").usersCount, 2, "a refused request changes nothing")
    }

    func testRemoveUserGroupMembers() throws {
        try client.removeUserGroupMembers(userGroupId: bigUserGroup, invitationIds: [seed.invitationIds[0]])
        let group = try client.getUserGroup(userGroupId: bigUserGroup)
        XCTAssertEqual(group.invitationsCount, 0)
        XCTAssertEqual(group.usersCount, 6)
        XCTAssertFalse(try client.iterUserGroupMembers(userGroupId: bigUserGroup).all().contains { $0.object == "invitation" })
        XCTAssertEqual(try sandbox.statuses("/user-groups/\(bigUserGroup)/members", method: "DELETE"), [204])
    }

    func testRemoveUserGroupMembersErrors() throws {
        try assertRefused { try client.removeUserGroupMembers(userGroupId: bigUserGroup) }
        assertNotFound { try client.removeUserGroupMembers(userGroupId: "ug-no-such-group", userIds: [seed.ownerUserId]) }
    }

    func testListUserGroupRoles() throws {
        let page = try client.listUserGroupRoles(userGroupId: bigUserGroup)
        XCTAssertEqual(page.data.map(\.id), ["role-engineer", "role-tls-admin"])
        XCTAssertEqual(page.total, 2)
        XCTAssertNil(page.nextCursor)
        XCTAssertEqual(page.data.first, try client.getRole(roleId: "role-engineer"), "the role as getRole serves it")
    }

    func testListUserGroupRolesErrors() throws {
        try assertRefused { try client.listUserGroupRoles(userGroupId: bigUserGroup, perPage: -1) }
        assertNotFound { try client.listUserGroupRoles(userGroupId: "ug-no-such-group") }
    }

    func testIterUserGroupRolesFetchesOnePageAtATime() throws {
        let path = "/user-groups/\(bigUserGroup)/roles"
        let walk = try client.iterUserGroupRoles(userGroupId: bigUserGroup, perPage: 1)
        XCTAssertEqual(try pages(path), 0)
        XCTAssertEqual(try walk.next()?.id, "role-engineer")
        XCTAssertEqual(try pages(path), 1)
        XCTAssertEqual(try walk.all().map(\.id), ["role-tls-admin"])
        XCTAssertEqual(try pages(path), 2, "2 roles, 1 per page")
        XCTAssertEqual(walk.pagesFetched(), 2)
    }

    func testIterUserGroupRolesErrors() throws {
        try assertRefused { try client.iterUserGroupRoles(userGroupId: bigUserGroup, perPage: -1) }
        assertNotFound { try client.iterUserGroupRoles(userGroupId: "ug-no-such-group").next() }
    }

    func testAddUserGroupRoles() throws {
        try client.addUserGroupRoles(userGroupId: "ug-finance", roleIds: [auditor])
        XCTAssertEqual(try client.iterUserGroupRoles(userGroupId: "ug-finance").all().map(\.id), ["role-billing", auditor])
        XCTAssertEqual(try client.getUserGroup(userGroupId: "ug-finance").rolesCount, 2)
        XCTAssertEqual(try sandbox.statuses("/user-groups/ug-finance/roles", method: "POST"), [201])
    }

    func testAddUserGroupRolesRefusesEmptyAndUnknownIds() throws {
        try assertRefused { try client.addUserGroupRoles(userGroupId: "ug-finance", roleIds: []) }
        assertBadRequest { try client.addUserGroupRoles(userGroupId: "ug-finance", roleIds: ["role-no-such-role"]) }
        XCTAssertEqual(try client.getUserGroup(userGroupId: "ug-finance").rolesCount, 1)
    }

    func testRemovingARoleFromAGroupRemovesItFromItsRoles() throws {
        try client.removeUserGroupRoles(userGroupId: bigUserGroup, roleIds: ["role-tls-admin"])
        XCTAssertEqual(try client.iterUserGroupRoles(userGroupId: bigUserGroup).all().map(\.id), ["role-engineer"])
        XCTAssertEqual(try client.getUserGroup(userGroupId: bigUserGroup).rolesCount, 1)
        XCTAssertEqual(try client.getRole(roleId: "role-tls-admin").id, "role-tls-admin", "the role itself stays")
        XCTAssertEqual(try sandbox.statuses("/user-groups/\(bigUserGroup)/roles", method: "DELETE"), [204])
    }

    func testRemoveUserGroupRolesErrors() throws {
        try assertRefused { try client.removeUserGroupRoles(userGroupId: bigUserGroup, roleIds: ["role-tls-admin", ""]) }
        assertNotFound { try client.removeUserGroupRoles(userGroupId: "ug-no-such-group", roleIds: ["role-tls-admin"]) }
    }

    func testListUserGroupServiceGroups() throws {
        let page = try client.listUserGroupServiceGroups(userGroupId: bigUserGroup)
        XCTAssertEqual(page.data.map(\.id), [bigServiceGroup, "sg-staging"])
        XCTAssertEqual(page.total, 2)
        XCTAssertEqual(page.data.first, try client.getServiceGroup(serviceGroupId: bigServiceGroup), "the group as getServiceGroup serves it")
    }

    func testListUserGroupServiceGroupsErrors() throws {
        try assertRefused { try client.listUserGroupServiceGroups(userGroupId: bigUserGroup, perPage: -1) }
        assertNotFound { try client.listUserGroupServiceGroups(userGroupId: "ug-no-such-group") }
    }

    func testIterUserGroupServiceGroupsFetchesOnePageAtATime() throws {
        let path = "/user-groups/\(bigUserGroup)/service-groups"
        let walk = try client.iterUserGroupServiceGroups(userGroupId: bigUserGroup, perPage: 1)
        XCTAssertEqual(try pages(path), 0)
        XCTAssertEqual(try walk.next()?.id, bigServiceGroup)
        XCTAssertEqual(try pages(path), 1)
        XCTAssertEqual(try walk.all().map(\.id), ["sg-staging"])
        XCTAssertEqual(try pages(path), 2, "2 service groups, 1 per page")
        XCTAssertEqual(walk.pagesFetched(), 2)
    }

    func testIterUserGroupServiceGroupsErrors() throws {
        try assertRefused { try client.iterUserGroupServiceGroups(userGroupId: bigUserGroup, perPage: -1) }
        assertNotFound { try client.iterUserGroupServiceGroups(userGroupId: "ug-no-such-group").next() }
    }

    func testAddUserGroupServiceGroups() throws {
        try client.addUserGroupServiceGroups(userGroupId: "ug-finance", serviceGroupIds: ["sg-internal-tools"])
        XCTAssertEqual(try client.iterUserGroupServiceGroups(userGroupId: "ug-finance").all().map(\.id), ["sg-internal-tools"])
        XCTAssertEqual(try client.getUserGroup(userGroupId: "ug-finance").serviceGroupsCount, 1)
        XCTAssertEqual(try sandbox.statuses("/user-groups/ug-finance/service-groups", method: "POST"), [201])
    }

    func testAddUserGroupServiceGroupsRefusesEmptyAndUnknownIds() throws {
        try assertRefused { try client.addUserGroupServiceGroups(userGroupId: "ug-finance", serviceGroupIds: []) }
        assertBadRequest { try client.addUserGroupServiceGroups(userGroupId: "ug-finance", serviceGroupIds: ["sg-no-such-group"]) }
        XCTAssertEqual(try client.getUserGroup(userGroupId: "ug-finance").serviceGroupsCount, 0)
    }

    func testRemoveUserGroupServiceGroups() throws {
        try client.removeUserGroupServiceGroups(userGroupId: bigUserGroup, serviceGroupIds: ["sg-staging"])
        XCTAssertEqual(try client.iterUserGroupServiceGroups(userGroupId: bigUserGroup).all().map(\.id), [bigServiceGroup])
        XCTAssertEqual(try client.getUserGroup(userGroupId: bigUserGroup).serviceGroupsCount, 1)
        XCTAssertEqual(try client.getServiceGroup(serviceGroupId: "sg-staging").id, "sg-staging", "the service group itself stays")
    }

    func testRemoveUserGroupServiceGroupsErrors() throws {
        try assertRefused { try client.removeUserGroupServiceGroups(userGroupId: bigUserGroup, serviceGroupIds: []) }
        assertNotFound { try client.removeUserGroupServiceGroups(userGroupId: "ug-no-such-group", serviceGroupIds: ["sg-staging"]) }
    }
}
