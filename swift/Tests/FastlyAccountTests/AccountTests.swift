// The rest of the Account API (customer delete and every writable field, users created
// and updated, password resets, invitations listed page by page and deleted, API
// tokens), end to end against the sandbox: each operation once as it succeeds and once
// as it fails.
import FastlyAccount
import Foundation
import XCTest

final class AccountTests: SandboxTestCase {
    private let notFound = "not found (HTTP 404)"
    private let badRequest = "the API refused the request as invalid (HTTP 400)"
    private let unauthorized = "the API rejected the token (HTTP 401)"

    /// Nothing reached the API (each test has a fresh sandbox).
    private func assertNoRequest(file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try sandbox.requests().count, 0, "nothing reached the API", file: file, line: line)
    }

    /// The refusal before any request: InvalidArgument, no status, nothing sent.
    private func assertRefused<T>(_ body: () throws -> T, file: StaticString = #filePath, line: UInt = #line) throws -> FastlyError? {
        let error = expectFastlyError(body, file: file, line: line)
        assertError(error, kind: "InvalidArgument", status: nil, sentenceStart: "invalid argument", file: file, line: line)
        try assertNoRequest(file: file, line: line)
        return error
    }

    /// A client whose key the sandbox does not know.
    private func stranger() throws -> Client {
        try makeClient(token: "not-the-sandbox-token")
    }

    // MARK: customer

    func testDeleteCustomer() throws {
        try client.deleteCustomer(customerId: seed.customerId)
        let gone = expectFastlyError { try client.getCustomer(customerId: seed.customerId) }
        assertError(gone, kind: "NotFound", status: 404, sentenceStart: notFound)
        XCTAssertEqual(try sandbox.statuses("/customer/\(seed.customerId)", method: "DELETE"), [200])
    }

    func testDeleteCustomerUnknownIdIsNotFound() {
        let error = expectFastlyError { try client.deleteCustomer(customerId: "no-such-customer") }
        assertError(error, kind: "NotFound", status: 404, sentenceStart: notFound)
    }

    func testUpdateCustomerSendsOnlyTheGivenFields() throws {
        let before = try client.getCustomer(customerId: seed.customerId)
        let someone = try XCTUnwrap(seed.userIdsByRole["billing"]?.first)
        let updated = try client.updateCustomer(
            customerId: seed.customerId,
            billingContactId: someone,
            legalContactId: someone,
            technicalContactId: seed.ownerUserId,
            phoneNumber: "+1 555 0100",
            postalAddress: "1 Edge Way",
            force2fa: true,
            forceSso: false,
            ipWhitelist: "192.0.2.0/24",
            canConfigureWordpress: true
        )
        XCTAssertEqual(updated.billingContactId, someone)
        XCTAssertEqual(updated.legalContactId, someone)
        XCTAssertEqual(updated.technicalContactId, seed.ownerUserId)
        XCTAssertEqual(updated.phoneNumber, "+1 555 0100")
        XCTAssertEqual(updated.postalAddress, "1 Edge Way")
        XCTAssertEqual(updated.force2fa, true)
        XCTAssertEqual(updated.forceSso, false)
        XCTAssertEqual(updated.ipWhitelist, "192.0.2.0/24")
        XCTAssertEqual(updated.canConfigureWordpress, true)
        XCTAssertEqual(updated.name, before.name, "a field not given is left as it was")
        XCTAssertEqual(updated.ownerId, before.ownerId)
        XCTAssertEqual(try client.getCustomer(customerId: seed.customerId), updated, "the change is stored")
    }

    func testUpdateCustomerWithNothingToUpdateSendsNoRequest() throws {
        _ = try assertRefused { try client.updateCustomer(customerId: seed.customerId) }
    }

    // MARK: users

    func testCreateUser() throws {
        let user = try client.createUser(
            login: "newcomer@example.com",
            name: "New Comer",
            role: "engineer",
            roles: ["role-engineer"],
            limitServices: true,
            locked: false,
            requireNewPassword: true
        )
        XCTAssertNotNil(user.id)
        XCTAssertEqual(user.login, "newcomer@example.com")
        XCTAssertEqual(user.name, "New Comer")
        XCTAssertEqual(user.role, "engineer")
        XCTAssertEqual(user.roles, ["role-engineer"])
        XCTAssertEqual(user.limitServices, true)
        XCTAssertEqual(user.locked, false)
        XCTAssertEqual(user.requireNewPassword, true)
        XCTAssertEqual(user.customerId, seed.customerId)
        XCTAssertNotNil(user.createdAt)
        XCTAssertEqual(try client.listCustomerUsers(customerId: seed.customerId).last?.id, user.id, "listed last")
        let post = try XCTUnwrap(sandbox.attempts("/user", method: "POST").first)
        XCTAssertEqual((post["content_type"] as? String)?.hasPrefix("application/x-www-form-urlencoded"), true)
    }

    func testCreateUserWithATakenLoginIsBadRequest() {
        let error = expectFastlyError { try client.createUser(login: "owner@example.com", name: "Second Owner") }
        assertError(error, kind: "BadRequest", status: 400, sentenceStart: badRequest)
    }

    func testCreateUserWithAMalformedLoginOrUnknownRoleSendsNoRequest() throws {
        _ = try assertRefused { try client.createUser(login: "not-an-address", name: "Nobody") }
        let role = try assertRefused { try client.createUser(login: "x@example.com", name: "X", role: "wizard") }
        XCTAssertTrue(role?.detail.contains("wizard") == true, role?.detail ?? "")
    }

    func testUpdateUserEveryField() throws {
        let id = try XCTUnwrap(seed.userIdsByRole["user"]?.first)
        let updated = try client.updateUser(
            userId: id,
            name: "Uma Locked",
            role: "billing",
            roles: ["role-billing", "role-custom-auditor"],
            limitServices: true,
            locked: true,
            requireNewPassword: true
        )
        XCTAssertEqual(updated.name, "Uma Locked")
        XCTAssertEqual(updated.role, "billing")
        XCTAssertEqual(updated.roles, ["role-billing", "role-custom-auditor"])
        XCTAssertEqual(updated.limitServices, true)
        XCTAssertEqual(updated.locked, true)
        XCTAssertEqual(updated.requireNewPassword, true)
        XCTAssertEqual(try client.getUser(userId: id).locked, true, "the change is stored")
        let unlocked = try client.updateUser(userId: id, locked: false)
        XCTAssertEqual(unlocked.locked, false)
        XCTAssertEqual(unlocked.name, "Uma Locked", "a field not given is left as it was")
    }

    func testUpdateUserUnknownIdIsNotFound() {
        let error = expectFastlyError { try client.updateUser(userId: "no-such-user", locked: true) }
        assertError(error, kind: "NotFound", status: 404, sentenceStart: notFound)
    }

    func testUpdateCurrentUser() throws {
        let me = try client.updateCurrentUser(name: "Owner Renamed", requireNewPassword: false)
        XCTAssertEqual(me.id, seed.ownerUserId)
        XCTAssertEqual(me.name, "Owner Renamed")
        XCTAssertEqual(try client.getCurrentUser().name, "Owner Renamed")
        XCTAssertEqual(try sandbox.statuses("/current_user", method: "PUT"), [200])
    }

    func testUpdateCurrentUserWithNothingToUpdateSendsNoRequest() throws {
        _ = try assertRefused { try client.updateCurrentUser() }
        _ = try assertRefused { try client.updateCurrentUser(roles: []) }
    }

    func testRequestPasswordReset() throws {
        try client.requestPasswordReset(userLogin: "owner@example.com")
        let answer = try sandbox.control("GET", "password_resets") as? [String: Any]
        let resets = answer?["password_resets"] as? [[String: Any]] ?? []
        XCTAssertEqual(resets.map { $0["login"] as? String }, ["owner@example.com"])
        XCTAssertEqual(resets.first?["user_id"] as? String, seed.ownerUserId)
    }

    func testRequestPasswordResetUnknownLoginIsNotFound() {
        let error = expectFastlyError { try client.requestPasswordReset(userLogin: "nobody@example.com") }
        assertError(error, kind: "NotFound", status: 404, sentenceStart: notFound)
    }

    func testContactsListCreateDelete() throws {
        XCTAssertEqual(try client.listContacts(customerId: seed.customerId).count, 2)
        let created = try client.createContact(
            customerId: seed.customerId, contactType: "general compliance",
            name: "Compliance Office", email: "compliance@example.com")
        XCTAssertEqual(created.contactType, "general compliance")
        let id = try XCTUnwrap(created.id)
        XCTAssertTrue(try client.listContacts(customerId: seed.customerId).contains { $0.id == id })
        try client.deleteContact(customerId: seed.customerId, contactId: id)
        XCTAssertFalse(try client.listContacts(customerId: seed.customerId).contains { $0.id == id })
        let gone = expectFastlyError { try client.deleteContact(customerId: seed.customerId, contactId: id) }
        XCTAssertEqual(gone?.status, 404)
        let noPhone = expectFastlyError {
            try client.createContact(customerId: seed.customerId, contactType: "security", name: "No Phone", email: "a@example.com")
        }
        XCTAssertEqual(noPhone?.status, 400)
        try sandbox.clearRequests()
        _ = try assertRefused {
            try client.createContact(customerId: seed.customerId, contactType: "janitor", name: "X", email: "x@example.com")
        }
    }

    func testCustomerAddresses() throws {
        XCTAssertEqual(try client.listCustomerAddresses().map(\.addressType), ["billing"])
        let created = try client.createCustomerAddress(addressType: "tax", address1: "2 Side St", country: "US")
        XCTAssertNotNil(created.id)
        try client.updateCustomerAddress(addressType: "tax", region: "OR")
        let tax = try client.listCustomerAddresses().first { $0.addressType == "tax" }
        XCTAssertEqual(tax?.region, "OR")
        let taken = expectFastlyError { try client.createCustomerAddress(addressType: "billing", address1: "3 Other St") }
        XCTAssertEqual(taken?.status, 400)
        try sandbox.clearRequests()
        _ = try assertRefused { try client.updateCustomerAddress(addressType: "tax") }
    }

    func testUpdateUserPassword() throws {
        // The sandbox seeds its owner with this password (fastly_sandbox::OWNER_PASSWORD).
        let me = try client.updateUserPassword(oldPassword: "sandbox-owner-password", newPassword: "swift-new-password")
        XCTAssertEqual(me.id, seed.ownerUserId)
        let error = expectFastlyError {
            try client.updateUserPassword(oldPassword: "sandbox-owner-password", newPassword: "another")
        }
        XCTAssertEqual(error?.status, 400)
        let shown = String(describing: error)
        XCTAssertFalse(shown.contains("sandbox-owner-password") || shown.contains("another"), shown)
        try sandbox.clearRequests()
        _ = try assertRefused { try client.updateUserPassword(oldPassword: "", newPassword: "x") }
    }

    // MARK: invitations

    func testListInvitationsByPageNumber() throws {
        let first = try client.listInvitations(pageSize: 3)
        XCTAssertEqual(first.data.map(\.id), Array(seed.invitationIds.prefix(3)))
        XCTAssertEqual(first.total, 7)
        XCTAssertEqual(first.nextPageNumber, 2)
        XCTAssertNotNil(first.nextCursor)
        let nina = try XCTUnwrap(first.data.first)
        XCTAssertEqual(nina.email, "nina@example.com")
        XCTAssertEqual(nina.role, "engineer")
        XCTAssertEqual(nina.statusCode, 1)
        let last = try client.listInvitations(pageNumber: 3, pageSize: 3)
        XCTAssertEqual(last.data.map(\.id), Array(seed.invitationIds.suffix(1)))
        XCTAssertNil(last.nextPageNumber, "no page after the last")
        XCTAssertNil(last.nextCursor)
    }

    func testListInvitationsRefusesBadPageNumbersWithoutARequest() throws {
        _ = try assertRefused { try client.listInvitations(pageNumber: 0) }
        let negative = try assertRefused { try client.listInvitations(pageSize: -1) }
        XCTAssertEqual(negative?.detail, "pageSize must be between 1 and 4294967295, got -1")
    }

    func testIterInvitationsFetchesOnePageAtATime() throws {
        let walk = try client.iterInvitations(pageSize: 3)
        XCTAssertEqual(try sandbox.attempts("/invitations").count, 0, "nothing is fetched before the first item")
        var results = walk.results()
        let first = try XCTUnwrap(results.next()).get()
        XCTAssertEqual(first.id, seed.invitationIds.first)
        XCTAssertEqual(try sandbox.attempts("/invitations").count, 1, "the first item needs only the first page")
        XCTAssertEqual(walk.pagesFetched(), 1)
        var ids = [first.id]
        while let result = results.next() {
            ids.append(try result.get().id)
        }
        XCTAssertEqual(ids, seed.invitationIds, "every invitation once, in order")
        XCTAssertEqual(try sandbox.attempts("/invitations").count, 3, "7 invitations, 3 per page")
        XCTAssertEqual(walk.pagesFetched(), 3)
        XCTAssertNil(try walk.next(), "the walk stays over")
    }

    func testIterInvitationsRefusesANegativePageSize() throws {
        let error = try assertRefused { try client.iterInvitations(pageSize: -3) }
        XCTAssertEqual(error?.detail, "pageSize must be between 1 and 4294967295, got -3")
    }

    func testDeleteInvitationRemovesItFromTheList() throws {
        let gone = seed.invitationIds[1]
        try client.deleteInvitation(invitationId: gone)
        let left = try client.iterInvitations().all().map(\.id)
        XCTAssertEqual(left, seed.invitationIds.filter { $0 != gone })
        XCTAssertEqual(try sandbox.statuses("/invitations/\(gone)", method: "DELETE"), [204])
    }

    func testDeleteInvitationUnknownIdIsNotFound() {
        let error = expectFastlyError { try client.deleteInvitation(invitationId: "invNoSuchOne") }
        assertError(error, kind: "NotFound", status: 404, sentenceStart: notFound)
    }

    // MARK: API tokens

    func testListTokens() throws {
        let tokens = try client.listTokens()
        XCTAssertEqual(tokens.map(\.id), Array(seed.tokenIds.prefix(2)), "the owner's two tokens")
        let own = try XCTUnwrap(tokens.first)
        XCTAssertEqual(own.name, "sandbox")
        XCTAssertEqual(own.userId, seed.ownerUserId)
        XCTAssertEqual(own.customerId, seed.customerId)
        XCTAssertEqual(own.services, [])
        XCTAssertEqual(own.scope, "global")
        XCTAssertEqual(own.lastUsedAt, ISO8601DateFormatter().date(from: "2024-05-06T07:08:09Z"))
        XCTAssertEqual(own.expiresAt, ISO8601DateFormatter().date(from: "2030-01-01T00:00:00Z"))
        XCTAssertEqual(own.ip, "192.0.2.10")
        XCTAssertEqual(own.userAgent, "fastly-cli/10.8.0")
        XCTAssertEqual(tokens[1].services, ["SU1Z0isxPaozGVKXdv0eY", "7i6HN3TK9wS159v2gPAZ8A"])
        assertNoToken(tokens)
    }

    func testListTokensWithABadKeyIsUnauthorized() throws {
        let error = expectFastlyError { try stranger().listTokens() }
        assertError(error, kind: "Unauthorized", status: 401, sentenceStart: unauthorized)
    }

    func testListCustomerTokens() throws {
        let tokens = try client.listCustomerTokens(customerId: seed.customerId)
        XCTAssertEqual(tokens.map(\.id), seed.tokenIds)
        let sam = try XCTUnwrap(tokens.first { $0.id == "tkSamReadx4xCwxxJxx004" })
        XCTAssertNil(sam.lastUsedAt, "null timestamps stay nil")
        XCTAssertNil(sam.expiresAt)
        XCTAssertNil(sam.ip)
    }

    func testListCustomerTokensUnknownCustomerIsNotFound() {
        let error = expectFastlyError { try client.listCustomerTokens(customerId: "no-such-customer") }
        assertError(error, kind: "NotFound", status: 404, sentenceStart: notFound)
    }

    func testGetCurrentToken() throws {
        let token = try client.getCurrentToken()
        XCTAssertEqual(token.id, seed.selfTokenId)
        XCTAssertEqual(token.scope, "global")
        XCTAssertNotNil(token.createdAt)
        assertNoToken(token)
        XCTAssertEqual(try sandbox.requests().map { $0["path"] as? String }, ["/tokens/self"])
    }

    func testGetCurrentTokenWithABadKeyIsUnauthorized() throws {
        let error = expectFastlyError { try stranger().getCurrentToken() }
        assertError(error, kind: "Unauthorized", status: 401, sentenceStart: unauthorized)
    }

    func testGetToken() throws {
        let erin = "tkErinDepx4xCwxxJxx003"
        let token = try client.getToken(tokenId: erin)
        XCTAssertEqual(token.name, "Deploy pipeline")
        XCTAssertEqual(token.userId, seed.userIdsByRole["engineer"]?.first)
        XCTAssertEqual(token.scope, "global purge_all")
        try sandbox.patch("token", id: erin, fields: ["expires_at": "soon", "team": "release"])
        let patched = try client.getToken(tokenId: erin)
        XCTAssertNil(patched.expiresAt, "an unreadable timestamp leaves the field nil")
        XCTAssertEqual(patched.extra["expires_at"], "\"soon\"", "... and its raw JSON in extra")
        XCTAssertEqual(patched.extra["team"], "\"release\"")
    }

    func testGetTokenUnknownIdIsNotFound() {
        let error = expectFastlyError { try client.getToken(tokenId: "tkNoSuchToken") }
        assertError(error, kind: "NotFound", status: 404, sentenceStart: notFound)
        let current = expectFastlyError { try client.getToken(tokenId: "self") }
        assertError(current, kind: "InvalidArgument", status: nil, sentenceStart: "invalid argument")
    }

    func testRevokeTokenRemovesItFromListTokens() throws {
        let ci = seed.tokenIds[1]
        XCTAssertTrue(try client.listTokens().contains { $0.id == ci })
        try client.revokeToken(tokenId: ci)
        XCTAssertEqual(try client.listTokens().map(\.id), [seed.selfTokenId])
        let gone = expectFastlyError { try client.getToken(tokenId: ci) }
        assertError(gone, kind: "NotFound", status: 404, sentenceStart: notFound)
    }

    func testRevokeTokenUnknownIdIsNotFound() {
        let error = expectFastlyError { try client.revokeToken(tokenId: "tkNoSuchToken") }
        assertError(error, kind: "NotFound", status: 404, sentenceStart: notFound)
    }

    func testRevokeCurrentTokenMakesTheNextCallUnauthorized() throws {
        try client.revokeCurrentToken()
        let error = expectFastlyError { try client.getCurrentUser() }
        assertError(error, kind: "Unauthorized", status: 401, sentenceStart: unauthorized)
        XCTAssertEqual(try sandbox.statuses("/tokens/self", method: "DELETE"), [204])
        try sandbox.reset()
        XCTAssertEqual(try client.getCurrentUser().id, seed.ownerUserId, "a reset restores the key")
    }

    func testRevokeCurrentTokenWithABadKeyIsUnauthorized() throws {
        let error = expectFastlyError { try stranger().revokeCurrentToken() }
        assertError(error, kind: "Unauthorized", status: 401, sentenceStart: unauthorized)
        XCTAssertEqual(try client.getCurrentToken().id, seed.selfTokenId, "the real key still works")
    }

    func testBulkRevokeTokensSendsTheBulkExtension() throws {
        let revoked = ["tkErinDepx4xCwxxJxx003", "tkUmaPurgx4xCwxxJxx006"]
        try client.bulkRevokeTokens(tokenIds: revoked)
        let delete = try XCTUnwrap(sandbox.attempts("/tokens", method: "DELETE").first)
        XCTAssertEqual(delete["content_type"] as? String, "application/vnd.api+json; ext=bulk")
        XCTAssertEqual(delete["status"] as? Int, 204)
        XCTAssertEqual(try client.listCustomerTokens(customerId: seed.customerId).map(\.id),
                       seed.tokenIds.filter { !revoked.contains($0) })
    }

    func testBulkRevokeTokensWithAnEmptyListSendsNoRequest() throws {
        _ = try assertRefused { try client.bulkRevokeTokens(tokenIds: []) }
        let unknown = expectFastlyError { try client.bulkRevokeTokens(tokenIds: ["tkNoSuchToken"]) }
        assertError(unknown, kind: "BadRequest", status: 400, sentenceStart: badRequest)
        XCTAssertEqual(try client.listCustomerTokens(customerId: seed.customerId).map(\.id), seed.tokenIds,
                       "a refused request revokes nothing")
    }
}
