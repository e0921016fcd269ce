// Hand-written companions of the generated bindings (target/generated-sources/uniffi):
// AsyncClient's follow-all helpers as Kotlin Flows. No logic beyond calling next().
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
fun RoleAsyncIterator.asFlow(): Flow<Role> = walkFlow(this) { next() }

/** Every service group as a [Flow] (see [RoleAsyncIterator.asFlow]). */
fun ServiceGroupAsyncIterator.asFlow(): Flow<ServiceGroup> = walkFlow(this) { next() }

/** Every user group as a [Flow] (see [RoleAsyncIterator.asFlow]). */
fun UserGroupAsyncIterator.asFlow(): Flow<UserGroup> = walkFlow(this) { next() }

/** Every invitation as a [Flow] (see [RoleAsyncIterator.asFlow]). */
fun InvitationAsyncIterator.asFlow(): Flow<Invitation> = walkFlow(this) { next() }

/** Every role of `/iam/v1/roles` as a [Flow] (see [RoleAsyncIterator.asFlow]). */
fun IamRoleAsyncIterator.asFlow(): Flow<IamRole> = walkFlow(this) { next() }

/** Every service of a service group as a [Flow] (see [RoleAsyncIterator.asFlow]). */
fun ServiceAsyncIterator.asFlow(): Flow<Service> = walkFlow(this) { next() }

/** Every member (user or invitation) of a user group as a [Flow] (see [RoleAsyncIterator.asFlow]). */
fun UserGroupMemberAsyncIterator.asFlow(): Flow<UserGroupMember> = walkFlow(this) { next() }

private fun <T : Any> walkFlow(walk: AutoCloseable, next: suspend () -> T?): Flow<T> {
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
