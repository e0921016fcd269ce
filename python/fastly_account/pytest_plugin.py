"""The pytest plugin of ``fastly_account``: the ``fastly_sandbox`` fixture.

Registered through the ``pytest11`` entry point, so installing the package is
enough::

    def test_greets_the_current_user(fastly_sandbox):
        client = fastly_sandbox.client()
        assert client.get_current_user().login
        assert [r.path for r in fastly_sandbox.requests()] == ["/current_user"]

Each test gets a fresh :class:`~fastly_account.testing.Sandbox` (seed data, no
faults, an empty request log), stopped when the test ends.
"""

from __future__ import annotations

from typing import Iterator

import pytest

from .testing import Sandbox

__all__ = ["fastly_sandbox"]


@pytest.fixture
def fastly_sandbox() -> Iterator[Sandbox]:
    """A fresh in-process fake of the Fastly Account API for one test: aim a
    client at it with ``fastly_sandbox.client()``, inspect
    ``fastly_sandbox.requests()``, inject faults with ``fastly_sandbox.fail(...)``."""
    with Sandbox() as sandbox:
        yield sandbox
