// The entry points of the release-build test (tests/android/run.sh): the app's ProGuard
// rules keep this class (as an app's rules keep its Activities), everything else of the
// app, the library and its dependencies is shrunk and obfuscated as in a release build.
// Each check takes the API's endpoint and token, and returns what the app would show.
package com.example.admin

import dev.fastlyaccount.AsyncClient
import dev.fastlyaccount.Client
import dev.fastlyaccount.asSequence
import java.time.Duration
import java.util.function.Consumer
import kotlinx.coroutines.MainScope
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.launch
import kotlinx.coroutines.runBlocking

object ReleaseChecks {
    private fun client(endpoint: String, token: String) =
        Client.withOptions(token, endpoint = endpoint, timeout = Duration.ofSeconds(10), maxRetries = 0)

    private fun asyncClient(endpoint: String, token: String) =
        AsyncClient.withOptions(token, endpoint = endpoint, timeout = Duration.ofSeconds(10), maxRetries = 0)

    /** The blocking client: one call (RustBuffer structures, the error out-parameter). */
    @JvmStatic
    fun blockingLogin(endpoint: String, token: String): String =
        client(endpoint, token).use { it.getCurrentUser().login ?: "" }

    /** The blocking walk as a Sequence: every user group, a page of one at a time. */
    @JvmStatic
    fun blockingGroupNames(endpoint: String, token: String): List<String> =
        client(endpoint, token).use { c -> c.iterUserGroups(perPage = 1).asSequence().map { it.name ?: "" }.toList() }

    /** A suspend call (UniFFI's future callbacks through JNA). */
    @JvmStatic
    fun asyncLogin(endpoint: String, token: String): String =
        asyncClient(endpoint, token).use { c -> runBlocking { AdminRepository(c).signedInAs() } }

    /** The async walk as a Flow. */
    @JvmStatic
    fun flowGroupNames(endpoint: String, token: String): List<String> =
        asyncClient(endpoint, token).use { c -> runBlocking { AdminRepository(c).userGroups(perPage = 1).map { it.name ?: "" }.toList() } }

    /** What the screen shows for a user id: the login, or the error text of its FastlyException case. */
    @JvmStatic
    fun userScreen(endpoint: String, token: String, userId: String): String =
        asyncClient(endpoint, token).use { c ->
            when (val state = runBlocking { AdminRepository(c).userScreen(userId) }) {
                is UiState.Shown -> state.text
                is UiState.Failed -> state.message
            }
        }

    /**
     * A suspend call launched on Dispatchers.Main (kotlinx-coroutines-android, found through
     * its ServiceLoader entry and kept by its own R8/ProGuard rules), as a screen does; the
     * login goes to [sink] on the main thread. The caller runs the main looper.
     */
    @JvmStatic
    fun loginOnMain(endpoint: String, token: String, sink: Consumer<String>) {
        val c = asyncClient(endpoint, token)
        MainScope().launch {
            try {
                sink.accept(AdminRepository(c).signedInAs())
            } finally {
                c.close()
            }
        }
    }
}
