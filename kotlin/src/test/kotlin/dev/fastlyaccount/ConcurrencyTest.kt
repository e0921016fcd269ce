package dev.fastlyaccount

import java.util.concurrent.Callable
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** One client shared by several threads, with calls in flight at the same time. */
class ConcurrencyTest : SandboxTest() {
    @Test
    fun sixThreadsAtOnce() {
        // Fault matrix, rendezvous row. The sandbox holds each matching request until 6 are in
        // flight together: the test passes only if the 6 calls really run concurrently (else
        // they get 409 after 10 s). 6 attempts, one per call.
        sandbox.arm("""{"path":"/current_user","times":6,"fault":{"type":"rendezvous","count":6,"timeout_ms":10000}}""")
        val pool = Executors.newFixedThreadPool(6)
        try {
            val calls = (1..6).map { pool.submit(Callable { client.getCurrentUser() }) }
            val users = calls.map { it.get(30, TimeUnit.SECONDS) }
            assertTrue(users.all { it.id == ownerId })
        } finally {
            pool.shutdownNow()
        }
        val logged = sandbox.requests().filter { it["path"] == "/current_user" }
        assertEquals(6, logged.size)
        assertTrue(logged.all { it["status"] == 200L && it["fault"] == "rendezvous" }, "$logged")
    }

    @Test
    fun mixedOperationsFromManyThreads() {
        val pool = Executors.newFixedThreadPool(6)
        try {
            val calls = (0 until 24).map { i ->
                pool.submit(Callable {
                    when (i % 4) {
                        0 -> client.getCurrentCustomer().id
                        1 -> client.getRole("role-user").id
                        2 -> client.iterUserGroups(perPage = 1).asSequence().count().toString()
                        else -> client.listCustomerUsers(customerId).size.toString()
                    }
                })
            }
            val answers = calls.map { it.get(30, TimeUnit.SECONDS) }
            assertEquals(setOf(customerId, "role-user", "3", seed["users_total"].toString()), answers.toSet())
        } finally {
            pool.shutdownNow()
        }
    }
}
