package dev.fastlyaccount

import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertTrue

/**
 * Runs the suspend `call`, which must throw the FastlyException case `E` (from the await,
 * as the blocking client throws it) whose text reads as a sentence.
 */
suspend inline fun <reified E : FastlyException> expectAsyncError(crossinline call: suspend () -> Unit): E {
    val thrown: FastlyException? = try {
        call()
        null
    } catch (e: FastlyException) {
        e
    }
    assertNotNull(thrown, "expected ${E::class.simpleName}, nothing was thrown")
    assertTrue(thrown is E, "expected ${E::class.simpleName}, got ${thrown!!::class.simpleName}: $thrown")
    assertReadable(thrown)
    return thrown as E
}
