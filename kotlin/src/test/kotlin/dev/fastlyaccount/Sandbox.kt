package dev.fastlyaccount

import java.io.BufferedReader
import java.io.File
import java.io.InputStreamReader
import java.net.URI
import java.net.http.HttpClient
import java.net.http.HttpRequest
import java.net.http.HttpResponse
import java.security.KeyStore
import java.security.cert.CertificateFactory
import java.time.Duration
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger
import javax.net.ssl.SSLContext
import javax.net.ssl.TrustManagerFactory

/**
 * The sandbox server (crate fastly-sandbox), spawned by the tests and owned through its
 * stdin: `fastly-sandbox --port 0 ...` prints `listening on http://127.0.0.1:PORT` first,
 * and exits when its stdin closes ([close]). Started with `--ca-file PATH` it serves HTTPS
 * with a certificate of a private CA it writes to PATH ([caFile]); its control calls here
 * trust that CA.
 */
class Sandbox private constructor(
    private val process: Process,
    val url: String,
    val token: String,
    val caFile: File?,
) : AutoCloseable {
    private val http: HttpClient = HttpClient.newBuilder()
        .connectTimeout(Duration.ofSeconds(5))
        .apply { if (caFile != null) sslContext(trusting(caFile)) }
        .build()

    /** A client of this sandbox with short timeouts and small retry delays, so failures are quick. */
    fun client(
        token: String = this.token,
        timeout: Duration = Duration.ofSeconds(5),
        maxRetries: Int = 2,
        maxResponseBytes: Long? = null,
        caBundle: String? = null,
    ): Client = Client.withOptions(
        token,
        endpoint = url,
        timeout = timeout,
        connectTimeout = Duration.ofSeconds(2),
        maxRetries = maxRetries,
        retryBaseDelay = Duration.ofMillis(10),
        retryMaxDelay = Duration.ofMillis(50),
        rateLimitWait = Duration.ZERO,
        maxResponseBytes = maxResponseBytes,
        caBundle = caBundle,
    )

    /** An [AsyncClient] of this sandbox with the same short timeouts and retry delays as [client]. */
    fun asyncClient(
        token: String = this.token,
        timeout: Duration = Duration.ofSeconds(5),
        maxRetries: Int = 2,
    ): AsyncClient = AsyncClient.withOptions(
        token,
        endpoint = url,
        timeout = timeout,
        connectTimeout = Duration.ofSeconds(2),
        maxRetries = maxRetries,
        retryBaseDelay = Duration.ofMillis(10),
        retryMaxDelay = Duration.ofMillis(50),
        rateLimitWait = Duration.ZERO,
    )

    /** Back to the seed: data, faults, request log, settings. */
    fun reset() = control("POST", "/__sandbox/reset", "")

    /** Arms a fault rule, e.g. `{"path":"/current_user","fault":{"type":"status","status":503}}`. */
    fun arm(rule: String) = control("POST", "/__sandbox/faults", rule)

    /** Which API the sandbox imitates: `"live"` (the default after a reset) or `"seed"`. */
    fun style(style: String) = control("PUT", "/__sandbox/settings", """{"style":"$style"}""")

    /**
     * Plants raw JSON values into a served record (`POST /__sandbox/patch`), e.g.
     * `patch("user", id, """{"locked":1}""")`.
     */
    fun patch(resource: String, id: String, fieldsJson: String) =
        control("POST", "/__sandbox/patch", """{"resource":"$resource","id":"$id","fields":$fieldsJson}""")

    /** `GET /__sandbox/seed`, parsed. */
    @Suppress("UNCHECKED_CAST")
    fun seed(): Map<String, Any?> = Json.parse(control("GET", "/__sandbox/seed", null)) as Map<String, Any?>

    /** The request log (`GET /__sandbox/requests`), one map per request. */
    @Suppress("UNCHECKED_CAST")
    fun requests(): List<Map<String, Any?>> =
        (Json.parse(control("GET", "/__sandbox/requests", null)) as Map<String, Any?>)["requests"] as List<Map<String, Any?>>

    /** Empties the request log (`DELETE /__sandbox/requests`). */
    fun clearRequests() {
        control("DELETE", "/__sandbox/requests", null)
    }

    /** The logged requests to `method path`, in arrival order (a request is logged once answered). */
    fun attempts(path: String, method: String = "GET"): List<Map<String, Any?>> =
        requests().filter { it["path"] == path && it["method"] == method }

    /** `GET /__sandbox/canary`: what the redirect target (another host) received. */
    @Suppress("UNCHECKED_CAST")
    fun canaryRequests(): List<Map<String, Any?>> =
        (Json.parse(control("GET", "/__sandbox/canary", null)) as Map<String, Any?>)["requests"] as List<Map<String, Any?>>

    /**
     * Waits until the request that got `fault` on `path` is in the log: the sandbox logs a
     * request when it has answered it, which for a delay is after the client gave up.
     */
    fun awaitRecord(path: String, fault: String, method: String = "GET") {
        val deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos()
        while (attempts(path, method).none { it["fault"] == fault }) {
            check(System.nanoTime() < deadline) { "the $fault request to $path was never logged" }
            Thread.sleep(50)
        }
    }

    fun control(method: String, path: String, body: String?): String {
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

    /** Closes the sandbox's stdin (it exits on EOF); kills it if it lingers. */
    override fun close() {
        runCatching { process.outputStream.close() }
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly()
        }
    }

    companion object {
        const val TOKEN = "kotlin-sandbox-token-7f3a"
        private val started = AtomicInteger()

        /** Starts a sandbox; `extra` are more arguments such as `--roles 5`. */
        fun start(vararg extra: String): Sandbox {
            val binary = binary()
            val logs = File(System.getProperty("fastly.sandbox.logs", "target/sandbox-logs")).apply { mkdirs() }
            val log = File(logs, "sandbox-${ProcessHandle.current().pid()}-${started.incrementAndGet()}.log")
            val process = ProcessBuilder(listOf(binary.path, "--port", "0", "--token", TOKEN) + extra)
                .redirectError(ProcessBuilder.Redirect.appendTo(log))
                .start()
            val stdout = BufferedReader(InputStreamReader(process.inputStream))
            val first = stdout.readLine()
            if (first == null || !first.startsWith("listening on ")) {
                process.destroyForcibly()
                error("the sandbox did not start (first line: $first); see $log")
            }
            // Keep draining stdout so the sandbox never blocks on a full pipe.
            Thread { runCatching { stdout.readLines() } }.apply { isDaemon = true }.start()
            val caFile = extra.indexOf("--ca-file").takeIf { it >= 0 }?.let { File(extra[it + 1]) }
            return Sandbox(process, first.removePrefix("listening on ").trim(), TOKEN, caFile)
        }

        /** A TLS context that trusts only the CA certificates of this PEM file. */
        private fun trusting(pem: File): SSLContext {
            val certificates = pem.inputStream().use { CertificateFactory.getInstance("X.509").generateCertificates(it) }
            val store = KeyStore.getInstance(KeyStore.getDefaultType()).apply {
                load(null, null)
                certificates.forEachIndexed { i, certificate -> setCertificateEntry("ca-$i", certificate) }
            }
            val trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm()).apply { init(store) }
            return SSLContext.getInstance("TLS").apply { init(null, trust.trustManagers, null) }
        }

        /** The sandbox binary: built by Maven (generate-test-resources), or here with cargo if missing. */
        private fun binary(): File {
            val workspace = File(System.getProperty("fastly.workspace.dir", ".."))
            val binary = File(System.getProperty("fastly.sandbox.bin", File(workspace, "target/debug/fastly-sandbox").path))
            if (!binary.canExecute()) {
                val build = ProcessBuilder("cargo", "build", "-p", "fastly-sandbox", "--bin", "fastly-sandbox")
                    .directory(workspace)
                    .inheritIO()
                    .start()
                check(build.waitFor() == 0) { "cargo build -p fastly-sandbox failed" }
            }
            check(binary.canExecute()) { "no sandbox binary at $binary" }
            return binary
        }
    }
}

/** Just enough JSON to read the sandbox's control answers (the tests add no JSON library). */
object Json {
    fun parse(text: String): Any? = Parser(text).run { value().also { skipSpace(); check(pos == text.length) { "trailing JSON" } } }

    private class Parser(val s: String) {
        var pos = 0

        fun skipSpace() {
            while (pos < s.length && s[pos].isWhitespace()) pos++
        }

        fun value(): Any? {
            skipSpace()
            return when (val c = s[pos]) {
                '{' -> obj()
                '[' -> arr()
                '"' -> str()
                't' -> literal("true", true)
                'f' -> literal("false", false)
                'n' -> literal("null", null)
                else -> if (c == '-' || c.isDigit()) num() else error("unexpected '$c' at $pos")
            }
        }

        fun literal(word: String, value: Any?): Any? {
            check(s.startsWith(word, pos)) { "bad literal at $pos" }
            pos += word.length
            return value
        }

        fun num(): Any {
            val start = pos
            while (pos < s.length && (s[pos].isDigit() || s[pos] in "+-.eE")) pos++
            val token = s.substring(start, pos)
            return token.toLongOrNull() ?: token.toDouble()
        }

        fun str(): String {
            val out = StringBuilder()
            pos++ // opening quote
            while (true) {
                val c = s[pos++]
                when (c) {
                    '"' -> return out.toString()
                    '\\' -> {
                        when (val e = s[pos++]) {
                            'n' -> out.append('\n')
                            't' -> out.append('\t')
                            'r' -> out.append('\r')
                            'b' -> out.append('\b')
                            'f' -> out.append('\u000c')
                            'u' -> {
                                out.append(s.substring(pos, pos + 4).toInt(16).toChar())
                                pos += 4
                            }
                            else -> out.append(e)
                        }
                    }
                    else -> out.append(c)
                }
            }
        }

        fun arr(): List<Any?> {
            val out = mutableListOf<Any?>()
            pos++
            skipSpace()
            if (s[pos] == ']') {
                pos++
                return out
            }
            while (true) {
                out.add(value())
                skipSpace()
                when (s[pos++]) {
                    ',' -> continue
                    ']' -> return out
                    else -> error("bad array at $pos")
                }
            }
        }

        fun obj(): Map<String, Any?> {
            val out = linkedMapOf<String, Any?>()
            pos++
            skipSpace()
            if (s[pos] == '}') {
                pos++
                return out
            }
            while (true) {
                skipSpace()
                val key = str()
                skipSpace()
                check(s[pos++] == ':') { "expected ':' at $pos" }
                out[key] = value()
                skipSpace()
                when (s[pos++]) {
                    ',' -> continue
                    '}' -> return out
                    else -> error("bad object at $pos")
                }
            }
        }
    }
}
