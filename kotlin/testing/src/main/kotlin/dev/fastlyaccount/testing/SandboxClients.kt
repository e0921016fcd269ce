// Hand-written over the generated Sandbox (package dev.fastlyaccount.testing): clients of a
// sandbox. No logic. (The faults' optional fields have defaults in the generated code:
// Fault.Status(503), Fault.RateLimit(); see the bindgen's kotlin_testing_fixup.rs.)
package dev.fastlyaccount.testing

import dev.fastlyaccount.AsyncClient
import dev.fastlyaccount.Client
import java.time.Duration

/** How long a sandbox's client waits per attempt unless told otherwise. */
val SANDBOX_CLIENT_TIMEOUT: Duration = Duration.ofSeconds(10)

/** How long a sandbox's client waits to connect unless told otherwise. */
val SANDBOX_CLIENT_CONNECT_TIMEOUT: Duration = Duration.ofSeconds(5)

/**
 * A [Client] aimed at this sandbox with its token. Short timeouts by default
 * ([SANDBOX_CLIENT_TIMEOUT], [SANDBOX_CLIENT_CONNECT_TIMEOUT]), so a test that goes wrong
 * fails in seconds; every other setting is the client's default unless given (a `null`
 * keeps the default, as in [Client.withOptions]). Pass `maxRetries = 0` to see an injected
 * 5xx as the next call's exception rather than have it retried.
 */
fun Sandbox.client(
    token: String = this.token(),
    timeout: Duration = SANDBOX_CLIENT_TIMEOUT,
    connectTimeout: Duration = SANDBOX_CLIENT_CONNECT_TIMEOUT,
    maxRetries: Int? = null,
    retryBaseDelay: Duration? = null,
    retryMaxDelay: Duration? = null,
    rateLimitWait: Duration? = null,
    maxResponseBytes: Long? = null,
): Client = Client.withOptions(
    token,
    endpoint = endpoint(),
    timeout = timeout,
    connectTimeout = connectTimeout,
    maxRetries = maxRetries,
    retryBaseDelay = retryBaseDelay,
    retryMaxDelay = retryMaxDelay,
    rateLimitWait = rateLimitWait,
    maxResponseBytes = maxResponseBytes,
)

/** An [AsyncClient] aimed at this sandbox, set up like [client]. */
fun Sandbox.asyncClient(
    token: String = this.token(),
    timeout: Duration = SANDBOX_CLIENT_TIMEOUT,
    connectTimeout: Duration = SANDBOX_CLIENT_CONNECT_TIMEOUT,
    maxRetries: Int? = null,
    retryBaseDelay: Duration? = null,
    retryMaxDelay: Duration? = null,
    rateLimitWait: Duration? = null,
    maxResponseBytes: Long? = null,
): AsyncClient = AsyncClient.withOptions(
    token,
    endpoint = endpoint(),
    timeout = timeout,
    connectTimeout = connectTimeout,
    maxRetries = maxRetries,
    retryBaseDelay = retryBaseDelay,
    retryMaxDelay = retryMaxDelay,
    rateLimitWait = rateLimitWait,
    maxResponseBytes = maxResponseBytes,
)

