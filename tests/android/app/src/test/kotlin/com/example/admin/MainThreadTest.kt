package com.example.admin

import android.os.Looper
import dev.fastlyaccount.AsyncClient
import dev.fastlyaccount.Client
import dev.fastlyaccount.FastlyException
import java.time.Duration
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.MainScope
import kotlinx.coroutines.cancel
import kotlinx.coroutines.launch
import kotlinx.coroutines.withContext
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotNull
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.RobolectricTestRunner

/**
 * The library from Android's main thread, as a screen calls it: suspend calls launched
 * from a main-thread scope (Dispatchers.Main of kotlinx-coroutines-android, on
 * Robolectric's main looper), errors turned into what the UI shows, and the blocking
 * client, which must be moved off the main thread by the app (kotlin/README.md,
 * "Blocking or suspend").
 */
@RunWith(RobolectricTestRunner::class)
class MainThreadTest {
    private val scope = MainScope()
    private lateinit var client: AsyncClient

    private val onMainThread get() = Looper.myLooper() == Looper.getMainLooper()

    @Before
    fun setUp() {
        SandboxControl.reset()
        client = AsyncClient.withOptions(SandboxControl.token, endpoint = SandboxControl.url, maxRetries = 0)
    }

    @After
    fun tearDown() {
        scope.cancel()
        if (::client.isInitialized) client.close()
    }

    @Test
    fun suspendCallLaunchedOnTheMainThreadResumesThere() {
        assertTrue("a Robolectric test runs on the main thread", onMainThread)
        var login: String? = null
        var startedOnMain = false
        var resumedOnMain = false
        val job = scope.launch {
            startedOnMain = onMainThread
            login = AdminRepository(client).signedInAs()
            resumedOnMain = onMainThread
        }
        // The call is under way on the client's own runtime; the main thread is free to
        // run its looper meanwhile, and the coroutine resumes on it.
        runMainLooperUntil("the launched call to finish") { job.isCompleted }
        assertEquals("owner@example.com", login)
        assertTrue(startedOnMain)
        assertTrue(resumedOnMain)
        val logged = SandboxControl.requests("/current_user")
        assertEquals(1, logged.size)
        assertEquals(200, logged[0].getInt("status"))
    }

    @Test
    fun errorsReachTheUiAsTheSealedCases() {
        SandboxControl.arm("""{"path":"/user/4kYH1qOwnerx4xCwxxJx01","fault":{"type":"status","status":503}}""")
        val badToken = AsyncClient.withOptions("not-the-token", endpoint = SandboxControl.url, maxRetries = 0)
        val states = mutableMapOf<String, UiState>()
        val caught = mutableListOf<FastlyException>()
        val job = scope.launch {
            val repository = AdminRepository(client)
            states["missing"] = repository.userScreen("no-such-user")
            states["server"] = repository.userScreen("4kYH1qOwnerx4xCwxxJx01")
            states["signed out"] = AdminRepository(badToken).userScreen("4kYH1qOwnerx4xCwxxJx01")
            states["empty id"] = repository.userScreen("")
            states["after the fault"] = repository.userScreen("4kYH1qOwnerx4xCwxxJx01")
            try {
                client.getUser("no-such-user")
            } catch (e: FastlyException) {
                caught += e
            }
        }
        try {
            runMainLooperUntil("the calls to finish") { job.isCompleted }
        } finally {
            badToken.close()
        }
        assertEquals(UiState.Failed("Not found: it may have been deleted.", canRetry = false), states["missing"])
        assertEquals(UiState.Failed("Fastly is having trouble (HTTP 503): try again.", canRetry = true), states["server"])
        assertEquals(UiState.Failed("Your session has expired: sign in again.", canRetry = false), states["signed out"])
        val emptyId = states["empty id"] as UiState.Failed
        assertTrue(emptyId.message, emptyId.message.startsWith("Invalid input: "))
        assertEquals(UiState.Shown("owner@example.com"), states["after the fault"])
        // The exception itself: a case of the sealed class, with its status and a sentence.
        val notFound = caught.single()
        assertTrue(notFound is FastlyException.NotFound)
        assertEquals(404, (notFound as FastlyException.NotFound).status)
        val sentence = notFound.message.orEmpty()
        assertTrue(sentence, sentence.contains("no-such-user"))
        // The empty id was refused before any request: five requests reached the sandbox.
        val statuses = SandboxControl.requests().map { it.getInt("status") }
        assertEquals(listOf(404, 503, 401, 200, 404), statuses)
    }

    @Test
    fun blockingClientMovedOffTheMainThreadWithDispatchersIo() {
        Client.withOptions(SandboxControl.token, endpoint = SandboxControl.url, maxRetries = 0).use { blocking ->
            var login: String? = null
            var calledOnMain: Boolean? = null
            var resumedOnMain = false
            val job = scope.launch {
                login = withContext(Dispatchers.IO) {
                    calledOnMain = onMainThread
                    blocking.getCurrentUser().login
                }
                resumedOnMain = onMainThread
            }
            runMainLooperUntil("the call on Dispatchers.IO to finish") { job.isCompleted }
            assertEquals("owner@example.com", login)
            assertEquals(false, calledOnMain)
            assertTrue(resumedOnMain)
        }
    }

    /**
     * What is true of the blocking client on the main thread: the library does not refuse
     * it. The call blocks the thread that makes it until the answer (or `timeout`), so on
     * Android's main thread it freezes the UI, and StrictMode's network check, which
     * watches Java's sockets, does not see the library's (they are Rust's). Keeping
     * blocking calls off the main thread is the app's rule, as kotlin/README.md says;
     * this test pins the behaviour that rule is written against.
     */
    @Test
    fun blockingClientIsNotRefusedOnTheMainThread() {
        assertTrue(onMainThread)
        val user = Client.withOptions(SandboxControl.token, endpoint = SandboxControl.url, timeout = Duration.ofSeconds(10))
            .use { it.getCurrentUser() }
        assertEquals("owner@example.com", user.login)
        assertNotNull(user.id)
        assertFalse(SandboxControl.requests("/current_user").isEmpty())
    }
}
