// The "app": what an Android admin app of a Fastly account would write on top of
// fastly-account-android. Nothing here knows about tests or the sandbox, except
// ReleaseChecks, the entry point the shrunk release build keeps for its test.
package com.example.admin

import android.app.Activity
import android.os.Bundle
import dev.fastlyaccount.AsyncClient
import dev.fastlyaccount.FastlyException
import dev.fastlyaccount.UserGroup
import dev.fastlyaccount.asFlow
import kotlinx.coroutines.CoroutineScope
import kotlinx.coroutines.MainScope
import kotlinx.coroutines.cancel
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.launch

/** The app's one client, made at start-up (an app would build it from its stored token). */
object AdminApp {
    @Volatile
    var client: AsyncClient? = null

    fun repository(): AdminRepository = AdminRepository(checkNotNull(client) { "AdminApp.client is not set" })
}

/** What a screen shows for one request. */
sealed class UiState {
    data class Shown(val text: String) : UiState()

    data class Failed(val message: String, val canRetry: Boolean) : UiState()
}

/** The app's data layer: suspend calls and walks of the AsyncClient, errors as UI states. */
class AdminRepository(private val client: AsyncClient) {
    suspend fun signedInAs(): String = client.getCurrentUser().login ?: "(no login)"

    /** Every user group, a page at a time as the collector gets that far. */
    fun userGroups(perPage: Int): Flow<UserGroup> = client.iterUserGroups(perPage).asFlow()

    suspend fun userScreen(userId: String): UiState = try {
        UiState.Shown(client.getUser(userId).login ?: "(no login)")
    } catch (e: FastlyException) {
        UiState.Failed(errorText(e), canRetry(e))
    }
}

/**
 * The text a UI shows for each kind of failure: a `when` over the sealed class with no
 * `else`, so a new kind of failure in the library fails the app's build here.
 */
fun errorText(e: FastlyException): String = when (e) {
    is FastlyException.Unauthorized -> "Your session has expired: sign in again."
    is FastlyException.Forbidden -> "Your role may not do this."
    is FastlyException.NotFound -> "Not found: it may have been deleted."
    is FastlyException.BadRequest -> "Fastly refused this: ${e.detail}"
    is FastlyException.RateLimited -> "Too many requests: try again after ${e.reset}."
    is FastlyException.Server -> "Fastly is having trouble (HTTP ${e.status}): try again."
    is FastlyException.Http -> "Unexpected answer (HTTP ${e.status})."
    is FastlyException.Timeout -> "Fastly did not answer in time."
    is FastlyException.Connection -> "No connection to Fastly."
    is FastlyException.Decode -> "Fastly's answer could not be read."
    is FastlyException.InvalidArgument -> "Invalid input: ${e.detail}"
}

fun canRetry(e: FastlyException): Boolean = when (e) {
    is FastlyException.RateLimited, is FastlyException.Server, is FastlyException.Timeout,
    is FastlyException.Connection -> true
    else -> false
}

/**
 * A screen listing the account's user groups. Its coroutine scope lives as long as the
 * screen, like androidx's `lifecycleScope`: the walk starts in onCreate and is cancelled
 * in onDestroy, wherever it is.
 */
class UserGroupsActivity : Activity() {
    private val scope: CoroutineScope = MainScope()

    /** The rows on screen, in order (touched on the main thread only). */
    val rows = mutableListOf<String>()

    /** How the walk ended: null while it runs or after it completed. */
    var ended: Throwable? = null
        private set
    var completed = false
        private set

    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val repository = AdminApp.repository()
        scope.launch {
            try {
                repository.userGroups(perPage = 1).collect { rows += it.name ?: "(unnamed)" }
                completed = true
            } catch (e: Throwable) {
                ended = e
                throw e
            }
        }
    }

    override fun onDestroy() {
        scope.cancel()
        super.onDestroy()
    }
}
