"""AsyncClient on asyncio: cancellation, threads, event loops, the GIL, fork,
lazy walks and errors. (Every operation is in test_async_operations.py.)"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import threading
import time
from typing import Any, Dict, List, Optional, Tuple

import pytest

import fastly_account as fa
from conftest import TOKEN, Sandbox

GET_USER = "/current_user"
DELAY_MS = 20_000


def os_threads() -> int:
    """This process's OS threads (`Threads:` of /proc/self/status)."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("Threads:"):
                return int(line.split()[1])
    raise AssertionError("no Threads: line in /proc/self/status")


def user_calls(sandbox: Sandbox) -> List[Dict[str, Any]]:
    return [r for r in sandbox.requests() if r["path"] == GET_USER]


async def reached_sandbox(sandbox: Sandbox) -> None:
    """Returns once the armed fault has been taken by a request (it is in
    the sandbox, being delayed)."""
    deadline = time.monotonic() + 10
    while sandbox.control("GET", "/faults")["faults"][0]["remaining"] > 0:
        assert time.monotonic() < deadline, "the request never reached the sandbox"
        await asyncio.sleep(0.02)


def abandoned_request(sandbox: Sandbox) -> List[int]:
    """The statuses the sandbox logged for /current_user, once it logged one
    (an abandoned request is logged with status 0 when the client goes)."""
    deadline = time.monotonic() + 10
    while not user_calls(sandbox) and time.monotonic() < deadline:
        time.sleep(0.05)
    return [r["status"] for r in user_calls(sandbox)]


def test_repr_hides_the_token_and_async_with_gives_the_client(sandbox: Sandbox) -> None:
    async def main() -> Tuple[str, bool, str]:
        client = sandbox.async_client()
        async with client as entered:
            login = (await entered.get_current_user()).login
        return repr(client), entered is client, login or ""

    text, same, login = asyncio.run(main())
    assert text == f"AsyncClient(endpoint={sandbox.url!r}, token='***')"
    assert TOKEN not in text
    assert same and login == "owner@example.com"


def test_async_with_propagates_exceptions(sandbox: Sandbox) -> None:
    async def main() -> None:
        async with sandbox.async_client() as client:
            await client.get_user("no-such-user")

    with pytest.raises(fa.NotFoundError):
        asyncio.run(main())


def test_from_environment(sandbox: Sandbox, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FASTLY_API_TOKEN", sandbox.token)
    monkeypatch.setenv("FASTLY_API_ENDPOINT", sandbox.url)
    client = fa.AsyncClient()
    assert sandbox.url in repr(client)
    assert asyncio.run(client.get_current_customer()).name == "Example Corp"


def test_task_cancel_aborts_the_request(sandbox: Sandbox) -> None:
    sandbox.arm({"type": "delay", "ms": DELAY_MS}, path=GET_USER)
    started = time.monotonic()

    async def main() -> None:
        client = sandbox.async_client(timeout=60.0)
        task = asyncio.create_task(client.get_current_user())
        await reached_sandbox(sandbox)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert task.cancelled()

    asyncio.run(main())
    assert time.monotonic() - started < DELAY_MS / 1000 / 2
    assert abandoned_request(sandbox) == [0]
    assert time.monotonic() - started < DELAY_MS / 1000 / 2


def test_wait_for_timeout_aborts_the_request(sandbox: Sandbox) -> None:
    sandbox.arm({"type": "delay", "ms": DELAY_MS}, path=GET_USER)
    started = time.monotonic()
    caught: List[BaseException] = []

    async def main() -> None:
        client = sandbox.async_client(timeout=60.0)
        try:
            await asyncio.wait_for(client.get_current_user(), 0.5)
        except BaseException as error:  # noqa: BLE001 - checked below
            caught.append(error)

    asyncio.run(main())
    assert len(caught) == 1
    assert isinstance(caught[0], asyncio.TimeoutError), repr(caught[0])
    assert not isinstance(caught[0], fa.FastlyError)
    assert abandoned_request(sandbox) == [0]
    assert time.monotonic() - started < DELAY_MS / 1000 / 2


def test_a_thousand_concurrent_calls_start_no_thread(sandbox: Sandbox) -> None:
    """1,000 calls in flight at once (each held 300 ms by the sandbox, so
    they overlap): all succeed, and neither the Python threads nor the OS
    threads of the process grow, during the calls or after them."""
    calls = 1000

    async def main() -> Tuple[int, int, List[int], List[fa.User]]:
        client = sandbox.async_client(timeout=30.0)
        # Warm up: the runtime's threads and a few connections exist.
        await asyncio.gather(*[client.get_current_user() for _ in range(20)])
        python_before, os_before = threading.active_count(), os_threads()
        sandbox.arm({"type": "delay", "ms": 300}, path=GET_USER, times=calls)
        during: List[int] = []

        async def sample() -> None:
            for _ in range(5):
                await asyncio.sleep(0.05)
                during.append(os_threads())

        *users, _ = await asyncio.gather(*[client.get_current_user() for _ in range(calls)], sample())
        return python_before, os_before, during, users

    python_before, os_before, during, users = asyncio.run(main())
    assert len(users) == calls
    assert all(isinstance(user, fa.User) and user.login == "owner@example.com" for user in users)
    assert threading.active_count() == python_before
    # A thread per call would show here; an idle runtime thread that ends
    # meanwhile can only lower the count.
    assert max(during) <= os_before, (during, os_before)
    assert os_threads() <= os_before
    delayed = [r for r in user_calls(sandbox) if r["fault"] == "delay"]
    assert len(delayed) == calls and all(r["status"] == 200 for r in delayed)


def test_two_event_loops_in_two_threads(sandbox: Sandbox) -> None:
    """Each thread runs its own loop with its own AsyncClient; both are
    held at the sandbox's rendezvous until the other's request is in
    flight too, so they cannot have run one after the other."""
    sandbox.arm({"type": "rendezvous", "count": 2, "timeout_ms": 10_000}, path=GET_USER, times=2)
    results: List[Any] = [None, None]

    def run(index: int) -> None:
        async def main() -> Tuple[str, int]:
            client = sandbox.async_client(timeout=20.0)
            user = await client.get_current_user()
            roles = [role async for role in client.iter_roles(per_page=5)]
            return user.login or "", len(roles)

        try:
            results[index] = asyncio.run(main())
        except BaseException as error:  # noqa: BLE001 - returned to the test
            results[index] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    roles_total = sandbox.seed()["roles_total"]
    assert results == [("owner@example.com", roles_total)] * 2
    assert [(r["status"], r["fault"]) for r in user_calls(sandbox)] == [(200, "rendezvous")] * 2


def test_the_gil_is_not_held_while_waiting(sandbox: Sandbox) -> None:
    """A pure-Python thread keeps counting while a call awaits a 1 s delay."""
    sandbox.arm({"type": "delay", "ms": 1000}, path=GET_USER)
    counts: List[int] = []
    stop = threading.Event()

    def count() -> None:
        n = 0
        while not stop.is_set():
            n += 1
            if n % 10_000 == 0:
                counts.append(n)

    async def main() -> fa.User:
        client = sandbox.async_client()
        await client.get_current_customer()  # warm
        counter.start()
        await asyncio.sleep(0.05)
        before = len(counts)
        user = await client.get_current_user()
        counts.append(-before)  # a marker: how many counts were there before the call
        return user

    counter = threading.Thread(target=count)
    try:
        user = asyncio.run(main())
    finally:
        stop.set()
        counter.join()
    marker = next(i for i, c in enumerate(counts) if c < 0)
    before = -counts[marker]
    # The thread counted on through the whole second.
    assert marker - before > 10, (marker, before)
    assert user.login == "owner@example.com"


def _fork_child(token: str, url: str, queue: "multiprocessing.Queue[Any]") -> None:
    try:
        async def main() -> Tuple[str, int]:
            client = fa.AsyncClient(token, endpoint=url, timeout=5.0, max_retries=0)
            user = await client.get_current_user()
            roles = [role async for role in client.iter_roles(per_page=5)]
            return user.login or "", len(roles)

        queue.put(("ok", asyncio.run(main()), os.getpid()))
    except BaseException as error:  # noqa: BLE001 - sent to the parent
        queue.put(("error", repr(error), os.getpid()))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_forked_child_can_use_a_new_async_client(sandbox: Sandbox) -> None:
    async def parent_call() -> str:
        return (await sandbox.async_client().get_current_user()).login or ""

    # The parent has used the runtime and a pool before forking.
    assert asyncio.run(parent_call()) == "owner@example.com"
    context = multiprocessing.get_context("fork")
    queue: "multiprocessing.Queue[Any]" = context.Queue()
    child = context.Process(target=_fork_child, args=(sandbox.token, sandbox.url, queue))
    child.start()
    try:
        result: Tuple[str, Any, int] = queue.get(timeout=30)
    finally:
        child.join(timeout=30)
        if child.is_alive():
            child.kill()
    assert result[0] == "ok", result
    assert result[1] == ("owner@example.com", sandbox.seed()["roles_total"])
    assert result[2] != os.getpid() and child.exitcode == 0
    assert asyncio.run(parent_call()) == "owner@example.com"


@pytest.mark.parametrize("style", ["live", "seed"])
def test_async_walk_fetches_pages_lazily(sandbox: Sandbox, seed: Dict[str, Any], style: str) -> None:
    sandbox.set_style(style)

    async def main() -> Tuple[List[int], List[str]]:
        walk = sandbox.async_client().iter_roles(per_page=5)
        fetched = [walk.pages_fetched, len(requests_to(sandbox, "/roles"))]
        first = await walk.__anext__()
        fetched += [walk.pages_fetched, len(requests_to(sandbox, "/roles"))]
        ids = [first.id or ""]
        for _ in range(4):  # the rest of the first page: no request
            ids.append((await walk.__anext__()).id or "")
        fetched += [walk.pages_fetched, len(requests_to(sandbox, "/roles"))]
        ids.append((await walk.__anext__()).id or "")  # the second page
        fetched += [walk.pages_fetched, len(requests_to(sandbox, "/roles"))]
        ids += [role.id or "" async for role in walk]
        return fetched, ids

    fetched, ids = asyncio.run(main())
    assert fetched == [0, 0, 1, 1, 1, 1, 2, 2]
    assert ids[:8] == seed["role_ids"] and len(ids) == len(set(ids)) == seed["roles_total"]
    assert len(requests_to(sandbox, "/roles")) == -(-seed["roles_total"] // 5)


def requests_to(sandbox: Sandbox, path: str) -> List[Dict[str, Any]]:
    return [r for r in sandbox.requests() if r["path"] == path]


def test_cancelled_anext_leaves_the_walk_where_it_was(sandbox: Sandbox, seed: Dict[str, Any]) -> None:
    sandbox.arm({"type": "delay", "ms": DELAY_MS}, path="/roles")

    async def main() -> List[str]:
        walk = sandbox.async_client(timeout=60.0).iter_roles(per_page=5)
        with pytest.raises(asyncio.TimeoutError):
            await asyncio.wait_for(walk.__anext__(), 0.3)
        assert walk.pages_fetched == 0
        return [role.id or "" async for role in walk]

    ids = asyncio.run(main())
    assert len(ids) == seed["roles_total"] and ids[:8] == seed["role_ids"]


def test_anext_awaited_at_once_take_turns(sandbox: Sandbox, seed: Dict[str, Any]) -> None:
    # Ten steps awaited together: each gets an item of its own (which step
    # gets which depends on when its task starts), and each page is fetched
    # once.
    async def main() -> List[str]:
        walk = sandbox.async_client().iter_roles(per_page=5)
        firsts = await asyncio.gather(*(walk.__anext__() for _ in range(10)))
        return [role.id or "" for role in firsts]

    ids = asyncio.run(main())
    assert len(set(ids)) == 10 and set(seed["role_ids"]) <= set(ids)
    assert len(requests_to(sandbox, "/roles")) == 2


def test_not_found_raised_from_the_await(sandbox: Sandbox) -> None:
    async def main() -> fa.NotFoundError:
        pending = sandbox.async_client().get_user("no-such-user")  # nothing raised yet
        with pytest.raises(fa.NotFoundError) as caught:
            await pending
        return caught.value

    error = asyncio.run(main())
    assert error.status == 404 and error.message


def test_rate_limit_raised_from_the_await(sandbox: Sandbox) -> None:
    reset = int(time.time()) + 3600  # beyond the wait budget: surfaced at once
    sandbox.arm({"type": "rate_limit", "remaining": 0, "reset": reset}, path=GET_USER)

    async def main() -> Tuple[fa.RateLimitError, Optional[fa.RateLimit]]:
        client = sandbox.async_client(max_retries=2)
        with pytest.raises(fa.RateLimitError) as caught:
            await client.get_current_user()
        return caught.value, client.rate_limit

    error, limit = asyncio.run(main())
    assert (error.status, error.remaining, error.reset) == (429, 0, reset)
    assert limit is not None and (limit.remaining, limit.reset) == (0, reset)
    assert [r["status"] for r in user_calls(sandbox)] == [429]


def test_an_error_ends_an_async_walk(sandbox: Sandbox) -> None:
    sandbox.arm({"type": "status", "status": 500}, path="/roles")

    async def main() -> None:
        walk = sandbox.async_client().iter_roles(per_page=5)
        with pytest.raises(fa.ServerError) as caught:
            await walk.__anext__()
        assert caught.value.status == 500
        with pytest.raises(StopAsyncIteration):
            await walk.__anext__()

    asyncio.run(main())


def test_refused_arguments_are_raised_from_the_await(sandbox: Sandbox) -> None:
    async def main() -> None:
        client = sandbox.async_client()
        pending = client.list_roles(per_page=-1)  # refused by the binding
        with pytest.raises(fa.InvalidArgumentError):
            await pending
        with pytest.raises(fa.InvalidArgumentError):
            await client.get_user("")  # refused by the core

    asyncio.run(main())
    assert sandbox.requests() == []


def test_a_call_is_awaited_once_and_starts_only_when_awaited(sandbox: Sandbox) -> None:
    async def main() -> None:
        client = sandbox.async_client()
        never = client.get_current_customer()
        never.close()  # never awaited: nothing sent
        call = client.get_current_user()
        assert sandbox.requests() == []
        assert (await call).login == "owner@example.com"
        with pytest.raises(RuntimeError):
            await call

    asyncio.run(main())
    assert [r["path"] for r in sandbox.requests()] == [GET_USER]


def test_calling_outside_an_event_loop_raises(sandbox: Sandbox) -> None:
    call = sandbox.async_client().get_current_user()
    with pytest.raises(RuntimeError):
        call.send(None)


ENDS_AFTER_LAST_AWAIT = """
import asyncio, sys, fastly_account as fa
async def main():
    client = fa.AsyncClient(sys.argv[1], endpoint=sys.argv[2], max_idle_connections=100)
    for _ in range(2):
        await asyncio.gather(*[client.get_current_user() for _ in range(100)])
asyncio.run(main())
print("done")
"""


def test_a_program_ending_right_after_its_last_await_exits_cleanly(sandbox: Sandbox) -> None:
    """The last result's delivery may still be inside the loop's wake-up
    write when the program ends: the process must exit normally (not abort
    from a runtime thread taking the GIL of a finalizing interpreter)."""
    import subprocess
    import sys

    for _ in range(10):
        done = subprocess.run(
            [sys.executable, "-c", ENDS_AFTER_LAST_AWAIT, sandbox.token, sandbox.url],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert (done.returncode, done.stdout.strip()) == (0, "done"), done.stderr[-2000:]


def test_a_finished_event_loop_is_not_kept_alive(sandbox: Sandbox) -> None:
    """Once its calls are done (answered or cancelled), nothing of the
    client holds on to a loop."""
    import gc
    import weakref

    sandbox.arm({"type": "delay", "ms": DELAY_MS}, path=GET_USER)
    client = sandbox.async_client(timeout=60.0)

    async def main() -> None:
        slow = asyncio.ensure_future(client.get_current_user())  # held by the fault
        await reached_sandbox(sandbox)
        assert (await client.get_current_customer()).name == "Example Corp"
        slow.cancel()
        with pytest.raises(asyncio.CancelledError):
            await slow

    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(main())
    finally:
        loop.close()
    assert abandoned_request(sandbox) == [0]
    gone = weakref.ref(loop)
    del loop
    # The aborted call lets go of it on a runtime thread, without the GIL:
    # PyO3 releases such references at the next entry into the extension.
    deadline = time.monotonic() + 5
    while gone() is not None and time.monotonic() < deadline:
        repr(client)
        gc.collect()
        time.sleep(0.05)
    assert gone() is None
