package dev.fastlyaccount

import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNotNull
import org.junit.jupiter.api.Assertions.assertThrows
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.BeforeAll
import org.junit.jupiter.api.BeforeEach
import org.junit.jupiter.api.TestInstance
import org.junit.jupiter.api.Timeout
import org.junit.jupiter.api.function.Executable

/**
 * One sandbox per test class (started before its first test, stopped after its last),
 * reset to the seed before each test, and a client of it with short timeouts.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(60)
abstract class SandboxTest(private vararg val sandboxArgs: String) {
    lateinit var sandbox: Sandbox
    lateinit var client: Client

    @BeforeAll
    fun startSandbox() {
        sandbox = Sandbox.start(*sandboxArgs)
        client = sandbox.client()
    }

    @BeforeEach
    fun resetSandbox() {
        sandbox.reset()
    }

    @AfterAll
    fun stopSandbox() {
        client.close()
        sandbox.close()
    }

    /** Seeded ids (`GET /__sandbox/seed`). */
    val seed: Map<String, Any?> by lazy { sandbox.seed() }
    val customerId: String get() = seed["customer_id"] as String
    val ownerId: String get() = seed["owner_user_id"] as String

    @Suppress("UNCHECKED_CAST")
    fun userIds(role: String): List<String> = (seed["user_ids_by_role"] as Map<String, List<String>>).getValue(role)

    @Suppress("UNCHECKED_CAST")
    val roleIds: List<String> get() = seed["role_ids"] as List<String>

    @Suppress("UNCHECKED_CAST")
    val serviceIds: List<String> get() = seed["service_ids"] as List<String>

    @Suppress("UNCHECKED_CAST")
    val permissionIds: List<String> get() = seed["permission_ids"] as List<String>

    @Suppress("UNCHECKED_CAST")
    val invitationIds: List<String> get() = seed["invitation_ids"] as List<String>

    /** Runs `call`, which must throw the FastlyException case `E` whose text reads as a sentence. */
    inline fun <reified E : FastlyException> expectError(noinline call: () -> Unit): E {
        val e = assertThrows(FastlyException::class.java, Executable { call() })
        assertTrue(e is E, "expected ${E::class.simpleName}, got ${e::class.simpleName}: $e")
        assertReadable(e)
        return e as E
    }
}

private val FIELD_DUMP = Regex("""\b(status|detail|message|kind|remaining|reset|inner)\s*=""")

/**
 * Kotlin's `message` and `toString()` of a FastlyException are the core's sentence:
 * not null, not a `field=value` dump, never the token.
 */
fun assertReadable(e: FastlyException) {
    val message = e.message
    assertNotNull(message, "FastlyException.message is null")
    message!!
    assertTrue(message.length > 15 && ' ' in message, "not a sentence: '$message'")
    assertFalse(FIELD_DUMP.containsMatchIn(message), "field dump instead of a sentence: '$message'")
    assertEquals(message, e.toString())
    assertEquals(message, e.localizedMessage)
    assertEquals(e.detail, (e as FastlyException).detail, "the base class reads the case's detail")
    assertTrue(e.detail.isNotEmpty(), "empty detail for '$message'")
    assertTrue(message.contains(e.detail), "'$message' does not hold its detail '${e.detail}'")
    for (text in listOf(message, e.toString(), e.stackTraceToString())) {
        assertFalse(text.contains(Sandbox.TOKEN), "token in '$text'")
    }
}
