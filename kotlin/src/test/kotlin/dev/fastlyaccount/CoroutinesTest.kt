package dev.fastlyaccount

import java.io.File
import java.lang.management.ManagementFactory
import java.time.Duration
import java.util.concurrent.atomic.AtomicBoolean
import java.util.concurrent.atomic.AtomicInteger
import kotlinx.coroutines.CancellationException
import kotlinx.coroutines.CoroutineStart
import kotlinx.coroutines.TimeoutCancellationException
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.delay
import kotlinx.coroutines.flow.first
import kotlinx.coroutines.flow.take
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking
import kotlinx.coroutines.withTimeout
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.Timeout

/**
 * What coroutines add: cancelling the caller abandons the request (the sandbox logs it
 * with status 0 long before its delay ends) and surfaces as the coroutine's own
 * cancellation; a thousand calls in flight from one scope need no thread per call; the
 * Flow walks fetch a page only when collected that far; errors come from the await.
 */
class CoroutinesTest : SandboxTest() {
    lateinit var asyncClient: AsyncClient

    @BeforeAll
    fun startAsyncClient() {
        // A timeout well beyond the 20 s delay: only the cancellation can end the call early.
        asyncClient = sandbox.asyncClient(timeout = Duration.ofSeconds(60))
    }

    @AfterAll
    fun closeAsyncClient() {
        asyncClient.close()
    }

    /** Arms a 20 s delay on the next `GET /current_user`. */
    private fun armLongDelay() =
        sandbox.arm("""{"path":"/current_user","fault":{"type":"delay","ms":20000}}""")

    /**
     * Waits (up to 10 s, half the delay) for the delayed request to be logged as abandoned:
     * status 0, which the sandbox records when the client goes away before its answer.
     */
    private fun awaitAbandoned(): Map<String, Any?> {
        val deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos()
        while (true) {
            val record = sandbox.attempts("/current_user").firstOrNull { it["fault"] == "delay" }
            if (record != null) return record
            assertTrue(System.nanoTime() < deadline, "the delayed request was not abandoned within 10 s: ${sandbox.requests()}")
            Thread.sleep(20)
        }
    }

    @Test
    @Timeout(30)
    fun withTimeoutCancelsTheRequest() {
        armLongDelay()
        val started = System.nanoTime()
        val thrown = assertThrows(TimeoutCancellationException::class.java) {
            runBlocking { withTimeout(500) { asyncClient.getCurrentUser() } }
        }
        assertFalse((thrown as Throwable) is FastlyException)
        val record = awaitAbandoned()
        val seconds = (System.nanoTime() - started) / 1e9
        assertEquals(0L, record["status"], "abandoned, not answered: $record")
        assertTrue(seconds < 15, "abandoned after $seconds s, the delay is 20 s")
        // The client is still good for the next call.
        runBlocking { assertEquals(ownerId, asyncClient.getCurrentUser().id) }
    }

    @Test
    @Timeout(30)
    fun cancellingTheJobCancelsTheRequest() {
        armLongDelay()
        val started = System.nanoTime()
        var caught: Throwable? = null
        runBlocking {
            val job = launch {
                try {
                    asyncClient.getCurrentUser()
                } catch (e: Throwable) {
                    caught = e
                    throw e
                }
            }
            // The request is under way (the sandbox holds it for 20 s): cancel it.
            delay(300)
            job.cancel()
            job.join()
            assertTrue(job.isCancelled)
        }
        assertTrue(caught is CancellationException, "the caller sees its own cancellation, got $caught")
        assertFalse(caught is FastlyException)
        val record = awaitAbandoned()
        assertEquals(0L, record["status"], "abandoned, not answered: $record")
        assertTrue((System.nanoTime() - started) / 1e9 < 15, "abandoned before the delay ended")
    }

    @Test
    fun errorsComeFromTheAwaitAsTheBlockingClientThrowsThem() = runBlocking {
        val notFound = expectAsyncError<FastlyException.NotFound> { asyncClient.getUser("no-such-user") }
        assertEquals(404, notFound.status)
        val blocking = expectError<FastlyException.NotFound> { client.getUser("no-such-user") }
        assertEquals(blocking.message, notFound.message)
        assertEquals(blocking.detail, notFound.detail)
        // Caught by case, as a user writes it.
        val text = try {
            asyncClient.getUser("no-such-user")
            "no error"
        } catch (e: FastlyException.NotFound) {
            "${e.status}: ${e.message}"
        }
        assertEquals("404: not found (HTTP 404): Record not found: Cannot find user 'no-such-user'", text)
    }

    private fun osThreads(): Int =
        File("/proc/self/status").readLines().first { it.startsWith("Threads:") }.substringAfter(':').trim().toInt()

    private fun jvmThreads(): Int = ManagementFactory.getThreadMXBean().threadCount

    /** JVM and OS thread counts once they have been steady for 300 ms (a joined thread leaves a moment later). */
    private fun settledThreads(): Pair<Int, Int> {
        var last = jvmThreads() to osThreads()
        var steady = 0
        val deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos()
        while (steady < 3 && System.nanoTime() < deadline) {
            Thread.sleep(100)
            val now = jvmThreads() to osThreads()
            if (now == last) steady++ else steady = 0
            last = now
        }
        return last
    }

    /** 1,000 `getCurrentUser()` launched together from one scope, on one thread. */
    private fun thousandAtOnce(): List<User> = runBlocking {
        coroutineScope {
            (1..1000).map { async(start = CoroutineStart.DEFAULT) { asyncClient.getCurrentUser() } }.awaitAll()
        }
    }

    @Test
    @Timeout(120)
    fun aThousandConcurrentCallsNeedNoThreadPerCall() {
        thousandAtOnce() // warm-up: connections, JIT, the client's runtime
        val before = settledThreads()
        // The sandbox holds each of them until all 1,000 are in flight together (409
        // otherwise): they really run at once. Meanwhile a sampler records the highest
        // thread counts.
        sandbox.arm("""{"path":"/current_user","times":1000,"fault":{"type":"rendezvous","count":1000,"timeout_ms":30000}}""")
        val sampling = AtomicBoolean(true)
        val peakJvm = AtomicInteger(before.first)
        val peakOs = AtomicInteger(before.second)
        val sampler = Thread {
            while (sampling.get()) {
                peakJvm.accumulateAndGet(jvmThreads(), ::maxOf)
                peakOs.accumulateAndGet(osThreads(), ::maxOf)
                Thread.sleep(5)
            }
        }
        sampler.start()
        val users = try {
            thousandAtOnce()
        } finally {
            sampling.set(false)
            sampler.join()
        }
        val peak = peakJvm.get() to peakOs.get()
        assertEquals(1000, users.size)
        assertTrue(users.all { it.id == ownerId })
        val logged = sandbox.attempts("/current_user").filter { it["fault"] == "rendezvous" }
        assertEquals(1000, logged.size)
        assertTrue(logged.all { it["status"] == 200L })
        val after = settledThreads()
        println("1,000 concurrent calls: (JVM, OS) threads before $before, peak $peak, after $after")
        // No thread per call: while 1,000 calls were in flight the process had at most a
        // few threads more than before (the sampler itself, a JNA callback thread, the
        // JVM's own), and none are left after. (Threads of earlier test classes may exit
        // meanwhile, so "after" may be lower, never higher.)
        assertTrue(peak.first <= before.first + 8, "JVM threads before $before, peak $peak")
        assertTrue(peak.second <= before.second + 8, "OS threads before $before, peak $peak")
        assertTrue(after.first <= before.first, "JVM threads before $before, after $after")
        assertTrue(after.second <= before.second, "OS threads before $before, after $after")
    }

    @Test
    fun aFlowWalkFetchesOnlyWhatIsCollected() = runBlocking {
        val first = asyncClient.iterRoles(perPage = 2).asFlow().take(1).toList()
        assertEquals(1, first.size)
        assertEquals(1, sandbox.attempts("/roles").size, "take(1) fetched one page")
        val all = asyncClient.iterRoles(perPage = 2).asFlow().toList()
        assertEquals(8, all.size)
        assertEquals(first.single(), all.first())
        assertEquals(1 + 4, sandbox.attempts("/roles").size, "8 roles, 2 per page: 4 more pages")
        val walk = asyncClient.iterRoles(perPage = 2)
        assertEquals(0L, walk.pagesFetched(), "nothing fetched before collecting")
        val flow = walk.asFlow()
        assertEquals(first.single(), flow.first())
        val again = runCatching { flow.toList() }.exceptionOrNull()
        assertTrue(again is IllegalStateException, "a walk's flow is collected once: $again")
    }

    @Test
    fun anAsyncWalkPagesOnDemandAndReportsAFailedPage() = runBlocking {
        val walk = asyncClient.iterRoles(perPage = 3)
        assertEquals(0L, walk.pagesFetched())
        assertNotNull(walk.next())
        assertEquals(1L, walk.pagesFetched())
        repeat(2) { assertNotNull(walk.next()) }
        assertEquals(1L, walk.pagesFetched(), "the page in hand serves three roles")
        sandbox.arm("""{"path":"/roles","fault":{"type":"status","status":404}}""")
        val e = expectAsyncError<FastlyException.NotFound> { walk.next() }
        assertEquals(404, e.status)
        val groups = asyncClient.iterUserGroupMembers("ug-no-such-group").asFlow()
        expectAsyncError<FastlyException.NotFound> { groups.toList() }
        Unit
    }
}
