// Hand-written companions of the generated bindings (target/generated-sources/uniffi):
// Kotlin sequences and iterators over the blocking follow-all helpers. No logic beyond
// calling next(). (Blocking: on Android, iterate off the main thread; AsyncClient's
// walks are Flows, see Flows.kt.)
package dev.fastlyaccount

/**
 * Every IAM role as a lazy [Sequence]: a page is fetched only when the roles in hand
 * run out. A failed page throws [FastlyException] from the iteration.
 *
 * ```
 * client.iterRoles(perPage = 100).asSequence().forEach { println(it.name) }
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

// `for (role in client.iterRoles(perPage = 100)) { ... }`: each walk is an Iterable's
// iterator source (one pass: the walk itself is consumed).

/** `for (role in client.iterRoles())`: the walk as a Kotlin [Iterator] (one pass). */
operator fun RoleIterator.iterator(): Iterator<Role> = asSequence().iterator()

/** `for (group in client.iterServiceGroups())` (see [RoleIterator.iterator]). */
operator fun ServiceGroupIterator.iterator(): Iterator<ServiceGroup> = asSequence().iterator()

/** `for (group in client.iterUserGroups())` (see [RoleIterator.iterator]). */
operator fun UserGroupIterator.iterator(): Iterator<UserGroup> = asSequence().iterator()

/** `for (invitation in client.iterInvitations())` (see [RoleIterator.iterator]). */
operator fun InvitationIterator.iterator(): Iterator<Invitation> = asSequence().iterator()

/** `for (role in client.iterIamRoles())` (see [RoleIterator.iterator]). */
operator fun IamRoleIterator.iterator(): Iterator<IamRole> = asSequence().iterator()

/** `for (service in client.iterServiceGroupServices(id))` (see [RoleIterator.iterator]). */
operator fun ServiceIterator.iterator(): Iterator<Service> = asSequence().iterator()

/** `for (member in client.iterUserGroupMembers(id))` (see [RoleIterator.iterator]). */
operator fun UserGroupMemberIterator.iterator(): Iterator<UserGroupMember> = asSequence().iterator()
