package dev.fastlyaccount

import java.io.ByteArrayOutputStream
import java.io.PrintStream
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** The example of kotlin/README.md, run against the sandbox (only the client's construction differs). */
class ReadmeExampleTest : SandboxTest() {
    private fun example(client: Client, println: (Any?) -> Unit) {
        val me = client.getCurrentUser()
        println("signed in as ${me.login} (${me.role}), account created ${me.createdAt}")
        for (group in client.iterUserGroups(perPage = 50u).asSequence()) {
            println("user group ${group.name}")
        }
        try {
            client.getUser("no-such-user")
        } catch (e: FastlyException) {
            when (e.kind()) {
                FastlyErrorKind.NOT_FOUND -> println("no such user: ${e.message}")
                FastlyErrorKind.RATE_LIMITED -> println("rate limited until ${e.reset()}")
                else -> throw e
            }
        }
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
