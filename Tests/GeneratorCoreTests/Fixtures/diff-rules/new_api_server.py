"""The new version of the API, served on loopback for old clients to call.

Usage: python3 new_api_server.py DESCRIPTION.json CLIENT [ARGS...]

DESCRIPTION.json describes the new API's routes, as the test derives them from the new specs:
what each route requires of a request (query, headers, credentials, body) and the answers it
gives. The server starts on a free port, runs CLIENT with the server's origin as its last
argument, prints what CLIENT printed, and exits with CLIENT's status.

A request's first path segment chooses the answer: `/min/...` gets the smallest answer the
new API allows (optional properties left out, the first enum value and union member), `/max/...`
the fullest (every property, the last enum value and union member).
"""

import json
import re
import subprocess
import sys
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

KIND_PATTERNS = {
    "integer": re.compile(r"^-?[0-9]+$"),
    "number": re.compile(r"^-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?$"),
    "boolean": re.compile(r"^(true|false)$"),
}


def text_fits(kind, text):
    """Whether a query, header or form value's text is a value of `kind`."""
    pattern = KIND_PATTERNS.get(kind)
    return pattern is None or pattern.match(text) is not None


def json_fits(kind, value):
    """Whether a JSON value is of `kind`."""
    if kind == "string":
        return isinstance(value, str)
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == "boolean":
        return isinstance(value, bool)
    if kind == "array":
        return isinstance(value, list)
    if kind == "object":
        return isinstance(value, dict)
    return True


class Route:
    def __init__(self, item):
        self.item = item
        pattern = "".join(
            "[^/]+" if part.startswith("{") else re.escape(part)
            for part in re.split(r"(\{[^}]+\})", item["path"])
        )
        self.pattern = re.compile("^" + pattern + "$")

    def matches(self, method, path):
        return self.item["method"] == method and self.pattern.match(path) is not None


def check_fields(fields, values, fits):
    """The first problem with `values` (a dict) against `fields`, or None."""
    for field in fields:
        name = field["name"]
        if name not in values:
            if field["required"]:
                return "missing '%s'" % name
            continue
        value = values[name]
        if value is None:
            if not field.get("nullable"):
                return "'%s' is null" % name
            continue
        if not fits(field["kind"], value):
            return "'%s' is not a %s" % (name, field["kind"])
        if field.get("enum") is not None and value not in field["enum"] and str(value) not in field["enum"]:
            return "'%s' is not one of %s" % (name, field["enum"])
    return None


def check_credentials(alternatives, headers, query, cookies):
    if not alternatives:
        return None
    for alternative in alternatives:
        if all(scheme_present(scheme, headers, query, cookies) for scheme in alternative):
            return None
    return "no accepted credentials"


def scheme_present(scheme, headers, query, cookies):
    kind = scheme["type"]
    if kind == "bearer":
        return headers.get("authorization", "").startswith("Bearer ")
    if kind == "basic":
        return headers.get("authorization", "").startswith("Basic ")
    name = scheme["name"]
    location = scheme["in"]
    if location == "header":
        return name.lower() in headers
    if location == "query":
        return name in query
    return name in cookies


class Handler(BaseHTTPRequestHandler):
    routes = []

    def log_message(self, *args):
        pass

    def handle_any(self):
        url = urllib.parse.urlsplit(self.path)
        segments = url.path.split("/", 2)
        mode = segments[1] if len(segments) > 1 else ""
        path = "/" + (segments[2] if len(segments) > 2 else "")
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        route = next((r for r in self.routes if r.matches(self.command, path)), None)
        if route is None or mode not in ("min", "max"):
            return self.answer(404, "text/plain", "no route %s %s" % (self.command, path))
        item = route.item
        headers = {name.lower(): value for name, value in self.headers.items()}
        query = {name: values[-1] for name, values in urllib.parse.parse_qs(url.query, keep_blank_values=True).items()}
        cookies = {}
        for pair in headers.get("cookie", "").split(";"):
            if "=" in pair:
                name, value = pair.strip().split("=", 1)
                cookies[name] = value
        problem = check_credentials(item["security"], headers, query, cookies)
        if problem:
            return self.answer(401, "text/plain", problem)
        problem = (
            check_fields(item["query"], query, text_fits)
            or check_fields(item["headers"], headers, text_fits)
            or self.check_body(item.get("body"), headers, body)
        )
        if problem:
            return self.answer(400, "text/plain", problem)
        answer = item["answer"]
        self.answer(answer["status"], answer.get("contentType"), answer.get(mode))

    def check_body(self, spec, headers, body):
        if spec is None:
            return None
        if not body:
            return "missing body" if spec["required"] else None
        content_type = headers.get("content-type", "").split(";")[0].strip()
        if content_type != spec["contentType"]:
            return "body sent as '%s', not '%s'" % (content_type, spec["contentType"])
        if content_type == "application/json":
            try:
                value = json.loads(body)
            except ValueError:
                return "body is not JSON"
            if spec.get("properties") is None:
                return None if json_fits(spec["kind"], value) else "body is not a %s" % spec["kind"]
            if not isinstance(value, dict):
                return "body is not an object"
            return check_fields(spec["properties"], value, json_fits)
        if content_type == "application/x-www-form-urlencoded" and spec.get("properties") is not None:
            fields = {name: values[-1] for name, values in urllib.parse.parse_qs(body.decode(), keep_blank_values=True).items()}
            return check_fields(spec["properties"], fields, text_fits)
        return None

    def answer(self, status, content_type, text):
        data = (text or "").encode()
        self.send_response(status)
        if content_type and text is not None:
            self.send_header("Content-Type", content_type)
        for name, value in self.answer_headers().items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def answer_headers(self):
        url = urllib.parse.urlsplit(self.path)
        segments = url.path.split("/", 2)
        path = "/" + (segments[2] if len(segments) > 2 else "")
        route = next((r for r in self.routes if r.matches(self.command, path)), None)
        return route.item["answer"].get("headers", {}) if route else {}

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = handle_any


def main():
    with open(sys.argv[1]) as file:
        description = json.load(file)
    Handler.routes = [Route(item) for item in description["routes"]]
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    origin = "http://127.0.0.1:%d" % server.server_address[1]
    client = subprocess.run(sys.argv[2:] + [origin], capture_output=True, text=True, timeout=300)
    sys.stdout.write(client.stdout)
    sys.stderr.write(client.stderr)
    server.shutdown()
    sys.exit(client.returncode)


if __name__ == "__main__":
    main()
