package dev.fastlyaccount.testing

import dev.fastlyaccount.FastlyException
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Assertions.fail
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.Test
import java.net.InetAddress
import java.net.ServerSocket
import java.net.URI
import java.time.Duration
import java.time.Instant

/** The testing kit as a user's suite uses it: the in-process sandbox and the real Client. */
class SandboxTest {
    private lateinit var sandbox: Sandbox

    @BeforeEach
    fun start() {
        sandbox = Sandbox()
    }

    @AfterEach
    fun stop() {
        sandbox.close()
    }

    private inline fun <reified E : Throwable> expectError(block: () -> Unit): E {
        try {
            block()
        } catch (e: Throwable) {
            if (e is E) return e
            throw AssertionError("expected ${E::class.simpleName}, got $e", e)
        }
        fail<Unit>("expected ${E::class.simpleName}, nothing was thrown")
        throw IllegalStateException()
    }

    @Test
    fun `starts in milliseconds on a loopback port`() {
        // Measured, not asserted tightly: the number goes into the report.
        val times = (1..20).map {
            val started = System.nanoTime()
            Sandbox().use { it.endpoint() }
            (System.nanoTime() - started) / 1_000_000.0
        }.sorted()
        println("sandbox start+stop: median %.2f ms, max %.2f ms over 20".format(times[10], times.last()))
        assertTrue(times[10] < 1000.0, "median start+stop took ${times[10]} ms")
        assertTrue(sandbox.endpoint().startsWith("http://127.0.0.1:"), sandbox.endpoint())
        assertEquals("sandbox-token", sandbox.token())
        assertTrue(sandbox.running())
    }

    @Test
    fun `a client of the sandbox calls the API`() {
        sandbox.client().use { client ->
            assertNotNull(client.getCurrentUser().login)
            assertEquals(sandbox.endpoint(), client.endpoint().trimEnd('/'))
        }
        val request = sandbox.requests().single()
        assertEquals(1L, request.seq)
        assertEquals("GET", request.method)
        assertEquals("/current_user", request.path)
        assertEquals(200, request.status)
        assertEquals(null, request.fault)
        assertTrue(request.fastlyKeyPresent && request.fastlyKeyValid)
        assertTrue(request.userAgent.orEmpty().startsWith("fastly-account/"), request.userAgent)
    }

    @Test
    fun `an async client of the sandbox calls the API`() {
        sandbox.asyncClient().use { client ->
            runBlocking { assertNotNull(client.getCurrentCustomer().id) }
        }
        assertEquals(listOf("/current_customer"), sandbox.requests().map { it.path })
    }

    @Test
    fun `fail with status 503 makes the next matching call throw Server`() {
        sandbox.client(maxRetries = 0).use { client ->
            sandbox.fail(Fault.Status(503), path = "/current_user")
            val e = expectError<FastlyException.Server> { client.getCurrentUser() }
            assertEquals(503, e.status)
            // Once: the next call is answered normally.
            assertNotNull(client.getCurrentUser().login)
        }
        val log = sandbox.requests()
        assertEquals(listOf(503, 200), log.map { it.status })
        assertEquals(listOf("status", null), log.map { it.fault })
    }

    @Test
    fun `a rule applies only to its path and method, times times`() {
        sandbox.client(maxRetries = 0).use { client ->
            sandbox.fail(Fault.Status(500, null), path = "/current_customer", method = "GET", times = 2)
            assertNotNull(client.getCurrentUser().login)
            repeat(2) { expectError<FastlyException.Server> { client.getCurrentCustomer() } }
            assertNotNull(client.getCurrentCustomer().id)
        }
        assertEquals(listOf(200, 500, 500, 200), sandbox.requests().map { it.status })
    }

    @Test
    fun `a rate limit reaches the client's RateLimited with its headers`() {
        val resetAt = Instant.now().plusSeconds(120).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
        sandbox.fail(Fault.RateLimit(remaining = 3, resetAt = resetAt, retryAfter = null))
        sandbox.client().use { client ->
            val e = expectError<FastlyException.RateLimited> { client.getCurrentUser() }
            assertEquals(429, e.status)
            assertEquals(3L, e.remaining)
            assertEquals(resetAt, e.reset, "the same Instant as the fault's")
        }
        sandbox.fail(Fault.RateLimit())
        sandbox.client().use { client ->
            val e = expectError<FastlyException.RateLimited> { client.getCurrentUser() }
            assertEquals(0L, e.remaining)
        }
        assertEquals(listOf("rate_limit", "rate_limit"), sandbox.requests().map { it.fault })
    }

    @Test
    fun `a delay longer than the client's timeout is a Timeout`() {
        sandbox.fail(Fault.Delay(3_000), path = "/current_user")
        sandbox.client(timeout = Duration.ofMillis(300), maxRetries = 0).use { client ->
            expectError<FastlyException.Timeout> { client.getCurrentUser() }
        }
    }

    @Test
    fun `broken and malformed answers reach the client as Connection and Decode`() {
        sandbox.client(maxRetries = 0).use { client ->
            sandbox.fail(Fault.Reset)
            expectError<FastlyException.Connection> { client.getCurrentUser() }
            sandbox.fail(Fault.Malformed)
            expectError<FastlyException.Decode> { client.getCurrentUser() }
        }
    }

    @Test
    fun `the request log says whether the key was right, never the key`() {
        sandbox.client(token = "not-the-token").use { client ->
            expectError<FastlyException.Unauthorized> { client.getCurrentUser() }
        }
        val request = sandbox.requests().single()
        assertEquals(401, request.status)
        assertTrue(request.fastlyKeyPresent)
        assertFalse(request.fastlyKeyValid)
        assertFalse(request.toString().contains("not-the-token"), request.toString())
        sandbox.clearRequests()
        assertEquals(emptyList<SandboxRequest>(), sandbox.requests())
    }

    @Test
    fun `a sandbox accepts the token it was given`() {
        Sandbox("my-test-token").use { custom ->
            assertEquals("my-test-token", custom.token())
            custom.client().use { assertNotNull(it.getCurrentUser().login) }
            assertTrue(custom.requests().single().fastlyKeyValid)
        }
    }

    @Test
    fun `reset disarms faults and empties the log`() {
        sandbox.fail(Fault.Status(503), forever = true)
        sandbox.client(maxRetries = 0).use { client ->
            repeat(3) { expectError<FastlyException.Server> { client.getCurrentUser() } }
            sandbox.reset()
            assertEquals(emptyList<SandboxRequest>(), sandbox.requests())
            assertNotNull(client.getCurrentUser().login)
        }
        assertEquals(listOf(1L), sandbox.requests().map { it.seq })
    }

    @Test
    fun `arm takes a raw rule for the faults fail does not name`() {
        sandbox.arm("""{"fault":{"type":"unknown_shape","status":502},"path":"/current_user"}""")
        sandbox.client(maxRetries = 0).use { client ->
            val e = expectError<FastlyException.Server> { client.getCurrentUser() }
            assertEquals(502, e.status)
        }
    }

    @Test
    fun `what cannot be armed is InvalidArgument, and nothing is armed`() {
        expectError<SandboxException.InvalidArgument> { sandbox.fail(Fault.Status(42)) }
        expectError<SandboxException.InvalidArgument> { sandbox.fail(Fault.Status(503), times = 0) }
        expectError<SandboxException.InvalidArgument> { sandbox.fail(Fault.Delay(-1)) }
        expectError<SandboxException.InvalidArgument> { sandbox.fail(Fault.RateLimit(remaining = -1)) }
        val e = expectError<SandboxException.InvalidArgument> { sandbox.arm("{") }
        assertTrue(e.message.orEmpty().contains("the fault rule is not valid"), e.message)
        sandbox.client(maxRetries = 0).use { assertNotNull(it.getCurrentUser().login) }
    }

    @Test
    fun `stop frees the port and is idempotent`() {
        val port = URI(sandbox.endpoint()).port
        val client = sandbox.client(maxRetries = 0, connectTimeout = Duration.ofSeconds(2))
        assertNotNull(client.getCurrentUser().login)
        sandbox.stop()
        sandbox.stop()
        assertFalse(sandbox.running())
        expectError<SandboxException.Stopped> { sandbox.requests() }
        expectError<SandboxException.Stopped> { sandbox.fail(Fault.Malformed) }
        expectError<FastlyException.Connection> { client.getCurrentUser() }
        client.close()
        ServerSocket(port, 1, InetAddress.getLoopbackAddress()).close()
    }

    @Test
    fun `closing the object stops the sandbox`() {
        val other = Sandbox()
        val port = URI(other.endpoint()).port
        other.use { assertTrue(it.running()) }
        ServerSocket(port, 1, InetAddress.getLoopbackAddress()).close()
    }
}
