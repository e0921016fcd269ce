"""The misuse suite (Hypothesis): every operation and the constructor, fed
hostile values (wrong types, empty, huge, negative, NaN, control characters,
unicode, malformed cursors) one parameter at a time, against the sandbox.
Each case must end in a valid request or a typed error that names what went
wrong: a ``FastlyError`` the API or the client raised, or a ``TypeError``
naming the parameter. Never a panic, a hang, another exception type, or a
value changed in silence (``per_page=True`` sent as 1). The counts of cases
run are in docs/reliability.md."""

from __future__ import annotations

import asyncio
import gc
import inspect
import math
import warnings
from typing import Any, Callable, Dict, List

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import fastly_account as fa
from conftest import Sandbox

# Errors that say the request itself was fine but something broke on the way:
# none of them may come out of a hostile argument against a healthy sandbox.
BROKEN = (fa.NetworkError, fa.RequestTimeoutError, fa.ServerError, fa.DecodeError)

HOSTILE = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.integers(min_value=2**63),
    st.integers(max_value=-(2**63) - 1),
    st.floats(allow_nan=True, allow_infinity=True),
    st.just(""),
    st.just(" \t"),
    st.just(".."),
    st.just("../customer/x?y#z"),
    st.just("\x00\r\n"),
    st.just("x" * 70_000),
    st.just("page:-1"),
    st.just("page:0"),
    st.just("garbage"),
    st.text(max_size=40),
    st.binary(max_size=10),
    st.lists(st.text(max_size=8), max_size=3),
    st.tuples(st.integers()),
    st.dictionaries(st.text(max_size=6), st.text(max_size=6), max_size=2),
    st.builds(object),
)


def operations() -> List[str]:
    """Every operation that takes an argument."""
    names = []
    for name, member in vars(fa.Client).items():
        if name.startswith("_") or not callable(member) or name in {"close"}:
            continue
        if len(inspect.signature(member).parameters) > 1:  # more than self
            names.append(name)
    return sorted(names)


def valid_value(name: str, seed: Dict[str, Any]) -> Any:
    """A plausible value for a required parameter that is not under test."""
    if name == "customer_id":
        return seed["customer_id"]
    if name in ("user_id",):
        return seed["user_ids_by_role"]["engineer"][0]
    if name.endswith("_ids"):
        return ["some-id"]
    if name.endswith("_id") or name == "user_login":
        return "some-id"
    if name in ("email", "login"):
        return "someone@example.com"
    if name == "role":
        return "user"
    return "A Name"


def check_outcome(call: Callable[[], Any], parameter: str) -> None:
    try:
        result = call()
        if inspect.isgenerator(result) or hasattr(result, "__next__"):
            next(iter(result), None)
    except TypeError as error:
        assert str(error).startswith(parameter) or parameter in str(error), (
            f"a TypeError that does not name {parameter!r}: {error}"
        )
    except fa.FastlyError as error:
        assert not isinstance(error, BROKEN), f"{parameter}: {type(error).__name__}: {error}"
        assert "panicked" not in str(error) and "RUST_BACKTRACE" not in str(error), str(error)


@pytest.mark.parametrize("operation", operations())
def test_every_operation_refuses_hostile_values_with_a_typed_error(
    operation: str, sandbox: Sandbox, seed: Dict[str, Any]
) -> None:
    client = fa.Client(token=sandbox.token, endpoint=sandbox.url, max_retries=0, timeout=10)
    method = getattr(client, operation)
    parameters = [
        p for p in inspect.signature(method).parameters.values()
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)
    ]

    @settings(max_examples=25, deadline=None, database=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
    @given(data=st.data())
    def run(data: st.DataObject) -> None:
        sandbox.reset()
        target = data.draw(st.sampled_from(parameters), label="parameter")
        value = data.draw(HOSTILE, label="value")
        args: List[Any] = []
        kwargs: Dict[str, Any] = {}
        for p in parameters:
            if p is target:
                given_value = value
            elif p.default is inspect.Parameter.empty:
                given_value = valid_value(p.name, seed)
            else:
                continue
            if p.kind is p.KEYWORD_ONLY or p.default is not inspect.Parameter.empty:
                kwargs[p.name] = given_value
            else:
                args.append(given_value)
        check_outcome(lambda: method(*args, **kwargs), target.name)

    run()
    # The sandbox still answers: no hostile value broke it.
    assert client.get_current_customer().id == seed["customer_id"]


@given(name=st.sampled_from(["timeout", "connect_timeout", "retry_base_delay",
                             "retry_max_delay", "rate_limit_wait", "max_retries",
                             "max_response_bytes", "max_idle_connections", "endpoint",
                             "ca_bundle", "allow_insecure_http", "token"]),
       value=HOSTILE)
@settings(max_examples=200, deadline=None, database=None)
def test_the_constructor_refuses_hostile_settings_with_a_typed_error(name: str, value: Any) -> None:
    kwargs: Dict[str, Any] = {"token": "t0ken", "endpoint": "http://127.0.0.1:9", name: value}
    try:
        fa.Client(**kwargs)
    except TypeError as error:
        assert name in str(error), error
    except fa.InvalidArgumentError as error:
        assert error.status is None and "t0ken" not in str(error)


@pytest.mark.parametrize("name", ["timeout", "connect_timeout", "retry_base_delay", "rate_limit_wait"])
@pytest.mark.parametrize("value", [-1, -0.5, math.nan, math.inf, -math.inf])
def test_durations_out_of_range_name_the_argument(name: str, value: float) -> None:
    with pytest.raises(fa.InvalidArgumentError, match=f"^invalid argument: {name} must be a finite number of seconds"):
        fa.Client(token="t", **{name: value})


@pytest.mark.parametrize("name", ["timeout", "connect_timeout"])
def test_a_zero_timeout_is_refused_with_the_same_range(name: str) -> None:
    with pytest.raises(fa.InvalidArgumentError, match=f"{name} must be a finite number of seconds, more than 0 and at most 86400; got 0"):
        fa.Client(token="t", **{name: 0})


def test_counts_have_one_range_whatever_the_value(client: fa.Client, sandbox: Sandbox) -> None:
    sandbox.clear_requests()
    for value in (-1, 0, 2**32, 2**80):
        with pytest.raises(fa.InvalidArgumentError, match=f"^invalid argument: per_page must be between 1 and 4294967295, got {value}$"):
            client.list_roles(per_page=value)
    with pytest.raises(TypeError, match="^per_page must be an int or None, not bool$"):
        client.list_roles(per_page=True)  # type: ignore[arg-type]
    with pytest.raises(fa.InvalidArgumentError, match="max_response_bytes must be between 1 and"):
        fa.Client(token="t", max_response_bytes=0)
    assert sandbox.requests() == []


def test_type_errors_name_the_argument(client: fa.Client, sandbox: Sandbox) -> None:
    sandbox.clear_requests()
    with pytest.raises(TypeError, match="^user_id must be a str, not int$"):
        client.get_user(5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"^token_ids must be a sequence of str \(a list or tuple, not a str\), not str$"):
        client.bulk_revoke_tokens("abc")
    with pytest.raises(TypeError, match="^timeout must be a number of seconds"):
        fa.Client(token="t", timeout="5")  # type: ignore[arg-type]
    assert sandbox.requests() == []


@pytest.mark.parametrize("cursor", ["", " ", "page:-1", "page:0", "page:abc", "x" * 9000])
def test_malformed_cursors_are_refused_before_any_request(client: fa.Client, sandbox: Sandbox, cursor: str) -> None:
    sandbox.clear_requests()
    with pytest.raises(fa.InvalidArgumentError, match="cursor"):
        client.list_roles(cursor=cursor)
    assert sandbox.requests() == []


def test_an_id_too_long_to_send_is_refused_and_not_retried(sandbox: Sandbox) -> None:
    client = fa.Client(token=sandbox.token, endpoint=sandbox.url, max_retries=3)
    sandbox.clear_requests()
    with pytest.raises(fa.InvalidArgumentError, match="^invalid argument: user_id is too long to send"):
        client.get_user("x" * 70_000)
    assert sandbox.requests() == []


def test_https_to_a_plain_http_server_says_so(sandbox: Sandbox) -> None:
    client = fa.Client(token=sandbox.token, endpoint=sandbox.url.replace("http://", "https://"), max_retries=0)
    with pytest.raises(fa.NetworkError) as caught:
        client.get_current_user()
    assert "without TLS" in str(caught.value) and "InvalidContentType" not in str(caught.value)


def test_a_call_never_awaited_warns(sandbox: Sandbox, seed: Dict[str, Any]) -> None:
    client = fa.AsyncClient(token=sandbox.token, endpoint=sandbox.url)
    token_id = seed["token_ids"][1]
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        client.revoke_token(token_id)  # the forgotten await
        gc.collect()
    messages = [str(w.message) for w in caught if issubclass(w.category, RuntimeWarning)]
    assert messages == [
        "fastly_account call 'revoke_token' was never awaited: nothing was sent "
        "(await it, or pass it to asyncio)"
    ]
    # Nothing was sent: the token is still there.
    assert fa.Client(token=sandbox.token, endpoint=sandbox.url).get_token(token_id).id == token_id

    # An awaited call says nothing.
    async def awaited() -> None:
        await client.get_current_user()

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        asyncio.run(awaited())
        gc.collect()
    assert [w for w in caught if issubclass(w.category, RuntimeWarning)] == []


def test_a_str_that_cannot_be_sent_is_refused_by_name(client: fa.Client, sandbox: Sandbox) -> None:
    sandbox.clear_requests()
    with pytest.raises(fa.InvalidArgumentError, match="^invalid argument: user_id cannot be sent"):
        client.get_user("\ud800")  # a lone surrogate: no UTF-8 for it
    assert sandbox.requests() == []
