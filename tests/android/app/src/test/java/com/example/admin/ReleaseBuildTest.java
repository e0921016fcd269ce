package com.example.admin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import android.os.Looper;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.robolectric.RobolectricTestRunner;
import org.robolectric.Shadows;

/**
 * The app's release build against the sandbox: run by surefire on the plain classes, and
 * by tests/android/run.sh on the ProGuard-shrunk, obfuscated app (this class, JUnit and
 * Robolectric beside it, nothing else). Java, so that it needs no Kotlin standard library
 * of its own beside the shrunk one. Read-only calls: the sandbox needs no reset.
 */
@RunWith(RobolectricTestRunner.class)
public class ReleaseBuildTest {
    private static final String URL = System.getProperty("fastly.sandbox.url");
    private static final String TOKEN = System.getProperty("fastly.sandbox.token");
    private static final String OWNER = "owner@example.com";

    @Test
    public void blockingCall() {
        assertEquals(OWNER, ReleaseChecks.blockingLogin(URL, TOKEN));
    }

    @Test
    public void blockingWalk() {
        List<String> names = ReleaseChecks.blockingGroupNames(URL, TOKEN);
        assertTrue(names.toString(), names.size() >= 3);
    }

    @Test
    public void suspendCall() {
        assertEquals(OWNER, ReleaseChecks.asyncLogin(URL, TOKEN));
    }

    @Test
    public void flowWalk() {
        assertEquals(ReleaseChecks.blockingGroupNames(URL, TOKEN), ReleaseChecks.flowGroupNames(URL, TOKEN));
    }

    @Test
    public void errorsAreTheSealedCases() {
        assertEquals("Not found: it may have been deleted.", ReleaseChecks.userScreen(URL, TOKEN, "no-such-user"));
        assertEquals("Your session has expired: sign in again.", ReleaseChecks.userScreen(URL, "wrong-token", "x"));
        assertEquals(OWNER, ReleaseChecks.userScreen(URL, TOKEN, "4kYH1qOwnerx4xCwxxJx01"));
    }

    @Test
    public void suspendCallOnDispatchersMain() {
        List<String> shown = new ArrayList<>();
        ReleaseChecks.loginOnMain(URL, TOKEN, shown::add);
        long deadline = System.nanoTime() + 30_000_000_000L; // a guard against a hang only
        while (shown.isEmpty() && System.nanoTime() < deadline) {
            Shadows.shadowOf(Looper.getMainLooper()).idle();
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        assertEquals(List.of(OWNER), shown);
    }
}
