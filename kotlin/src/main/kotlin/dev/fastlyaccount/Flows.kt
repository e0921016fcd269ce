// Hand-written companion of the generated bindings (target/generated-sources/uniffi):
// how AsyncClient's walks become Kotlin Flows. Each walk's `asFlow()` (and each blocking
// walk's `asSequence()` and `iterator()`) is in the generated WalkList.kt.
package dev.fastlyaccount

import java.util.concurrent.atomic.AtomicBoolean
import kotlinx.coroutines.flow.Flow
import kotlinx.coroutines.flow.flow

/**
 * The walk as a cold [Flow]: nothing is fetched until it is collected, and a page is
 * fetched only when the collector has taken every item of the pages before it
 * (`take(1)` fetches one page). A failed page throws [FastlyException] into the
 * collector; cancelling the collector drops the page request in flight.
 *
 * The flow consumes this walk, so it can be collected once (a second collection throws
 * IllegalStateException, like `Channel.consumeAsFlow()`); the walk object is closed
 * when the collection ends. For another pass, ask the client for a new walk:
 *
 * ```
 * val names = client.iterRoles(perPage = 100).asFlow().map { it.name }.toList()
 * ```
 */
internal fun <T : Any> walkFlow(walk: AutoCloseable, next: suspend () -> T?): Flow<T> {
    val collected = AtomicBoolean(false)
    return flow {
        check(collected.compareAndSet(false, true)) {
            "this walk's Flow was already collected: ask the client for a new walk"
        }
        walk.use {
            while (true) {
                emit(next() ?: break)
            }
        }
    }
}
