package com.example.admin

import dev.fastlyaccount.AsyncClient
import dev.fastlyaccount.Client
import dev.fastlyaccount.FastlyException
import dev.fastlyaccount.asSequence
import java.time.Duration
import kotlinx.coroutines.CancellationException
import org.junit.After
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNull
import org.junit.Assert.assertTrue
import org.junit.Before
import org.junit.Test
import org.junit.runner.RunWith
import org.robolectric.Robolectric
import org.robolectric.RobolectricTestRunner

/**
 * A Flow walk collected by a screen (UserGroupsActivity, one user group per page) in a
 * scope that ends with the screen: collected to the end it shows every group; destroyed
 * while a page is in flight, the walk stops there and the page request is abandoned on
 * the wire, which the sandbox's request log shows (status 0: the client went away).
 */
@RunWith(RobolectricTestRunner::class)
class LifecycleWalkTest {
    private lateinit var client: AsyncClient

    /** Every user group's name, from the blocking client (the expected rows). */
    private val allGroups: List<String> by lazy {
        Client.withOptions(SandboxControl.token, endpoint = SandboxControl.url).use { c ->
            c.iterUserGroups(perPage = 100).asSequence().map { it.name ?: "(unnamed)" }.toList()
        }
    }

    @Before
    fun setUp() {
        SandboxControl.reset()
        // A timeout far beyond the delay below: only the cancellation can end that call.
        client = AsyncClient.withOptions(SandboxControl.token, endpoint = SandboxControl.url, timeout = Duration.ofSeconds(120), maxRetries = 0)
        AdminApp.client = client
    }

    @After
    fun tearDown() {
        AdminApp.client = null
        if (::client.isInitialized) client.close()
    }

    @Test
    fun theScreenShowsEveryGroupWhenTheWalkEnds() {
        val expected = allGroups
        assertTrue("the seed has several user groups: $expected", expected.size >= 3)
        SandboxControl.reset()
        val screen = Robolectric.buildActivity(UserGroupsActivity::class.java).setup()
        val activity = screen.get()
        runMainLooperUntil("the walk to end") { activity.completed || activity.ended != null }
        assertNull(activity.ended)
        assertEquals(expected, activity.rows)
        // One request per page of one group.
        val pages = SandboxControl.requests("/user-groups")
        assertEquals(expected.size, pages.size)
        assertTrue(pages.all { it.getInt("status") == 200 })
        screen.pause().stop().destroy()
    }

    @Test
    fun destroyingTheScreenMidWalkAbandonsThePageInFlight() {
        val expected = allGroups
        SandboxControl.reset()
        // Page 1 goes through (a delay of 0 ms is normal handling); page 2 is held for
        // 60 s. Rules apply in arm order, one use each.
        SandboxControl.arm("""{"path":"/user-groups","times":1,"fault":{"type":"delay","ms":0}}""")
        SandboxControl.arm("""{"path":"/user-groups","times":1,"fault":{"type":"delay","ms":60000}}""")
        val screen = Robolectric.buildActivity(UserGroupsActivity::class.java).setup()
        val activity = screen.get()
        runMainLooperUntil("the first row") { activity.rows.isNotEmpty() }
        // Page 2 has reached the sandbox (its rule has been used) and is being held.
        runMainLooperUntil("page 2 to reach the sandbox") {
            SandboxControl.faults().all { it.getInt("remaining") == 0 }
        }
        // The user leaves the screen.
        screen.pause().stop().destroy()
        runMainLooperUntil("the walk to end") { activity.ended != null }
        val ended = activity.ended
        assertTrue("the collector sees its own cancellation, got $ended", ended is CancellationException)
        assertFalse(ended is FastlyException)
        assertFalse(activity.completed)
        assertEquals(expected.take(1), activity.rows)
        // The held request is logged as abandoned (status 0) once the client has gone away,
        // which is long before its delay would have ended; no third page was asked for.
        runMainLooperUntil("the abandoned page in the request log") { SandboxControl.requests("/user-groups").size == 2 }
        val pages = SandboxControl.requests("/user-groups")
        assertEquals(listOf(200, 0), pages.map { it.getInt("status") })
        assertEquals("delay", pages[1].getString("fault"))
    }
}
