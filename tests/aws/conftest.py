"""A moto server on 127.0.0.1 for the AWS tests; no test reaches real AWS.

The server runs in this process, so its state (buckets, jobs) survives `stop()` and
`start()` on the same port, which the resume tests use to interrupt an upload.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from moto.server import ThreadedMotoServer

from core.aws.session import Connection


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class MotoEndpoint:
    """A running moto server and its URL."""

    def __init__(self) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.server = ThreadedMotoServer(ip_address="127.0.0.1", port=self.port, verbose=False)
        self.running = False

    def start(self) -> None:
        self.server = ThreadedMotoServer(ip_address="127.0.0.1", port=self.port, verbose=False)
        self.server.start()
        self.running = True

    def stop(self) -> None:
        if self.running:
            self.server.stop()
            self.running = False

    def reset(self) -> None:
        import requests

        requests.post(f"{self.url}/moto-api/reset", timeout=10)


@pytest.fixture(scope="session")
def moto_endpoint() -> Iterator[MotoEndpoint]:
    endpoint = MotoEndpoint()
    endpoint.start()
    yield endpoint
    endpoint.stop()


@pytest.fixture
def moto_url(moto_endpoint: MotoEndpoint, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The URL of a clean moto server; botocore makes one attempt per request."""
    if not moto_endpoint.running:
        moto_endpoint.start()
    moto_endpoint.reset()
    monkeypatch.setenv("AWS_MAX_ATTEMPTS", "1")
    yield moto_endpoint.url


@pytest.fixture
def conn(moto_url: str) -> Connection:
    return Connection(region="us-east-1", endpoint_url=moto_url, max_attempts=1)
