// The API-level check's probe (tests/android/run.sh): calls that Android 8.0 (API 26),
// the AAR's minSdk, does not have. packaging/android/pom.xml must refuse each of them.
package probe

import java.nio.ByteBuffer

/** JDK 9's covariant ByteBuffer.position(Int): Android has it from API 34 only. */
fun skip(buffer: ByteBuffer, count: Int) {
    buffer.position(buffer.position() + count)
}

/** java.lang.ref.Cleaner: API 33. */
fun cleaner(): Any = java.lang.ref.Cleaner.create()
