package dev.fastlyaccount

import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * The rest of the Account API (service authorizations, the audit log, the billing
 * address, automation tokens and sudo mode, logging in with createToken), end to end
 * against the sandbox, blocking and async: each operation once as it succeeds and once
 * as it fails; and no password, one-time code or new secret in any log record, toString
 * or error.
 */
class AccountRestTest : SandboxTest() {
    private val erin = "saSeedx4xCwxxJxErin001"
    private val uma = "saSeedx4xCwxxJxUma0001"
    private val ownerLogin: String get() = seed["owner_login"] as String
    private val ownerPassword: String get() = seed["owner_password"] as String

    private fun assertNoRequest() = assertEquals(emptyList<Any>(), sandbox.requests(), "nothing reached the API")

    @Suppress("UNCHECKED_CAST")
    private fun issuedSecrets(): List<String> =
        ((Json.parse(sandbox.control("GET", "/__sandbox/secrets", null)) as Map<String, Any?>)["secrets"]
            as List<Map<String, Any?>>).map { it["secret"] as String }

    @AfterEach
    fun loggingOff() = setLogSink(null, null)

    @Test
    fun serviceAuthorizations() {
        val page = client.listServiceAuthorizations(perPage = 1)
        assertEquals(1, page.data.size)
        assertEquals(2L, page.total)
        assertEquals(2L, page.nextPageNumber)
        assertNull(client.listServiceAuthorizations(perPage = 1, cursor = page.nextCursor).nextCursor)
        assertEquals("full", client.getServiceAuthorization(erin).permission)

        val user = userIds("billing")[0]
        val created = client.createServiceAuthorization(user, serviceIds[0], "read_only")
        assertEquals(user, created.userId)
        assertEquals(serviceIds[0], created.serviceId)
        assertEquals("purge_all", client.updateServiceAuthorization(created.id!!, "purge_all").permission)
        client.deleteServiceAuthorization(created.id!!)
        expectError<FastlyException.NotFound> { client.getServiceAuthorization(created.id!!) }
        expectError<FastlyException.BadRequest> { client.createServiceAuthorization("nobody", serviceIds[0], "full") }

        val updated = client.bulkUpdateServiceAuthorizations(listOf(erin, uma), "read_only")
        assertEquals(listOf("read_only", "read_only"), updated.map { it.permission })
        sandbox.clearRequests()
        assertEquals(2, client.iterServiceAuthorizations(perPage = 1).asSequence().count())
        assertEquals(2, sandbox.attempts("/service-authorizations").size, "a page a step")
        client.bulkDeleteServiceAuthorizations(listOf(erin, uma))
        assertTrue(client.listServiceAuthorizations().data.isEmpty())

        sandbox.clearRequests()
        expectError<FastlyException.InvalidArgument> { client.createServiceAuthorization(user, serviceIds[0], "admin") }
        expectError<FastlyException.InvalidArgument> { client.listServiceAuthorizations(perPage = 101) }
        expectError<FastlyException.InvalidArgument> { client.bulkDeleteServiceAuthorizations(emptyList()) }
        assertNoRequest()
    }

    @Test
    fun events() {
        val all = client.listEvents()
        assertTrue(all.data.size >= 6)
        assertEquals(all.data.map { it.createdAt }.sortedBy { it }, all.data.map { it.createdAt })
        val typed = client.listEvents(eventType = "logging.update")
        assertTrue(typed.data.isNotEmpty() && typed.data.all { it.eventType == "logging.update" })
        assertTrue(typed.data[0].extra.containsKey("metadata"))
        assertEquals(typed.data[0], client.getEvent(typed.data[0].id!!))
        val newest = client.listEvents(sort = "-created_at", perPage = 2)
        assertTrue(newest.data[0].createdAt!! >= newest.data[1].createdAt!!)

        client.deleteUser(userIds("user")[0])
        val recorded = client.listEvents(eventType = "user.destroy", tokenId = seed["self_token_id"] as String)
        assertEquals(1, recorded.data.size)

        sandbox.clearRequests()
        val walked = client.iterEvents(perPage = 2).asSequence().toList()
        assertEquals((walked.size + 1) / 2, sandbox.attempts("/events").size)

        expectError<FastlyException.NotFound> { client.getEvent("evNoSuchEvent") }
        expectError<FastlyException.BadRequest> { client.listEvents(createdAtGt = "yesterday") }
        sandbox.clearRequests()
        expectError<FastlyException.InvalidArgument> { client.listEvents(sort = "newest") }
        expectError<FastlyException.InvalidArgument> { client.iterEvents(sort = "newest").next() }
        assertNoRequest()
    }

    @Test
    fun billingAddress() {
        val seeded = client.getBillingAddress(customerId)
        assertNotNull(seeded.address1)
        val updated = client.updateBillingAddress(customerId, state = "DE")
        assertEquals("DE", updated.state)
        assertEquals(seeded.address1, updated.address1)
        expectError<FastlyException.BadRequest> {
            client.addBillingAddress(customerId, "1 Main St", "Springfield", "US")
        }
        client.deleteBillingAddress(customerId)
        expectError<FastlyException.NotFound> { client.getBillingAddress(customerId) }
        val e = expectError<FastlyException.BadRequest> {
            client.addBillingAddress(customerId, "1 Main St", "Springfield", "US", postalCode = "00000")
        }
        assertTrue(e.message!!.contains("Could not validate address"), e.message)
        val added = client.addBillingAddress(
            customerId, address1 = "1 Main St", city = "Springfield", country = "US",
            postalCode = "00000", skipVerification = true,
        )
        assertEquals("Springfield", added.city)
        sandbox.clearRequests()
        expectError<FastlyException.InvalidArgument> { client.addBillingAddress(customerId, "x", "y", "us") }
        expectError<FastlyException.InvalidArgument> { client.updateBillingAddress(customerId) }
        assertNoRequest()
    }

    @Test
    fun automationTokens() {
        val listed = client.listAutomationTokens()
        assertTrue(listed.data.isNotEmpty())
        assertEquals(listed.data[0].id, client.getAutomationToken(listed.data[0].id!!).id)
        expectError<FastlyException.Forbidden> { client.createAutomationToken("ci", "engineer") }
        expectError<FastlyException.Forbidden> { client.requestSudoAccess(ownerLogin, "not-the-password") }
        assertNotNull(client.requestSudoAccess(ownerLogin, ownerPassword).expiryTime)
        val created = client.createAutomationToken("ci", "engineer", services = serviceIds.take(3), scope = "global:read")
        val secret = created.secret!!
        assertTrue(secret.reveal() in issuedSecrets())
        assertFalse(created.toString().contains(secret.reveal()), created.toString())
        assertEquals(serviceIds.take(2), client.listAutomationTokenServices(created.id!!, perPage = 2).data.map { it.id })
        assertEquals(serviceIds.take(3), client.iterAutomationTokenServices(created.id!!, perPage = 2).asSequence().map { it.id }.toList())

        sandbox.client(token = secret.reveal()).use { asToken ->
            assertEquals(customerId, asToken.getCurrentCustomer().id)
            client.revokeAutomationToken(created.id!!)
            expectError<FastlyException.Unauthorized> { asToken.getCurrentCustomer() }
        }
        assertFalse(client.iterAutomationTokens(perPage = 1).asSequence().any { it.id == created.id })
        sandbox.clearRequests()
        expectError<FastlyException.InvalidArgument> { client.createAutomationToken("ci", "superuser") }
        expectError<FastlyException.InvalidArgument> { client.createAutomationToken("ci", "user", expiresAt = "tomorrow") }
        assertNoRequest()
    }

    @Test
    fun createTokenLogsIn() {
        val token = createToken(ownerLogin, ownerPassword, name = "laptop", endpoint = sandbox.url)
        assertEquals("laptop", token.name)
        val secret = token.secret!!
        assertTrue(secret.reveal() in issuedSecrets())
        assertEquals("TokenSecret(***)", secret.toString())
        assertFalse(sandbox.attempts("/tokens", "POST").last()["fastly_key_present"] as Boolean)
        sandbox.client(token = secret.reveal()).use { assertEquals(ownerLogin, it.getCurrentUser().login) }

        val user = seed["two_factor_login"] as String
        val password = seed["two_factor_password"] as String
        val e = expectError<FastlyException.BadRequest> { createToken(user, password, endpoint = sandbox.url) }
        assertTrue(e.message!!.contains("2fa.verify"), e.message)
        expectError<FastlyException.BadRequest> { createToken(user, password, otp = "000000", endpoint = sandbox.url) }
        assertNotNull(createToken(user, password, otp = seed["one_time_code"] as String, endpoint = sandbox.url).secret)
        expectError<FastlyException.BadRequest> { createToken(ownerLogin, "wrong", endpoint = sandbox.url) }
        expectError<FastlyException.InvalidArgument> { createToken(ownerLogin, "", endpoint = sandbox.url) }
    }

    @Test
    fun theAsyncForms() = runBlocking {
        sandbox.asyncClient().use { async ->
            val token = createTokenAsync(ownerLogin, ownerPassword, endpoint = sandbox.url)
            assertNotNull(token.secret)
            expectAsyncError<FastlyException.BadRequest> { createTokenAsync(ownerLogin, "wrong", endpoint = sandbox.url) }
            assertEquals(2, async.listServiceAuthorizations().data.size)
            assertEquals("read_only", async.updateServiceAuthorization(erin, "read_only").permission)
            val created = async.createServiceAuthorization(userIds("billing")[0], serviceIds[0], "full")
            async.deleteServiceAuthorization(created.id!!)
            async.bulkUpdateServiceAuthorizations(listOf(erin), "full")
            async.bulkDeleteServiceAuthorizations(listOf(uma))
            expectAsyncError<FastlyException.NotFound> { async.getServiceAuthorization(uma) }
            assertTrue(async.iterServiceAuthorizations(perPage = 1).asFlow().toList().size == 1)
            val events = async.iterEvents(perPage = 3).asFlow().toList()
            assertTrue(events.size >= 6)
            assertEquals(events[0], async.getEvent(events[0].id!!))
            assertTrue(async.listEvents(userId = ownerId).data.all { it.userId == ownerId })
            assertNotNull(async.getBillingAddress(customerId).id)
            assertEquals("DE", async.updateBillingAddress(customerId, state = "DE").state)
            async.deleteBillingAddress(customerId)
            assertEquals("Springfield", async.addBillingAddress(customerId, "1 Main St", "Springfield", "US").city)
            expectAsyncError<FastlyException.Forbidden> { async.createAutomationToken("ci", "user") }
            async.requestSudoAccess(ownerLogin, ownerPassword)
            val automation = async.createAutomationToken("ci", "user", services = serviceIds.take(2))
            assertEquals(automation.id, async.getAutomationToken(automation.id!!).id)
            assertEquals(2, async.listAutomationTokenServices(automation.id!!).data.size)
            assertEquals(2, async.iterAutomationTokenServices(automation.id!!, perPage = 1).asFlow().toList().size)
            assertTrue(async.listAutomationTokens().data.any { it.id == automation.id })
            assertTrue(async.iterAutomationTokens(perPage = 1).asFlow().toList().any { it.id == automation.id })
            async.revokeAutomationToken(automation.id!!)
            expectAsyncError<FastlyException.NotFound> { async.getAutomationToken(automation.id!!) }
        }
    }

    @Test
    fun secretsNeverReachLogsStringsOrErrors() {
        val sink = RecordingSink()
        setLogSink(sink, LogLevel.TRACE)
        val shown = mutableListOf<String>()
        val token = createToken(ownerLogin, ownerPassword, endpoint = sandbox.url)
        shown += listOf(token.toString(), token.secret.toString())
        val failures = listOf(
            expectError<FastlyException.BadRequest> { createToken(ownerLogin, "wrong-Pa55word", endpoint = sandbox.url) },
            expectError<FastlyException.BadRequest> {
                createToken(seed["two_factor_login"] as String, seed["two_factor_password"] as String, otp = "987654", endpoint = sandbox.url)
            },
            expectError<FastlyException.Forbidden> { client.requestSudoAccess(ownerLogin, "wrong-Pa55word") },
        )
        failures.forEach { shown += listOf(it.message!!, it.toString(), it.stackTraceToString()) }
        client.requestSudoAccess(ownerLogin, ownerPassword)
        val created = client.createAutomationToken("ci", "user")
        shown += created.toString()
        client.updateUserPassword(ownerPassword, "new-Pa55word-1")
        shown += sandbox.requests().toString()
        val records = sink.records.map { it.second }
        assertTrue(records.isNotEmpty(), "the calls were logged")
        val secrets = listOf(
            ownerPassword, "wrong-Pa55word", "new-Pa55word-1", seed["two_factor_password"] as String, "987654",
            token.secret!!.reveal(), created.secret!!.reveal(),
        )
        for (text in shown + records) {
            for (secret in secrets) assertFalse(text.contains(secret), "$secret in $text")
        }
    }
}
