package dev.fastlyaccount

import java.net.ServerSocket
import java.time.Duration
import java.time.Instant
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * Each FastlyException case, observed from a real sandbox response or fault: the case, the
 * status as a typed property, and a message that reads as a sentence (checked by expectError).
 */
class ErrorsTest : SandboxTest() {
    @Test
    fun unauthorizedForAWrongToken() {
        sandbox.client(token = "wrong-token-5150").use { wrong ->
            val e = expectError<FastlyException.Unauthorized> { wrong.getCurrentUser() }
            assertEquals(401, e.status)
            assertTrue(e.message!!.startsWith("the API rejected the token (HTTP 401)"), e.message)
            assertFalse(e.message!!.contains("wrong-token-5150"), "the token is never printed")
        }
        val logged = sandbox.requests().single()
        assertEquals(true, logged["fastly_key_present"])
        assertEquals(false, logged["fastly_key_valid"])
    }

    @Test
    fun forbidden() {
        // The sandbox's one token is the owner's, so a 403 is injected.
        sandbox.arm("""{"path":"/current_customer","fault":{"type":"status","status":403}}""")
        val e = expectError<FastlyException.Forbidden> { client.getCurrentCustomer() }
        assertEquals(403, e.status)
        assertTrue(e.message!!.startsWith("permission denied (HTTP 403)"), e.message)
    }

    @Test
    fun notFound() {
        val e = expectError<FastlyException.NotFound> { client.getUser("no-such-user") }
        assertEquals(404, e.status)
        assertTrue(e.message!!.startsWith("not found (HTTP 404)"), e.message)
        assertTrue(e.detail.contains("no-such-user"), "the body's message: ${e.detail}")
        val role = expectError<FastlyException.NotFound> { client.getRole("role-nope") }
        assertEquals(404, role.status)
    }

    @Test
    fun badRequest() {
        val e = expectError<FastlyException.BadRequest> { client.deleteUser(ownerId) }
        assertEquals(400, e.status)
        assertTrue(e.message!!.contains("owner cannot be deleted"), e.message)
        val page = expectError<FastlyException.BadRequest> { client.listRoles(perPage = 1001) }
        assertTrue(page.detail.contains("per_page"), page.detail)
    }

    @Test
    fun rateLimitedWithRemainingAndReset() {
        val reset = Instant.now().plusSeconds(600).epochSecond
        sandbox.arm("""{"path":"/current_user","fault":{"type":"rate_limit","remaining":0,"reset":$reset}}""")
        val e = expectError<FastlyException.RateLimited> { client.getCurrentUser() }
        assertEquals(429, e.status)
        assertEquals(0L, e.remaining)
        assertEquals(Instant.ofEpochSecond(reset), e.reset)
        assertTrue(e.message!!.startsWith("rate limited (HTTP 429)"), e.message)
        // Fault matrix: 429 with rate-limit headers -> RateLimited, 1 attempt (not retried).
        assertEquals(listOf(429L), sandbox.attempts("/current_user").map { it["status"] })
    }

    @Test
    fun serverErrorAfterRetries() {
        sandbox.arm("""{"path":"/current_user","forever":true,"fault":{"type":"status","status":503}}""")
        val e = expectError<FastlyException.Server> { client.getCurrentUser() }
        assertEquals(503, e.status)
        assertTrue(e.message!!.startsWith("the API failed (HTTP 503)"), e.message)
        // Fault matrix: 5xx forever -> Server after maxRetries + 1 = 3 attempts.
        assertEquals(listOf(503L, 503L, 503L), sandbox.attempts("/current_user").map { it["status"] })
    }

    @Test
    fun serverErrorWithAnUnknownBodyStillReads() {
        sandbox.arm("""{"method":"POST","path":"/user-groups","fault":{"type":"unknown_shape","status":500}}""")
        val e = expectError<FastlyException.Server> { client.createUserGroup("Odd group") }
        assertEquals(500, e.status)
        // Fault matrix: an HTML body still gives a readable message, markup stripped;
        // a 500 on a POST is not retried: 1 attempt.
        assertTrue(e.detail.contains("Something odd happened"), e.detail)
        assertFalse('<' in e.message!!, e.message)
        assertEquals(listOf("unknown_shape"), sandbox.attempts("/user-groups", "POST").map { it["fault"] })
    }

    @Test
    fun redirectIsAnHttpErrorAndNeverFollowed() {
        sandbox.arm("""{"path":"/current_user","fault":{"type":"redirect"}}""")
        val e = expectError<FastlyException.Http> { client.getCurrentUser() }
        assertEquals(302, e.status)
        assertTrue(e.detail.contains("not followed"), e.detail)
        // Fault matrix: redirect -> Http 302, 1 attempt, the other host saw nothing.
        assertEquals(listOf(302L), sandbox.attempts("/current_user").map { it["status"] })
        assertEquals(emptyList<Any>(), sandbox.canaryRequests(), "the redirect target got nothing")
    }

    @Test
    fun timeout() {
        sandbox.arm("""{"path":"/current_user","fault":{"type":"delay","ms":1500}}""")
        sandbox.client(timeout = Duration.ofMillis(300), maxRetries = 2).use { impatient ->
            val e = expectError<FastlyException.Timeout> { impatient.getCurrentUser() }
            assertNull(e.status)
            assertTrue(e.message!!.startsWith("the request timed out"), e.message)
        }
        // Fault matrix: delay past the timeout -> Timeout, 1 attempt (a timeout is not
        // retried). The delayed request is logged once the sandbox answers it; a retry
        // would have been answered, and logged, before it.
        sandbox.awaitRecord("/current_user", "delay")
        assertEquals(listOf("delay"), sandbox.attempts("/current_user").map { it["fault"] })
    }

    @Test
    fun connectionRefused() {
        val closedPort = ServerSocket(0).use { it.localPort }
        val log = RecordingSink()
        setLogSink(log, LogLevel.DEBUG)
        try {
            Client.withOptions(
                Sandbox.TOKEN,
                endpoint = "http://127.0.0.1:$closedPort",
                maxRetries = 1,
                retryBaseDelay = Duration.ofMillis(10),
            ).use { nowhere ->
                val e = expectError<FastlyException.Connection> { nowhere.getCurrentCustomer() }
                assertNull(e.status)
                assertTrue(e.message!!.startsWith("network error"), e.message)
            }
        } finally {
            setLogSink(null, null)
        }
        // Fault matrix: nothing reaches a server. The client's own log shows the connect
        // failure was retried (nothing was sent): maxRetries + 1 = 2 failed attempts.
        assertEquals(emptyList<Any>(), sandbox.requests())
        val attempts = log.attempts().map { it.split(' ') }
        assertEquals(2, attempts.size, "$attempts")
        assertTrue("attempt=1" in attempts[0] && "attempt=2" in attempts[1], "$attempts")
        assertTrue(attempts.all { "outcome=failed" in it && it.none { part -> part.startsWith("status=") } }, "$attempts")
    }

    @Test
    fun connectionCutMidAnswer() {
        sandbox.arm("""{"path":"/current_user","forever":true,"fault":{"type":"close"}}""")
        expectError<FastlyException.Connection> { client.getCurrentUser() }
    }

    @Test
    fun decodeOfAMalformedBody() {
        sandbox.arm("""{"path":"/current_customer","fault":{"type":"malformed"}}""")
        val e = expectError<FastlyException.Decode> { client.getCurrentCustomer() }
        assertEquals(200, e.status)
        assertTrue(e.message!!.startsWith("could not decode the API response"), e.message)
        // Fault matrix: malformed JSON -> Decode, 1 attempt.
        assertEquals(listOf("malformed"), sandbox.attempts("/current_customer").map { it["fault"] })
    }

    @Test
    fun invalidArgumentsAreRefusedBeforeAnyRequest() {
        val empty = expectError<FastlyException.InvalidArgument> { client.getUser("") }
        assertNull(empty.status)
        assertTrue(empty.message!!.startsWith("invalid argument"), empty.message)
        val email = expectError<FastlyException.InvalidArgument> { client.createInvitation("not-an-email", "user") }
        assertTrue(email.detail.contains("not-an-email"), email.detail)
        val role = expectError<FastlyException.InvalidArgument> { client.updateUser(ownerId, role = "wizard") }
        assertTrue(role.detail.contains("wizard"), role.detail)
        val unknown = expectError<FastlyException.InvalidArgument> { client.createInvitation("a@example.com", "root") }
        assertTrue(unknown.detail.contains("tls_admin"), "the six roles are named: ${unknown.detail}")
        expectError<FastlyException.InvalidArgument> { client.updateCustomer(customerId) }
        expectError<FastlyException.InvalidArgument> { client.createUserGroup("") }
        expectError<FastlyException.InvalidArgument> { client.listRoles(perPage = 0) }
        assertEquals(0, sandbox.requests().size, "nothing reached the API")
    }

    @Test
    fun invalidConfiguration() {
        val noToken = expectError<FastlyException.InvalidArgument> { Client("") }
        assertTrue(noToken.message!!.contains("token"), noToken.message)
        val plainHttp = expectError<FastlyException.InvalidArgument> {
            Client.withOptions(Sandbox.TOKEN, endpoint = "http://api.example.com")
        }
        assertTrue(plainHttp.message!!.contains("https"), plainHttp.message)
        assertFalse(plainHttp.message!!.contains(Sandbox.TOKEN))
    }

    @Test
    fun anErrorIsAnOrdinaryKotlinException() {
        val caught: Exception = try {
            client.getUser("no-such-user")
            error("no exception")
        } catch (e: Exception) {
            e
        }
        assertTrue(caught is FastlyException)
        assertEquals((caught as FastlyException).toString(), caught.message)
    }
}
