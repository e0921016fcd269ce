"""HTTPS with a private CA (`fastly-sandbox --tls --ca-file PATH`): refused
unless the client trusts that CA through `ca_bundle`."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator, Tuple

import pytest

import fastly_account as fa
from conftest import TOKEN, Sandbox, start_sandbox, stop_sandbox


@pytest.fixture(scope="module")
def tls_sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tuple[Sandbox, Path]]:
    ca_file = tmp_path_factory.mktemp("tls") / "sandbox-ca.pem"
    running = start_sandbox("--tls", "--ca-file", str(ca_file))
    yield running, ca_file
    stop_sandbox(running)


def test_https_needs_the_private_ca(tls_sandbox: Tuple[Sandbox, Path]) -> None:
    sandbox, ca_file = tls_sandbox
    assert sandbox.url.startswith("https://127.0.0.1:")
    assert "BEGIN CERTIFICATE" in ca_file.read_text()
    untrusting = fa.Client(TOKEN, endpoint=sandbox.url, timeout=5.0, max_retries=0)
    with pytest.raises(fa.NetworkError) as caught:
        untrusting.get_current_user()
    assert caught.value.status is None
    assert TOKEN not in str(caught.value)
    # A Path or a str both name the bundle.
    for bundle in (ca_file, str(ca_file)):
        trusting = fa.Client(TOKEN, endpoint=sandbox.url, timeout=5.0, max_retries=0, ca_bundle=bundle)
        assert trusting.get_current_user().login == "owner@example.com"
    # `localhost` is in the certificate too.
    local = sandbox.url.replace("127.0.0.1", "localhost")
    assert fa.Client(TOKEN, endpoint=local, ca_bundle=ca_file).get_current_customer().name == "Example Corp"


def test_a_bundle_of_another_ca_does_not_help(tls_sandbox: Tuple[Sandbox, Path], tmp_path: Path) -> None:
    sandbox, _ = tls_sandbox
    other_ca = tmp_path / "other-ca.pem"
    other = start_sandbox("--tls", "--ca-file", str(other_ca))  # a fresh CA of its own
    try:
        client = fa.Client(TOKEN, endpoint=sandbox.url, timeout=5.0, max_retries=0, ca_bundle=other_ca)
        with pytest.raises(fa.NetworkError):
            client.get_current_user()
    finally:
        stop_sandbox(other)
