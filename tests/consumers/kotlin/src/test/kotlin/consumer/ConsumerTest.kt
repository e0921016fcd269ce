package consumer

import dev.fastlyaccount.AsyncClient
import dev.fastlyaccount.Client
import dev.fastlyaccount.FastlyException
import dev.fastlyaccount.asFlow
import dev.fastlyaccount.asSequence
import dev.fastlyaccount.status
import java.time.Duration
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

/**
 * What a user's project does with the published jar: calls against the sandbox that
 * run.sh started (FASTLY_SANDBOX_URL, FASTLY_SANDBOX_TOKEN; started with `--roles 5`).
 * Only public API of dev.fastlyaccount:fastly-account is used.
 */
class ConsumerTest {
    private val url = System.getenv("FASTLY_SANDBOX_URL") ?: error("FASTLY_SANDBOX_URL is not set (run tests/consumers/kotlin/run.sh)")
    private val token = System.getenv("FASTLY_SANDBOX_TOKEN") ?: error("FASTLY_SANDBOX_TOKEN is not set")

    private fun client(token: String = this.token) =
        Client.withOptions(token, endpoint = url, timeout = Duration.ofSeconds(5), maxRetries = 0)

    private fun asyncClient(token: String = this.token) =
        AsyncClient.withOptions(token, endpoint = url, timeout = Duration.ofSeconds(5), maxRetries = 0)

    @Test
    fun blockingGetCurrentUser() {
        client().use { client ->
            val me = client.getCurrentUser()
            assertEquals("owner@example.com", me.login)
            assertNotNull(me.id)
            assertEquals(me.login, client.getUser(me.id!!).login)
        }
    }

    @Test
    fun listsAPageAndWalksEveryPage() {
        client().use { client ->
            val me = client.getCurrentUser()
            val users = client.listCustomerUsers(me.customerId!!)
            assertTrue(users.any { it.id == me.id }, "the customer's users include the current user: $users")

            val first = client.listRoles(perPage = 2)
            assertEquals(2, first.data.size)
            assertNotNull(first.nextCursor, "more than one page of roles")
            val walked = client.iterRoles(perPage = 2).asSequence().toList()
            assertEquals(first.total, walked.size.toLong(), "the walk sees every role once")
            assertEquals(walked.size, walked.map { it.id }.toSet().size)
        }
    }

    @Test
    fun suspendCallsUnderRunBlocking() {
        val blocking = client().use { it.getCurrentUser() }
        asyncClient().use { client ->
            runBlocking {
                val me = client.getCurrentUser()
                assertEquals(blocking, me)
                val ids = client.listCustomerUsers(me.customerId!!).mapNotNull { it.id }
                val users = coroutineScope { ids.map { id -> async { client.getUser(id) } }.awaitAll() }
                assertEquals(ids, users.map { it.id })
                val roles = client.iterRoles(perPage = 3).asFlow().toList()
                assertEquals(client.listRoles().total, roles.size.toLong())
            }
        }
    }

    @Test
    fun wrongTokenIsUnauthorized() {
        client(token = "not-the-sandbox-token").use { client ->
            val e = assertThrows<FastlyException.Unauthorized> { client.getCurrentUser() }
            assertEquals(401, e.status)
            assertTrue(!e.toString().contains("not-the-sandbox-token"), "the token never appears in errors: $e")
        }
        asyncClient(token = "not-the-sandbox-token").use { client ->
            val e = assertThrows<FastlyException.Unauthorized> { runBlocking { client.getCurrentUser() } }
            assertEquals(401, e.status)
        }
    }

    @Test
    fun missingUserIsNotFound() {
        client().use { client ->
            val e = assertThrows<FastlyException.NotFound> { client.getUser("no-such-user") }
            assertEquals(404, e.status)
        }
        // A failure with no response has no status.
        Client.withOptions(token, endpoint = "http://127.0.0.1:1", connectTimeout = Duration.ofSeconds(2), maxRetries = 0).use { client ->
            val e = assertThrows<FastlyException> { client.getCurrentUser() }
            assertTrue(e is FastlyException.Connection || e is FastlyException.Timeout, "$e")
            assertNull(e.status)
        }
    }
}
