package dev.fastlyaccount

import java.time.Instant
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * What the live API does differently from the seed spec, through the generated Kotlin:
 * six assignable roles, rich invitations, more fields, unknown and odd values kept in
 * `extra`, empty updates refused, and a delete that answers 200 with an error status.
 */
class LiveApiTest : SandboxTest() {
    @Test
    fun updateUserToTheTlsRoles() {
        val id = userIds("user").first()
        val viewer = client.updateUser(id, role = "tls_viewer")
        assertEquals("tls_viewer", viewer.role)
        assertEquals("tls_viewer", client.getUser(id).role, "the change is stored")
        val admin = client.updateUser(id, name = "Tina TLS", role = "tls_admin")
        assertEquals("tls_admin", admin.role)
        assertEquals("Tina TLS", admin.name)
        val put = sandbox.attempts("/user/$id", "PUT")
        assertEquals(listOf(200L, 200L), put.map { it["status"] })
    }

    @Test
    fun createInvitationWithTheTlsRoles() {
        for (role in listOf("tls_viewer", "tls_admin")) {
            val invitation = client.createInvitation("$role@example.com", role)
            assertEquals(role, invitation.role)
            assertEquals("$role@example.com", invitation.email)
        }
        assertEquals(listOf(200L, 200L), sandbox.attempts("/invitations", "POST").map { it["status"] })
    }

    @Test
    fun invitationLiveShape() {
        val invitation = client.createInvitation(
            "live.shape@example.com",
            "tls_admin",
            roles = listOf("role-engineer", "role-billing"),
            limitServices = true,
            customerId = customerId,
        )
        assertNotNull(invitation.id)
        assertEquals("tls_admin", invitation.role)
        assertEquals(listOf("role-engineer", "role-billing"), invitation.roles)
        assertEquals(true, invitation.limitServices)
        assertEquals(1L, invitation.statusCode, "live: status_code 1 = active")
        assertNull(invitation.status, "live: no seed-style status")
        assertEquals(customerId, invitation.customerId, "from the customer relationship")
        assertEquals(emptyList<String>(), invitation.serviceInvitationIds)
        assertNotNull(invitation.createdAt)
        assertNotNull(invitation.updatedAt)
        assertNull(invitation.deletedAt)
        assertTrue(invitation.extra.isEmpty(), "${invitation.extra}")

        val minimal = client.createInvitation("minimal@example.com", "user")
        assertEquals(1L, minimal.statusCode)
        assertEquals(false, minimal.limitServices)
        assertNull(minimal.roles)
    }

    @Test
    fun invitationSeedShape() {
        sandbox.style("seed")
        val invitation = client.createInvitation("seed.shape@example.com", "engineer")
        assertNotNull(invitation.id)
        assertEquals("engineer", invitation.role)
        assertEquals("pending", invitation.status)
        assertNull(invitation.statusCode, "seed: no status_code")
        assertNull(invitation.roles)
        assertEquals(customerId, invitation.customerId)
        assertNotNull(invitation.createdAt)
        // The seed spec's four roles only: the sandbox refuses the others in this style.
        val refused = expectError<FastlyException.BadRequest> { client.createInvitation("tls@example.com", "tls_admin") }
        assertEquals(400, refused.status)
    }

    @Test
    fun newUserFieldsAndUnknownOnesInExtra() {
        val me = client.getCurrentUser()
        assertEquals(listOf("role-superuser"), me.roles)
        assertEquals(false, me.twoFactorSetupRequired)
        assertEquals(Instant.parse("2024-05-06T07:08:09Z"), me.lastActiveAt)
        // sso_provider is not modelled: kept in extra as its JSON text.
        assertEquals(mapOf("sso_provider" to "null"), me.extra)
    }

    @Test
    fun newCustomerFields() {
        val customer = client.getCurrentCustomer()
        assertEquals("7Lx5sWkNE0GUcIABgbzhTr", customer.pricingPlanId)
        assertEquals("public", customer.billingNetworkType)
        assertEquals("0.0.0.0/0", customer.ipWhitelist)
        assertEquals("+1 555 0100", customer.phoneNumber)
        assertNull(customer.postalAddress)
        assertNull(customer.billingContactId)
        assertEquals(true, customer.canResetPasswords)
        assertEquals(true, customer.hasAccountPanel)
        assertEquals(false, customer.force2fa)
        assertEquals(false, customer.readonly)
        assertNull(customer.deletedAt)
        assertTrue(customer.extra.isEmpty(), "every field the sandbox sends is modelled: ${customer.extra}")

        sandbox.patch("customer", customerId, """{"brand_new":{"nested":[1,"two"]},"note":"hi"}""")
        val patched = client.getCurrentCustomer()
        assertEquals(mapOf("brand_new" to """{"nested":[1,"two"]}""", "note" to "\"hi\""), patched.extra)
    }

    @Test
    fun iamModelsCarryTheirNewFields() {
        assertEquals("role", client.getRole("role-engineer").`object`)
        val group = client.listServiceGroups().data.single { it.id == "sg-production" }
        assertEquals("service_group", group.`object`)
        assertEquals("\"$customerId\"", group.extra["customer_id"], "an unmodelled field")
        val users = client.listUserGroups().data.single { it.id == "ug-platform" }
        assertEquals(1L, users.invitationsCount)
        assertEquals("\"$customerId\"", users.extra["customer_id"])
    }

    @Test
    fun oddValuesLeaveFieldsNullAndStayInExtra() {
        val id = userIds("engineer").first()
        sandbox.patch("user", id, """{"created_at":"2022-11-04 18:02:15","locked":1}""")
        val user = client.getUser(id)
        assertNull(user.createdAt, "a timestamp without a zone names no instant")
        assertNull(user.locked, "1 is not a boolean")
        assertEquals("\"2022-11-04 18:02:15\"", user.extra["created_at"])
        assertEquals("1", user.extra["locked"])
        assertNotNull(user.updatedAt, "the other fields are read as usual")
        assertEquals(id, user.id)

        val listed = client.listCustomerUsers(customerId)
        assertEquals((seed["users_total"] as Long).toInt(), listed.size, "one odd user never fails the list")
        assertEquals(user, listed.single { it.id == id })
        assertTrue(listed.filter { it.id != id }.all { it.createdAt != null && it.locked != null })
    }

    @Test
    fun emptyUpdatesAreRefusedBeforeAnyRequest() {
        val customer = expectError<FastlyException.InvalidArgument> { client.updateCustomer(customerId) }
        assertNull(customer.status)
        val user = expectError<FastlyException.InvalidArgument> { client.updateUser(userIds("user").first()) }
        assertNull(user.status)
        assertEquals(0, sandbox.requests().size, "nothing was sent")
    }

    @Test
    fun deleteUserAnsweredWithAnErrorStatus() {
        val id = userIds("billing").first()
        sandbox.arm("""{"method":"DELETE","path":"/user/$id","fault":{"type":"body","body":{"status":"error","msg":"cannot delete"}}}""")
        val e = expectError<FastlyException.Http> { client.deleteUser(id) }
        assertEquals(200, e.status)
        assertTrue(e.message!!.contains("error"), e.message)
        assertEquals(listOf("body"), sandbox.attempts("/user/$id", "DELETE").map { it["fault"] })
        assertEquals(id, client.getUser(id).id, "the user is still there")
        client.deleteUser(id) // without the fault: {"status":"ok"}
        expectError<FastlyException.NotFound> { client.getUser(id) }
    }
}
