package dev.fastlyaccount

import kotlinx.coroutines.runBlocking
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * What the requests send, as Fastly's own definitions say: one comma-joined `roles`
 * field, the official request models' arguments, per-service invitations, page
 * metadata and the official models' fields. The sandbox reads each field the way the
 * definition sends it and refuses other encodings (`roles[]=...`).
 */
class RequestEncodingTest : SandboxTest() {
    @Test
    fun updateUserSendsRolesAsOneCommaJoinedField() {
        val id = userIds("engineer").first()
        val updated = client.updateUser(id, roles = listOf("role-engineer", "role-billing"), limitServices = true)
        assertEquals(listOf("role-engineer", "role-billing"), updated.roles)
        assertEquals(true, updated.limitServices)
        assertEquals(listOf("role-engineer", "role-billing"), client.getUser(id).roles)
        val viaAsync = sandbox.asyncClient().use { async ->
            runBlocking { async.updateUser(id, roles = listOf("role-user", "role-billing")) }
        }
        assertEquals(listOf("role-user", "role-billing"), viaAsync.roles)
        assertEquals(listOf("role-superuser"), client.updateCurrentUser(roles = listOf("role-superuser")).roles)
        sandbox.clearRequests()
        val e = expectError<FastlyException.InvalidArgument> { client.updateUser(id, roles = listOf("a,b")) }
        assertTrue(e.toString().contains("comma"), e.toString())
        assertEquals(emptyList<Any>(), sandbox.requests(), "nothing reached the API")
    }

    @Test
    fun theOfficialRequestModelsArguments() {
        val id = userIds("billing").first()
        assertEquals("moved@example.com", client.updateUser(id, login = "moved@example.com").login)
        val created = client.createUser(
            "twofactor@example.com",
            "Two Factor",
            roles = listOf("role-user", "role-tls-viewer"),
            twoFactorAuthEnabled = true,
            twoFactorSetupRequired = false,
        )
        assertEquals(listOf("role-user", "role-tls-viewer"), created.roles)
        assertEquals(true, created.twoFactorAuthEnabled)
        assertEquals(false, created.twoFactorSetupRequired)

        val customer = client.updateCustomer(
            customerId,
            billingNetworkType = "private",
            billingRef = "PO-42",
            hasAccountPanel = true,
            hasPci = true,
            pricingPlan = "enterprise",
            pricingPlanId = "plan-7",
        )
        assertEquals("private", customer.billingNetworkType)
        assertEquals("PO-42", customer.billingRef)
        assertEquals(true, customer.hasAccountPanel)
        assertEquals(true, customer.hasPci)
        assertEquals("enterprise", customer.pricingPlan)
        assertEquals("plan-7", customer.pricingPlanId)
        sandbox.clearRequests()
        expectError<FastlyException.InvalidArgument> { client.updateCustomer(customerId, billingNetworkType = "shared") }
        expectError<FastlyException.InvalidArgument> { client.updateUser(id, login = "not an email") }
        assertEquals(emptyList<Any>(), sandbox.requests(), "nothing reached the API")
    }

    @Test
    fun createInvitationGrantsAccessPerService() {
        val invitation = client.createInvitation(
            "per.service@example.com",
            "user",
            limitServices = true,
            serviceInvitations = mapOf(serviceIds[0] to "purge_all", serviceIds[1] to "read_only"),
        )
        assertEquals(2, invitation.serviceInvitationIds?.size)
        sandbox.clearRequests()
        expectError<FastlyException.InvalidArgument> {
            client.createInvitation("x@example.com", "user", serviceInvitations = mapOf(serviceIds[0] to "admin"))
        }
        assertEquals(emptyList<Any>(), sandbox.requests(), "nothing reached the API")
        expectError<FastlyException.BadRequest> {
            client.createInvitation("y@example.com", "user", serviceInvitations = mapOf("no-such-service" to "full"))
        }
    }

    @Test
    fun aNewServiceGroupHoldsTheServicesItWasCreatedWith() {
        val group = client.createServiceGroup("Two services", services = serviceIds.take(2))
        val listed = client.listServiceGroupServices(checkNotNull(group.id)).data.map { it.id }
        assertEquals(serviceIds.take(2), listed)
    }

    @Test
    fun pagesSayWhereTheyAre() {
        val page = client.listInvitations(pageNumber = 2, pageSize = 3)
        assertEquals(2L, page.currentPage)
        assertEquals(3L, page.perPage)
        assertTrue((page.totalPages ?: 0L) >= 2L, page.toString())
        val roles = client.listRoles(perPage = 2)
        assertEquals(1L, roles.currentPage)
        assertEquals(2L, roles.perPage)
        assertEquals((roles.total!! + 1) / 2, roles.totalPages)
    }

    @Test
    fun officialModelFieldsAreReachable() {
        val role = client.getIamRole(roleIds.first(), includePermissions = true)
        val names = checkNotNull(role.permissions)
        assertTrue(names.isNotEmpty() && names.all { it.isNotEmpty() }, names.toString())
        assertNull(client.getIamRole(roleIds.first()).permissions)
        assertEquals("permission", client.listPermissions().first().`object`)
        val token = client.getCurrentToken()
        assertNull(token.deletedAt, "a live token is not deleted")
    }
}
