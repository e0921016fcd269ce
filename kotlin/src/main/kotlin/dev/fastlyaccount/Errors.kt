// Hand-written companions of the generated bindings (target/generated-sources/uniffi):
// the fields every case of the sealed FastlyException has, readable on the base class.
// Java: FastlyErrors.getStatus(e), FastlyErrors.getDetail(e).
@file:JvmName("FastlyErrors")

package dev.fastlyaccount

/**
 * The HTTP status behind this error, when a response was received: `404` for
 * [FastlyException.NotFound], the response's status for [FastlyException.Decode] when it
 * had one, `null` for [FastlyException.Timeout], [FastlyException.Connection] and
 * [FastlyException.InvalidArgument]. (On a case with a status, `e.status` is its own
 * non-null `Int`.)
 *
 * ```
 * catch (e: FastlyException) { if (e.status == 404) ... }
 * ```
 */
val FastlyException.status: Int?
    get() = when (this) {
        is FastlyException.Unauthorized -> status
        is FastlyException.Forbidden -> status
        is FastlyException.NotFound -> status
        is FastlyException.BadRequest -> status
        is FastlyException.RateLimited -> status
        is FastlyException.Server -> status
        is FastlyException.Http -> status
        is FastlyException.Decode -> status
        is FastlyException.Timeout, is FastlyException.Connection, is FastlyException.InvalidArgument -> null
    }

/**
 * The message alone, without the sentence around it (for API errors, taken from the
 * response body). [FastlyException.message] is the whole sentence, e.g.
 * `not found (HTTP 404): Cannot find user 'x'`.
 */
val FastlyException.detail: String
    get() = when (this) {
        is FastlyException.Unauthorized -> detail
        is FastlyException.Forbidden -> detail
        is FastlyException.NotFound -> detail
        is FastlyException.BadRequest -> detail
        is FastlyException.RateLimited -> detail
        is FastlyException.Server -> detail
        is FastlyException.Http -> detail
        is FastlyException.Timeout -> detail
        is FastlyException.Connection -> detail
        is FastlyException.Decode -> detail
        is FastlyException.InvalidArgument -> detail
    }
