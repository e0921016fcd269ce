// The rest of the Account API (service authorizations, the audit log, the billing
// address, automation tokens and sudo mode, logging in with createToken), end to end
// against the sandbox, blocking and async: each operation once as it succeeds and once
// as it fails; and no password, one-time code or new secret in any log record,
// description or error.
import FastlyAccount
import Foundation
import XCTest

final class AccountRestTests: SandboxTestCase {
    private let erin = "saSeedx4xCwxxJxErin001"
    private let uma = "saSeedx4xCwxxJxUma0001"

    private func assertNoRequest(file: StaticString = #filePath, line: UInt = #line) throws {
        XCTAssertEqual(try sandbox.requests().count, 0, "nothing reached the API", file: file, line: line)
    }

    private func kind(_ error: FastlyError?) -> String? { error?.caseName }

    /// The secrets the sandbox issued (its testing hook).
    private func issuedSecrets() throws -> [String] {
        let object = try sandbox.control("GET", "secrets") as? [String: Any]
        let secrets = object?["secrets"] as? [[String: Any]] ?? []
        return secrets.compactMap { $0["secret"] as? String }
    }

    override func tearDown() {
        setLogSink(sink: nil, maxLevel: nil)
        super.tearDown()
    }

    func testServiceAuthorizations() throws {
        let page = try client.listServiceAuthorizations(perPage: 1)
        XCTAssertEqual(page.data.count, 1)
        XCTAssertEqual(page.total, 2)
        XCTAssertNil(try client.listServiceAuthorizations(perPage: 1, cursor: page.nextCursor).nextCursor)
        XCTAssertEqual(try client.getServiceAuthorization(serviceAuthorizationId: erin).permission, "full")
        let user = seed.userIdsByRole["billing"]![0]
        let created = try client.createServiceAuthorization(userId: user, serviceId: seed.serviceIds[0], permission: "read_only")
        XCTAssertEqual(created.userId, user)
        let id = try XCTUnwrap(created.id)
        XCTAssertEqual(try client.updateServiceAuthorization(serviceAuthorizationId: id, permission: "purge_all").permission, "purge_all")
        try client.deleteServiceAuthorization(serviceAuthorizationId: id)
        XCTAssertEqual(kind(expectFastlyError { try client.getServiceAuthorization(serviceAuthorizationId: id) }), "NotFound")
        XCTAssertEqual(kind(expectFastlyError {
            try client.createServiceAuthorization(userId: "nobody", serviceId: seed.serviceIds[0], permission: "full")
        }), "BadRequest")
        let updated = try client.bulkUpdateServiceAuthorizations(serviceAuthorizationIds: [erin, uma], permission: "read_only")
        XCTAssertEqual(updated.map(\.permission), ["read_only", "read_only"])
        try sandbox.clearRequests()
        XCTAssertEqual(try client.iterServiceAuthorizations(perPage: 1).all().count, 2)
        XCTAssertEqual(try sandbox.attempts("/service-authorizations").count, 2, "a page a step")
        try client.bulkDeleteServiceAuthorizations(serviceAuthorizationIds: [erin, uma])
        XCTAssertTrue(try client.listServiceAuthorizations().data.isEmpty)
        try sandbox.clearRequests()
        XCTAssertEqual(kind(expectFastlyError {
            try client.createServiceAuthorization(userId: user, serviceId: seed.serviceIds[0], permission: "admin")
        }), "InvalidArgument")
        XCTAssertEqual(kind(expectFastlyError { try client.listServiceAuthorizations(perPage: 101) }), "InvalidArgument")
        try assertNoRequest()
    }

    func testEvents() throws {
        let all = try client.listEvents()
        XCTAssertGreaterThanOrEqual(all.data.count, 6)
        let typed = try client.listEvents(eventType: "logging.update")
        XCTAssertFalse(typed.data.isEmpty)
        XCTAssertTrue(typed.data.allSatisfy { $0.eventType == "logging.update" })
        XCTAssertNotNil(typed.data[0].extra["metadata"])
        XCTAssertEqual(try client.getEvent(eventId: typed.data[0].id!), typed.data[0])
        let newest = try client.listEvents(sort: "-created_at", perPage: 2)
        XCTAssertGreaterThanOrEqual(newest.data[0].createdAt!, newest.data[1].createdAt!)
        try client.deleteUser(userId: seed.userIdsByRole["user"]![0])
        XCTAssertEqual(try client.listEvents(eventType: "user.destroy", tokenId: seed.selfTokenId).data.count, 1)
        try sandbox.clearRequests()
        let walked = try client.iterEvents(perPage: 2).all()
        XCTAssertEqual(try sandbox.attempts("/events").count, (walked.count + 1) / 2)
        XCTAssertEqual(kind(expectFastlyError { try client.getEvent(eventId: "evNoSuchEvent") }), "NotFound")
        XCTAssertEqual(kind(expectFastlyError { try client.listEvents(createdAtGt: "yesterday") }), "BadRequest")
        try sandbox.clearRequests()
        XCTAssertEqual(kind(expectFastlyError { try client.listEvents(sort: "newest") }), "InvalidArgument")
        try assertNoRequest()
    }

    func testBillingAddress() throws {
        let customer = seed.customerId
        let seeded = try client.getBillingAddress(customerId: customer)
        XCTAssertNotNil(seeded.address1)
        let updated = try client.updateBillingAddress(customerId: customer, state: "DE")
        XCTAssertEqual(updated.state, "DE")
        XCTAssertEqual(updated.address1, seeded.address1)
        try client.deleteBillingAddress(customerId: customer)
        XCTAssertEqual(kind(expectFastlyError { try client.getBillingAddress(customerId: customer) }), "NotFound")
        let unverified = expectFastlyError {
            try client.addBillingAddress(customerId: customer, address1: "1 Main St", city: "Springfield", country: "US", postalCode: "00000")
        }
        XCTAssertEqual(kind(unverified), "BadRequest")
        XCTAssertTrue(String(describing: unverified!).contains("Could not validate address"))
        let added = try client.addBillingAddress(
            customerId: customer, address1: "1 Main St", city: "Springfield", country: "US",
            postalCode: "00000", skipVerification: true)
        XCTAssertEqual(added.city, "Springfield")
        try sandbox.clearRequests()
        XCTAssertEqual(kind(expectFastlyError {
            try client.addBillingAddress(customerId: customer, address1: "x", city: "y", country: "us")
        }), "InvalidArgument")
        try assertNoRequest()
    }

    func testAutomationTokens() throws {
        let listed = try client.listAutomationTokens()
        XCTAssertFalse(listed.data.isEmpty)
        XCTAssertEqual(try client.getAutomationToken(tokenId: listed.data[0].id!).id, listed.data[0].id)
        XCTAssertEqual(kind(expectFastlyError { try client.createAutomationToken(name: "ci", role: "engineer") }), "Forbidden")
        XCTAssertEqual(kind(expectFastlyError {
            try client.requestSudoAccess(username: seed.ownerLogin, password: "not-the-password")
        }), "Forbidden")
        XCTAssertNotNil(try client.requestSudoAccess(username: seed.ownerLogin, password: seed.ownerPassword).expiryTime)
        let created = try client.createAutomationToken(
            name: "ci", role: "engineer", services: Array(seed.serviceIds.prefix(3)), scope: "global:read")
        let secret = try XCTUnwrap(created.secret)
        XCTAssertTrue(try issuedSecrets().contains(secret.reveal()))
        XCTAssertFalse(String(describing: created).contains(secret.reveal()))
        let id = try XCTUnwrap(created.id)
        XCTAssertEqual(try client.listAutomationTokenServices(tokenId: id, perPage: 2).data.map(\.id), Array(seed.serviceIds.prefix(2)))
        XCTAssertEqual(try client.iterAutomationTokenServices(tokenId: id, perPage: 2).all().map(\.id), Array(seed.serviceIds.prefix(3)))
        let asToken = try makeClient(token: secret.reveal())
        XCTAssertEqual(try asToken.getCurrentCustomer().id, seed.customerId)
        try client.revokeAutomationToken(tokenId: id)
        XCTAssertEqual(kind(expectFastlyError { try asToken.getCurrentCustomer() }), "Unauthorized")
        XCTAssertFalse(try client.iterAutomationTokens(perPage: 1).all().contains { $0.id == id })
        try sandbox.clearRequests()
        XCTAssertEqual(kind(expectFastlyError { try client.createAutomationToken(name: "ci", role: "superuser") }), "InvalidArgument")
        try assertNoRequest()
    }

    func testCreateTokenLogsIn() throws {
        let token = try createToken(username: seed.ownerLogin, password: seed.ownerPassword, name: "laptop", endpoint: sandbox.url)
        XCTAssertEqual(token.name, "laptop")
        let secret = try XCTUnwrap(token.secret)
        XCTAssertTrue(try issuedSecrets().contains(secret.reveal()))
        XCTAssertEqual(String(describing: secret), "TokenSecret(***)")
        XCTAssertEqual(try makeClient(token: secret.reveal()).getCurrentUser().login, seed.ownerLogin)
        let noCode = expectFastlyError {
            try createToken(username: seed.twoFactorLogin, password: seed.twoFactorPassword, endpoint: sandbox.url)
        }
        XCTAssertEqual(kind(noCode), "BadRequest")
        XCTAssertTrue(String(describing: noCode!).contains("2fa.verify"))
        XCTAssertEqual(kind(expectFastlyError {
            try createToken(username: seed.twoFactorLogin, password: seed.twoFactorPassword, otp: "000000", endpoint: sandbox.url)
        }), "BadRequest")
        XCTAssertNotNil(try createToken(
            username: seed.twoFactorLogin, password: seed.twoFactorPassword, otp: seed.oneTimeCode, endpoint: sandbox.url).secret)
        XCTAssertEqual(kind(expectFastlyError {
            try createToken(username: seed.ownerLogin, password: "", endpoint: sandbox.url)
        }), "InvalidArgument")
    }

    func testTheAsyncForms() async throws {
        let aclient = try makeAsyncClient()
        let token = try await createTokenAsync(username: seed.ownerLogin, password: seed.ownerPassword, endpoint: sandbox.url)
        XCTAssertNotNil(token.secret)
        let wrong = await expectAsyncFastlyError {
            try await createTokenAsync(username: seed.ownerLogin, password: "wrong", endpoint: sandbox.url)
        }
        XCTAssertEqual(kind(wrong), "BadRequest")
        let value1 = try await aclient.listServiceAuthorizations().data.count
        XCTAssertEqual(value1, 2)
        let value2 = try await aclient.updateServiceAuthorization(serviceAuthorizationId: erin, permission: "read_only").permission
        XCTAssertEqual(value2, "read_only")
        let created = try await aclient.createServiceAuthorization(userId: seed.userIdsByRole["billing"]![0], serviceId: seed.serviceIds[0], permission: "full")
        try await aclient.deleteServiceAuthorization(serviceAuthorizationId: created.id!)
        _ = try await aclient.bulkUpdateServiceAuthorizations(serviceAuthorizationIds: [erin], permission: "full")
        try await aclient.bulkDeleteServiceAuthorizations(serviceAuthorizationIds: [uma])
        _ = try await aclient.getServiceAuthorization(serviceAuthorizationId: erin)
        var authorizations = 0
        for try await _ in try aclient.iterServiceAuthorizations(perPage: 1) { authorizations += 1 }
        XCTAssertEqual(authorizations, 1)
        var events: [Event] = []
        for try await event in try aclient.iterEvents(perPage: 3) { events.append(event) }
        XCTAssertGreaterThanOrEqual(events.count, 6)
        let value3 = try await aclient.getEvent(eventId: events[0].id!)
        XCTAssertEqual(value3, events[0])
        let value4 = try await aclient.listEvents(userId: seed.ownerUserId).data.isEmpty
        XCTAssertFalse(value4)
        let value5 = try await aclient.getBillingAddress(customerId: seed.customerId).id
        XCTAssertNotNil(value5)
        let value6 = try await aclient.updateBillingAddress(customerId: seed.customerId, state: "DE").state
        XCTAssertEqual(value6, "DE")
        try await aclient.deleteBillingAddress(customerId: seed.customerId)
        let value7 = try await aclient.addBillingAddress(customerId: seed.customerId, address1: "1 Main St", city: "Springfield", country: "US").city
        XCTAssertEqual(value7, "Springfield")
        _ = try await aclient.requestSudoAccess(username: seed.ownerLogin, password: seed.ownerPassword)
        let automation = try await aclient.createAutomationToken(name: "ci", role: "user", services: Array(seed.serviceIds.prefix(2)))
        let value8 = try await aclient.getAutomationToken(tokenId: automation.id!).id
        XCTAssertEqual(value8, automation.id)
        let value9 = try await aclient.listAutomationTokenServices(tokenId: automation.id!).data.count
        XCTAssertEqual(value9, 2)
        var services = 0
        for try await _ in try aclient.iterAutomationTokenServices(tokenId: automation.id!, perPage: 1) { services += 1 }
        XCTAssertEqual(services, 2)
        let value10 = try await aclient.listAutomationTokens().data.contains { $0.id == automation.id }
        XCTAssertTrue(value10)
        var tokens = 0
        for try await _ in try aclient.iterAutomationTokens(perPage: 1) { tokens += 1 }
        XCTAssertGreaterThanOrEqual(tokens, 2)
        try await aclient.revokeAutomationToken(tokenId: automation.id!)
        let gone = await expectAsyncFastlyError { try await aclient.getAutomationToken(tokenId: automation.id!) }
        XCTAssertEqual(kind(gone), "NotFound")
    }

    func testSecretsNeverReachLogsDescriptionsOrErrors() throws {
        let sink = RecordingSink()
        setLogSink(sink: sink, maxLevel: .trace)
        var shown: [String] = []
        func show(_ value: Any) {
            var dumped = ""
            dump(value, to: &dumped)
            shown += [String(describing: value), String(reflecting: value), dumped]
        }
        let token = try createToken(username: seed.ownerLogin, password: seed.ownerPassword, endpoint: sandbox.url)
        show(token)
        let failures: [FastlyError?] = [
            expectFastlyError { try createToken(username: seed.ownerLogin, password: "wrong-Pa55word", endpoint: sandbox.url) },
            expectFastlyError {
                try createToken(username: seed.twoFactorLogin, password: seed.twoFactorPassword, otp: "987654", endpoint: sandbox.url)
            },
            expectFastlyError { try client.requestSudoAccess(username: seed.ownerLogin, password: "wrong-Pa55word") },
        ]
        failures.forEach { show($0 as Any) }
        _ = try client.requestSudoAccess(username: seed.ownerLogin, password: seed.ownerPassword)
        let created = try client.createAutomationToken(name: "ci", role: "user")
        show(created)
        _ = try client.updateUserPassword(oldPassword: seed.ownerPassword, newPassword: "new-Pa55word-1")
        shown.append(String(describing: try sandbox.requests()))
        let records = sink.all.map(\.message)
        XCTAssertFalse(records.isEmpty, "the calls were logged")
        let secrets = [
            seed.ownerPassword, "wrong-Pa55word", "new-Pa55word-1", seed.twoFactorPassword, "987654",
            try XCTUnwrap(token.secret).reveal(), try XCTUnwrap(created.secret).reveal(),
        ]
        for text in shown + records {
            for secret in secrets {
                XCTAssertFalse(text.contains(secret), "\(secret) in \(text)")
            }
        }
    }
}
