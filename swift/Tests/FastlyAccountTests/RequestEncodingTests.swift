// What the requests send, as Fastly's own definitions say: one comma-joined `roles`
// field, the official request models' arguments, per-service invitations, page
// metadata and the official models' fields. The sandbox reads each field the way the
// definition sends it and refuses other encodings (`roles[]=...`).
import FastlyAccount
import Foundation
import XCTest

final class RequestEncodingTests: SandboxTestCase {
    private func assertNothingSent(file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try sandbox.requests().count, 0, "nothing reached the API", file: file, line: line)
    }

    func testUpdateUserSendsRolesAsOneCommaJoinedField() async throws {
        let id = try XCTUnwrap(seed.userIdsByRole["engineer"]?.first)
        let updated = try client.updateUser(userId: id, roles: ["role-engineer", "role-billing"], limitServices: true)
        XCTAssertEqual(updated.roles, ["role-engineer", "role-billing"])
        XCTAssertEqual(updated.limitServices, true)
        XCTAssertEqual(try client.getUser(userId: id).roles, ["role-engineer", "role-billing"])
        let aclient = try makeAsyncClient()
        let viaAsync = try await aclient.updateUser(userId: id, roles: ["role-user", "role-billing"])
        XCTAssertEqual(viaAsync.roles, ["role-user", "role-billing"])
        XCTAssertEqual(try client.updateCurrentUser(roles: ["role-superuser"]).roles, ["role-superuser"])
        try sandbox.clearRequests()
        let error = expectFastlyError { try client.updateUser(userId: id, roles: ["a,b"]) }
        XCTAssertEqual(error?.caseName, "InvalidArgument")
        XCTAssertTrue(String(describing: error).contains("comma"), String(describing: error))
        try assertNothingSent()
    }

    func testTheOfficialRequestModelsArguments() throws {
        let id = try XCTUnwrap(seed.userIdsByRole["billing"]?.first)
        XCTAssertEqual(try client.updateUser(userId: id, login: "moved@example.com").login, "moved@example.com")
        let created = try client.createUser(
            login: "twofactor@example.com",
            name: "Two Factor",
            roles: ["role-user", "role-tls-viewer"],
            twoFactorAuthEnabled: true,
            twoFactorSetupRequired: false
        )
        XCTAssertEqual(created.roles, ["role-user", "role-tls-viewer"])
        XCTAssertEqual(created.twoFactorAuthEnabled, true)
        XCTAssertEqual(created.twoFactorSetupRequired, false)

        let customer = try client.updateCustomer(
            customerId: seed.customerId,
            billingNetworkType: "private",
            billingRef: "PO-42",
            hasAccountPanel: true,
            hasPci: true,
            pricingPlan: "enterprise",
            pricingPlanId: "plan-7"
        )
        XCTAssertEqual(customer.billingNetworkType, "private")
        XCTAssertEqual(customer.billingRef, "PO-42")
        XCTAssertEqual(customer.hasAccountPanel, true)
        XCTAssertEqual(customer.hasPci, true)
        XCTAssertEqual(customer.pricingPlan, "enterprise")
        XCTAssertEqual(customer.pricingPlanId, "plan-7")
        try sandbox.clearRequests()
        XCTAssertEqual(expectFastlyError { try client.updateCustomer(customerId: seed.customerId, billingNetworkType: "shared") }?.caseName, "InvalidArgument")
        XCTAssertEqual(expectFastlyError { try client.updateUser(userId: id, login: "not an email") }?.caseName, "InvalidArgument")
        try assertNothingSent()
    }

    func testCreateInvitationGrantsAccessPerService() throws {
        let services = seed.serviceIds
        let invitation = try client.createInvitation(
            email: "per.service@example.com",
            role: "user",
            limitServices: true,
            serviceInvitations: [services[0]: "purge_all", services[1]: "read_only"]
        )
        XCTAssertEqual(invitation.serviceInvitationIds?.count, 2)
        try sandbox.clearRequests()
        let refused = expectFastlyError {
            try client.createInvitation(email: "x@example.com", role: "user", serviceInvitations: [services[0]: "admin"])
        }
        XCTAssertEqual(refused?.caseName, "InvalidArgument")
        try assertNothingSent()
        let unknown = expectFastlyError {
            try client.createInvitation(email: "y@example.com", role: "user", serviceInvitations: ["no-such-service": "full"])
        }
        XCTAssertEqual(unknown?.caseName, "BadRequest")
    }

    func testANewServiceGroupHoldsTheServicesItWasCreatedWith() throws {
        let wanted = Array(seed.serviceIds.prefix(2))
        let group = try client.createServiceGroup(name: "Two services", services: wanted)
        let groupId = try XCTUnwrap(group.id)
        XCTAssertEqual(try client.listServiceGroupServices(serviceGroupId: groupId).data.map(\.id), wanted)
    }

    func testPagesSayWhereTheyAre() throws {
        let page = try client.listInvitations(pageNumber: 2, pageSize: 3)
        XCTAssertEqual(page.currentPage, 2)
        XCTAssertEqual(page.perPage, 3)
        XCTAssertGreaterThanOrEqual(page.totalPages ?? 0, 2)
        let roles = try client.listRoles(perPage: 2)
        XCTAssertEqual(roles.currentPage, 1)
        XCTAssertEqual(roles.perPage, 2)
        let total = try XCTUnwrap(roles.total)
        XCTAssertEqual(roles.totalPages, (total + 1) / 2)
    }

    func testOfficialModelFieldsAreReachable() throws {
        let roleId = try XCTUnwrap(seed.roleIds.first)
        let names = try XCTUnwrap(try client.getIamRole(roleId: roleId, includePermissions: true).permissions)
        XCTAssertFalse(names.isEmpty)
        XCTAssertTrue(names.allSatisfy { !$0.isEmpty }, "\(names)")
        XCTAssertNil(try client.getIamRole(roleId: roleId).permissions)
        XCTAssertEqual(try client.listPermissions().first?.object, "permission")
        XCTAssertNil(try client.getCurrentToken().deletedAt, "a live token is not deleted")
    }
}
