package dev.fastlyaccount

import java.util.concurrent.Callable
import java.util.concurrent.ConcurrentLinkedQueue
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import java.util.logging.Handler
import java.util.logging.Level
import java.util.logging.LogRecord
import java.util.logging.Logger
import org.junit.jupiter.api.AfterEach
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** A LogSink that keeps every record; the client calls it from its own threads. */
class RecordingSink : LogSink {
    val records = ConcurrentLinkedQueue<Pair<LogLevel, String>>()

    override fun log(level: LogLevel, message: String) {
        records.add(level to message)
    }

    /** The per-attempt records' messages, in order. */
    fun attempts(): List<String> = records.map { it.second }.filter { it.startsWith("fastly-account request attempt") }
}

/** The README's sink, word for word: forwards to java.util.logging. */
object JulLogSink : LogSink {
    private val logger = Logger.getLogger("fastly_account")

    override fun log(level: LogLevel, message: String) = logger.log(
        when (level) {
            LogLevel.ERROR -> Level.SEVERE
            LogLevel.WARN -> Level.WARNING
            LogLevel.INFO -> Level.INFO
            LogLevel.DEBUG -> Level.FINE
            LogLevel.TRACE -> Level.FINEST
        },
        message,
    )
}

/**
 * setLogSink: the core's log events reach a Kotlin LogSink. Off by default; one DEBUG
 * record per attempt, one INFO record per retry; never the token.
 */
class LoggingTest : SandboxTest() {
    @AfterEach
    fun loggingOff() {
        setLogSink(null, null)
    }

    private fun words(message: String) = message.split(' ').toSet()

    @Test
    fun eachAttemptIsADebugRecordWithThePathTemplateAndStatus() {
        val sink = RecordingSink()
        setLogSink(sink, LogLevel.DEBUG)
        client.getUser(ownerId)
        expectError<FastlyException.NotFound> { client.getRole("no-such-role") }
        val records = sink.records.toList()
        assertEquals(listOf(LogLevel.DEBUG, LogLevel.DEBUG), records.map { it.first }, "$records")
        val (first, second) = records.map { it.second }
        assertTrue(first.startsWith("fastly-account request attempt "), first)
        // The path template, never the id itself.
        assertTrue(words(first).containsAll(listOf("method=GET", "path=/user/{user_id}", "status=200", "attempt=1", "outcome=ok")), first)
        assertTrue("duration_ms=" in first, first)
        assertFalse(ownerId in first, first)
        assertTrue(words(second).containsAll(listOf("path=/roles/{role_id}", "status=404", "attempt=1", "outcome=failed")), second)
    }

    @Test
    fun aRetryIsAnInfoRecordBetweenTwoAttempts() {
        val sink = RecordingSink()
        setLogSink(sink, LogLevel.DEBUG)
        sandbox.arm("""{"path":"/current_user","fault":{"type":"status","status":503,"retry_after":"0"}}""")
        client.getCurrentUser()
        val records = sink.records.toList()
        assertEquals(listOf(LogLevel.DEBUG, LogLevel.INFO, LogLevel.DEBUG), records.map { it.first }, "$records")
        val (failed, retry, ok) = records.map { it.second }
        assertTrue(words(failed).containsAll(listOf("path=/current_user", "status=503", "attempt=1", "outcome=failed")), failed)
        assertTrue(retry.startsWith("fastly-account retrying "), retry)
        assertTrue(words(retry).containsAll(listOf("path=/current_user", "attempt=1", "wait_ms=0")), retry)
        assertTrue("503" in retry, "the error that caused the retry: $retry")
        assertTrue(words(ok).containsAll(listOf("path=/current_user", "status=200", "attempt=2", "outcome=ok")), ok)
        assertEquals(listOf(503L, 200L), sandbox.attempts("/current_user").map { it["status"] })
    }

    @Test
    fun theLevelFiltersRecords() {
        val sink = RecordingSink()
        setLogSink(sink, LogLevel.INFO)
        sandbox.arm("""{"path":"/current_user","fault":{"type":"status","status":503,"retry_after":"0"}}""")
        client.getCurrentUser()
        // Only the retry (INFO); the attempts (DEBUG) are below the level.
        assertEquals(listOf(LogLevel.INFO), sink.records.map { it.first }, "${sink.records}")
        setLogSink(sink, LogLevel.WARN)
        sandbox.arm("""{"path":"/current_user","fault":{"type":"status","status":503,"retry_after":"0"}}""")
        client.getCurrentUser()
        assertEquals(1, sink.records.size, "${sink.records}")
    }

    @Test
    fun nothingArrivesWithoutALevelOrAfterTheSinkIsRemoved() {
        val sink = RecordingSink()
        setLogSink(sink, null) // a sink but no level: off
        client.getCurrentUser()
        expectError<FastlyException.NotFound> { client.getUser("no-such-user") }
        assertEquals(emptyList<Any>(), sink.records.toList())

        setLogSink(sink, LogLevel.TRACE)
        client.getCurrentUser()
        assertEquals(1, sink.records.size, "on: ${sink.records}")

        setLogSink(null, LogLevel.TRACE) // no sink: off, whatever the level
        sandbox.arm("""{"path":"/current_user","fault":{"type":"status","status":503,"retry_after":"0"}}""")
        client.getCurrentUser()
        assertEquals(1, sink.records.size, "after removal: ${sink.records}")
        assertEquals(listOf(200L, 200L, 503L, 200L), sandbox.attempts("/current_user").map { it["status"] })
    }

    @Test
    fun recordsNeverContainTheToken() {
        val sink = RecordingSink()
        setLogSink(sink, LogLevel.TRACE)
        val wrongToken = "wrong-Secr3t-Kotlin-Tok3n-91"
        sandbox.client(maxRetries = 1).use { c ->
            c.getCurrentUser()
            c.getUser(ownerId)
            sandbox.arm("""{"path":"/current_user","times":2,"fault":{"type":"status","status":503,"retry_after":"0"}}""")
            expectError<FastlyException.Server> { c.getCurrentUser() }
            sandbox.arm("""{"path":"/current_user","fault":{"type":"rate_limit","remaining":0,"reset":2000000000}}""")
            expectError<FastlyException.RateLimited> { c.getCurrentUser() }
            sandbox.arm("""{"path":"/current_user","fault":{"type":"redirect"}}""")
            expectError<FastlyException.Http> { c.getCurrentUser() }
            c.createInvitation("logged@example.com", "user")
        }
        sandbox.client(token = wrongToken, maxRetries = 0).use { wrong ->
            expectError<FastlyException.Unauthorized> { wrong.getCurrentUser() }
        }
        val records = sink.records.toList()
        // 2 ok + 2 for the 503s + 1 for the 429 + 1 redirect + 1 invitation + 1 for the 401.
        assertEquals(8, sink.attempts().size, "$records")
        assertTrue(records.any { it.first == LogLevel.INFO }, "the retry is logged too: $records")
        for ((_, message) in records) {
            assertFalse(Sandbox.TOKEN in message, "token in '$message'")
            assertFalse(wrongToken in message, "wrong token in '$message'")
        }
    }

    @Test
    fun theReadmeSinkForwardsToJavaUtilLogging() {
        val logger = Logger.getLogger("fastly_account")
        val seen = ConcurrentLinkedQueue<LogRecord>()
        val handler = object : Handler() {
            override fun publish(record: LogRecord) {
                seen.add(record)
            }

            override fun flush() {}

            override fun close() {}
        }
        logger.level = Level.ALL
        logger.useParentHandlers = false // not on the console during the test
        logger.addHandler(handler)
        try {
            setLogSink(JulLogSink, LogLevel.DEBUG)
            sandbox.arm("""{"path":"/current_user","fault":{"type":"status","status":503,"retry_after":"0"}}""")
            client.getCurrentUser()
        } finally {
            logger.removeHandler(handler)
            logger.useParentHandlers = true
            logger.level = null
        }
        assertEquals(listOf(Level.FINE, Level.INFO, Level.FINE), seen.map { it.level })
        assertEquals("fastly_account", seen.first().loggerName)
        assertTrue(seen.last().message.contains("status=200"), seen.last().message)
    }

    @Test
    fun aSinkThatThrowsDoesNotFailTheCall() {
        val calls = ConcurrentLinkedQueue<String>()
        setLogSink(object : LogSink {
            override fun log(level: LogLevel, message: String) {
                calls.add(message)
                throw IllegalStateException("broken log sink")
            }
        }, LogLevel.DEBUG)
        // (Rust reports the lost record on stderr, as a caught panic with the Kotlin stack.)
        expectError<FastlyException.NotFound> { client.getUser("no-such-user") }
        assertEquals(1, calls.size, "$calls")
        setLogSink(null, null)
        assertEquals(ownerId, client.getCurrentUser().id)
    }

    @Test
    fun recordsFromManyThreadsAtOnce() {
        // 6 calls held in flight together by the sandbox's rendezvous: each logs from the
        // client's threads while the others wait. No deadlock, one record per attempt.
        val sink = RecordingSink()
        setLogSink(sink, LogLevel.DEBUG)
        sandbox.arm("""{"path":"/current_user","times":6,"fault":{"type":"rendezvous","count":6,"timeout_ms":10000}}""")
        val pool = Executors.newFixedThreadPool(6)
        try {
            val calls = (1..6).map { pool.submit(Callable { client.getCurrentUser() }) }
            assertTrue(calls.map { it.get(30, TimeUnit.SECONDS) }.all { it.id == ownerId })
        } finally {
            pool.shutdownNow()
        }
        val attempts = sink.attempts()
        assertEquals(6, attempts.size, "$attempts")
        assertTrue(attempts.all { "status=200" in words(it) }, "$attempts")
    }
}
