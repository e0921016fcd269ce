package dev.fastlyaccount

import java.time.Instant
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** Every operation, end to end against the sandbox, through the generated Kotlin. */
class OperationsTest : SandboxTest() {
    private val seedTime: Instant = Instant.parse("2016-07-28T19:24:50Z")

    @Test
    fun getCurrentCustomer() {
        val customer = client.getCurrentCustomer()
        assertEquals(customerId, customer.id)
        assertEquals("Example Corp", customer.name)
        assertEquals(ownerId, customer.ownerId)
        assertEquals(false, customer.canConfigureWordpress)
        assertNull(customer.legalContactId, "a null field stays null")
        assertEquals(seedTime, customer.createdAt, "timestamps are java.time.Instant")
        assertEquals(Instant.parse("2021-03-04T10:11:12Z"), customer.updatedAt)
    }

    @Test
    fun getCustomer() {
        val customer = client.getCustomer(customerId)
        assertEquals(client.getCurrentCustomer(), customer, "models are data classes with equals")
    }

    @Test
    fun updateCustomer() {
        val before = client.getCustomer(customerId)
        val updated = client.updateCustomer(customerId, name = "Renamed Corp")
        assertEquals("Renamed Corp", updated.name)
        assertEquals(before.ownerId, updated.ownerId)
        assertTrue(updated.updatedAt!! > before.updatedAt!!, "updated_at moves on")
        assertEquals("Renamed Corp", client.getCurrentCustomer().name, "the change is stored")
        val put = sandbox.requests().last { it["method"] == "PUT" }
        assertEquals("/customer/$customerId", put["path"])
        assertTrue((put["content_type"] as String).startsWith("application/x-www-form-urlencoded"))
    }

    @Test
    fun getCurrentUser() {
        val me = client.getCurrentUser()
        assertEquals(ownerId, me.id)
        assertEquals("owner@example.com", me.login)
        assertEquals("superuser", me.role)
        assertEquals(customerId, me.customerId)
        assertEquals(true, me.twoFactorAuthEnabled)
        assertNotNull(me.createdAt)
    }

    @Test
    fun getUserKeepsRolesOutsideTheSpec() {
        val tess = client.getUser(userIds("tls_viewer").single())
        assertEquals("tess@example.com", tess.login)
        assertEquals("tls_viewer", tess.role, "an unknown role is kept as a string")
        val ulysses = client.getUser("4kYH1qUserx4xCwxxJx002")
        assertNull(ulysses.name, "a null name stays null")
        assertEquals("user", ulysses.role)
    }

    @Test
    fun updateUser() {
        val id = userIds("user").first()
        val updated = client.updateUser(id, name = "Uma Engineer", role = "engineer")
        assertEquals("Uma Engineer", updated.name)
        assertEquals("engineer", updated.role)
        assertEquals("engineer", client.getUser(id).role)
        val nameOnly = client.updateUser(id, name = "Uma Again")
        assertEquals("engineer", nameOnly.role, "a null role leaves the role unchanged")
    }

    @Test
    fun deleteUser() {
        val id = userIds("billing").first()
        client.deleteUser(id)
        val gone = expectError<FastlyException.NotFound> { client.getUser(id) }
        assertEquals(404, gone.status)
        assertTrue(client.listCustomerUsers(customerId).none { it.id == id })
    }

    @Test
    fun listCustomerUsers() {
        val users = client.listCustomerUsers(customerId)
        assertEquals((seed["users_total"] as Long).toInt(), users.size)
        assertEquals(
            setOf("superuser", "user", "billing", "engineer", "tls_viewer", "tls_admin"),
            users.mapNotNull { it.role }.toSet(),
        )
        assertTrue(users.any { it.id == ownerId })
    }

    @Test
    fun createInvitation() {
        val invitation = client.createInvitation("newcomer@example.com", "engineer")
        assertNotNull(invitation.id)
        assertEquals("newcomer@example.com", invitation.email)
        assertEquals("engineer", invitation.role)
        assertEquals(1L, invitation.statusCode, "the live shape: status_code 1 = active")
        assertNotNull(invitation.createdAt)
        val post = sandbox.requests().single { it["path"] == "/invitations" }
        assertTrue((post["content_type"] as String).startsWith("application/vnd.api+json"))
    }

    @Test
    fun listRoles() {
        val page = client.listRoles()
        assertEquals(seed["roles_total"], page.total)
        assertEquals(8, page.data.size)
        assertNull(page.nextCursor, "one page holds all the seeded roles")
        val auditor = page.data.single { it.id == "role-custom-auditor" }
        assertEquals("Auditor", auditor.name)
        assertNull(auditor.description)
        assertEquals(true, auditor.custom)
        assertEquals(3L, auditor.permissionsCount)
    }

    @Test
    fun getRole() {
        val role = client.getRole("role-engineer")
        assertEquals("Engineer", role.name)
        assertEquals(148L, role.permissionsCount)
        assertEquals(false, role.custom)
    }

    @Test
    fun iterRoles() {
        val names = client.iterRoles().asSequence().map { it.name }.toList()
        assertEquals(8, names.size)
        assertTrue("TLS Viewer" in names)
    }

    @Test
    fun listServiceGroups() {
        val page = client.listServiceGroups(perPage = 10)
        assertEquals(listOf("sg-production", "sg-staging", "sg-internal-tools").toSet(), page.data.map { it.id }.toSet())
        val staging = page.data.single { it.id == "sg-staging" }
        assertNull(staging.description)
        assertEquals(4L, staging.servicesCount)
    }

    @Test
    fun createServiceGroup() {
        val created = client.createServiceGroup("Edge", description = "Edge services", services = listOf("svc1", "svc2"))
        assertNotNull(created.id)
        assertEquals("Edge", created.name)
        assertEquals("Edge services", created.description)
        assertEquals(2L, created.servicesCount)
        assertTrue(client.iterServiceGroups().asSequence().any { it.id == created.id }, "the group is listed")
        val bare = client.createServiceGroup("Bare")
        assertNull(bare.description)
    }

    @Test
    fun listUserGroups() {
        val page = client.listUserGroups()
        val platform = page.data.single { it.id == "ug-platform" }
        assertEquals("Platform team", platform.name)
        assertEquals(6L, platform.usersCount)
        assertEquals(2L, platform.rolesCount)
        assertEquals(2L, platform.serviceGroupsCount)
    }

    @Test
    fun createUserGroup() {
        val created = client.createUserGroup("Night shift", description = "Pager duty")
        assertEquals("Night shift", created.name)
        assertEquals("Pager duty", created.description)
        assertTrue(client.iterUserGroups().asSequence().any { it.id == created.id })
    }

    @Test
    fun userAgentNamesTheBinding() {
        client.getCurrentUser()
        val agent = sandbox.requests().single()["user_agent"] as String
        assertTrue(agent.startsWith("fastly-account/") && agent.endsWith("(uniffi)"), agent)
    }

    @Test
    fun rateLimitReportsTheLastHeaders() {
        val reset = Instant.now().plusSeconds(3600).epochSecond
        sandbox.arm("""{"path":"/current_user","fault":{"type":"rate_limit","remaining":0,"reset":$reset}}""")
        expectError<FastlyException.RateLimited> { client.getCurrentUser() }
        val limit = client.rateLimit()
        assertNotNull(limit)
        assertEquals(0L, limit!!.remaining)
        assertEquals(Instant.ofEpochSecond(reset), limit.reset)
    }

    @Test
    fun endpointAndFromEnv() {
        assertEquals(sandbox.url, client.endpoint().trimEnd('/'))
        // Surefire sets FASTLY_API_TOKEN and FASTLY_API_ENDPOINT (a closed port) for the test JVM.
        Client.fromEnv().use { fromEnv ->
            assertEquals(System.getenv("FASTLY_API_ENDPOINT"), fromEnv.endpoint().trimEnd('/'))
            expectError<FastlyException.Connection> { fromEnv.getCurrentUser() }
        }
    }
}
