"""The tests' loopback server (tests/loopback.py): 127.0.0.1, ephemeral port, bounded, self-stopping."""

from __future__ import annotations

import json
import time
import urllib.error
import urllib.request
from http.server import BaseHTTPRequestHandler

import pytest
from loopback import BOUND_REACHED, LoopbackServer, send


class Echo(LoopbackServer):
    def __init__(self, *, max_requests: int = 3, lifetime: float = 30.0) -> None:
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                if not outer.admit():
                    return send(self, 503, BOUND_REACHED)
                send(self, 200, {"n": outer.admitted, "word": "增长"})

            def log_message(self, *args: object) -> None:
                pass

        super().__init__(Handler, max_requests=max_requests, lifetime=lifetime)


_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never a proxy from the shell


def _get(url: str) -> tuple[int, dict]:
    try:
        with _DIRECT.open(url + "/models", timeout=5) as answer:
            return answer.status, json.loads(answer.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def test_loopback_binds_127_0_0_1_on_an_ephemeral_port():
    with Echo() as server:
        host, port = server.httpd.server_address[:2]
        assert host == "127.0.0.1" and port != 0
        assert server.url == f"http://127.0.0.1:{port}/v1"
        assert _get(server.url) == (200, {"n": 1, "word": "增长"})


def test_loopback_refuses_requests_beyond_its_bound():
    with Echo(max_requests=2) as server:
        assert [_get(server.url)[0] for _ in range(4)] == [200, 200, 503, 503]
        assert (server.admitted, server.overflow) == (2, 2)
        assert _get(server.url)[1] == BOUND_REACHED


def test_loopback_stops_by_itself_after_its_lifetime():
    server = Echo(lifetime=0.3)
    assert _get(server.url)[0] == 200
    deadline = time.monotonic() + 5
    while not server._closed and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server._closed
    with pytest.raises(OSError):  # refused (URLError) or reset: nobody answers
        _get(server.url)
    server.close()  # closing again is harmless
