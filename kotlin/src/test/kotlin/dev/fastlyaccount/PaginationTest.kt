package dev.fastlyaccount

import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test
import org.junit.jupiter.params.ParameterizedTest
import org.junit.jupiter.params.provider.ValueSource

/**
 * Lists across several pages, in both ways the sandbox pages: the live API's page numbers
 * (`page=N`, `meta.current_page/total_pages/record_count`, the default) and the seed spec's
 * cursors (`cursor=...`, `meta.next_cursor/total`). By hand with `nextCursor`, and with the
 * follow-all helpers; one request per page, every item once.
 */
class PaginationTest : SandboxTest("--roles", "7", "--service-groups", "6", "--user-groups", "5") {
    private val rolesTotal get() = (seed["roles_total"] as Long).toInt()
    private val serviceGroupsTotal get() = (seed["service_groups_total"] as Long).toInt()
    private val userGroupsTotal get() = (seed["user_groups_total"] as Long).toInt()

    /** The query strings of the requests to `path`, in order. */
    private fun queries(path: String): List<String?> = sandbox.attempts(path).map { it["query"] as String? }

    /** Later pages ask by page number (live) or by cursor (seed), as the sandbox's style pages. */
    private fun assertLaterPagesFollow(style: String, path: String, pages: Int) {
        val queries = queries(path)
        assertEquals(pages, queries.size, "one request per page: $queries")
        val marker = if (style == "live") "page=" else "cursor="
        assertTrue(queries.drop(1).all { it != null && marker in it }, "later pages send $marker: $queries")
    }

    @ParameterizedTest
    @ValueSource(strings = ["live", "seed"])
    fun listRolesPageByPageWithNextCursor(style: String) {
        sandbox.style(style)
        assertEquals(15, rolesTotal)
        val ids = mutableListOf<String?>()
        var cursor: String? = null
        var pages = 0
        do {
            val page = client.listRoles(perPage = 4, cursor = cursor)
            pages++
            assertEquals(15L, page.total, "total on page $pages")
            assertTrue(page.data.size <= 4)
            ids += page.data.map { it.id }
            cursor = page.nextCursor
            if (cursor != null) {
                // The continuation is opaque, but its form shows which style was followed.
                assertEquals(style == "live", cursor.startsWith("page:"), cursor)
            }
        } while (cursor != null && pages < 10)
        assertEquals(4, pages, "15 roles, 4 per page")
        assertEquals(15, ids.toSet().size, "every role once: $ids")
        assertLaterPagesFollow(style, "/roles", 4)
    }

    @ParameterizedTest
    @ValueSource(strings = ["live", "seed"])
    fun iterRolesFetchesLazilyOneRequestPerPage(style: String) {
        sandbox.style(style)
        val roles = client.iterRoles(perPage = 4)
        assertEquals(0L, roles.pagesFetched(), "nothing is fetched before the first next()")
        assertEquals(0, sandbox.requests().size)
        val first = roles.next()
        assertNotNull(first)
        assertEquals(1L, roles.pagesFetched())
        assertEquals(1, sandbox.requests().size)
        val rest = roles.asSequence().toList()
        assertEquals(rolesTotal, 1 + rest.size)
        assertEquals(4L, roles.pagesFetched())
        assertNull(roles.next(), "the walk stays over")
        assertEquals(rolesTotal, (listOf(first) + rest).map { it!!.id }.toSet().size)
        assertLaterPagesFollow(style, "/roles", 4)
    }

    @ParameterizedTest
    @ValueSource(strings = ["live", "seed"])
    fun serviceGroupsAcrossPages(style: String) {
        sandbox.style(style)
        val byHand = mutableListOf<ServiceGroup>()
        var page = client.listServiceGroups(perPage = 2)
        assertEquals(serviceGroupsTotal.toLong(), page.total)
        byHand += page.data
        while (page.nextCursor != null) {
            page = client.listServiceGroups(perPage = 2, cursor = page.nextCursor)
            assertEquals(serviceGroupsTotal.toLong(), page.total)
            byHand += page.data
        }
        assertEquals(9, byHand.size, "3 seeded + 6 generated")
        assertLaterPagesFollow(style, "/service-groups", 5)

        sandbox.control("DELETE", "/__sandbox/requests", null)
        val walker = client.iterServiceGroups(perPage = 2)
        val walked = walker.asSequence().toList()
        assertEquals(byHand, walked, "the helper and the continuation agree")
        assertEquals(9, walked.mapNotNull { it.id }.toSet().size)
        assertEquals(5L, walker.pagesFetched())
        assertLaterPagesFollow(style, "/service-groups", 5)
    }

    @ParameterizedTest
    @ValueSource(strings = ["live", "seed"])
    fun userGroupsAcrossPages(style: String) {
        sandbox.style(style)
        val walker = client.iterUserGroups(perPage = 3)
        val walked = walker.asSequence().toList()
        assertEquals(8, walked.size, "3 seeded + 5 generated")
        assertEquals(8, walked.mapNotNull { it.id }.toSet().size)
        assertEquals(3L, walker.pagesFetched())
        assertLaterPagesFollow(style, "/user-groups", 3)

        val first = client.listUserGroups(perPage = 3)
        assertEquals(walked.take(3), first.data)
        assertEquals(userGroupsTotal.toLong(), first.total)
        val second = client.listUserGroups(perPage = 3, cursor = first.nextCursor)
        assertEquals(walked.subList(3, 6), second.data)
        val third = client.listUserGroups(perPage = 3, cursor = second.nextCursor)
        assertEquals(walked.subList(6, 8), third.data)
        assertNull(third.nextCursor, "the last page says so")
    }

    @ParameterizedTest
    @ValueSource(strings = ["live", "seed"])
    fun aWalkEndsOnAFullLastPage(style: String) {
        sandbox.style(style)
        // 15 roles: exactly 3 full pages of 5, then all of them in one page of 100.
        val walker = client.iterRoles(perPage = 5)
        assertEquals(rolesTotal, walker.asSequence().count())
        assertEquals(3L, walker.pagesFetched(), "no empty page is asked for after the last full one")
        val whole = client.listRoles(perPage = 100)
        assertEquals(rolesTotal, whole.data.size)
        assertNull(whole.nextCursor)
    }

    @Test
    fun cursorAtTheTopLevelToo() {
        sandbox.style("seed")
        sandbox.control("PUT", "/__sandbox/settings", """{"cursor_location":"top"}""")
        val walker = client.iterRoles(perPage = 5)
        assertEquals(rolesTotal, walker.asSequence().count())
        assertEquals(3L, walker.pagesFetched())
        val page = client.listRoles(perPage = 4)
        assertEquals(rolesTotal.toLong(), page.total)
        assertFalse(page.nextCursor!!.startsWith("page:"), page.nextCursor)
    }

    @ParameterizedTest
    @ValueSource(strings = ["live", "seed"])
    fun aFailedPageEndsTheWalkWithTheError(style: String) {
        sandbox.style(style)
        val roles = client.iterRoles(perPage = 4)
        repeat(4) { assertNotNull(roles.next()) }
        sandbox.arm("""{"path":"/roles","fault":{"type":"status","status":404}}""")
        val e = expectError<FastlyException.NotFound> { roles.next() }
        assertEquals(404, e.status)
        assertNull(roles.next(), "after an error the walk is over")
    }
}
