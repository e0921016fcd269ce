// The example of kotlin/README.md's "Testing with the Sandbox", verbatim (imports aside):
// it compiles and passes.
package dev.fastlyaccount.testing

import dev.fastlyaccount.FastlyException
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.assertThrows

class ReadmeExampleTest {
    @Test
    fun `my code copes with a 503`() {
        Sandbox().use { sandbox ->                        // stopped at the end of `use`
            val client = sandbox.client(maxRetries = 0)   // a Client aimed at it, short timeouts
            assertNotNull(client.getCurrentUser().login)  // the code under test calls the API
            sandbox.fail(Fault.Status(503), path = "/current_user")
            assertThrows<FastlyException.Server> { client.getCurrentUser() }
            assertEquals(listOf(200, 503), sandbox.requests().map { it.status })
        }
    }
}
