"""Python asyncio benchmark driver: CALLS concurrent `get_current_user` in one
`asyncio.gather`, through our AsyncClient, `httpx.AsyncClient` or `aiohttp`
(the last two: the raw request with the same Fastly-Key header on the same
sandbox endpoint, plus `json` parsing of the body; no models).

    bench_asyncio.py ours|httpx|aiohttp URL TOKEN CALLS ROUNDS [CONNECTIONS]

CONNECTIONS (default CALLS) is how many connections a client may keep for
reuse: ours `max_idle_connections=CONNECTIONS` (the core has no cap on open
connections, so up to CALLS are opened); httpx `Limits(max_connections=
CONNECTIONS, max_keepalive_connections=CONNECTIONS)`; aiohttp
`TCPConnector(limit=CONNECTIONS)` (both of those queue calls beyond the
cap). One untimed warm-up round opens the connections; then ROUNDS timed
rounds. Prints one JSON line: the median round's calls/second, and every
round's.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from typing import Any, Awaitable, Callable, Dict, List

Call = Callable[[], Awaitable[Any]]


async def rounds(call: Call, calls: int, count: int) -> List[float]:
    """Calls/second of each of `count` timed rounds (after one warm-up)."""
    results: List[float] = []
    for index in range(count + 1):
        start = time.perf_counter()
        answers = await asyncio.gather(*[call() for _ in range(calls)])
        seconds = time.perf_counter() - start
        if len(answers) != calls or not all(answers):
            raise RuntimeError("a call gave no user")
        if index:  # round 0 warms up
            results.append(calls / seconds)
    return results


async def ours(url: str, token: str, calls: int, count: int, connections: int) -> List[float]:
    import fastly_account

    client = fastly_account.AsyncClient(
        token, endpoint=url, timeout=120.0, max_idle_connections=connections
    )

    async def call() -> Any:
        return (await client.get_current_user()).login

    return await rounds(call, calls, count)


async def with_httpx(url: str, token: str, calls: int, count: int, connections: int) -> List[float]:
    import httpx

    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(
        base_url=url, headers={"Fastly-Key": token}, limits=limits, timeout=120.0
    ) as client:

        async def call() -> Any:
            response = await client.get("/current_user")
            response.raise_for_status()
            return json.loads(response.content)["login"]

        return await rounds(call, calls, count)


async def with_aiohttp(url: str, token: str, calls: int, count: int, connections: int) -> List[float]:
    import aiohttp

    connector = aiohttp.TCPConnector(limit=connections)
    timeout = aiohttp.ClientTimeout(total=120.0)
    async with aiohttp.ClientSession(
        url, headers={"Fastly-Key": token}, connector=connector, timeout=timeout
    ) as session:

        async def call() -> Any:
            async with session.get("/current_user") as response:
                response.raise_for_status()
                return json.loads(await response.read())["login"]

        return await rounds(call, calls, count)


DRIVERS: Dict[str, Callable[[str, str, int, int, int], Awaitable[List[float]]]] = {
    "ours": ours,
    "httpx": with_httpx,
    "aiohttp": with_aiohttp,
}


def main(which: str, url: str, token: str, calls: str, count: str, connections: str = "") -> Dict[str, Any]:
    limit = int(connections or calls)
    per_round = asyncio.run(DRIVERS[which](url, token, int(calls), int(count), limit))
    return {
        "impl": f"python-asyncio-{which}",
        "concurrent": int(calls),
        "connections": limit,
        "rounds": len(per_round),
        "calls_per_second": statistics.median(per_round),
        "per_round": [round(x) for x in per_round],
    }


if __name__ == "__main__":
    print(json.dumps(main(*sys.argv[1:])))
