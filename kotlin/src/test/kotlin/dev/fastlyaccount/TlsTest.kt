package dev.fastlyaccount

import java.io.File
import java.nio.file.Files
import org.junit.jupiter.api.Assertions.assertEquals
import org.junit.jupiter.api.Assertions.assertFalse
import org.junit.jupiter.api.Assertions.assertNull
import org.junit.jupiter.api.Assertions.assertTrue
import org.junit.jupiter.api.Test

/**
 * HTTPS against a sandbox whose certificate comes from a private CA (`--ca-file` writes the
 * CA's PEM there): not trusted by the operating system's store, trusted once `caBundle`
 * names the PEM.
 */
class TlsTest : SandboxTest("--ca-file", CA_FILE.path) {
    @Test
    fun anUnknownCaIsAConnectionError() {
        assertTrue(sandbox.url.startsWith("https://"), sandbox.url)
        // The system store alone does not know the sandbox's private CA.
        val e = expectError<FastlyException.Connection> { client.getCurrentUser() }
        assertNull(e.status)
        assertFalse(e.message!!.contains(Sandbox.TOKEN))
        assertEquals(0, sandbox.requests().size, "no request got through the handshake")
    }

    @Test
    fun caBundleAddsThePrivateCa() {
        sandbox.client(caBundle = CA_FILE.path).use { trusting ->
            assertEquals(ownerId, trusting.getCurrentUser().id)
            assertEquals(customerId, trusting.getCurrentCustomer().id)
        }
        val logged = sandbox.requests()
        assertEquals(listOf("/current_user", "/current_customer"), logged.map { it["path"] })
        assertTrue(logged.all { it["fastly_key_valid"] == true })
    }

    @Test
    fun anUnreadableCaBundleIsRefusedWhenTheClientIsBuilt() {
        val e = expectError<FastlyException.InvalidArgument> {
            sandbox.client(caBundle = File(CA_FILE.parentFile, "no-such-ca.pem").path)
        }
        assertTrue(e.detail.contains("ca_bundle"), e.detail)
        val notPem = Files.createTempFile("fastly-not-a-ca", ".pem").toFile().apply {
            writeText("not a certificate\n")
            deleteOnExit()
        }
        expectError<FastlyException.InvalidArgument> { sandbox.client(caBundle = notPem.path) }
    }

    @Test
    fun maxIdleConnectionsIsASignedCount() {
        Client.withOptions(Sandbox.TOKEN, endpoint = sandbox.url, caBundle = CA_FILE.path, maxIdleConnections = 0).use {
            assertEquals(ownerId, it.getCurrentUser().id)
        }
        val e = expectError<FastlyException.InvalidArgument> {
            Client.withOptions(Sandbox.TOKEN, endpoint = sandbox.url, maxIdleConnections = -1)
        }
        assertTrue(e.detail.startsWith("maxIdleConnections must be between 0 and"), e.detail)
    }

    companion object {
        /** Where the sandbox writes its CA (a fresh folder per test JVM). */
        val CA_FILE: File = Files.createTempDirectory("fastly-sandbox-tls").toFile().let { dir ->
            dir.deleteOnExit()
            File(dir, "ca.pem").apply { deleteOnExit() }
        }
    }
}
