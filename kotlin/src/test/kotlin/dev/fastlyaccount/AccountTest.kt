package dev.fastlyaccount

import java.time.Instant
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * The rest of the Account API (customer delete and every writable field, users created
 * and updated, password resets, invitations listed page by page and deleted, API
 * tokens), end to end against the sandbox: each operation once as it succeeds and once
 * as it fails.
 */
class AccountTest : SandboxTest() {
    @Suppress("UNCHECKED_CAST")
    private val tokenIds: List<String> get() = seed["token_ids"] as List<String>

    private val selfTokenId: String get() = seed["self_token_id"] as String

    /** Nothing reached the API (the log is cleared before each test). */
    private fun assertNoRequest() = assertEquals(emptyList<Any>(), sandbox.requests(), "nothing reached the API")

    /** How many `GET /invitations` the sandbox answered so far. */
    private fun invitationPagesRequested(): Int = sandbox.attempts("/invitations").size

    // ---- customer ----

    @Test
    fun deleteCustomer() {
        client.deleteCustomer(customerId)
        val gone = expectError<FastlyException.NotFound> { client.getCustomer(customerId) }
        assertEquals(404, gone.status)
        val delete = sandbox.attempts("/customer/$customerId", "DELETE").single()
        assertEquals(200L, delete["status"])
    }

    @Test
    fun deleteCustomerUnknownIdIsNotFound() {
        val e = expectError<FastlyException.NotFound> { client.deleteCustomer("no-such-customer") }
        assertEquals(404, e.status)
    }

    @Test
    fun updateCustomerSendsOnlyTheGivenFields() {
        val before = client.getCustomer(customerId)
        val someone = userIds("billing").first()
        val updated = client.updateCustomer(
            customerId,
            billingContactId = someone,
            legalContactId = someone,
            technicalContactId = ownerId,
            phoneNumber = "+1 555 0100",
            postalAddress = "1 Edge Way",
            force2fa = true,
            forceSso = false,
            ipWhitelist = "192.0.2.0/24",
            canConfigureWordpress = true,
        )
        assertEquals(someone, updated.billingContactId)
        assertEquals(someone, updated.legalContactId)
        assertEquals(ownerId, updated.technicalContactId)
        assertEquals("+1 555 0100", updated.phoneNumber)
        assertEquals("1 Edge Way", updated.postalAddress)
        assertEquals(true, updated.force2fa)
        assertEquals(false, updated.forceSso)
        assertEquals("192.0.2.0/24", updated.ipWhitelist)
        assertEquals(true, updated.canConfigureWordpress)
        assertEquals(before.name, updated.name, "a field not given is left as it was")
        assertEquals(before.ownerId, updated.ownerId)
        assertEquals(updated, client.getCustomer(customerId), "the change is stored")
    }

    @Test
    fun updateCustomerWithNothingToUpdateSendsNoRequest() {
        val e = expectError<FastlyException.InvalidArgument> { client.updateCustomer(customerId) }
        assertNull(e.status)
        assertNoRequest()
    }

    // ---- users ----

    @Test
    fun createUser() {
        val user = client.createUser(
            "newcomer@example.com",
            "New Comer",
            role = "engineer",
            roles = listOf("role-engineer"),
            limitServices = true,
            locked = false,
            requireNewPassword = true,
        )
        assertNotNull(user.id)
        assertEquals("newcomer@example.com", user.login)
        assertEquals("New Comer", user.name)
        assertEquals("engineer", user.role)
        assertEquals(listOf("role-engineer"), user.roles)
        assertEquals(true, user.limitServices)
        assertEquals(false, user.locked)
        assertEquals(true, user.requireNewPassword)
        assertEquals(customerId, user.customerId)
        assertNotNull(user.createdAt)
        assertEquals(user.id, client.listCustomerUsers(customerId).last().id, "the new user is listed last")
        val post = sandbox.attempts("/user", "POST").single()
        assertTrue((post["content_type"] as String).startsWith("application/x-www-form-urlencoded"))
    }

    @Test
    fun createUserWithATakenLoginIsBadRequest() {
        val e = expectError<FastlyException.BadRequest> { client.createUser("owner@example.com", "Second Owner") }
        assertEquals(400, e.status)
    }

    @Test
    fun createUserWithAMalformedLoginSendsNoRequest() {
        expectError<FastlyException.InvalidArgument> { client.createUser("not-an-address", "Nobody") }
        expectError<FastlyException.InvalidArgument> { client.createUser("x@example.com", "X", role = "wizard") }
        assertNoRequest()
    }

    @Test
    fun updateUserEveryField() {
        val id = userIds("user").first()
        val updated = client.updateUser(
            id,
            name = "Uma Locked",
            role = "billing",
            roles = listOf("role-billing", "role-custom-auditor"),
            limitServices = true,
            locked = true,
            requireNewPassword = true,
        )
        assertEquals("Uma Locked", updated.name)
        assertEquals("billing", updated.role)
        assertEquals(listOf("role-billing", "role-custom-auditor"), updated.roles)
        assertEquals(true, updated.limitServices)
        assertEquals(true, updated.locked)
        assertEquals(true, updated.requireNewPassword)
        assertEquals(true, client.getUser(id).locked, "the change is stored")
        val unlocked = client.updateUser(id, locked = false)
        assertEquals(false, unlocked.locked)
        assertEquals("Uma Locked", unlocked.name, "a field not given is left as it was")
    }

    @Test
    fun updateUserUnknownIdIsNotFound() {
        val e = expectError<FastlyException.NotFound> { client.updateUser("no-such-user", locked = true) }
        assertEquals(404, e.status)
    }

    @Test
    fun updateCurrentUser() {
        val me = client.updateCurrentUser(name = "Owner Renamed", requireNewPassword = false)
        assertEquals(ownerId, me.id)
        assertEquals("Owner Renamed", me.name)
        assertEquals("Owner Renamed", client.getCurrentUser().name)
        val put = sandbox.attempts("/current_user", "PUT").single()
        assertEquals(200L, put["status"])
    }

    @Test
    fun updateCurrentUserWithNothingToUpdateSendsNoRequest() {
        expectError<FastlyException.InvalidArgument> { client.updateCurrentUser() }
        expectError<FastlyException.InvalidArgument> { client.updateCurrentUser(roles = emptyList()) }
        assertNoRequest()
    }

    @Test
    fun requestPasswordReset() {
        client.requestPasswordReset("owner@example.com")
        @Suppress("UNCHECKED_CAST")
        val resets = (Json.parse(sandbox.control("GET", "/__sandbox/password_resets", null)) as Map<String, Any?>)["password_resets"] as List<Map<String, Any?>>
        assertEquals(listOf("owner@example.com"), resets.map { it["login"] })
        assertEquals(ownerId, resets.single()["user_id"])
    }

    @Test
    fun requestPasswordResetUnknownLoginIsNotFound() {
        val e = expectError<FastlyException.NotFound> { client.requestPasswordReset("nobody@example.com") }
        assertEquals(404, e.status)
    }

    @Test
    fun contactsListCreateDelete() {
        assertEquals(2, client.listContacts(customerId).size)
        val created = client.createContact(
            customerId, "general compliance", name = "Compliance Office", email = "compliance@example.com",
        )
        assertEquals("general compliance", created.contactType)
        assertTrue(client.listContacts(customerId).any { it.id == created.id })
        client.deleteContact(customerId, created.id!!)
        assertFalse(client.listContacts(customerId).any { it.id == created.id })
        val e = expectError<FastlyException.NotFound> { client.deleteContact(customerId, created.id!!) }
        assertEquals(404, e.status)
        expectError<FastlyException.BadRequest> {
            client.createContact(customerId, "security", name = "No Phone", email = "a@example.com")
        }
        sandbox.clearRequests()
        expectError<FastlyException.InvalidArgument> { client.createContact(customerId, "janitor", name = "X", email = "x@example.com") }
        assertNoRequest()
    }

    @Test
    fun customerAddresses() {
        assertEquals(listOf("billing"), client.listCustomerAddresses().map { it.addressType })
        val created = client.createCustomerAddress("tax", address1 = "2 Side St", country = "US")
        assertNotNull(created.id)
        client.updateCustomerAddress("tax", region = "OR")
        val tax = client.listCustomerAddresses().single { it.addressType == "tax" }
        assertEquals("OR", tax.region)
        expectError<FastlyException.BadRequest> { client.createCustomerAddress("billing", address1 = "3 Other St") }
        sandbox.clearRequests()
        expectError<FastlyException.InvalidArgument> { client.updateCustomerAddress("tax") }
        expectError<FastlyException.InvalidArgument> { client.createCustomerAddress("shipping", address1 = "x") }
        assertNoRequest()
    }

    @Test
    fun updateUserPassword() {
        // The sandbox seeds its owner with this password (fastly_sandbox::OWNER_PASSWORD).
        val me = client.updateUserPassword(oldPassword = "sandbox-owner-password", newPassword = "kotlin-new-password")
        assertEquals(ownerId, me.id)
        val e = expectError<FastlyException.BadRequest> {
            client.updateUserPassword(oldPassword = "sandbox-owner-password", newPassword = "another")
        }
        assertEquals(400, e.status)
        val shown = "${e.message} $e"
        assertFalse(shown.contains("sandbox-owner-password") || shown.contains("another"), shown)
        sandbox.clearRequests()
        expectError<FastlyException.InvalidArgument> { client.updateUserPassword("", "x") }
        assertNoRequest()
    }

    // ---- invitations ----

    @Test
    fun listInvitationsByPageNumber() {
        val first = client.listInvitations(pageSize = 3)
        assertEquals(invitationIds.take(3), first.data.map { it.id })
        assertEquals(7L, first.total)
        assertEquals(2L, first.nextPageNumber)
        assertNotNull(first.nextCursor)
        val nina = first.data.first()
        assertEquals("nina@example.com", nina.email)
        assertEquals("engineer", nina.role)
        assertEquals(1L, nina.statusCode)
        val last = client.listInvitations(pageNumber = 3, pageSize = 3)
        assertEquals(invitationIds.drop(6), last.data.map { it.id })
        assertNull(last.nextPageNumber, "no page after the last")
        assertNull(last.nextCursor)
        val query = sandbox.attempts("/invitations").last()["query"] as String
        assertTrue("page%5Bnumber%5D=3" in query || "page[number]=3" in query, query)
    }

    @Test
    fun listInvitationsRefusesBadPageNumbersWithoutARequest() {
        expectError<FastlyException.InvalidArgument> { client.listInvitations(pageNumber = 0) }
        val negative = expectError<FastlyException.InvalidArgument> { client.listInvitations(pageSize = -1) }
        assertTrue("pageSize must be between 1 and 4294967295" in negative.detail, negative.detail)
        assertNoRequest()
    }

    @Test
    fun iterInvitationsFetchesOnePageAtATime() {
        val walk = client.iterInvitations(pageSize = 3)
        assertEquals(0, invitationPagesRequested(), "nothing is fetched before the first item")
        val items = walk.asSequence().iterator()
        val first = items.next()
        assertEquals(invitationIds.first(), first.id)
        assertEquals(1, invitationPagesRequested(), "the first item needs only the first page")
        assertEquals(1L, walk.pagesFetched())
        val rest = items.asSequence().toList()
        assertEquals(invitationIds, listOf(first.id) + rest.map { it.id }, "every invitation once, in order")
        assertEquals(3, invitationPagesRequested(), "7 invitations, 3 per page")
        assertEquals(3L, walk.pagesFetched())
        assertNull(walk.next(), "the walk stays over")
    }

    @Test
    fun iterInvitationsRefusesANegativePageSize() {
        val e = expectError<FastlyException.InvalidArgument> { client.iterInvitations(pageSize = -3) }
        assertTrue("pageSize must be between 1 and 4294967295" in e.detail, e.detail)
        assertNoRequest()
    }

    @Test
    fun deleteInvitationRemovesItFromTheList() {
        val gone = invitationIds[1]
        client.deleteInvitation(gone)
        val left = client.iterInvitations().asSequence().map { it.id }.toList()
        assertEquals(invitationIds - gone, left)
        assertEquals(204L, sandbox.attempts("/invitations/$gone", "DELETE").single()["status"])
    }

    @Test
    fun deleteInvitationUnknownIdIsNotFound() {
        val e = expectError<FastlyException.NotFound> { client.deleteInvitation("invNoSuchOne") }
        assertEquals(404, e.status)
    }

    // ---- API tokens ----

    @Test
    fun listTokens() {
        val tokens = client.listTokens()
        assertEquals(tokenIds.take(2), tokens.map { it.id }, "the owner's two tokens")
        val self = tokens.first()
        assertEquals("sandbox", self.name)
        assertEquals(ownerId, self.userId)
        assertEquals(customerId, self.customerId)
        assertEquals(emptyList<String>(), self.services)
        assertEquals("global", self.scope)
        assertEquals(Instant.parse("2024-05-06T07:08:09Z"), self.lastUsedAt)
        assertEquals(Instant.parse("2030-01-01T00:00:00Z"), self.expiresAt)
        assertEquals("192.0.2.10", self.ip)
        assertEquals("fastly-cli/10.8.0", self.userAgent)
        assertEquals(listOf("SU1Z0isxPaozGVKXdv0eY", "7i6HN3TK9wS159v2gPAZ8A"), tokens[1].services)
    }

    @Test
    fun listTokensWithABadKeyIsUnauthorized() {
        sandbox.client(token = "not-the-sandbox-token").use { stranger ->
            val e = expectError<FastlyException.Unauthorized> { stranger.listTokens() }
            assertEquals(401, e.status)
        }
    }

    @Test
    fun listCustomerTokens() {
        val tokens = client.listCustomerTokens(customerId)
        assertEquals(tokenIds, tokens.map { it.id })
        val sam = tokens.single { it.id == "tkSamReadx4xCwxxJxx004" }
        assertNull(sam.lastUsedAt, "null timestamps stay null")
        assertNull(sam.expiresAt)
        assertNull(sam.ip)
    }

    @Test
    fun listCustomerTokensUnknownCustomerIsNotFound() {
        val e = expectError<FastlyException.NotFound> { client.listCustomerTokens("no-such-customer") }
        assertEquals(404, e.status)
    }

    @Test
    fun getCurrentToken() {
        val token = client.getCurrentToken()
        assertEquals(selfTokenId, token.id)
        assertEquals("global", token.scope)
        assertNotNull(token.createdAt)
        assertFalse(token.toString().contains(Sandbox.TOKEN), "the secret is never part of a token")
        assertEquals("/tokens/self", sandbox.requests().single()["path"])
    }

    @Test
    fun getCurrentTokenWithABadKeyIsUnauthorized() {
        sandbox.client(token = "not-the-sandbox-token").use { stranger ->
            expectError<FastlyException.Unauthorized> { stranger.getCurrentToken() }
        }
    }

    @Test
    fun getToken() {
        val token = client.getToken("tkErinDepx4xCwxxJxx003")
        assertEquals("Deploy pipeline", token.name)
        assertEquals(userIds("engineer").first(), token.userId)
        assertEquals("global purge_all", token.scope)
        sandbox.patch("token", "tkErinDepx4xCwxxJxx003", """{"expires_at":"soon","team":"release"}""")
        val patched = client.getToken("tkErinDepx4xCwxxJxx003")
        assertNull(patched.expiresAt, "an unreadable timestamp leaves the field null")
        assertEquals("\"soon\"", patched.extra["expires_at"], "... and its raw JSON in extra")
        assertEquals("\"release\"", patched.extra["team"])
    }

    @Test
    fun getTokenUnknownIdIsNotFound() {
        val e = expectError<FastlyException.NotFound> { client.getToken("tkNoSuchToken") }
        assertEquals(404, e.status)
        expectError<FastlyException.InvalidArgument> { client.getToken("self") }
    }

    @Test
    fun revokeTokenRemovesItFromListTokens() {
        val ci = tokenIds[1]
        assertTrue(client.listTokens().any { it.id == ci })
        client.revokeToken(ci)
        assertEquals(listOf(selfTokenId), client.listTokens().map { it.id })
        expectError<FastlyException.NotFound> { client.getToken(ci) }
    }

    @Test
    fun revokeTokenUnknownIdIsNotFound() {
        val e = expectError<FastlyException.NotFound> { client.revokeToken("tkNoSuchToken") }
        assertEquals(404, e.status)
    }

    @Test
    fun revokeCurrentTokenMakesTheNextCallUnauthorized() {
        try {
            client.revokeCurrentToken()
            val e = expectError<FastlyException.Unauthorized> { client.getCurrentUser() }
            assertEquals(401, e.status)
            assertEquals(listOf(204L), sandbox.attempts("/tokens/self", "DELETE").map { it["status"] })
        } finally {
            sandbox.reset()
        }
        assertEquals(ownerId, client.getCurrentUser().id, "a reset restores the key")
    }

    @Test
    fun revokeCurrentTokenWithABadKeyIsUnauthorized() {
        sandbox.client(token = "not-the-sandbox-token").use { stranger ->
            expectError<FastlyException.Unauthorized> { stranger.revokeCurrentToken() }
        }
        assertEquals(selfTokenId, client.getCurrentToken().id, "the real key still works")
    }

    @Test
    fun bulkRevokeTokensSendsTheBulkExtension() {
        val revoked = listOf("tkErinDepx4xCwxxJxx003", "tkUmaPurgx4xCwxxJxx006")
        client.bulkRevokeTokens(revoked)
        val delete = sandbox.attempts("/tokens", "DELETE").single()
        assertEquals("application/vnd.api+json; ext=bulk", delete["content_type"])
        assertEquals(204L, delete["status"])
        assertEquals(tokenIds - revoked.toSet(), client.listCustomerTokens(customerId).map { it.id })
    }

    @Test
    fun bulkRevokeTokensWithAnEmptyListSendsNoRequest() {
        val e = expectError<FastlyException.InvalidArgument> { client.bulkRevokeTokens(emptyList()) }
        assertNull(e.status)
        assertNoRequest()
        val unknown = expectError<FastlyException.BadRequest> { client.bulkRevokeTokens(listOf("tkNoSuchToken")) }
        assertEquals(400, unknown.status)
        assertEquals(tokenIds, client.listCustomerTokens(customerId).map { it.id }, "a refused request revokes nothing")
    }
}
