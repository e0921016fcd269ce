package dev.fastlyaccount

import java.time.Duration
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * The misuse suite: generated hostile values for every kind of argument (durations,
 * counts, ids, cursors, option fields, endpoints), through the blocking and the async
 * client against the sandbox. Each case must end in a typed [FastlyException] (or a
 * valid request): never another exception type, a crash or a hang. The counts are in
 * docs/reliability.md.
 */
class MisuseTest : SandboxTest() {
    /** How many cases this class ran (printed for docs/reliability.md). */
    private var cases = 0

    private val hostileStrings: List<String> = listOf(
        "", " ", ".", "..", "../customer/x", "a/b?c#d", "%2F%00", "\u0000\r\n", "\u202eü👩‍💻",
        "page:-1", "page:0", "page:abc", "x".repeat(70_000), "garbage", "\uFFFF", "'; DROP TABLE",
    )

    /** Runs `call`: it must succeed or throw a FastlyException of one of `allowed`. */
    private fun typed(what: String, vararg allowed: Class<out FastlyException>, call: () -> Any?) {
        cases++
        try {
            call()
        } catch (e: FastlyException) {
            assertTrue(allowed.any { it.isInstance(e) }, "$what: ${e::class.simpleName}: ${e.message}")
            assertReadable(e)
        } catch (e: Throwable) {
            throw AssertionError("$what: not a FastlyException: $e", e)
        }
    }

    private val invalidOrAbsent = arrayOf(
        FastlyException.InvalidArgument::class.java,
        FastlyException.NotFound::class.java,
        FastlyException.BadRequest::class.java,
    )

    @Test
    fun everyDurationSettingRefusesNegativeAndHugeValuesByName() {
        val bad = listOf(Duration.ofSeconds(-1), Duration.ofNanos(-1), Duration.ofSeconds(Long.MAX_VALUE))
        val settings = listOf("timeout", "connectTimeout", "retryBaseDelay", "retryMaxDelay", "rateLimitWait")
        for (name in settings) {
            for (value in bad) {
                cases++
                val e = expectError<FastlyException.InvalidArgument> {
                    Client.withOptions(
                        "t0ken",
                        endpoint = "http://127.0.0.1:9",
                        timeout = if (name == "timeout") value else null,
                        connectTimeout = if (name == "connectTimeout") value else null,
                        retryBaseDelay = if (name == "retryBaseDelay") value else null,
                        retryMaxDelay = if (name == "retryMaxDelay") value else null,
                        rateLimitWait = if (name == "rateLimitWait") value else null,
                    ).close()
                }
                assertTrue(e.detail.startsWith("$name must be a finite number of seconds"), e.detail)
            }
        }
        for (name in listOf("timeout", "connectTimeout")) {
            cases++
            val e = expectError<FastlyException.InvalidArgument> {
                AsyncClient.withOptions(
                    "t0ken",
                    timeout = if (name == "timeout") Duration.ZERO else null,
                    connectTimeout = if (name == "connectTimeout") Duration.ZERO else null,
                ).close()
            }
            assertEquals("$name must be a finite number of seconds, more than 0 and at most 86400; got 0", e.detail)
        }
    }

    @Test
    fun countsHaveOneRangeWhateverTheValue() {
        for (value in listOf(-1, 0, Int.MIN_VALUE)) {
            cases++
            val e = expectError<FastlyException.InvalidArgument> { client.listRoles(perPage = value) }
            assertEquals("perPage must be between 1 and 4294967295, got $value", e.detail)
        }
        cases++
        val pageSize = expectError<FastlyException.InvalidArgument> { client.listInvitations(pageSize = 0) }
        assertEquals("pageSize must be between 1 and 4294967295, got 0", pageSize.detail)
        cases++
        val retries = expectError<FastlyException.InvalidArgument> { Client.withOptions("t", maxRetries = -1) }
        assertEquals("maxRetries must be between 0 and 4294967295, got -1", retries.detail)
        cases++
        val bytes = expectError<FastlyException.InvalidArgument> { Client.withOptions("t", maxResponseBytes = 0) }
        assertTrue(bytes.detail.startsWith("maxResponseBytes must be between 1 and"), bytes.detail)
        assertEquals(emptyList<Any>(), sandbox.requests(), "nothing reached the API")
    }

    @Test
    fun hostileIdsEndInATypedError() {
        val seeded = customerId
        for (id in hostileStrings) {
            typed("getUser", *invalidOrAbsent) { client.getUser(id) }
            typed("getCustomer", *invalidOrAbsent) { client.getCustomer(id) }
            typed("getRole", *invalidOrAbsent) { client.getRole(id) }
            typed("getIamRole", *invalidOrAbsent) { client.getIamRole(id, includePermissions = true) }
            typed("getServiceGroup", *invalidOrAbsent) { client.getServiceGroup(id) }
            typed("getUserGroup", *invalidOrAbsent) { client.getUserGroup(id) }
            typed("getToken", *invalidOrAbsent) { client.getToken(id) }
            typed("deleteInvitation", *invalidOrAbsent) { client.deleteInvitation(id) }
            typed("requestPasswordReset", *invalidOrAbsent) { client.requestPasswordReset(id) }
            typed("bulkRevokeTokens", *invalidOrAbsent) { client.bulkRevokeTokens(listOf(id)) }
            typed("updateUser", *invalidOrAbsent) { client.updateUser(userIds("engineer").first(), name = id, login = id) }
            typed("updateCustomer", *invalidOrAbsent) { client.updateCustomer(seeded, billingNetworkType = id) }
            typed("createInvitation", *invalidOrAbsent) {
                client.createInvitation(id, id, serviceInvitations = mapOf(id to id))
            }
            typed("createServiceGroup", *invalidOrAbsent) { client.createServiceGroup(id, services = listOf(id)) }
            typed("async getUser", *invalidOrAbsent) { runBlocking { sandbox.asyncClient().use { it.getUser(id) } } }
        }
        assertEquals(seeded, client.getCurrentCustomer().id, "the sandbox still answers")
        println("kotlin misuse: $cases cases")
    }

    @Test
    fun hostileCursorsAreRefusedOrSent() {
        for (cursor in hostileStrings) {
            typed("listRoles", *invalidOrAbsent) { client.listRoles(perPage = 5, cursor = cursor) }
            typed("listServiceGroups", *invalidOrAbsent) { client.listServiceGroups(cursor = cursor) }
        }
        for (cursor in listOf("", " ", "page:-1", "page:0", "page:abc", "y".repeat(9000))) {
            cases++
            val e = expectError<FastlyException.InvalidArgument> { client.listUserGroups(cursor = cursor) }
            assertTrue(e.detail.startsWith("cursor"), e.detail)
        }
    }

    @Test
    fun anIdTooLongToSendIsRefusedAndNotRetried() {
        sandbox.clearRequests()
        val e = expectError<FastlyException.InvalidArgument> { client.getUser("x".repeat(70_000)) }
        assertTrue(e.detail.startsWith("user_id is too long to send"), e.detail)
        assertEquals(emptyList<Any>(), sandbox.requests(), "nothing was sent, nothing retried")
    }

    @Test
    fun httpsToAPlainHttpServerSaysSo() {
        Client.withOptions(sandbox.token, endpoint = sandbox.url.replace("http://", "https://"), maxRetries = 0).use { tls ->
            val e = expectError<FastlyException.Connection> { tls.getCurrentUser() }
            assertTrue("without TLS" in e.detail && "InvalidContentType" !in e.detail, e.detail)
        }
    }
}
