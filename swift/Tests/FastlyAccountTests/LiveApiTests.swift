// What the live API does differently from the seed spec, through the Swift API: six
// assignable roles, rich invitations, more fields, unknown and odd values kept in
// `extra`, empty updates refused, and a delete answered 200 with an error status.
import FastlyAccount
import Foundation
import XCTest

final class LiveApiTests: SandboxTestCase {
    func testUpdateUserToTheTlsRoles() throws {
        let id = try XCTUnwrap(seed.userIdsByRole["user"]?.first)
        let viewer = try client.updateUser(userId: id, role: "tls_viewer")
        XCTAssertEqual(viewer.role, "tls_viewer")
        XCTAssertEqual(try client.getUser(userId: id).role, "tls_viewer", "the change is stored")
        let admin = try client.updateUser(userId: id, name: "Tina TLS", role: "tls_admin")
        XCTAssertEqual(admin.role, "tls_admin")
        XCTAssertEqual(admin.name, "Tina TLS")
        XCTAssertEqual(try sandbox.statuses("/user/\(id)", method: "PUT"), [200, 200])
    }

    func testCreateInvitationWithTheTlsRoles() throws {
        for role in ["tls_viewer", "tls_admin"] {
            let invitation = try client.createInvitation(email: "\(role)@example.com", role: role)
            XCTAssertEqual(invitation.role, role)
            XCTAssertEqual(invitation.email, "\(role)@example.com")
        }
        XCTAssertEqual(try sandbox.statuses("/invitations", method: "POST"), [200, 200])
    }

    func testInvitationLiveShape() throws {
        let invitation = try client.createInvitation(
            email: "live.shape@example.com", role: "tls_admin",
            roles: ["role-engineer", "role-billing"], limitServices: true, customerId: seed.customerId)
        XCTAssertNotNil(invitation.id)
        XCTAssertEqual(invitation.role, "tls_admin")
        XCTAssertEqual(invitation.roles, ["role-engineer", "role-billing"])
        XCTAssertEqual(invitation.limitServices, true)
        XCTAssertEqual(invitation.statusCode, 1, "live: status_code 1 = active")
        XCTAssertNil(invitation.status, "live: no seed-style status")
        XCTAssertEqual(invitation.customerId, seed.customerId, "from the customer relationship")
        XCTAssertEqual(invitation.serviceInvitationIds, [])
        XCTAssertNotNil(invitation.createdAt)
        XCTAssertNotNil(invitation.updatedAt)
        XCTAssertNil(invitation.deletedAt)
        XCTAssertEqual(invitation.extra, [:])

        let minimal = try client.createInvitation(email: "minimal@example.com", role: "user")
        XCTAssertEqual(minimal.statusCode, 1)
        XCTAssertEqual(minimal.limitServices, false)
        XCTAssertNil(minimal.roles)
    }

    func testInvitationSeedShape() throws {
        try sandbox.style("seed")
        let invitation = try client.createInvitation(email: "seed.shape@example.com", role: "engineer")
        XCTAssertNotNil(invitation.id)
        XCTAssertEqual(invitation.role, "engineer")
        XCTAssertEqual(invitation.status, "pending")
        XCTAssertNil(invitation.statusCode, "seed: no status_code")
        XCTAssertNil(invitation.roles)
        XCTAssertEqual(invitation.customerId, seed.customerId)
        XCTAssertNotNil(invitation.createdAt)
        // The seed spec's four roles only: the sandbox refuses the others in this style.
        let refused = expectFastlyError { try client.createInvitation(email: "tls@example.com", role: "tls_admin") }
        assertError(refused, kind: "BadRequest", status: 400, sentenceStart: "the API refused the request")
    }

    func testNewUserFieldsAndUnknownOnesInExtra() throws {
        let me = try client.getCurrentUser()
        XCTAssertEqual(me.roles, ["role-superuser"])
        XCTAssertEqual(me.twoFactorSetupRequired, false)
        XCTAssertEqual(me.lastActiveAt, try date("2024-05-06T07:08:09Z"))
        // sso_provider is not modelled: kept in extra as its JSON text.
        XCTAssertEqual(me.extra, ["sso_provider": "null"])
    }

    func testNewCustomerFields() throws {
        let customer = try client.getCurrentCustomer()
        XCTAssertEqual(customer.pricingPlanId, "7Lx5sWkNE0GUcIABgbzhTr")
        XCTAssertEqual(customer.billingNetworkType, "public")
        XCTAssertEqual(customer.ipWhitelist, "0.0.0.0/0")
        XCTAssertEqual(customer.phoneNumber, "+1 555 0100")
        XCTAssertNil(customer.postalAddress)
        XCTAssertNil(customer.billingContactId)
        XCTAssertEqual(customer.canResetPasswords, true)
        XCTAssertEqual(customer.hasAccountPanel, true)
        XCTAssertEqual(customer.force2fa, false)
        XCTAssertEqual(customer.readonly, false)
        XCTAssertNil(customer.deletedAt)
        XCTAssertEqual(customer.extra, [:], "every field the sandbox sends is modelled")

        try sandbox.patch("customer", id: seed.customerId, fields: ["brand_new": ["nested": [1, "two"]], "note": "hi"])
        let patched = try client.getCurrentCustomer()
        XCTAssertEqual(patched.extra, ["brand_new": #"{"nested":[1,"two"]}"#, "note": #""hi""#])
        // The JSON text parses back.
        let nested = try JSONSerialization.jsonObject(with: Data(XCTUnwrap(patched.extra["brand_new"]).utf8))
        XCTAssertEqual((nested as? [String: Any])?["nested"] as? [AnyHashable], [1, "two"])
    }

    func testIamModelsCarryTheirNewFields() throws {
        XCTAssertEqual(try client.getRole(roleId: "role-engineer").object, "role")
        let group = try XCTUnwrap(client.listServiceGroups().data.first { $0.id == "sg-production" })
        XCTAssertEqual(group.object, "service_group")
        XCTAssertEqual(group.extra["customer_id"], "\"\(seed.customerId)\"", "an unmodelled field")
        let users = try XCTUnwrap(client.listUserGroups().data.first { $0.id == "ug-platform" })
        XCTAssertEqual(users.invitationsCount, 1)
        XCTAssertEqual(users.extra["customer_id"], "\"\(seed.customerId)\"")
    }

    func testOddValuesLeaveFieldsNilAndStayInExtra() throws {
        let id = try XCTUnwrap(seed.userIdsByRole["engineer"]?.first)
        try sandbox.patch("user", id: id, fields: ["created_at": "2022-11-04 18:02:15", "locked": 1])
        let user = try client.getUser(userId: id)
        XCTAssertNil(user.createdAt, "a timestamp without a zone names no instant")
        XCTAssertNil(user.locked, "1 is not a boolean")
        XCTAssertEqual(user.extra["created_at"], #""2022-11-04 18:02:15""#)
        XCTAssertEqual(user.extra["locked"], "1")
        XCTAssertNotNil(user.updatedAt, "the other fields are read as usual")
        XCTAssertEqual(user.id, id)

        let listed = try client.listCustomerUsers(customerId: seed.customerId)
        XCTAssertEqual(listed.count, seed.usersTotal, "one odd user never fails the list")
        XCTAssertEqual(listed.first { $0.id == id }, user)
        XCTAssertTrue(listed.filter { $0.id != id }.allSatisfy { $0.createdAt != nil && $0.locked != nil })
    }

    func testEmptyUpdatesAreRefusedBeforeAnyRequest() throws {
        let customer = expectFastlyError { try client.updateCustomer(customerId: seed.customerId) }
        assertError(customer, kind: "InvalidArgument", status: nil, sentenceStart: "invalid argument")
        let id = try XCTUnwrap(seed.userIdsByRole["user"]?.first)
        let user = expectFastlyError { try client.updateUser(userId: id) }
        assertError(user, kind: "InvalidArgument", status: nil, sentenceStart: "invalid argument")
        XCTAssertEqual(try sandbox.requests().count, 0, "nothing was sent")
    }

    func testDeleteUserAnsweredWithAnErrorStatus() throws {
        let id = try XCTUnwrap(seed.userIdsByRole["billing"]?.first)
        try sandbox.arm(["type": "body", "body": ["status": "error", "msg": "cannot delete"]],
                        method: "DELETE", path: "/user/\(id)")
        let error = expectFastlyError { try client.deleteUser(userId: id) }
        XCTAssertEqual(error?.caseName, "Http")
        XCTAssertEqual(error?.status, 200)
        XCTAssertTrue(error.map { String(describing: $0) }?.contains("error") == true)
        XCTAssertEqual(try sandbox.faults("/user/\(id)", method: "DELETE"), ["body"])
        XCTAssertEqual(try client.getUser(userId: id).id, id, "the user is still there")
        try client.deleteUser(userId: id)  // without the fault: {"status":"ok"}
        XCTAssertEqual(expectFastlyError { try client.getUser(userId: id) }?.caseName, "NotFound")
    }
}

/// An RFC 3339 timestamp as a Date.
func date(_ text: String) throws -> Date {
    try XCTUnwrap(ISO8601DateFormatter().date(from: text), text)
}
