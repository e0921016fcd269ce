// A user's test in a package of its own, importing the kit's names one by one (no
// wildcard): the short forms of the faults must compile with `Fault` imported alone.
package example.app

import dev.fastlyaccount.FastlyException
import dev.fastlyaccount.testing.Fault
import dev.fastlyaccount.testing.Sandbox
import dev.fastlyaccount.testing.client
import java.time.Instant
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Test

class FaultImportTest {
    @Test
    fun `short fault forms need only the Fault import`() {
        Sandbox().use { sandbox ->
            val client = sandbox.client(maxRetries = 0)
            sandbox.fail(Fault.Status(503), path = "/current_user")
            assertThrows(FastlyException.Server::class.java) { client.getCurrentUser() }
            val resetAt = Instant.ofEpochSecond(Instant.now().epochSecond + 90)
            sandbox.fail(Fault.RateLimit(resetAt = resetAt))
            val limited = assertThrows(FastlyException.RateLimited::class.java) { client.getCurrentUser() }
            assertEquals(resetAt, limited.reset)
            sandbox.fail(Fault.RateLimit())
            assertThrows(FastlyException.RateLimited::class.java) { client.getCurrentUser() }
            client.close()
        }
    }
}
