"""The loopback HTTP server under every fake endpoint of the tests (one start/stop, one bound).

A fake binds 127.0.0.1 on port 0 (ephemeral: other test runs share the machine) unless a
recording needs a fixed port, serves from a daemon thread, answers at most `max_requests`
requests (`admit` says when to answer 503 instead) and shuts itself down after `lifetime`
seconds, so a test that forgets to close it cannot leave a server behind.
"""

from __future__ import annotations

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self


class LoopbackServer:
    """`handler` served on 127.0.0.1:<port>; `url` is its OpenAI-style base URL (…/v1)."""

    def __init__(self, handler: type[BaseHTTPRequestHandler], *, max_requests: int,
                 lifetime: float, port: int = 0) -> None:
        self.max_requests = max_requests
        self.admitted = 0
        self.overflow = 0  # requests refused because the bound was reached
        self._lock = threading.Lock()
        self._closed = False
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        self._timer = threading.Timer(lifetime, self.close)
        self._timer.daemon = True
        self._timer.start()

    def admit(self) -> bool:
        """Count one request: False (answer 503) once `max_requests` were admitted."""
        with self._lock:
            if self.admitted >= self.max_requests:
                self.overflow += 1
                return False
            self.admitted += 1
            return True

    def close(self) -> None:
        """Stop serving and free the port (idempotent; the lifetime timer calls it too)."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
        self._timer.cancel()
        self.httpd.shutdown()
        self.httpd.server_close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


BOUND_REACHED = {"error": {"message": "fake server: request bound"}}


def send(handler: BaseHTTPRequestHandler, status: int, body: Any = b"", headers: dict | None = None,
         content_type: str = "application/json") -> None:
    """One answer: a dict as JSON (UTF-8, not ASCII-escaped), a str or bytes as they are. A
    client that gave up (timeout, oversized answer) is no error of the fake."""
    if isinstance(body, dict):
        body = json.dumps(body, ensure_ascii=False)
    data = body.encode() if isinstance(body, str) else body
    try:
        handler.send_response(status)
        for key, value in {"content-type": content_type, **(headers or {})}.items():
            handler.send_header(key, value)
        handler.send_header("content-length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)
    except (BrokenPipeError, ConnectionResetError):
        pass
