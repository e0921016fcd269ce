package dev.fastlyaccount

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * The fault matrix (docs/reliability.md), Kotlin column: the rows no other test covers.
 * Each test injects one fault with the sandbox and asserts what the caller sees AND how
 * many attempts the sandbox logged. The other rows are covered, with the same two checks,
 * by ErrorsTest (5xx forever, 429, delay, connection refused, malformed JSON, unknown
 * shape, redirect) and ConcurrencyTest (rendezvous).
 */
class FaultsTest : SandboxTest() {
    private val currentUser = "/current_user"

    @Test
    fun fault5xxThenSuccess() {
        sandbox.arm("""{"path":"$currentUser","times":2,"fault":{"type":"status","status":503,"retry_after":"0"}}""")
        val user = client.getCurrentUser() // maxRetries = 2
        assertEquals(ownerId, user.id)
        assertEquals(listOf(503L, 503L, 200L), sandbox.attempts(currentUser).map { it["status"] })
    }

    @Test
    fun faultConnectionResetMidBodyGetIsRetried() {
        sandbox.arm("""{"path":"$currentUser","fault":{"type":"reset"}}""")
        val user = client.getCurrentUser()
        assertEquals(ownerId, user.id)
        assertEquals(listOf("reset", null), sandbox.attempts(currentUser).map { it["fault"] })
    }

    @Test
    fun faultConnectionResetMidBodyPostIsNotResent() {
        sandbox.arm("""{"method":"POST","path":"/user-groups","fault":{"type":"reset"}}""")
        val e = expectError<FastlyException.Connection> { client.createUserGroup("Reset group") }
        assertNull(e.status)
        assertEquals(listOf("reset"), sandbox.attempts("/user-groups", "POST").map { it["fault"] })
        // The server did create it, exactly once: resending would have made a duplicate.
        val names = client.iterUserGroups(perPage = 100).asSequence().map { it.name }.toList()
        assertEquals(1, names.count { it == "Reset group" }, "$names")
    }

    @Test
    fun faultTruncatedBody() {
        sandbox.arm("""{"path":"$currentUser","fault":{"type":"truncate"}}""")
        val e = expectError<FastlyException.Decode> { client.getCurrentUser() }
        assertEquals(200, e.status)
        assertTrue(e.message!!.startsWith("could not decode the API response"), e.message)
        assertEquals(listOf("truncate"), sandbox.attempts(currentUser).map { it["fault"] })
    }

    @Test
    fun faultHugeBodyOverTheCap() {
        sandbox.arm("""{"path":"$currentUser","fault":{"type":"huge","bytes":100000}}""")
        sandbox.client(maxResponseBytes = 4096L).use { capped ->
            val e = expectError<FastlyException.Decode> { capped.getCurrentUser() }
            assertEquals(200, e.status)
            assertTrue(e.detail.contains("4096 byte limit"), e.detail)
            assertEquals(listOf("huge"), sandbox.attempts(currentUser).map { it["fault"] })
            // A small answer passes the same cap ...
            assertEquals(ownerId, capped.getCurrentUser().id)
        }
        // ... and without the cap (default 32 MiB) the big one is read.
        sandbox.arm("""{"path":"$currentUser","fault":{"type":"huge","bytes":100000}}""")
        val name = client.getCurrentUser().name
        assertTrue(name != null && name.length > 90_000, "name of ${name?.length} chars")
    }
}
