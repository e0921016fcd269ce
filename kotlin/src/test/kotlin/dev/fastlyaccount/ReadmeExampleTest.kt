package dev.fastlyaccount

import java.io.ByteArrayOutputStream
import java.io.PrintStream
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeoutOrNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** The examples of kotlin/README.md, run against the sandbox (only the clients' construction differs). */
class ReadmeExampleTest : SandboxTest() {
    private fun example(client: Client, println: (Any?) -> Unit) {
        val me = client.getCurrentUser()
        println("signed in as ${me.login} (${me.role}), account created ${me.createdAt}")
        for (group in client.iterUserGroups(perPage = 50)) {
            println("user group ${group.name}")
        }
        try {
            client.getUser("no-such-user")
        } catch (e: FastlyException.NotFound) {
            println("no such user: ${e.message}")
        } catch (e: FastlyException.RateLimited) {
            println("rate limited until ${e.reset}")
        }
    }

    private suspend fun asyncExample(client: AsyncClient, println: (Any?) -> Unit) {
        val me = client.getCurrentUser()                     // suspends, never blocks the thread
        println("signed in as ${me.login}")
        // Calls in flight at once, no thread per call:
        val ids = client.listCustomerUsers(me.customerId!!).mapNotNull { it.id }
        val users = coroutineScope { ids.map { id -> async { client.getUser(id) } }.awaitAll() }
        println("${users.size} users fetched concurrently")
        // A lazy walk as a Flow: the next page is fetched only when collected that far.
        client.iterUserGroups(perPage = 50).asFlow().take(10).collect { println("user group ${it.name}") }
        // Cancelling the coroutine (here a timeout) abandons the request.
        val customer = withTimeoutOrNull(2_000) { client.getCurrentCustomer() }
        println("customer ${customer?.name}")
        try {
            client.getUser("no-such-user")
        } catch (e: FastlyException.NotFound) {             // from the await, as on Client
            println("no such user: ${e.message}")
        }
    }

    @Test
    fun asyncReadmeExampleRuns() {
        val out = ByteArrayOutputStream()
        sandbox.asyncClient().use { client ->
            PrintStream(out, true).use { stream -> runBlocking { asyncExample(client) { stream.println(it) } } }
        }
        val text = out.toString()
        assertTrue(text.contains("signed in as owner@example.com"), text)
        assertTrue(text.contains("${seed["users_total"]} users fetched concurrently"), text)
        assertTrue(text.contains("user group Platform team"), text)
        assertTrue(text.contains("customer Example Corp"), text)
        assertTrue(text.contains("no such user: not found (HTTP 404): Record not found: Cannot find user 'no-such-user'"), text)
    }

    @Test
    fun readmeExampleRuns() {
        val out = ByteArrayOutputStream()
        PrintStream(out, true).use { stream -> example(client) { stream.println(it) } }
        val text = out.toString()
        assertTrue(text.contains("signed in as owner@example.com (superuser), account created 20"), text)
        assertTrue(text.contains("user group Platform team"), text)
        assertTrue(text.contains("no such user: not found (HTTP 404): Record not found: Cannot find user 'no-such-user'"), text)
    }
}
