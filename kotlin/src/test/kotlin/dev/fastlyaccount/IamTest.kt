package dev.fastlyaccount

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * The IAM operations beyond the seed (`/iam/v1/roles`, role writes and permissions, one
 * service group and one user group with their sub-lists), end to end against the
 * sandbox: each operation once as it succeeds and once as it fails, the lazy walks over
 * the sub-lists (one request per page, counted in the sandbox's request log), and the
 * rules that tie the lists together.
 */
class IamTest : SandboxTest() {
    /** `sg-production`: 12 services, 4 pages at `perPage = 3`. */
    private val bigServiceGroup: String get() = seed["multi_page_service_group_id"] as String

    /** `ug-platform`: 6 users and 1 invitation, 3 pages at `perPage = 3`. */
    private val bigUserGroup: String get() = seed["multi_page_user_group_id"] as String

    private val auditor = "role-custom-auditor"
    private val deployer = "role-custom-deployer"

    /** Nothing reached the API (the log is cleared before each test). */
    private fun assertNoRequest() = assertEquals(emptyList<Any>(), sandbox.requests(), "nothing reached the API")

    /** Refused before any request: InvalidArgument, no status, nothing sent. */
    private fun assertRefused(call: () -> Unit): FastlyException {
        val e = expectError<FastlyException.InvalidArgument>(call)
        assertNull(e.status)
        assertNoRequest()
        return e
    }

    private fun assertNotFound(call: () -> Unit) {
        val e = expectError<FastlyException.NotFound>(call)
        assertEquals(404, e.status)
    }

    private fun assertBadRequest(call: () -> Unit) {
        val e = expectError<FastlyException.BadRequest>(call)
        assertEquals(400, e.status)
    }

    /** How many `GET path` the sandbox answered so far. */
    private fun pages(path: String): Int = sandbox.attempts(path).size

    // ---- /iam/v1/roles ----

    @Test
    fun listIamRolesFollowsItsCursor() {
        val first = client.listIamRoles(limit = 3)
        assertEquals(roleIds.take(3), first.data.map { it.id })
        val superuser = first.data.first()
        assertEquals("Superuser", superuser.name)
        assertEquals("Superuser", superuser.displayName)
        assertNull(superuser.permissions, "no permissions unless asked for")
        val cursor = checkNotNull(first.nextCursor)
        val second = client.listIamRoles(limit = 3, cursor = cursor)
        assertEquals(roleIds.slice(3..5), second.data.map { it.id })
        val query = sandbox.attempts("/iam/v1/roles").last()["query"] as String
        assertTrue("limit=3" in query && "cursor=" in query, query)
    }

    @Test
    fun listIamRolesRefusesANegativeLimitAndAForeignCursor() {
        val e = assertRefused { client.listIamRoles(limit = -1) }
        assertTrue("limit" in e.detail, e.detail)
        assertBadRequest { client.listIamRoles(cursor = "not-a-cursor-of-this-list") }
    }

    @Test
    fun iamRolesAndRolesNameTheSameRoles() {
        val iam = client.iterIamRoles().asSequence().toList()
        val classic = client.iterRoles().asSequence().toList()
        assertEquals(roleIds, iam.map { it.id })
        assertEquals(classic.map { it.id }, iam.map { it.id })
        assertEquals(classic.map { it.name }, iam.map { it.name })
        assertEquals(classic.map { it.description }, iam.map { it.description })
    }

    @Test
    fun iterIamRolesFetchesOnePageAtATime() {
        val walk = client.iterIamRoles(limit = 3)
        assertEquals(0, pages("/iam/v1/roles"), "nothing is fetched before the first item")
        val items = walk.asSequence().iterator()
        assertEquals(roleIds.first(), items.next().id)
        assertEquals(1, pages("/iam/v1/roles"))
        assertEquals(1L, walk.pagesFetched())
        val rest = items.asSequence().map { it.id }.toList()
        assertEquals(roleIds.drop(1), rest)
        assertEquals(3, pages("/iam/v1/roles"), "8 roles, 3 per page")
        assertEquals(3L, walk.pagesFetched())
    }

    @Test
    fun iterIamRolesRefusesANegativeLimit() {
        assertRefused { client.iterIamRoles(limit = -3) }
    }

    @Test
    fun getIamRoleWithAndWithoutPermissions() {
        val bare = client.getIamRole(auditor)
        assertEquals("Auditor", bare.name)
        assertNull(bare.permissions)
        val full = client.getIamRole(auditor, includePermissions = true)
        assertEquals(listOf("user.read", "role.read", "user_group.read"), full.permissions)
        val query = sandbox.attempts("/iam/v1/roles/$auditor").last()["query"] as String
        assertTrue("include=permissions" in query, query)
    }

    @Test
    fun getIamRoleUnknownIdIsNotFound() {
        assertNotFound { client.getIamRole("role-no-such-role", includePermissions = true) }
    }

    // ---- role writes and permissions ----

    @Test
    fun createRoleIsListedLastByBothRoleLists() {
        val role = client.createRole("Release managers", description = "Ship it")
        assertNotNull(role.id)
        assertEquals("Release managers", role.name)
        assertEquals("Ship it", role.description)
        assertEquals(true, role.custom)
        assertEquals(0L, role.permissionsCount)
        assertEquals(role.id, client.iterRoles().asSequence().last().id)
        assertEquals(role.id, client.iterIamRoles().asSequence().last().id)
        assertEquals(201L, sandbox.attempts("/roles", "POST").single()["status"])
    }

    @Test
    fun createRoleWithAnEmptyNameSendsNoRequest() {
        assertRefused { client.createRole(" ") }
    }

    @Test
    fun updateRoleChangesOnlyTheGivenFields() {
        val updated = client.updateRole(deployer, description = "Deploys the edge")
        assertEquals("Deploys the edge", updated.description)
        assertEquals(client.getRole(deployer).name, updated.name, "a field not given is left as it was")
        assertEquals("Deploys the edge", client.getRole(deployer).description, "the change is stored")
        assertEquals("Deploys the edge", client.getIamRole(deployer).description)
        val renamed = client.updateRole(deployer, name = "Deployer")
        assertEquals("Deployer", renamed.name)
    }

    @Test
    fun updateRoleWithNothingToUpdateSendsNoRequest() {
        val e = assertRefused { client.updateRole(deployer) }
        assertTrue("nothing to update" in e.detail, e.detail)
        assertNotFound { client.updateRole("role-no-such-role", name = "x") }
    }

    @Test
    fun deleteRoleRemovesItFromBothListsAndFromUserGroups() {
        assertTrue(client.iterUserGroupRoles(bigUserGroup).asSequence().any { it.id == "role-engineer" })
        client.deleteRole("role-engineer")
        assertNotFound { client.getRole("role-engineer") }
        assertNotFound { client.getIamRole("role-engineer") }
        assertFalse(client.iterRoles().asSequence().any { it.id == "role-engineer" })
        assertFalse(client.iterIamRoles().asSequence().any { it.id == "role-engineer" })
        assertEquals(listOf("role-tls-admin"), client.iterUserGroupRoles(bigUserGroup).asSequence().map { it.id }.toList())
        assertEquals(1L, client.getUserGroup(bigUserGroup).rolesCount)
        assertEquals(204L, sandbox.attempts("/roles/role-engineer", "DELETE").single()["status"])
    }

    @Test
    fun deleteRoleUnknownIdIsNotFound() {
        assertNotFound { client.deleteRole("role-no-such-role") }
    }

    @Test
    fun listRolePermissions() {
        val permissions = client.listRolePermissions(deployer)
        assertEquals(
            listOf("service.read", "service_version.read", "service_version.activate", "service_version.deactivate", "purge.all"),
            permissions.map { it.name },
        )
        val read = permissions.first()
        assertEquals("perm-service-read", read.id)
        assertEquals("service", read.scope)
        assertEquals("Service", read.resourceName)
        assertNotNull(read.description)
        assertNotNull(read.resourceDescription)
        assertEquals("permission", read.`object`)
        assertEquals(emptyMap<String, String>(), read.extra, "every member of a permission is modelled")
        assertEquals(client.getRole(deployer).permissionsCount, permissions.size.toLong())
    }

    @Test
    fun listRolePermissionsUnknownRoleIsNotFound() {
        assertNotFound { client.listRolePermissions("role-no-such-role") }
    }

    @Test
    fun aRolesPermissionsComeFromListPermissions() {
        val table = client.listPermissions()
        assertEquals(permissionIds, table.map { it.id })
        assertEquals(212, table.size)
        val byId = table.associateBy { it.id }
        for (role in listOf("role-superuser", "role-engineer", auditor, deployer)) {
            val granted = client.listRolePermissions(role)
            assertTrue(granted.isNotEmpty(), role)
            for (permission in granted) {
                assertEquals(byId[permission.id], permission, "$role grants a permission of the table")
            }
        }
        assertEquals(table, client.listRolePermissions("role-superuser"), "the superuser has them all")
        val names = client.getIamRole(auditor, includePermissions = true).permissions
        assertEquals(client.listRolePermissions(auditor).map { it.name }, names, "/iam/v1 names the same permissions")
    }

    @Test
    fun listPermissionsWithABadKeyIsUnauthorized() {
        sandbox.client(token = "not-the-sandbox-token").use { stranger ->
            val e = expectError<FastlyException.Unauthorized> { stranger.listPermissions() }
            assertEquals(401, e.status)
        }
    }

    @Test
    fun addRolePermissionsGrantsThem() {
        val added = listOf("perm-backend-create", "perm-user-read")
        client.addRolePermissions(auditor, added)
        val ids = client.listRolePermissions(auditor).map { it.id }
        assertTrue(ids.containsAll(added), ids.toString())
        assertEquals(4, ids.size, "backend.create is new; user.read was there and is kept once")
        assertEquals(4L, client.getRole(auditor).permissionsCount)
        assertEquals(201L, sandbox.attempts("/roles/$auditor/permissions", "POST").single()["status"])
    }

    @Test
    fun addRolePermissionsRefusesEmptyAndUnknownIds() {
        assertRefused { client.addRolePermissions(auditor, emptyList()) }
        assertRefused { client.addRolePermissions(auditor, listOf("")) }
        assertBadRequest { client.addRolePermissions(auditor, listOf("perm-service-read", "perm-no-such")) }
        assertEquals(3, client.listRolePermissions(auditor).size, "a refused request changes nothing")
    }

    @Test
    fun removeRolePermissionsTakesThemAway() {
        client.removeRolePermissions(deployer, listOf("perm-purge-all"))
        assertFalse(client.listRolePermissions(deployer).any { it.id == "perm-purge-all" })
        assertEquals(4L, client.getRole(deployer).permissionsCount)
        assertEquals(204L, sandbox.attempts("/roles/$deployer/permissions", "DELETE").single()["status"])
    }

    @Test
    fun removeRolePermissionsErrors() {
        assertRefused { client.removeRolePermissions(deployer, emptyList()) }
        assertNotFound { client.removeRolePermissions("role-no-such-role", listOf("perm-purge-all")) }
    }

    // ---- one service group ----

    @Test
    fun getServiceGroup() {
        val group = client.getServiceGroup(bigServiceGroup)
        assertEquals(bigServiceGroup, group.id)
        assertEquals("Production", group.name)
        assertEquals(12L, group.servicesCount)
        assertEquals("service_group", group.`object`)
        assertEquals("\"x4xCwxxJxGCx123Rx5xTx\"", group.extra["customer_id"], "unmodelled members are kept as JSON")
    }

    @Test
    fun getServiceGroupUnknownIdIsNotFound() {
        assertRefused { client.getServiceGroup("") }
        assertNotFound { client.getServiceGroup("sg-no-such-group") }
    }

    @Test
    fun updateServiceGroup() {
        val updated = client.updateServiceGroup(bigServiceGroup, name = "Prod")
        assertEquals("Prod", updated.name)
        assertEquals("Customer-facing services.", updated.description, "a field not given is left as it was")
        assertEquals("Prod", client.getServiceGroup(bigServiceGroup).name)
    }

    @Test
    fun updateServiceGroupErrors() {
        assertRefused { client.updateServiceGroup(bigServiceGroup) }
        assertNotFound { client.updateServiceGroup("sg-no-such-group", description = "x") }
    }

    @Test
    fun deleteServiceGroupRemovesItFromEveryUserGroup() {
        val staging = "sg-staging"
        val reaching = client.iterUserGroups().asSequence().map { it.id!! }
            .filter { group -> client.iterUserGroupServiceGroups(group).asSequence().any { it.id == staging } }
            .toList()
        assertEquals(listOf(bigUserGroup, "ug-contractors"), reaching)
        client.deleteServiceGroup(staging)
        assertNotFound { client.getServiceGroup(staging) }
        assertFalse(client.iterServiceGroups().asSequence().any { it.id == staging })
        for (group in reaching) {
            assertFalse(client.iterUserGroupServiceGroups(group).asSequence().any { it.id == staging }, group)
        }
        assertEquals(1L, client.getUserGroup(bigUserGroup).serviceGroupsCount)
        assertEquals(0L, client.getUserGroup("ug-contractors").serviceGroupsCount)
    }

    @Test
    fun deleteServiceGroupUnknownIdIsNotFound() {
        assertNotFound { client.deleteServiceGroup("sg-no-such-group") }
    }

    @Test
    fun listServiceGroupServicesByPage() {
        val first = client.listServiceGroupServices(bigServiceGroup, perPage = 3)
        assertEquals(serviceIds.take(3), first.data.map { it.id })
        assertEquals(12L, first.total)
        val www = first.data[0]
        assertEquals("www.example.com", www.name)
        assertEquals("vcl", www.serviceType, "the JSON member `type`")
        assertNotNull(www.createdAt)
        assertEquals("wasm", first.data[1].serviceType)
        val second = client.listServiceGroupServices(bigServiceGroup, perPage = 3, cursor = checkNotNull(first.nextCursor))
        assertEquals(serviceIds.slice(3..5), second.data.map { it.id })
    }

    @Test
    fun listServiceGroupServicesErrors() {
        assertRefused { client.listServiceGroupServices(bigServiceGroup, perPage = -1) }
        assertNotFound { client.listServiceGroupServices("sg-no-such-group") }
    }

    @Test
    fun iterServiceGroupServicesFetchesOnePageAtATime() {
        val path = "/service-groups/$bigServiceGroup/services"
        val walk = client.iterServiceGroupServices(bigServiceGroup, perPage = 3)
        assertEquals(0, pages(path), "nothing is fetched before the first item")
        val items = walk.asSequence().iterator()
        val seen = mutableListOf<String?>()
        repeat(3) { seen += items.next().id }
        assertEquals(1, pages(path), "the first page holds the first three")
        seen += items.next().id
        assertEquals(2, pages(path), "the fourth needs the second page")
        assertEquals(2L, walk.pagesFetched())
        seen += items.asSequence().map { it.id }
        assertEquals(serviceIds.take(12), seen, "every service once, in order")
        assertEquals(4, pages(path), "12 services, 3 per page: one request per page")
        assertEquals(4L, walk.pagesFetched())
        assertNull(walk.next(), "the walk stays over")
    }

    @Test
    fun iterServiceGroupServicesErrors() {
        assertRefused { client.iterServiceGroupServices(bigServiceGroup, perPage = -2) }
        val walk = client.iterServiceGroupServices("sg-no-such-group")
        val e = expectError<FastlyException.NotFound> { walk.next() }
        assertEquals(404, e.status)
        assertNull(walk.next(), "after an error the walk is over")
    }

    @Test
    fun addServiceGroupServicesListsThem() {
        val free = serviceIds.takeLast(2)
        client.addServiceGroupServices("sg-internal-tools", free)
        assertEquals(free, client.iterServiceGroupServices("sg-internal-tools").asSequence().map { it.id }.toList())
        assertEquals(2L, client.getServiceGroup("sg-internal-tools").servicesCount)
        assertEquals(201L, sandbox.attempts("/service-groups/sg-internal-tools/services", "POST").single()["status"])
    }

    @Test
    fun addServiceGroupServicesRefusesEmptyAndUnknownIds() {
        assertRefused { client.addServiceGroupServices("sg-internal-tools", emptyList()) }
        assertBadRequest { client.addServiceGroupServices("sg-internal-tools", listOf("svcNoSuchService")) }
        assertEquals(0L, client.getServiceGroup("sg-internal-tools").servicesCount, "a refused request changes nothing")
    }

    @Test
    fun removeServiceGroupServicesTakesThemOut() {
        client.removeServiceGroupServices(bigServiceGroup, serviceIds.take(2))
        assertEquals(serviceIds.slice(2..11), client.iterServiceGroupServices(bigServiceGroup).asSequence().map { it.id }.toList())
        assertEquals(10L, client.getServiceGroup(bigServiceGroup).servicesCount)
        assertEquals(204L, sandbox.attempts("/service-groups/$bigServiceGroup/services", "DELETE").single()["status"])
    }

    @Test
    fun removeServiceGroupServicesErrors() {
        assertRefused { client.removeServiceGroupServices(bigServiceGroup, emptyList()) }
        assertNotFound { client.removeServiceGroupServices("sg-no-such-group", serviceIds.take(1)) }
    }

    // ---- one user group ----

    @Test
    fun getUserGroup() {
        val group = client.getUserGroup(bigUserGroup)
        assertEquals("Platform team", group.name)
        assertEquals(6L, group.usersCount)
        assertEquals(1L, group.invitationsCount)
        assertEquals(2L, group.rolesCount)
        assertEquals(2L, group.serviceGroupsCount)
    }

    @Test
    fun getUserGroupUnknownIdIsNotFound() {
        assertNotFound { client.getUserGroup("ug-no-such-group") }
    }

    @Test
    fun updateUserGroup() {
        val updated = client.updateUserGroup("ug-finance", name = "Finance", description = "Pays the bills")
        assertEquals("Finance", updated.name)
        assertEquals("Pays the bills", updated.description)
        assertEquals(updated, client.getUserGroup("ug-finance"), "the change is stored")
    }

    @Test
    fun updateUserGroupErrors() {
        assertRefused { client.updateUserGroup("ug-finance") }
        assertRefused { client.updateUserGroup("ug-finance", name = "") }
        assertNotFound { client.updateUserGroup("ug-no-such-group", name = "x") }
    }

    @Test
    fun deleteUserGroup() {
        client.deleteUserGroup("ug-finance")
        assertNotFound { client.getUserGroup("ug-finance") }
        assertFalse(client.iterUserGroups().asSequence().any { it.id == "ug-finance" })
        assertEquals(204L, sandbox.attempts("/user-groups/ug-finance", "DELETE").single()["status"])
    }

    @Test
    fun deleteUserGroupUnknownIdIsNotFound() {
        assertNotFound { client.deleteUserGroup("ug-no-such-group") }
    }

    @Test
    fun listUserGroupMembersHoldsUsersAndInvitations() {
        val first = client.listUserGroupMembers(bigUserGroup, perPage = 3)
        assertEquals(7L, first.total)
        assertEquals(3, first.data.size)
        val erin = first.data.first()
        assertEquals("user", erin.`object`)
        assertEquals("erin@example.com", erin.login)
        assertEquals("engineer", erin.role)
        val second = client.listUserGroupMembers(bigUserGroup, perPage = 3, cursor = checkNotNull(first.nextCursor))
        val nina = second.data.first()
        assertEquals("invitation", nina.`object`)
        assertEquals(invitationIds.first(), nina.id)
        assertEquals("nina@example.com", nina.email)
        assertNull(nina.login)
        assertNull(nina.name)
        assertEquals("engineer", nina.role)
    }

    @Test
    fun listUserGroupMembersErrors() {
        assertRefused { client.listUserGroupMembers(bigUserGroup, perPage = -1) }
        assertNotFound { client.listUserGroupMembers("ug-no-such-group") }
    }

    @Test
    fun iterUserGroupMembersFetchesOnePageAtATime() {
        val path = "/user-groups/$bigUserGroup/members"
        val walk = client.iterUserGroupMembers(bigUserGroup, perPage = 3)
        assertEquals(0, pages(path), "nothing is fetched before the first item")
        val items = walk.asSequence().iterator()
        assertEquals("erin@example.com", items.next().login)
        assertEquals(1, pages(path))
        assertEquals(1L, walk.pagesFetched())
        val rest = items.asSequence().toList()
        assertEquals(6, rest.size)
        assertEquals(listOf("invitation"), rest.filter { it.`object` != "user" }.map { it.`object` })
        assertEquals(3, pages(path), "7 members, 3 per page: one request per page")
        assertEquals(3L, walk.pagesFetched())
    }

    @Test
    fun iterUserGroupMembersErrors() {
        assertRefused { client.iterUserGroupMembers(bigUserGroup, perPage = -1) }
        val e = expectError<FastlyException.NotFound> { client.iterUserGroupMembers("ug-no-such-group").next() }
        assertEquals(404, e.status)
    }

    @Test
    fun addingAMemberRaisesUsersCountAndListsIt() {
        val newcomer = userIds("user").first()
        val before = client.getUserGroup("ug-finance")
        assertEquals(2L, before.usersCount)
        client.addUserGroupMembers("ug-finance", userIds = listOf(newcomer), invitationIds = listOf(invitationIds[1]))
        val after = client.getUserGroup("ug-finance")
        assertEquals(3L, after.usersCount)
        assertEquals(1L, after.invitationsCount)
        val members = client.iterUserGroupMembers("ug-finance").asSequence().toList()
        assertEquals(listOf(newcomer, invitationIds[1]), members.takeLast(2).map { it.id })
        assertEquals(201L, sandbox.attempts("/user-groups/ug-finance/members", "POST").single()["status"])
        client.addUserGroupMembers("ug-finance", userIds = listOf(userIds("engineer").first()))
        assertEquals(4L, client.getUserGroup("ug-finance").usersCount)
    }

    @Test
    fun addUserGroupMembersRefusesNoMembersAndUnknownIds() {
        assertRefused { client.addUserGroupMembers("ug-finance") }
        assertRefused { client.addUserGroupMembers("ug-finance", userIds = emptyList(), invitationIds = emptyList()) }
        assertBadRequest { client.addUserGroupMembers("ug-finance", userIds = listOf("no-such-user")) }
        assertBadRequest { client.addUserGroupMembers("ug-finance", invitationIds = listOf(userIds("user").first())) }
        assertEquals(2L, client.getUserGroup("ug-finance").usersCount, "a refused request changes nothing")
    }

    @Test
    fun removeUserGroupMembers() {
        client.removeUserGroupMembers(bigUserGroup, invitationIds = listOf(invitationIds.first()))
        val group = client.getUserGroup(bigUserGroup)
        assertEquals(0L, group.invitationsCount)
        assertEquals(6L, group.usersCount)
        assertFalse(client.iterUserGroupMembers(bigUserGroup).asSequence().any { it.`object` == "invitation" })
        assertEquals(204L, sandbox.attempts("/user-groups/$bigUserGroup/members", "DELETE").single()["status"])
    }

    @Test
    fun removeUserGroupMembersErrors() {
        assertRefused { client.removeUserGroupMembers(bigUserGroup) }
        assertNotFound { client.removeUserGroupMembers("ug-no-such-group", userIds = listOf(ownerId)) }
    }

    @Test
    fun listUserGroupRoles() {
        val page = client.listUserGroupRoles(bigUserGroup)
        assertEquals(listOf("role-engineer", "role-tls-admin"), page.data.map { it.id })
        assertEquals(2L, page.total)
        assertNull(page.nextCursor)
        assertEquals(client.getRole("role-engineer"), page.data.first(), "the role as getRole serves it")
    }

    @Test
    fun listUserGroupRolesErrors() {
        assertRefused { client.listUserGroupRoles(bigUserGroup, perPage = -1) }
        assertNotFound { client.listUserGroupRoles("ug-no-such-group") }
    }

    @Test
    fun iterUserGroupRolesFetchesOnePageAtATime() {
        val path = "/user-groups/$bigUserGroup/roles"
        val walk = client.iterUserGroupRoles(bigUserGroup, perPage = 1)
        assertEquals(0, pages(path))
        val items = walk.asSequence().iterator()
        assertEquals("role-engineer", items.next().id)
        assertEquals(1, pages(path))
        assertEquals(listOf("role-tls-admin"), items.asSequence().map { it.id }.toList())
        assertEquals(2, pages(path), "2 roles, 1 per page")
        assertEquals(2L, walk.pagesFetched())
    }

    @Test
    fun iterUserGroupRolesErrors() {
        assertRefused { client.iterUserGroupRoles(bigUserGroup, perPage = -1) }
        assertNotFound { client.iterUserGroupRoles("ug-no-such-group").next() }
    }

    @Test
    fun addUserGroupRoles() {
        client.addUserGroupRoles("ug-finance", listOf(auditor))
        assertEquals(listOf("role-billing", auditor), client.iterUserGroupRoles("ug-finance").asSequence().map { it.id }.toList())
        assertEquals(2L, client.getUserGroup("ug-finance").rolesCount)
        assertEquals(201L, sandbox.attempts("/user-groups/ug-finance/roles", "POST").single()["status"])
    }

    @Test
    fun addUserGroupRolesRefusesEmptyAndUnknownIds() {
        assertRefused { client.addUserGroupRoles("ug-finance", emptyList()) }
        assertBadRequest { client.addUserGroupRoles("ug-finance", listOf("role-no-such-role")) }
        assertEquals(1L, client.getUserGroup("ug-finance").rolesCount)
    }

    @Test
    fun removingARoleFromAGroupRemovesItFromItsRoles() {
        client.removeUserGroupRoles(bigUserGroup, listOf("role-tls-admin"))
        assertEquals(listOf("role-engineer"), client.iterUserGroupRoles(bigUserGroup).asSequence().map { it.id }.toList())
        assertEquals(1L, client.getUserGroup(bigUserGroup).rolesCount)
        assertNotNull(client.getRole("role-tls-admin"), "the role itself stays")
        assertEquals(204L, sandbox.attempts("/user-groups/$bigUserGroup/roles", "DELETE").single()["status"])
    }

    @Test
    fun removeUserGroupRolesErrors() {
        assertRefused { client.removeUserGroupRoles(bigUserGroup, listOf("role-tls-admin", "")) }
        assertNotFound { client.removeUserGroupRoles("ug-no-such-group", listOf("role-tls-admin")) }
    }

    @Test
    fun listUserGroupServiceGroups() {
        val page = client.listUserGroupServiceGroups(bigUserGroup)
        assertEquals(listOf(bigServiceGroup, "sg-staging"), page.data.map { it.id })
        assertEquals(2L, page.total)
        assertEquals(client.getServiceGroup(bigServiceGroup), page.data.first(), "the group as getServiceGroup serves it")
    }

    @Test
    fun listUserGroupServiceGroupsErrors() {
        assertRefused { client.listUserGroupServiceGroups(bigUserGroup, perPage = -1) }
        assertNotFound { client.listUserGroupServiceGroups("ug-no-such-group") }
    }

    @Test
    fun iterUserGroupServiceGroupsFetchesOnePageAtATime() {
        val path = "/user-groups/$bigUserGroup/service-groups"
        val walk = client.iterUserGroupServiceGroups(bigUserGroup, perPage = 1)
        assertEquals(0, pages(path))
        val items = walk.asSequence().iterator()
        assertEquals(bigServiceGroup, items.next().id)
        assertEquals(1, pages(path))
        assertEquals(listOf("sg-staging"), items.asSequence().map { it.id }.toList())
        assertEquals(2, pages(path), "2 service groups, 1 per page")
        assertEquals(2L, walk.pagesFetched())
    }

    @Test
    fun iterUserGroupServiceGroupsErrors() {
        assertRefused { client.iterUserGroupServiceGroups(bigUserGroup, perPage = -1) }
        assertNotFound { client.iterUserGroupServiceGroups("ug-no-such-group").next() }
    }

    @Test
    fun addUserGroupServiceGroups() {
        client.addUserGroupServiceGroups("ug-finance", listOf("sg-internal-tools"))
        assertEquals(listOf("sg-internal-tools"), client.iterUserGroupServiceGroups("ug-finance").asSequence().map { it.id }.toList())
        assertEquals(1L, client.getUserGroup("ug-finance").serviceGroupsCount)
        assertEquals(201L, sandbox.attempts("/user-groups/ug-finance/service-groups", "POST").single()["status"])
    }

    @Test
    fun addUserGroupServiceGroupsRefusesEmptyAndUnknownIds() {
        assertRefused { client.addUserGroupServiceGroups("ug-finance", emptyList()) }
        assertBadRequest { client.addUserGroupServiceGroups("ug-finance", listOf("sg-no-such-group")) }
        assertEquals(0L, client.getUserGroup("ug-finance").serviceGroupsCount)
    }

    @Test
    fun removeUserGroupServiceGroups() {
        client.removeUserGroupServiceGroups(bigUserGroup, listOf("sg-staging"))
        assertEquals(listOf(bigServiceGroup), client.iterUserGroupServiceGroups(bigUserGroup).asSequence().map { it.id }.toList())
        assertEquals(1L, client.getUserGroup(bigUserGroup).serviceGroupsCount)
        assertNotNull(client.getServiceGroup("sg-staging"), "the service group itself stays")
    }

    @Test
    fun removeUserGroupServiceGroupsErrors() {
        assertRefused { client.removeUserGroupServiceGroups(bigUserGroup, emptyList()) }
        assertNotFound { client.removeUserGroupServiceGroups("ug-no-such-group", listOf("sg-staging")) }
    }
}
