package dev.fastlyaccount

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/** Lists across several pages: by hand with the cursor, and with the follow-all helpers. */
class PaginationTest : SandboxTest("--roles", "7", "--service-groups", "6", "--user-groups", "5") {
    private val rolesTotal get() = (seed["roles_total"] as Long).toInt()

    @Test
    fun listRolesPageByPageWithTheCursor() {
        assertEquals(15, rolesTotal)
        val ids = mutableListOf<String?>()
        var cursor: String? = null
        var pages = 0
        do {
            val page = client.listRoles(perPage = 4u, cursor = cursor)
            pages++
            assertEquals(15L, page.total)
            assertTrue(page.data.size <= 4)
            ids += page.data.map { it.id }
            cursor = page.nextCursor
        } while (cursor != null)
        assertEquals(4, pages, "15 roles, 4 per page")
        assertEquals(15, ids.toSet().size, "every role once: $ids")
        val queries = sandbox.requests().map { it["query"] as String? }
        assertEquals(4, queries.size)
        assertTrue(queries.drop(1).all { it != null && "cursor=" in it }, "later pages send the cursor: $queries")
    }

    @Test
    fun iterRolesFetchesLazily() {
        val roles = client.iterRoles(perPage = 4u)
        assertEquals(0uL, roles.pagesFetched(), "nothing is fetched before the first next()")
        val first = roles.next()
        assertNotNull(first)
        assertEquals(1uL, roles.pagesFetched())
        val rest = generateSequence { roles.next() }.toList()
        assertEquals(rolesTotal, 1 + rest.size)
        assertEquals(4uL, roles.pagesFetched())
        assertNull(roles.next(), "the walk stays over")
        assertEquals(rolesTotal, (listOf(first) + rest).map { it!!.id }.toSet().size)
    }

    @Test
    fun serviceGroupsAcrossPages() {
        val byHand = mutableListOf<ServiceGroup>()
        var page = client.listServiceGroups(perPage = 2u)
        byHand += page.data
        while (page.nextCursor != null) {
            page = client.listServiceGroups(perPage = 2u, cursor = page.nextCursor)
            byHand += page.data
        }
        val walker = client.iterServiceGroups(perPage = 2u)
        val walked = walker.asSequence().toList()
        assertEquals(9, walked.size, "3 seeded + 6 generated")
        assertEquals(byHand, walked, "the helper and the cursor agree")
        assertEquals(5uL, walker.pagesFetched())
    }

    @Test
    fun userGroupsAcrossPages() {
        val walker = client.iterUserGroups(perPage = 3u)
        val walked = walker.asSequence().toList()
        assertEquals(8, walked.size, "3 seeded + 5 generated")
        assertEquals(3uL, walker.pagesFetched())
        val first = client.listUserGroups(perPage = 3u)
        assertEquals(walked.take(3), first.data)
        assertEquals(8L, first.total)
    }

    @Test
    fun cursorAtTheTopLevelToo() {
        sandbox.control("PUT", "/__sandbox/settings", """{"cursor_location":"top"}""")
        assertEquals(rolesTotal, client.iterRoles(perPage = 5u).asSequence().count())
    }

    @Test
    fun aFailedPageEndsTheWalkWithTheError() {
        val roles = client.iterRoles(perPage = 4u)
        repeat(4) { assertNotNull(roles.next()) }
        sandbox.arm("""{"path":"/roles","fault":{"type":"status","status":404}}""")
        val e = expectError(FastlyErrorKind.NOT_FOUND) { roles.next() }
        assertEquals(404, e.status())
        assertNull(roles.next(), "after an error the walk is over")
    }
}
