package dev.fastlyaccount

import java.lang.reflect.Method
import java.lang.reflect.Modifier
import kotlin.coroutines.Continuation
import kotlinx.coroutines.flow.map
import kotlinx.coroutines.flow.toList
import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.Test

/**
 * Every operation of [AsyncClient], end to end against the sandbox, one test per operation
 * group: each suspend call's answer is checked against the seed or against what the
 * blocking [Client] reads before or after it (same sandbox, same state).
 */
class AsyncClientTest : SandboxTest() {
    lateinit var asyncClient: AsyncClient

    @BeforeAll
    fun startAsyncClient() {
        asyncClient = sandbox.asyncClient()
    }

    @AfterAll
    fun closeAsyncClient() {
        asyncClient.close()
    }

    private val bigServiceGroup: String get() = seed["multi_page_service_group_id"] as String
    private val bigUserGroup: String get() = seed["multi_page_user_group_id"] as String

    /** The public methods of an interface, by name (each name is declared once). */
    private fun methods(type: Class<*>): Map<String, Method> =
        type.declaredMethods
            .filter { Modifier.isPublic(it.modifiers) && !it.isSynthetic && '$' !in it.name }
            .associateBy { it.name }

    @Test
    fun asyncClientHasASuspendTwinOfEveryClientMethod() {
        val blocking = methods(ClientInterface::class.java)
        val suspending = methods(AsyncClientInterface::class.java)
        assertTrue(blocking.size >= 60, "Client has ${blocking.size} methods")
        assertEquals(blocking.keys, suspending.keys, "the same method names")
        for ((name, method) in blocking) {
            val twin = suspending.getValue(name)
            val params = method.parameterTypes.toList()
            when {
                name.startsWith("iter") -> {
                    // A walk: same arguments, the async walk object instead of the blocking one.
                    assertEquals(params, twin.parameterTypes.toList(), name)
                    assertEquals(method.returnType.simpleName.replace("Iterator", "AsyncIterator"), twin.returnType.simpleName, name)
                    val next = twin.returnType.methods.single { it.name == "next" }
                    assertEquals(Continuation::class.java, next.parameterTypes.last(), "$name: next() suspends")
                }
                name == "endpoint" || name == "rateLimit" -> {
                    assertEquals(params, twin.parameterTypes.toList(), name)
                    assertEquals(method.returnType, twin.returnType, name)
                }
                else -> {
                    // A suspend fun compiles to the same parameters plus a Continuation.
                    assertEquals(params + Continuation::class.java, twin.parameterTypes.toList(), "$name is a suspend fun")
                }
            }
        }
        val ints = blocking.values.flatMap { it.parameterTypes.toList() } + suspending.values.flatMap { it.parameterTypes.toList() }
        assertFalse(ints.any { it.name.startsWith("kotlin.U") }, "no unsigned integers: $ints")
    }

    @Test
    fun constructorsAndAccessors() {
        assertEquals(sandbox.url, asyncClient.endpoint().trimEnd('/'))
        assertFalse(asyncClient.toString().contains(sandbox.token), asyncClient.toString())
        assertTrue(asyncClient.toString().contains("AsyncClient"), asyncClient.toString())
        AsyncClient(sandbox.token).use { production -> assertTrue("api.fastly.com" in production.endpoint()) }
        AsyncClient.fromEnv().use { fromEnv ->
            assertEquals(System.getenv("FASTLY_API_ENDPOINT"), fromEnv.endpoint().trimEnd('/'))
            runBlocking { expectAsyncError<FastlyException.Connection> { fromEnv.getCurrentUser() } }
        }
        val bad = runCatching { AsyncClient.withOptions(sandbox.token, endpoint = sandbox.url, maxRetries = -1) }
        assertTrue(bad.exceptionOrNull() is FastlyException.InvalidArgument, "$bad")
        assertNull(asyncClient.rateLimit(), "no rate-limit headers seen yet")
    }

    @Test
    fun customerOperations() = runBlocking {
        assertEquals(client.getCurrentCustomer(), asyncClient.getCurrentCustomer())
        val customer = asyncClient.getCustomer(customerId)
        assertEquals("Example Corp", customer.name)
        assertEquals(client.getCustomer(customerId), customer)
        val updated = asyncClient.updateCustomer(customerId, name = "Async Corp", force2fa = true)
        assertEquals("Async Corp", updated.name)
        assertEquals(true, updated.force2fa)
        assertEquals(updated, client.getCustomer(customerId), "the change is stored")
        expectAsyncError<FastlyException.InvalidArgument> { asyncClient.updateCustomer(customerId) }
        asyncClient.deleteCustomer(customerId)
        expectError<FastlyException.NotFound> { client.getCustomer(customerId) }
        val missing = expectAsyncError<FastlyException.NotFound> { asyncClient.getCustomer(customerId) }
        assertEquals(404, missing.status)
    }

    @Test
    fun userOperations() = runBlocking {
        val me = asyncClient.getCurrentUser()
        assertEquals(ownerId, me.id)
        assertEquals("owner@example.com", me.login)
        val tess = asyncClient.getUser(userIds("tls_viewer").single())
        assertEquals("tls_viewer", tess.role)
        val id = userIds("user").first()
        val updated = asyncClient.updateUser(id, name = "Uma Async", role = "engineer")
        assertEquals("Uma Async", updated.name)
        assertEquals("engineer", client.getUser(id).role, "the change is stored")
        val renamed = asyncClient.updateCurrentUser(name = "Owner Async")
        assertEquals("Owner Async", renamed.name)
        assertEquals("Owner Async", client.getCurrentUser().name)
        val created = asyncClient.createUser("async@example.com", "Async User", role = "billing")
        assertEquals("async@example.com", created.login)
        assertEquals("billing", created.role)
        val users = asyncClient.listCustomerUsers(customerId)
        assertEquals(client.listCustomerUsers(customerId), users)
        assertEquals(created.id, users.last().id, "the new user is listed last")
        asyncClient.requestPasswordReset("owner@example.com")
        assertNotNull(asyncClient.createCustomerAddress("tax", address1 = "2 Side St").id)
        asyncClient.updateCustomerAddress("tax", region = "OR")
        assertEquals(2, asyncClient.listCustomerAddresses().size)
        val contact = asyncClient.createContact(customerId, "billing", name = "Bill", email = "bill@example.com")
        assertEquals(3, asyncClient.listContacts(customerId).size)
        asyncClient.deleteContact(customerId, contact.id!!)
        expectAsyncError<FastlyException.NotFound> { asyncClient.deleteContact(customerId, contact.id!!) }
        assertEquals(ownerId, asyncClient.updateUserPassword("sandbox-owner-password", "async-new-password").id)
        expectAsyncError<FastlyException.BadRequest> { asyncClient.updateUserPassword("sandbox-owner-password", "x") }
        @Suppress("UNCHECKED_CAST")
        val resets = (Json.parse(sandbox.control("GET", "/__sandbox/password_resets", null)) as Map<String, Any?>)["password_resets"] as List<Map<String, Any?>>
        assertEquals(listOf("owner@example.com"), resets.map { it["login"] }, "one reset requested")
        asyncClient.deleteUser(created.id!!)
        expectAsyncError<FastlyException.NotFound> { asyncClient.getUser(created.id!!) }
        expectAsyncError<FastlyException.InvalidArgument> { asyncClient.getUser("") }
        expectAsyncError<FastlyException.InvalidArgument> { asyncClient.updateUser(id, role = "wizard") }
        Unit
    }

    @Test
    fun invitationOperations() = runBlocking {
        val invitation = asyncClient.createInvitation("async-invitee@example.com", "engineer")
        assertEquals("async-invitee@example.com", invitation.email)
        assertEquals("engineer", invitation.role)
        val page = asyncClient.listInvitations(pageSize = 3)
        assertEquals(client.listInvitations(pageSize = 3), page)
        assertEquals(3, page.data.size)
        val walked = asyncClient.iterInvitations(pageSize = 3).asFlow().map { it.id }.toList()
        assertEquals(client.iterInvitations(pageSize = 3).asSequence().map { it.id }.toList(), walked)
        assertTrue(invitation.id in walked)
        asyncClient.deleteInvitation(invitation.id!!)
        assertFalse(client.iterInvitations().asSequence().any { it.id == invitation.id }, "the invitation is gone")
        expectAsyncError<FastlyException.NotFound> { asyncClient.deleteInvitation("invNoSuchOne") }
        expectAsyncError<FastlyException.InvalidArgument> { asyncClient.listInvitations(pageNumber = 0) }
        val negative = runCatching { asyncClient.iterInvitations(pageSize = -1) }.exceptionOrNull()
        assertTrue(negative is FastlyException.InvalidArgument, "$negative")
    }

    @Test
    fun tokenOperations() = runBlocking {
        val mine = asyncClient.listTokens()
        assertEquals(client.listTokens(), mine)
        val all = asyncClient.listCustomerTokens(customerId)
        assertEquals(client.listCustomerTokens(customerId), all)
        val current = asyncClient.getCurrentToken()
        assertEquals(client.getCurrentToken(), current)
        val other = mine.first { it.id != current.id }
        assertEquals(other, asyncClient.getToken(other.id!!))
        asyncClient.revokeToken(other.id!!)
        expectError<FastlyException.NotFound> { client.getToken(other.id!!) }
        val more = all.map { it.id!! }.filter { it != current.id && it != other.id }.take(2)
        asyncClient.bulkRevokeTokens(more)
        assertTrue(client.listCustomerTokens(customerId).none { it.id in more }, "both revoked in one request")
        expectAsyncError<FastlyException.InvalidArgument> { asyncClient.bulkRevokeTokens(emptyList()) }
        expectAsyncError<FastlyException.InvalidArgument> { asyncClient.getToken("self") }
        asyncClient.revokeCurrentToken()
        val e = expectAsyncError<FastlyException.Unauthorized> { asyncClient.getCurrentUser() }
        assertEquals(401, e.status)
    }

    @Test
    fun roleOperations() = runBlocking {
        val page = asyncClient.listRoles(perPage = 100)
        assertEquals(client.listRoles(perPage = 100), page)
        assertEquals(8, page.data.size)
        assertEquals(page.data, asyncClient.iterRoles(perPage = 3).asFlow().toList())
        assertEquals("Engineer", asyncClient.getRole("role-engineer").name)
        val iamPage = asyncClient.listIamRoles(limit = 3)
        assertEquals(client.listIamRoles(limit = 3), iamPage)
        val iam = asyncClient.iterIamRoles(limit = 3).asFlow().toList()
        assertEquals(client.iterIamRoles().asSequence().toList(), iam)
        val auditor = asyncClient.getIamRole("role-custom-auditor", includePermissions = true)
        assertEquals(client.listRolePermissions("role-custom-auditor").map { it.name }, auditor.permissions)
        val created = asyncClient.createRole("Async role", description = "made by a coroutine")
        assertEquals("Async role", created.name)
        val updated = asyncClient.updateRole(created.id!!, description = "changed")
        assertEquals("changed", updated.description)
        assertEquals("changed", client.getRole(created.id!!).description)
        val table = asyncClient.listPermissions()
        assertEquals(client.listPermissions(), table)
        val granted = permissionIds.take(2)
        asyncClient.addRolePermissions(created.id!!, granted)
        assertEquals(granted.toSet(), asyncClient.listRolePermissions(created.id!!).map { it.id }.toSet())
        asyncClient.removeRolePermissions(created.id!!, granted.take(1))
        assertEquals(granted.drop(1), client.listRolePermissions(created.id!!).map { it.id })
        asyncClient.deleteRole(created.id!!)
        expectAsyncError<FastlyException.NotFound> { asyncClient.getRole(created.id!!) }
        expectAsyncError<FastlyException.InvalidArgument> { asyncClient.listRoles(perPage = -1) }
        expectAsyncError<FastlyException.BadRequest> { asyncClient.addRolePermissions("role-custom-auditor", listOf("perm-no-such")) }
        Unit
    }

    @Test
    fun serviceGroupOperations() = runBlocking {
        val page = asyncClient.listServiceGroups(perPage = 10)
        assertEquals(client.listServiceGroups(perPage = 10), page)
        assertEquals(page.data, asyncClient.iterServiceGroups(perPage = 1).asFlow().toList())
        val created = asyncClient.createServiceGroup("Async edge", description = "coroutines")
        assertEquals("Async edge", created.name)
        assertEquals(created, asyncClient.getServiceGroup(created.id!!))
        val renamed = asyncClient.updateServiceGroup(created.id!!, name = "Async edge 2")
        assertEquals("Async edge 2", client.getServiceGroup(created.id!!).name)
        assertEquals(renamed.name, "Async edge 2")
        val services = asyncClient.listServiceGroupServices(bigServiceGroup, perPage = 3)
        assertEquals(client.listServiceGroupServices(bigServiceGroup, perPage = 3), services)
        val walked = asyncClient.iterServiceGroupServices(bigServiceGroup, perPage = 5).asFlow().map { it.id }.toList()
        assertEquals(serviceIds.take(12), walked)
        val free = serviceIds.takeLast(2)
        asyncClient.addServiceGroupServices("sg-internal-tools", free)
        assertEquals(2L, client.getServiceGroup("sg-internal-tools").servicesCount)
        asyncClient.removeServiceGroupServices("sg-internal-tools", free.take(1))
        assertEquals(free.drop(1), client.iterServiceGroupServices("sg-internal-tools").asSequence().map { it.id }.toList())
        asyncClient.deleteServiceGroup(created.id!!)
        expectAsyncError<FastlyException.NotFound> { asyncClient.getServiceGroup(created.id!!) }
        expectAsyncError<FastlyException.InvalidArgument> { asyncClient.updateServiceGroup(bigServiceGroup) }
        Unit
    }

    @Test
    fun userGroupOperations() = runBlocking {
        val page = asyncClient.listUserGroups()
        assertEquals(client.listUserGroups(), page)
        assertEquals(page.data, asyncClient.iterUserGroups(perPage = 1).asFlow().toList())
        val created = asyncClient.createUserGroup("Async group", description = "suspends")
        assertEquals(created, asyncClient.getUserGroup(created.id!!))
        assertEquals("Async group 2", asyncClient.updateUserGroup(created.id!!, name = "Async group 2").name)
        assertEquals("Async group 2", client.getUserGroup(created.id!!).name)

        val members = asyncClient.listUserGroupMembers(bigUserGroup, perPage = 3)
        assertEquals(client.listUserGroupMembers(bigUserGroup, perPage = 3), members)
        assertEquals(
            client.iterUserGroupMembers(bigUserGroup).asSequence().toList(),
            asyncClient.iterUserGroupMembers(bigUserGroup, perPage = 3).asFlow().toList(),
        )
        val user = userIds("user").first()
        asyncClient.addUserGroupMembers(created.id!!, userIds = listOf(user), invitationIds = invitationIds.take(1))
        assertEquals(setOf(user, invitationIds.first()), client.iterUserGroupMembers(created.id!!).asSequence().map { it.id }.toSet())
        asyncClient.removeUserGroupMembers(created.id!!, invitationIds = invitationIds.take(1))
        assertEquals(listOf(user), client.iterUserGroupMembers(created.id!!).asSequence().map { it.id }.toList())

        assertEquals(client.listUserGroupRoles(bigUserGroup), asyncClient.listUserGroupRoles(bigUserGroup))
        assertEquals(
            client.iterUserGroupRoles(bigUserGroup).asSequence().toList(),
            asyncClient.iterUserGroupRoles(bigUserGroup, perPage = 1).asFlow().toList(),
        )
        asyncClient.addUserGroupRoles(created.id!!, listOf("role-user", "role-billing"))
        asyncClient.removeUserGroupRoles(created.id!!, listOf("role-billing"))
        assertEquals(listOf("role-user"), client.iterUserGroupRoles(created.id!!).asSequence().map { it.id }.toList())

        assertEquals(client.listUserGroupServiceGroups(bigUserGroup), asyncClient.listUserGroupServiceGroups(bigUserGroup))
        assertEquals(
            client.iterUserGroupServiceGroups(bigUserGroup).asSequence().toList(),
            asyncClient.iterUserGroupServiceGroups(bigUserGroup, perPage = 1).asFlow().toList(),
        )
        asyncClient.addUserGroupServiceGroups(created.id!!, listOf("sg-staging", "sg-production"))
        asyncClient.removeUserGroupServiceGroups(created.id!!, listOf("sg-production"))
        assertEquals(listOf("sg-staging"), client.iterUserGroupServiceGroups(created.id!!).asSequence().map { it.id }.toList())

        asyncClient.deleteUserGroup(created.id!!)
        expectAsyncError<FastlyException.NotFound> { asyncClient.getUserGroup(created.id!!) }
        expectAsyncError<FastlyException.InvalidArgument> { asyncClient.addUserGroupMembers(bigUserGroup) }
        Unit
    }

    @Test
    fun rateLimitIsReadAfterAnAsyncCall() = runBlocking {
        val reset = java.time.Instant.now().plusSeconds(3600).epochSecond
        sandbox.arm("""{"path":"/current_user","fault":{"type":"rate_limit","remaining":0,"reset":$reset}}""")
        val e = expectAsyncError<FastlyException.RateLimited> { asyncClient.getCurrentUser() }
        assertEquals(429, e.status)
        assertEquals(0L, e.remaining)
        assertEquals(java.time.Instant.ofEpochSecond(reset), e.reset)
        val limit = asyncClient.rateLimit()
        assertNotNull(limit)
        assertEquals(0L, limit!!.remaining)
    }
}
