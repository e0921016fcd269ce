// Every operation of the API, end to end against the sandbox, through the Swift API.
import FastlyAccount
import Foundation
import XCTest

final class OperationTests: SandboxTestCase {
    // MARK: customer

    func testGetCurrentCustomer() throws {
        let customer = try client.getCurrentCustomer()
        XCTAssertEqual(customer.id, seed.customerId)
        XCTAssertEqual(customer.name, "Example Corp")
        XCTAssertEqual(customer.ownerId, seed.ownerUserId)
        XCTAssertEqual(customer.pricingPlan, "Developer")
        XCTAssertEqual(customer.canConfigureWordpress, false)
        XCTAssertNil(customer.legalContactId, "null in the seed stays nil")
        XCTAssertNil(customer.technicalContactId)
        XCTAssertEqual(customer.securityContactId, seed.ownerUserId)
        // Timestamps arrive as real dates, not strings.
        let created = try XCTUnwrap(customer.createdAt)
        XCTAssertLessThan(created, Date())
        XCTAssertGreaterThan(created, Date(timeIntervalSince1970: 946_684_800))  // after 2000
    }

    func testGetCustomer() throws {
        let customer = try client.getCustomer(customerId: seed.customerId)
        XCTAssertEqual(customer.id, seed.customerId)
        XCTAssertEqual(customer, try client.getCurrentCustomer())
    }

    func testUpdateCustomer() throws {
        let before = try client.getCustomer(customerId: seed.customerId)
        let updated = try client.updateCustomer(customerId: seed.customerId, name: "Renamed by Swift")
        XCTAssertEqual(updated.id, seed.customerId)
        XCTAssertEqual(updated.name, "Renamed by Swift")
        XCTAssertEqual(try client.getCurrentCustomer().name, "Renamed by Swift")
        XCTAssertGreaterThanOrEqual(try XCTUnwrap(updated.updatedAt), try XCTUnwrap(before.updatedAt))

        // The request went out as the spec says: PUT, form-urlencoded.
        let put = try XCTUnwrap(sandbox.requests().last { ($0["method"] as? String) == "PUT" })
        XCTAssertEqual(put["path"] as? String, "/customer/\(seed.customerId)")
        XCTAssertEqual((put["content_type"] as? String)?.hasPrefix("application/x-www-form-urlencoded"), true)
        XCTAssertEqual(put["fastly_key_valid"] as? Bool, true)
    }

    // MARK: users

    func testGetCurrentUser() throws {
        let me = try client.getCurrentUser()
        XCTAssertEqual(me.id, seed.ownerUserId)
        XCTAssertEqual(me.login, "owner@example.com")
        XCTAssertEqual(me.role, "superuser")
        XCTAssertEqual(me.customerId, seed.customerId)
        XCTAssertNil(me.deletedAt)
        XCTAssertNotNil(me.createdAt)
    }

    func testGetUserKeepsRolesOutsideTheSpec() throws {
        let id = try XCTUnwrap(seed.userIdsByRole["tls_viewer"]?.first)
        let user = try client.getUser(userId: id)
        XCTAssertEqual(user.id, id)
        XCTAssertEqual(user.role, "tls_viewer", "a role outside the spec's enum is kept, not an error")
        XCTAssertEqual(user.customerId, seed.customerId)
    }

    func testUpdateUser() throws {
        let id = try XCTUnwrap(seed.userIdsByRole["user"]?.first)
        let updated = try client.updateUser(userId: id, name: "Grace Hopper", role: "engineer")
        XCTAssertEqual(updated.id, id)
        XCTAssertEqual(updated.name, "Grace Hopper")
        XCTAssertEqual(updated.role, "engineer")
        let again = try client.getUser(userId: id)
        XCTAssertEqual(again.name, "Grace Hopper")
        XCTAssertEqual(again.role, "engineer")

        // Only the name: the role stays.
        let renamed = try client.updateUser(userId: id, name: "Admiral Hopper")
        XCTAssertEqual(renamed.name, "Admiral Hopper")
        XCTAssertEqual(renamed.role, "engineer")
    }

    func testDeleteUser() throws {
        let id = try XCTUnwrap(seed.userIdsByRole["billing"]?.first)
        XCTAssertEqual(try client.getUser(userId: id).id, id)
        try client.deleteUser(userId: id)
        let error = expectFastlyError { try client.getUser(userId: id) }
        XCTAssertEqual(error?.caseName, "NotFound")
        XCTAssertEqual(try client.listCustomerUsers(customerId: seed.customerId).count, seed.usersTotal - 1)
    }

    func testListCustomerUsers() throws {
        let users = try client.listCustomerUsers(customerId: seed.customerId)
        XCTAssertEqual(users.count, seed.usersTotal)
        XCTAssertEqual(Set(users.compactMap(\.id)).count, seed.usersTotal, "ids are distinct")
        XCTAssertTrue(users.contains { $0.id == seed.ownerUserId })
        let roles = Set(users.compactMap(\.role))
        XCTAssertEqual(roles, ["user", "billing", "engineer", "superuser", "tls_viewer", "tls_admin"])
        XCTAssertTrue(users.allSatisfy { $0.customerId == seed.customerId })
        XCTAssertTrue(users.contains { $0.name == nil }, "users with a null name decode too")
    }

    // MARK: invitations

    func testCreateInvitation() throws {
        let invitation = try client.createInvitation(email: "new.person@example.com", role: "engineer")
        XCTAssertNotNil(invitation.id)
        XCTAssertEqual(invitation.email, "new.person@example.com")
        XCTAssertEqual(invitation.role, "engineer")
        XCTAssertEqual(invitation.statusCode, 1, "the live shape: status_code 1 = active")
        XCTAssertNotNil(invitation.createdAt)

        let post = try XCTUnwrap(sandbox.requests().last)
        XCTAssertEqual(post["method"] as? String, "POST")
        XCTAssertEqual(post["path"] as? String, "/invitations")
        XCTAssertEqual((post["content_type"] as? String)?.hasPrefix("application/vnd.api+json"), true)
    }

    func testCreateInvitationAcceptsABareResource() throws {
        try sandbox.settings(["style": "seed", "invitation_envelope": "bare"])
        let invitation = try client.createInvitation(email: "bare@example.com", role: "billing")
        XCTAssertNotNil(invitation.id)
        XCTAssertEqual(invitation.email, "bare@example.com")
        XCTAssertEqual(invitation.role, "billing")
        XCTAssertEqual(invitation.status, "pending")
    }

    // MARK: IAM roles

    func testListRoles() throws {
        let page = try client.listRoles()
        XCTAssertEqual(page.data.compactMap(\.id), seed.roleIds)
        XCTAssertNil(page.nextCursor)
        XCTAssertEqual(page.total, Int64(seed.rolesTotal))
        let custom = try XCTUnwrap(page.data.first { $0.id == "role-custom-auditor" })
        XCTAssertEqual(custom.custom, true)
        XCTAssertNil(custom.description, "a null description stays nil")
    }

    func testGetRole() throws {
        let id = try XCTUnwrap(seed.roleIds.first)
        let role = try client.getRole(roleId: id)
        XCTAssertEqual(role.id, id)
        XCTAssertNotNil(role.name)
        XCTAssertNotNil(role.custom)
    }

    // MARK: IAM service groups

    func testListServiceGroups() throws {
        let page = try client.listServiceGroups()
        XCTAssertEqual(page.data.compactMap(\.id), seed.serviceGroupIds)
        XCTAssertNil(page.nextCursor)
        XCTAssertEqual(page.total, Int64(seed.serviceGroupsTotal))
    }

    func testCreateServiceGroup() throws {
        let group = try client.createServiceGroup(
            name: "swift-services", description: "made by the Swift tests", services: ["svc-a", "svc-b"])
        XCTAssertNotNil(group.id)
        XCTAssertEqual(group.name, "swift-services")
        XCTAssertEqual(group.description, "made by the Swift tests")
        XCTAssertEqual(group.servicesCount, 2)
        XCTAssertNotNil(group.createdAt)
        // Created items are appended: the follow-all walk ends with it.
        let all = try collect(client.iterServiceGroups(perPage: 2))
        XCTAssertEqual(all.last?.id, group.id)
        XCTAssertEqual(all.count, seed.serviceGroupsTotal + 1)

        let minimal = try client.createServiceGroup(name: "only-a-name")
        XCTAssertEqual(minimal.name, "only-a-name")
    }

    // MARK: IAM user groups

    func testListUserGroups() throws {
        let page = try client.listUserGroups()
        XCTAssertEqual(page.data.compactMap(\.id), seed.userGroupIds)
        XCTAssertNil(page.nextCursor)
        XCTAssertEqual(page.total, Int64(seed.userGroupsTotal))
    }

    func testCreateUserGroup() throws {
        let group = try client.createUserGroup(name: "swift-users", description: "made by the Swift tests")
        XCTAssertNotNil(group.id)
        XCTAssertEqual(group.name, "swift-users")
        XCTAssertEqual(group.description, "made by the Swift tests")
        let page = try client.listUserGroups(perPage: 100)
        XCTAssertEqual(page.data.last?.id, group.id)
        XCTAssertEqual(page.data.count, seed.userGroupsTotal + 1)
    }

    // MARK: the client object

    func testClientReportsEndpointAndRateLimit() throws {
        XCTAssertEqual(client.endpoint().trimmingCharacters(in: CharacterSet(charactersIn: "/")),
                       sandbox.url.trimmingCharacters(in: CharacterSet(charactersIn: "/")))
        XCTAssertNil(client.rateLimit(), "no rate-limit headers seen yet")
        let reset = Int64(Date().timeIntervalSince1970) + 3600
        try sandbox.arm(["type": "rate_limit", "remaining": 0, "reset": reset], path: "/current_user")
        _ = expectFastlyError { try client.getCurrentUser() }
        let limit = try XCTUnwrap(client.rateLimit())
        XCTAssertEqual(limit.remaining, 0)
        XCTAssertEqual(limit.reset.map { Int64($0.timeIntervalSince1970) }, reset)
    }

    func testConstructors() throws {
        // The production default, without any request.
        let production = try Client(token: secretToken)
        XCTAssertEqual(production.endpoint().trimmingCharacters(in: CharacterSet(charactersIn: "/")),
                       "https://api.fastly.com")
        assertNoToken(production)

        // From FASTLY_API_TOKEN and FASTLY_API_ENDPOINT.
        setenv("FASTLY_API_TOKEN", secretToken, 1)
        setenv("FASTLY_API_ENDPOINT", sandbox.url, 1)
        defer {
            unsetenv("FASTLY_API_TOKEN")
            unsetenv("FASTLY_API_ENDPOINT")
        }
        let fromEnv = try Client.fromEnv()
        XCTAssertEqual(try fromEnv.getCurrentUser().id, seed.ownerUserId)
        unsetenv("FASTLY_API_TOKEN")
        XCTAssertEqual(expectFastlyError { try Client.fromEnv() }?.caseName, "InvalidArgument")
    }

    func testEveryRequestCarriesTheKeyAndUserAgent() throws {
        _ = try client.getCurrentUser()
        _ = try client.listRoles(perPage: 2)
        let log = try sandbox.requests()
        XCTAssertEqual(log.count, 2)
        for record in log {
            XCTAssertEqual(record["fastly_key_valid"] as? Bool, true)
            XCTAssertEqual((record["user_agent"] as? String)?.hasPrefix("fastly-account/"), true, "\(record)")
        }
        XCTAssertEqual(log[1]["query"] as? String, "per_page=2")
    }
}

/// Drains a follow-all iterator of the binding.
func collect(_ iterator: RoleIterator) throws -> [Role] {
    var items: [Role] = []
    while let item = try iterator.next() { items.append(item) }
    return items
}

func collect(_ iterator: ServiceGroupIterator) throws -> [ServiceGroup] {
    var items: [ServiceGroup] = []
    while let item = try iterator.next() { items.append(item) }
    return items
}

func collect(_ iterator: UserGroupIterator) throws -> [UserGroup] {
    var items: [UserGroup] = []
    while let item = try iterator.next() { items.append(item) }
    return items
}
