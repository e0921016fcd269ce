@file:JvmName("Bench")

package dev.fastlyaccount.bench

import dev.fastlyaccount.AsyncClient
import dev.fastlyaccount.Client
import dev.fastlyaccount.FastlyException
import java.io.File
import java.lang.management.ManagementFactory
import java.util.Locale
import java.util.concurrent.CountDownLatch
import java.util.concurrent.atomic.AtomicInteger
import kotlin.system.exitProcess
import kotlin.coroutines.CoroutineContext
import kotlin.coroutines.EmptyCoroutineContext
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.async
import kotlinx.coroutines.awaitAll
import kotlinx.coroutines.coroutineScope
import kotlinx.coroutines.runBlocking

/**
 * The Kotlin drivers of the benchmark and soak harnesses (tests/bench/run.py,
 * tests/soak/soak.py), run by kotlin/run-bench.sh and kotlin/run-soak.sh:
 *
 *     latency URL TOKEN CALLS WARMUP   one JSON line: impl, calls, median_us, p99_us, mean_us,
 *                                      then the throughput fields of [throughput]
 *     soak URL TOKEN CALLS THREADS     one JSON line: impl, calls, threads, errors, seconds,
 *                                      after_warmup and end {rss_kib, fds, threads}, and the
 *                                      JVM's heap and GC pauses (see [soak])
 *     serve URL TOKEN                  commands from stdin, one JSON line each (see [serve]),
 *                                      for tests/bench/interleave.py
 *
 * The same measurements as the Rust driver (`fastly-bench`, tests/bench/src/main.rs).
 * The JSON line is the only thing written to stdout.
 */
fun main(args: Array<String>) {
    val report = try {
        when {
            args.size == 5 && args[0] == "latency" -> latency(args[1], args[2], args[3].toInt(), args[4].toInt())
            args.size == 5 && args[0] == "soak" -> soak(args[1], args[2], args[3].toInt(), args[4].toInt())
            args.size == 3 && args[0] == "serve" -> serve(args[1], args[2])
            else -> {
                System.err.println("usage: Bench latency URL TOKEN CALLS WARMUP | soak URL TOKEN CALLS THREADS | serve URL TOKEN")
                exitProcess(2)
            }
        }
    } catch (e: Exception) {
        System.err.println("kotlin bench: $e")
        exitProcess(1)
    }
    println(report)
    System.out.flush()
    exitProcess(0)
}

private fun fmt(value: Double) = String.format(Locale.ROOT, "%.3f", value)

/**
 * Times `getCurrentUser()` per call with System.nanoTime, after WARMUP untimed calls,
 * which also warm up the JIT. Median and p99 are the sorted sample at
 * round((n - 1) * q), as in the Rust driver.
 */
fun latency(url: String, token: String, calls: Int, warmup: Int): String {
    require(calls > 0 && warmup >= 0) { "CALLS must be > 0 and WARMUP >= 0" }
    Client.withOptions(token, endpoint = url).use { client ->
        repeat(warmup) { client.getCurrentUser() }
        val samples = LongArray(calls)
        for (i in 0 until calls) {
            val start = System.nanoTime()
            client.getCurrentUser()
            samples[i] = System.nanoTime() - start
        }
        samples.sort()
        fun pick(q: Double) = samples[Math.round((samples.size - 1) * q).toInt()] / 1000.0
        val mean = samples.sum() / 1000.0 / samples.size
        return """{"impl":"kotlin","calls":$calls,"median_us":${fmt(pick(0.5))},"p99_us":${fmt(pick(0.99))},"mean_us":${fmt(mean)},""" +
            throughput(client, url, token, rounds = if (calls >= 1000) ROUNDS else 1) + "}"
    }
}

/**
 * Keeps one blocking client warm and answers commands read from stdin, one JSON line each
 * (the same protocol as `fastly-bench serve`), so that tests/bench/interleave.py can
 * alternate its rounds with the Rust driver's against the same sandbox:
 *
 * - `latency kotlin CALLS`: `getCurrentUser()` CALLS times, each timed with System.nanoTime;
 *   `{"impl":"kotlin","samples_us":[...]}` (a warm-up is a round whose answer is ignored);
 * - `decode kotlin CUSTOMER_ID`: one timed `listCustomerUsers(customerId)`;
 *   `{"impl":"kotlin","users":N,"samples_us":[t]}`;
 * - `decode-split kotlin CUSTOMER_ID`: the same call, the FFI call and the lift timed apart
 *   (see [decodeSplit]);
 * - `settle kotlin CUSTOMER_ID`: `listCustomerUsers` until the JVM's heap is in its steady
 *   state (see [settle]); `{"impl":"kotlin","calls":N,"collections":C,...}`;
 * - `throughput ROUNDS`: the fields of [throughput], as one JSON object;
 * - `quit`.
 *
 * Returns the line printed on exit.
 */
fun serve(url: String, token: String): String {
    Client.withOptions(token, endpoint = url, timeout = java.time.Duration.ofSeconds(120)).use { client ->
        println("""{"ready":"kotlin"}""")
        System.out.flush()
        while (true) {
            val words = (readLine() ?: break).trim().split(Regex("\\s+"))
            val answer = when {
                words.size == 3 && words[0] == "latency" && words[1] == "kotlin" -> {
                    val samples = DoubleArray(words[2].toInt())
                    for (i in samples.indices) {
                        val start = System.nanoTime()
                        client.getCurrentUser()
                        samples[i] = (System.nanoTime() - start) / 1000.0
                    }
                    """{"impl":"kotlin","samples_us":[${samples.joinToString(",") { fmt(it) }}]}"""
                }
                words.size == 3 && words[0] == "decode" && words[1] == "kotlin" -> {
                    val start = System.nanoTime()
                    val users = client.listCustomerUsers(words[2])
                    val took = (System.nanoTime() - start) / 1000.0
                    """{"impl":"kotlin","users":${users.size},"samples_us":[${fmt(took)}]}"""
                }
                words.size == 3 && words[0] == "decode-split" && words[1] == "kotlin" -> decodeSplit(client, words[2])
                words.size == 3 && words[0] == "settle" && words[1] == "kotlin" -> settle(client, words[2])
                words.size == 2 && words[0] == "throughput" ->
                    "{" + throughput(client, url, token, rounds = words[1].toInt()) + "}"
                words.size == 1 && words[0] == "quit" -> break
                else -> throw IllegalArgumentException("serve: unknown command $words")
            }
            println(answer)
            System.out.flush()
        }
    }
    return """{"served":true}"""
}

/**
 * `decode-split kotlin CUSTOMER_ID`: one `listCustomerUsers` made the way the generated
 * method makes it, timing apart the FFI call (Rust: request, decoding, conversion to the
 * UDL records and their serialisation into a RustBuffer, freeing them) and the lift
 * (Kotlin: reading the buffer into `List<User>`, freeing the buffer), with the bytes the
 * lift allocated on the JVM heap and the collections that ran during it.
 */
private fun decodeSplit(client: Client, customer: String): String {
    val start = System.nanoTime()
    val status = dev.fastlyaccount.UniffiCallStatusBlock.take()
    val buffer = dev.fastlyaccount.UniffiLib.uniffi_fastly_account_uniffi_fn_method_client_list_customer_users(
        client.uniffiCloneHandle(),
        dev.fastlyaccount.FfiConverterString.lower(customer),
        status,
    )
    check(status.getByte(0) == 0.toByte()) { "the call failed" }
    val called = System.nanoTime()
    val bytes = buffer.len
    val threads = ManagementFactory.getThreadMXBean() as com.sun.management.ThreadMXBean
    val allocatedBefore = threads.getThreadAllocatedBytes(Thread.currentThread().id)
    val collectionsBefore = ManagementFactory.getGarbageCollectorMXBeans().sumOf { maxOf(it.collectionCount, 0L) }
    val lifting = System.nanoTime()
    val users = dev.fastlyaccount.FfiConverterSequenceTypeUser.lift(buffer)
    val lifted = System.nanoTime()
    val allocated = threads.getThreadAllocatedBytes(Thread.currentThread().id) - allocatedBefore
    val collections = ManagementFactory.getGarbageCollectorMXBeans().sumOf { maxOf(it.collectionCount, 0L) } -
        collectionsBefore
    return """{"impl":"kotlin","users":${users.size},"buffer_bytes":$bytes,""" +
        """"call_us":${fmt((called - start) / 1000.0)},"lift_us":${fmt((lifted - lifting) / 1000.0)},""" +
        """"lift_allocated_bytes":$allocated,"lift_collections":$collections}"""
}

/** Most `listCustomerUsers` calls [settle] makes before it gives up. */
const val SETTLE_MAX_CALLS = 200

/** Longest [settle] keeps calling (a debug build's decode is slow: run.py --quick). */
const val SETTLE_MAX_NANOS = 15_000_000_000L

/**
 * `settle kotlin CUSTOMER_ID`: brings the JVM's heap to the state a long-running
 * application's is in, with the decode's own workload. G1 hands out eden regions from its
 * committed heap, and a region whose pages the process has never touched makes every
 * allocation in it pay the kernel's first-touch page faults (zeroing, cgroup charge): until
 * the whole committed heap has been handed out once, a decode's lift read 7-12 ms, after it
 * 2.5-4.5 ms. The Rust drivers' allocator reuses the memory it freed from the second call
 * on. Calls `listCustomerUsers(customerId)` until this thread has allocated at least the
 * committed heap since the committed size of the heap or of eden last grew past its largest
 * so far, and the collectors have made two collections since then, at most
 * [SETTLE_MAX_CALLS] times and [SETTLE_MAX_NANOS]. (Stopping after the two collections
 * alone left a run with a 20 MB eden in a 388 MB heap on untouched pages.)
 */
private fun settle(client: Client, customer: String): String {
    val beans = ManagementFactory.getGarbageCollectorMXBeans()
    val memory = ManagementFactory.getMemoryMXBean()
    val threads = ManagementFactory.getThreadMXBean() as com.sun.management.ThreadMXBean
    fun collections() = beans.sumOf { maxOf(it.collectionCount, 0L) }
    fun allocated() = threads.getThreadAllocatedBytes(Thread.currentThread().id)
    val start = System.nanoTime()
    val before = collections()
    val eden = ManagementFactory.getMemoryPoolMXBeans().filter { it.name.contains("Eden") }
    fun committedNow() = Pair(memory.heapMemoryUsage.committed, eden.sumOf { it.usage.committed })
    var most = committedNow()
    var since = before
    var allocatedSince = allocated()
    var calls = 0
    while (calls < SETTLE_MAX_CALLS && System.nanoTime() - start < SETTLE_MAX_NANOS) {
        client.listCustomerUsers(customer)
        calls++
        val now = committedNow()
        if (now.first > most.first || now.second > most.second) {
            most = Pair(maxOf(now.first, most.first), maxOf(now.second, most.second))
            since = collections()
            allocatedSince = allocated()
        } else if (collections() >= since + 2 && allocated() - allocatedSince >= most.first) {
            break
        }
    }
    val took = (System.nanoTime() - start) / 1e6
    return """{"impl":"kotlin","calls":$calls,"collections":${collections() - before},""" +
        """"heap_committed_mib":${most.first shr 20},"eden_committed_mib":${most.second shr 20},""" +
        """"allocated_since_growth_mib":${(allocated() - allocatedSince) shr 20},""" +
        """"ms":${fmt(took)}}"""
}

/** Calls in flight at once in each throughput round. */
const val CONCURRENT = 1_000

/** Threads of the blocking throughput rounds. */
const val BLOCKING_THREADS = 8

/** Timed rounds per throughput figure (after one untimed warm-up round); 1 in a quick run. */
const val ROUNDS = 5

/**
 * Throughput of `getCurrentUser()`, in calls per second over `rounds` rounds of
 * [CONCURRENT] calls each, after a warm-up round:
 *
 * - `async_concurrent_calls_per_s`: [AsyncClient] (keeping up to [CONCURRENT] idle
 *   connections, as the Rust driver's `concurrent` does), each round [CONCURRENT] suspend
 *   calls launched together with `async {}` from one `coroutineScope` on ONE thread
 *   (`runBlocking`), awaited with `awaitAll()`;
 * - `async_concurrent_default_dispatcher_calls_per_s`: the same rounds on
 *   `Dispatchers.Default` (the coroutines resume, and the answers are decoded, on as many
 *   threads as the machine has cores);
 * - `blocking_threads_calls_per_s`: the blocking [Client], each round the same number of
 *   calls shared out among [BLOCKING_THREADS] threads.
 *
 * Also `async_concurrent` and `blocking_threads` (the parameters) and `throughput_rounds`.
 */
fun throughput(blocking: Client, url: String, token: String, rounds: Int): String {
    // As the Rust driver's `concurrent`: a pool that keeps every connection of a round, a
    // timeout no round comes near.
    val (asyncRate, asyncDefaultRate) = AsyncClient.withOptions(
        token,
        endpoint = url,
        timeout = java.time.Duration.ofSeconds(60),
        maxIdleConnections = CONCURRENT,
    ).use { client ->
        suspend fun round() = coroutineScope {
            val users = (0 until CONCURRENT).map { async { client.getCurrentUser() } }.awaitAll()
            check(users.all { it.id != null }) { "a user without an id" }
        }
        // `rounds` timed rounds after one warm-up round, in `context`.
        fun rate(context: CoroutineContext) = runBlocking(context) {
            round()
            val start = System.nanoTime()
            repeat(rounds) { round() }
            rounds * CONCURRENT / ((System.nanoTime() - start) / 1e9)
        }
        rate(EmptyCoroutineContext) to rate(Dispatchers.Default)
    }
    fun blockingRound() {
        val next = AtomicInteger()
        val failed = AtomicInteger()
        val workers = (0 until BLOCKING_THREADS).map { n ->
            Thread({
                while (next.getAndIncrement() < CONCURRENT) {
                    val ok = try {
                        blocking.getCurrentUser().id != null
                    } catch (e: FastlyException) {
                        false
                    }
                    if (!ok) failed.incrementAndGet()
                }
            }, "bench-blocking-$n")
        }
        workers.forEach(Thread::start)
        workers.forEach(Thread::join)
        check(failed.get() == 0 && next.get() >= CONCURRENT) { "blocking round failed" }
    }
    blockingRound()
    val start = System.nanoTime()
    repeat(rounds) { blockingRound() }
    val blockingRate = rounds * CONCURRENT / ((System.nanoTime() - start) / 1e9)
    return """"async_concurrent":$CONCURRENT,"async_concurrent_calls_per_s":${fmt(asyncRate)},""" +
        """"async_concurrent_default_dispatcher_calls_per_s":${fmt(asyncDefaultRate)},""" +
        """"blocking_threads":$BLOCKING_THREADS,"blocking_threads_calls_per_s":${fmt(blockingRate)},""" +
        """"throughput_rounds":$rounds"""
}

/**
 * One shared client, THREADS threads, CALLS calls in all (a tenth as warm-up), mixing
 * getCurrentUser, getCurrentCustomer, listRoles and getUser("no-such-user") (which must
 * fail with NOT_FOUND). Anything else is an error. The process is sampled after the
 * warm-up and at the end, each time once the phase's worker threads have been joined
 * and have left the process (see [settledSample]).
 *
 * The warm-up's calls are made by 2 x THREADS threads started together. The client's
 * connection pool (hyper's) opens a new connection whenever a request finds none idle at
 * that instant, including one whose previous request has just finished but is still
 * being handed back; with T threads it settles at up to about 2T connections after some
 * thousands of calls, which a short warm-up on T threads does not always reach. Opening
 * them up front keeps that bounded, one-time growth from showing as a descriptor "leak"
 * between the two samples; a real leak still grows during the main phase.
 */
fun soak(url: String, token: String, calls: Int, threads: Int): String {
    require(calls > 0 && threads > 0) { "CALLS and THREADS must be > 0" }
    Client.withOptions(token, endpoint = url).use { client ->
        val started = System.nanoTime()
        val warmup = calls / 10
        // The warm-up runs on twice as many threads (see the class comment).
        GcPauses.start()
        var errors = phase(client, warmup, 2 * threads)
        val afterWarmup = settledSample()
        val mainStarted = System.nanoTime()
        GcPauses.reset()
        errors += phase(client, calls - warmup, threads)
        val gc = GcPauses.report((System.nanoTime() - mainStarted) / 1e9)
        val end = settledSample()
        val seconds = (System.nanoTime() - started) / 1e9
        return """{"impl":"kotlin","calls":$calls,"threads":$threads,"errors":$errors,"seconds":${fmt(seconds)},""" +
            """"after_warmup":$afterWarmup,"end":$end,"gc":$gc}"""
    }
}

/**
 * The JVM's garbage collections while the soak's main phase runs, from the collectors'
 * own notifications (HotSpot's `GarbageCollectionNotificationInfo`), leaving out the
 * `System.gc()`s of [settledSample]: how many, the longest pause and their sum (ms).
 */
private object GcPauses {
    private val lock = Any()
    private var count = 0L
    private var longestMs = 0L
    private var totalMs = 0L

    fun start() {
        for (gc in java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            val emitter = gc as? javax.management.NotificationEmitter ?: continue
            emitter.addNotificationListener({ note, _ ->
                if (note.type == com.sun.management.GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION) {
                    val info = com.sun.management.GarbageCollectionNotificationInfo.from(
                        note.userData as javax.management.openmbean.CompositeData,
                    )
                    if (info.gcCause != "System.gc()") {
                        synchronized(lock) {
                            count++
                            longestMs = maxOf(longestMs, info.gcInfo.duration)
                            totalMs += info.gcInfo.duration
                        }
                    }
                }
            }, null, null)
        }
    }

    fun reset() = synchronized(lock) { count = 0; longestMs = 0; totalMs = 0 }

    fun report(seconds: Double): String = synchronized(lock) {
        """{"collections":$count,"longest_pause_ms":$longestMs,"total_pause_ms":$totalMs,"phase_seconds":${fmt(seconds)}}"""
    }
}

/** `calls` calls shared out among `threads` new threads, started together and joined. */
private fun phase(client: Client, calls: Int, threads: Int): Int {
    val next = AtomicInteger()
    val errors = AtomicInteger()
    // All threads start at once, so the warm-up already reaches full concurrency (and
    // opens as many connections as the main phase will).
    val go = CountDownLatch(1)
    val workers = (0 until threads).map { n ->
        Thread({
            go.await()
            while (true) {
                val i = next.getAndIncrement()
                if (i >= calls) break
                if (!call(client, i)) errors.incrementAndGet()
            }
        }, "soak-worker-$n")
    }
    workers.forEach(Thread::start)
    go.countDown()
    workers.forEach(Thread::join)
    return errors.get()
}

private fun call(client: Client, i: Int): Boolean = try {
    when (i % 4) {
        0 -> client.getCurrentUser().id != null
        1 -> client.getCurrentCustomer().id != null
        2 -> client.listRoles().data.isNotEmpty()
        else -> try {
            client.getUser("no-such-user")
            false
        } catch (e: FastlyException.NotFound) {
            true
        }
    }
} catch (e: Throwable) {
    false
}

/**
 * A sample taken once the process is quiet: garbage collected (the cleaner frees the
 * native side of dropped objects), and the thread count unchanged over three reads
 * 100 ms apart, so threads that were joined have also left the OS's list (a joined
 * Java thread's native thread exits a moment later).
 */
private fun settledSample(): String {
    System.gc()
    var last = statusField("Threads:")
    var stableReads = 0
    val deadline = System.nanoTime() + 10_000_000_000L
    while (stableReads < 3 && System.nanoTime() < deadline) {
        Thread.sleep(100)
        val now = statusField("Threads:")
        if (now == last) stableReads++ else stableReads = 0
        last = now
    }
    val fds = File("/proc/self/fd").list()?.size ?: -1
    // The live heap: what the System.gc() above left.
    val heap = java.lang.management.ManagementFactory.getMemoryMXBean().heapMemoryUsage.used / 1024
    return """{"rss_kib":${statusField("VmRSS:")},"heap_used_kib":$heap,"fds":$fds,"threads":${statusField("Threads:")}}"""
}

/** A number from /proc/self/status, e.g. `VmRSS:` (KiB) or `Threads:`. */
private fun statusField(name: String): Long =
    File("/proc/self/status").readLines()
        .first { it.startsWith(name) }
        .removePrefix(name).trim().split(Regex("\\s+")).first().toLong()
