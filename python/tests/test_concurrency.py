"""Threads, Ctrl-C and fork."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time
from typing import Any, Dict, List, Optional, Tuple

import pytest

import fastly_account as fa
from conftest import Sandbox

THREADS = 8


def test_threads_wait_in_parallel(sandbox: Sandbox) -> None:
    """8 threads held at the sandbox's rendezvous at once: each request is
    answered only when all 8 are in flight, which cannot happen if a waiting
    call held the GIL. One client is shared by every thread."""
    results = sandbox.users_at_rendezvous(sandbox.client(timeout=20.0), THREADS)
    assert all(isinstance(result, fa.User) for result in results), results
    calls = [r for r in sandbox.requests() if r["path"] == "/current_user"]
    assert [(r["status"], r["fault"]) for r in calls] == [(200, "rendezvous")] * THREADS


INTERRUPTED = 42

SLOW_CALL = textwrap.dedent(
    """
    import sys, fastly_account as fa
    client = fa.Client(sys.argv[1], endpoint=sys.argv[2], timeout=60.0, max_retries=0)
    print("calling", flush=True)
    try:
        client.get_current_user()
    except KeyboardInterrupt:
        print("KeyboardInterrupt", flush=True)
        sys.exit(%d)
    print("returned", flush=True)
    """
    % INTERRUPTED
)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_ctrl_c_interrupts_a_slow_call(sandbox: Sandbox) -> None:
    delay_ms = 20_000
    sandbox.arm({"type": "delay", "ms": delay_ms}, path="/current_user")
    started = time.monotonic()
    process = subprocess.Popen(
        [sys.executable, "-c", SLOW_CALL, sandbox.token, sandbox.url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        assert process.stdout.readline().strip() == "calling"
        # Wait until the request has reached the sandbox (its fault is used up).
        deadline = time.monotonic() + 10
        while sandbox.control("GET", "/faults")["faults"][0]["remaining"] > 0:
            assert time.monotonic() < deadline, "the request never reached the sandbox"
            time.sleep(0.02)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=10)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == INTERRUPTED, (out, err)
    assert "KeyboardInterrupt" in out
    # Well before the sandbox would have answered.
    assert time.monotonic() - started < delay_ms / 1000
    # The request was abandoned: the sandbox saw the client go away (status 0)
    # rather than answering it.
    deadline = time.monotonic() + 10
    while True:
        calls = [r for r in sandbox.requests() if r["path"] == "/current_user"]
        if calls or time.monotonic() > deadline:
            break
        time.sleep(0.05)
    assert [r["status"] for r in calls] == [0]


def _fork_child_calls(token: str, url: str, inherited: fa.Client, queue: "multiprocessing.Queue[Any]") -> None:
    """Runs in the forked child: a new client and the inherited one both work."""
    try:
        fresh = fa.Client(token, endpoint=url, timeout=5.0, max_retries=0)
        queue.put(("ok", fresh.get_current_user().login, inherited.get_current_customer().name, os.getpid()))
    except BaseException as error:  # noqa: BLE001 - sent to the parent
        queue.put(("error", repr(error), None, os.getpid()))


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_forked_child_can_make_calls(sandbox: Sandbox) -> None:
    parent_client = sandbox.client()
    # The parent has used the runtime and the pool before forking.
    assert parent_client.get_current_user().role == "superuser"
    context = multiprocessing.get_context("fork")
    queue: "multiprocessing.Queue[Any]" = context.Queue()
    child = context.Process(target=_fork_child_calls, args=(sandbox.token, sandbox.url, parent_client, queue))
    child.start()
    try:
        result: Tuple[str, str, Optional[str], int] = queue.get(timeout=30)
    finally:
        child.join(timeout=30)
        if child.is_alive():
            child.kill()
    assert result[0] == "ok", result
    assert result[1:3] == ("owner@example.com", "Example Corp")
    assert result[3] != os.getpid()
    assert child.exitcode == 0
    # The parent's client still works after the fork.
    assert parent_client.get_current_user().role == "superuser"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
def test_raw_fork_child_can_make_calls(sandbox: Sandbox) -> None:
    client = sandbox.client()
    assert client.list_roles(per_page=1).total
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child
        code = 1
        try:
            os.close(read_end)
            user = fa.Client(sandbox.token, endpoint=sandbox.url, timeout=5.0).get_current_user()
            again = client.get_current_user()
            os.write(write_end, f"{user.login} {again.login}".encode())
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    deadline = time.monotonic() + 30
    status: Optional[int] = None
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.05)
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        pytest.fail("the forked child hung")
    with os.fdopen(read_end) as reader:
        said = reader.read()
    assert status is not None and os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0
    assert said == "owner@example.com owner@example.com"


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")
@pytest.mark.filterwarnings("ignore::DeprecationWarning")
@pytest.mark.parametrize("style", ["live", "seed"])
def test_walk_continues_in_a_forked_child(sandbox: Sandbox, seed: Dict[str, Any], style: str) -> None:
    """An iter_* walk started in the parent, continued in a forked child: the
    child fetches the remaining pages through a pool of its own (a short
    client timeout turns a stuck request into a failure, the parent's
    deadline a stuck child)."""
    sandbox.set_style(style)
    client = sandbox.client(timeout=2.0, connect_timeout=1.0)
    walk = client.iter_service_groups(per_page=2)
    first = [next(walk), next(walk), next(walk)]  # two pages fetched
    assert walk.pages_fetched == 2
    read_end, write_end = os.pipe()
    started = time.monotonic()
    pid = os.fork()
    if pid == 0:  # the child
        code = 1
        try:
            os.close(read_end)
            rest = [group.id for group in walk]
            os.write(write_end, " ".join(str(x) for x in rest).encode())
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    deadline = time.monotonic() + 20
    status: Optional[int] = None
    while time.monotonic() < deadline:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            break
        time.sleep(0.02)
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        pytest.fail("the forked child hung in the walk")
    with os.fdopen(read_end) as reader:
        said = reader.read()
    assert status is not None and os.WIFEXITED(status) and os.WEXITSTATUS(status) == 0, said
    assert time.monotonic() - started < 10
    ids = [group.id for group in first] + said.split()
    assert len(ids) == seed["service_groups_total"] == len(set(ids))
    pages = [r for r in sandbox.requests() if r["path"] == "/service-groups"]
    assert len(pages) == -(-seed["service_groups_total"] // 2)
    assert all(r["status"] == 200 for r in pages)
    # The parent's own walk is unaffected by the child's.
    assert [next(walk).id for _ in range(3)] == ids[3:6]


def test_requests_from_a_thread_pool_share_one_client(sandbox: Sandbox, seed: Dict[str, Any]) -> None:
    from concurrent.futures import ThreadPoolExecutor

    client = sandbox.client()
    ids = [i for ids in seed["user_ids_by_role"].values() for i in ids]
    with ThreadPoolExecutor(max_workers=6) as pool:
        users = list(pool.map(client.get_user, ids))
    assert [u.id for u in users] == ids
