package com.example.admin

import android.os.Looper
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.time.Duration
import org.json.JSONArray
import org.json.JSONObject
import org.junit.Assert.fail
import org.robolectric.Shadows.shadowOf

/**
 * The sandbox tests/android/run.sh started (fastly-sandbox on loopback): its URL and
 * token, and its control routes (tests/sandbox/README.md). JSON is read with Android's
 * own org.json, which Robolectric's framework provides.
 */
object SandboxControl {
    val url: String = System.getProperty("fastly.sandbox.url")
    val token: String = System.getProperty("fastly.sandbox.token")
    private val http: HttpClient = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build()

    fun control(method: String, path: String, body: String? = null): String {
        val publisher = if (body == null) HttpRequest.BodyPublishers.noBody() else HttpRequest.BodyPublishers.ofString(body)
        val request = HttpRequest.newBuilder(URI.create(url + path))
            .timeout(Duration.ofSeconds(10))
            .header("Content-Type", "application/json")
            .method(method, publisher)
            .build()
        val response = http.send(request, HttpResponse.BodyHandlers.ofString())
        check(response.statusCode() in 200..299) { "sandbox control $method $path answered ${response.statusCode()}: ${response.body()}" }
        return response.body()
    }

    /** Data, faults and the request log back to the seed. */
    fun reset() {
        control("POST", "/__sandbox/reset")
    }

    /** Arms one fault rule, e.g. `{"path":"/current_user","fault":{"type":"status","status":503}}`. */
    fun arm(rule: String) {
        control("POST", "/__sandbox/faults", rule)
    }

    /** The armed rules with the uses each has left. */
    fun faults(): List<JSONObject> = JSONObject(control("GET", "/__sandbox/faults")).getJSONArray("faults").objects()

    /** The request log: one object per answered (or abandoned) API request. */
    fun requests(path: String? = null): List<JSONObject> =
        JSONObject(control("GET", "/__sandbox/requests")).getJSONArray("requests").objects()
            .filter { path == null || it.getString("path") == path }

    private fun JSONArray.objects(): List<JSONObject> = (0 until length()).map { getJSONObject(it) }
}

/**
 * Runs the main looper (Robolectric's paused looper: posted work runs only when the test
 * thread, the main thread, lets it) until [done] holds. The deadline is a guard against a
 * hang, never an assertion about how long something took.
 */
fun runMainLooperUntil(what: String, done: () -> Boolean) {
    val deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos()
    val looper = shadowOf(Looper.getMainLooper())
    while (true) {
        looper.idle()
        if (done()) return
        if (System.nanoTime() > deadline) fail("gave up waiting for: $what")
        Thread.sleep(5)
    }
}
