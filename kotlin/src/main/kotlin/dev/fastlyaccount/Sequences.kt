// Hand-written companions of the generated bindings (target/generated-sources/uniffi):
// Kotlin sequences over the follow-all helpers. No logic beyond calling next().
package dev.fastlyaccount

/**
 * Every IAM role as a lazy [Sequence]: a page is fetched only when the roles in hand
 * run out. A failed page throws [FastlyException] from the iteration.
 *
 * ```
 * client.iterRoles(perPage = 100u).asSequence().forEach { println(it.name) }
 * ```
 */
fun RoleIterator.asSequence(): Sequence<Role> = generateSequence { next() }

/** Every service group as a lazy [Sequence] (see [RoleIterator.asSequence]). */
fun ServiceGroupIterator.asSequence(): Sequence<ServiceGroup> = generateSequence { next() }

/** Every user group as a lazy [Sequence] (see [RoleIterator.asSequence]). */
fun UserGroupIterator.asSequence(): Sequence<UserGroup> = generateSequence { next() }

/**
 * Every invitation as a lazy [Sequence] (see [RoleIterator.asSequence]):
 * `client.iterInvitations(pageSize = 50).asSequence()`.
 */
fun InvitationIterator.asSequence(): Sequence<Invitation> = generateSequence { next() }

/** Every role of `/iam/v1/roles` as a lazy [Sequence] (see [RoleIterator.asSequence]). */
fun IamRoleIterator.asSequence(): Sequence<IamRole> = generateSequence { next() }

/**
 * Every service of a service group as a lazy [Sequence] (see [RoleIterator.asSequence]):
 * `client.iterServiceGroupServices(groupId, perPage = 50).asSequence()`.
 */
fun ServiceIterator.asSequence(): Sequence<Service> = generateSequence { next() }

/** Every member (user or invitation) of a user group as a lazy [Sequence] (see [RoleIterator.asSequence]). */
fun UserGroupMemberIterator.asSequence(): Sequence<UserGroupMember> = generateSequence { next() }
