"""Loopback proxy for measuring transport retries: answers 429 (Retry-After: 1), then 500,
then passes every later request to the upstream. Bounded: exits after --max-requests.

python scripts/flaky_proxy.py --upstream http://127.0.0.1:8080 --port 8090
"""

from __future__ import annotations

import argparse
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--upstream", required=True)
    parser.add_argument("--port", type=int, default=8090)
    parser.add_argument("--max-requests", type=int, default=200)
    args = parser.parse_args()
    failures = [(429, {"Retry-After": "1"}), (500, {})]

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers.get("content-length", 0)))
            if failures:
                status, headers = failures.pop(0)
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                payload = b'{"error": {"message": "injected by flaky_proxy"}}'
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
                return
            req = urllib.request.Request(args.upstream + self.path, data=body, method="POST",
                                         headers={"content-type": "application/json"})
            with urllib.request.urlopen(req, timeout=300) as resp:
                data = resp.read()
                self.send_response(resp.status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

        def log_message(self, *a: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", args.port), Handler)
    for _ in range(args.max_requests):
        server.handle_request()


if __name__ == "__main__":
    main()
