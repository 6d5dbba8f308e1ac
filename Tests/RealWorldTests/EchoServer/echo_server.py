#!/usr/bin/env python3
"""A loopback server for the RealWorld client's tests: it answers with JSON as a real API
would and keeps what the client sent, so a test can compare the JSON on both sides.

  POST /api/echo/...       answers 200 with the request body and its Content-Type, unchanged
  PATCH /api/echo/...      the same
  GET  /api/accounts/<id>  answers 200 with payloads/account.json
  GET  /api/ping/...       answers 200 with {}
  *    /api/status/<code>  answers <code> with the request body (or {"id": "s-1"}; none for
                           204) and the headers Location, X-RateLimit-Remaining, X-Tags, X-Total;
                           an error status in ERROR_BODIES with its body there
  GET  /_control/last      the last /api request: {"method", "path", "query", "body",
                           "bodyBase64", "contentType", "accept", "headers"}, where "body" is the text the
                           client sent (null when there was none or it is not UTF-8)

It binds 127.0.0.1 on a free port, prints "PORT <n>" on stdout, and stops when its standard
input closes (so a test run that dies cannot leave it behind) or after --lifetime seconds.
"""
import argparse
import base64
import json
import os
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

PAYLOADS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "payloads")
last_request = {}
# The bodies /api/status/<code> answers error statuses with: (content type, body).
ERROR_BODIES = {
    404: ("application/json", b'{"resource": "user"}'),
    409: ("text/plain", b"already exists"),
    418: ("application/json", b'{"title": "teapot", "status": 418}'),
    422: ("application/json", b'{"unexpected": true}'),
    500: ("application/json", b'{"title": "boom"}'),
}
lock = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status, body, content_type="application/json"):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def handle_api(self, method):
        parts = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else None
        text = None
        if body is not None:
            try:
                text = body.decode("utf-8")
            except UnicodeDecodeError:
                pass
        with lock:
            last_request.clear()
            last_request.update({"method": method, "path": parts.path, "query": parts.query, "body": text,
                                 "bodyBase64": base64.b64encode(body).decode("ascii") if body is not None else None,
                                 "contentType": self.headers.get("Content-Type"),
                                 "accept": self.headers.get("Accept"),
                                 "headers": {name.lower(): value for name, value in self.headers.items()}})
        if method in ("POST", "PATCH") and parts.path.startswith("/api/echo/"):
            # The body comes back as it came, with the media type it came with.
            return self.answer(200, body or b"", self.headers.get("Content-Type") or "application/json")
        if parts.path.startswith("/api/status/"):
            # The status the path ends with, with documented-looking headers.
            status = int(parts.path.split("/")[3])
            self.send_response(status)
            content = ERROR_BODIES.get(status, (None, None))[1] or (b"" if status == 204 else (body or b'{"id": "s-1"}'))
            if status in ERROR_BODIES:
                self.send_header("Content-Type", ERROR_BODIES[status][0])
                self.send_header("Content-Length", str(len(content)))
                self.end_headers()
                self.wfile.write(content)
                return
            self.send_header("Location", "https://api.example.com/sessions/s-1")
            self.send_header("X-RateLimit-Remaining", "42")
            self.send_header("X-Tags", "a, b,c")
            self.send_header("X-Total", "7")
            if content:
                self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)
            return
        if method == "GET" and parts.path.startswith("/api/ping/"):
            return self.answer(200, b"{}")
        if method == "GET" and parts.path.startswith("/api/accounts/"):
            with open(os.path.join(PAYLOADS, "account.json"), "rb") as file:
                return self.answer(200, file.read())
        return self.answer(404, json.dumps({"message": "no route " + parts.path}).encode())

    def do_GET(self):
        if self.path == "/_control/last":
            with lock:
                return self.answer(200, json.dumps(last_request).encode())
        self.handle_api("GET")

    def do_POST(self):
        self.handle_api("POST")

    def do_PATCH(self):
        self.handle_api("PATCH")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lifetime", type=float, default=300)
    arguments = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print("PORT", server.server_address[1], flush=True)
    # Stop when the test closes our standard input, or when the lifetime runs out.
    watcher = threading.Thread(target=lambda: sys.stdin.read(), daemon=True)
    watcher.start()
    watcher.join(arguments.lifetime)
    server.shutdown()


if __name__ == "__main__":
    main()
