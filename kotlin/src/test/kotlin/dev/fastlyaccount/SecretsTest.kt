package dev.fastlyaccount

import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** The API token never appears in what the objects, models and errors print. */
class SecretsTest : SandboxTest() {
    private fun assertNoToken(text: String) {
        assertFalse(text.contains(Sandbox.TOKEN), "token in: $text")
    }

    @Test
    fun clientPrintsItsEndpointButNotItsToken() {
        val text = client.toString()
        assertNoToken(text)
        assertTrue(text.contains(sandbox.url.removePrefix("http://")), text)
        assertTrue(text.contains("***"), text)
        Client(Sandbox.TOKEN).use { production ->
            assertNoToken(production.toString())
            assertTrue(production.toString().contains("api.fastly.com"))
        }
    }

    @Test
    fun modelsAndPagesDoNotPrintIt() {
        val texts = listOf(
            client.getCurrentCustomer().toString(),
            client.getCurrentUser().toString(),
            client.listCustomerUsers(customerId).toString(),
            client.listRoles(perPage = 3).toString(),
            client.listServiceGroups().toString(),
            client.listUserGroups().toString(),
            client.createInvitation("someone@example.com", "user").toString(),
            client.rateLimit().toString(),
            client.iterRoles().toString(),
        )
        texts.forEach(::assertNoToken)
    }

    @Test
    fun errorsDoNotPrintIt() {
        val errors = mutableListOf<FastlyException>()
        sandbox.arm("""{"forever":true,"path":"/current_user","fault":{"type":"status","status":500}}""")
        errors += expectError<FastlyException.Server> { client.getCurrentUser() }
        errors += expectError<FastlyException.NotFound> { client.getCustomer("nope") }
        sandbox.client(token = "another-secret-9").use { other ->
            val e = expectError<FastlyException.Unauthorized> { other.getCurrentCustomer() }
            assertFalse("another-secret-9" in e.message!! || "another-secret-9" in e.stackTraceToString())
            errors += e
        }
        // A token with a CR/LF is refused without echoing it.
        val bad = expectError<FastlyException.InvalidArgument> { Client("secret\r\nX-Evil: 1") }
        assertFalse(bad.message!!.contains("secret"), bad.message)
        errors += bad
        for (e in errors) {
            listOf(e.message!!, e.toString(), e.detail, e.stackTraceToString()).forEach(::assertNoToken)
        }
    }
}
