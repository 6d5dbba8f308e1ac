#!/usr/bin/env python3
"""A fake Frontegg Identity API on loopback, for the generated client's tests.

It serves the 14 documented operations the way the docs describe them: it checks the method,
path, query, headers (Authorization, Content-Type, frontegg-tenant-id, frontegg-user-id,
frontegg-vendor-host) and that a JSON body has exactly the documented keys with the documented
types, then answers with documented response JSON. A check that fails answers 400 with
Frontegg's error shape, {"errors": ["fake-frontegg: ..."]}, so a test sees what was wrong.

Tests steer it through /_control/...:
  POST /_control/script   {"method": "POST", "path": "/identity/...", "responses": [{"status": 401}, ...]}
                          queues answers for that route, used before the normal behaviour;
                          an answer may have "status", "json", "body", "headers", "delay" (seconds)
  GET  /_control/requests every request received so far (method, path, query, headers, body)
  POST /_control/reset    forget requests, scripts and issued tokens
  POST /_control/tokens   {"expiresIn": 3600} sets the lifetime of tokens minted from now on

It binds 127.0.0.1 on a free port, prints "PORT <n>" on stdout, and stops by itself when its
standard input closes (so a test run that dies cannot leave it behind) or after --lifetime seconds.
"""
import argparse
import json
import re
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit, parse_qs, unquote

BASE = "/identity"
STRING, BOOL, NUMBER, ARRAY_OF_STRINGS, OBJECT = "string", "boolean", "number", "array<string>", "object"

ROLE = {"id": "r-1", "vendorId": "v-1", "tenantId": "t-1", "key": "admin", "name": "Admin",
        "description": "Administrators", "isDefault": False, "firstUserRole": True, "level": 1,
        "createdAt": "2019-08-24T14:15:22Z", "updatedAt": "2019-08-24T14:15:22.123Z", "permissions": ["read"]}
PERMISSION = {"id": "p-1", "key": "read", "name": "Read", "description": "Reads things",
              "createdAt": "2019-08-24T14:15:22Z", "updatedAt": "2019-08-24T14:15:22Z",
              "roleIds": ["r-1"], "categoryId": "c-1", "fePermission": True}
PROFILE = {"id": "u-1", "email": "ana@example.com", "name": "Ana", "profilePictureUrl": "https://x/ana.png",
           "sub": "u-1", "verified": True, "mfaEnrolled": False, "mfaBypass": False, "phoneNumber": "+15550100",
           "roles": [ROLE], "permissions": [PERMISSION], "provider": "local", "tenantId": "t-1",
           "tenantIds": ["t-1"], "activatedForTenant": True, "isLocked": False,
           "tenants": [{"tenantId": "t-1", "roles": [ROLE], "temporaryExpirationDate": "2019-08-24T14:15:22Z",
                        "isDisabled": False}],
           "invisible": False, "superUser": False, "metadata": "{}", "vendorMetadata": "{}",
           "createdAt": "2019-08-24T14:15:22Z", "lastLogin": "2019-08-24T14:15:22.5Z", "groups": [{}],
           "subAccountAccessAllowed": True, "managedBy": "frontegg"}
INVITED = {"id": "u-2", "email": "ben@example.com", "verified": False, "name": "Ben",
           "profilePictureUrl": "https://x/ben.png", "roles": ["admin"], "permissions": ["read"], "metadata": "{}",
           "createdAt": "2019-08-24T14:15:22Z", "lastLogin": "2019-08-24T14:15:22Z", "activatedForTenant": True,
           "temporaryExpirationDate": "2019-08-24T14:15:22Z"}
PROVIDERS = ["local", "saml", "google", "github", "facebook", "microsoft", "scim2", "slack", "apple"]

# Each route: method, path pattern (below /identity), required headers, optional headers,
# body fields {name: (type, required)} or None for no body, and how to answer.
ROUTES = [
    ("POST", r"/resources/users/v2", ["frontegg-tenant-id"], [],
     {"email": (STRING, True), "name": (STRING, False), "profilePictureUrl": (STRING, False),
      "password": (STRING, False), "phoneNumber": (STRING, False), "provider": (STRING, False),
      "metadata": (STRING, False), "skipInviteEmail": (BOOL, False), "roleIds": (ARRAY_OF_STRINGS, False),
      "emailMetadata": (OBJECT, False), "expirationInSeconds": (NUMBER, False)}, "invite"),
    ("PUT", r"/resources/users/v2/me", [], [],
     {"phoneNumber": (STRING, False), "profilePictureUrl": ("string-or-null", False), "metadata": (STRING, False),
      "name": (STRING, False)}, "profile"),
    ("GET", r"/resources/users/v2/me", [], [], None, "profile"),
    ("POST", r"/resources/auth/v1/user/mfa/recover", [], [],
     {"recoveryCode": (STRING, True), "email": (STRING, True)}, "empty"),
    ("POST", r"/resources/users/v1/mfa/authenticator/(?P<deviceId>[^/]+)/disable/verify", ["frontegg-user-id"], [],
     {"token": (STRING, True)}, "empty"),
    ("POST", r"/resources/users/v1/mfa/sms/(?P<deviceId>[^/]+)/disable", ["frontegg-tenant-id", "frontegg-user-id"], [],
     {}, "empty"),
    ("POST", r"/resources/users/v1/(?P<userId>[^/]+)/links/generate-password-reset-token", [], [], None, "reset"),
    ("POST", r"/resources/users/v1/(?P<userId>[^/]+)/unlock", [], [], None, "empty"),
    ("POST", r"/resources/users/v1/(?P<userId>[^/]+)/lock", [], [], None, "empty"),
    ("POST", r"/resources/users/phone-numbers/v1", [], [], {"phoneNumber": (STRING, True), "verify": (BOOL, False)}, "empty"),
    ("POST", r"/resources/users/phone-numbers/v1/preverify", [], [], {"phoneNumber": (STRING, True)}, "empty"),
    ("POST", r"/resources/users/phone-numbers/v1/verify", [], [], {"otcToken": (STRING, True), "code": (STRING, True)}, "empty"),
    ("POST", r"/resources/auth/v2/api-token", [], [], {"clientId": (STRING, True), "secret": (STRING, True)}, "authenticate"),
    ("POST", r"/resources/auth/v2/api-token/token/refresh", [], ["frontegg-vendor-host"],
     {"refreshToken": (STRING, True)}, "refresh"),
]

# Credentials the fake accepts for the API-token flow.
CLIENTS = {"client-1": "secret-1"}
STATIC_TOKENS = {"jwt-1"}


class State:
    def __init__(self):
        self.lock = threading.Lock()
        self.reset()

    def reset(self):
        self.requests = []
        self.scripts = {}
        self.access_tokens = set(STATIC_TOKENS)
        self.refresh_tokens = set()
        self.minted = 0
        self.expires_in = 3600

    def mint(self):
        self.minted += 1
        access, refresh = "access-%d" % self.minted, "refresh-%d" % self.minted
        self.access_tokens.add(access)
        self.refresh_tokens.add(refresh)
        return {"access_token": access, "refresh_token": refresh, "expires_in": self.expires_in,
                "expires": time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + self.expires_in))}


STATE = State()


def type_matches(value, kind):
    if kind == STRING:
        return isinstance(value, str)
    if kind == "string-or-null":
        return value is None or isinstance(value, str)
    if kind == BOOL:
        return isinstance(value, bool)
    if kind == NUMBER:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if kind == ARRAY_OF_STRINGS:
        return isinstance(value, list) and all(isinstance(item, str) for item in value)
    if kind == OBJECT:
        return isinstance(value, dict)
    return False


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):  # keep test output clean
        pass

    def do_GET(self):
        self.handle_any()

    def do_POST(self):
        self.handle_any()

    def do_PUT(self):
        self.handle_any()

    def do_PATCH(self):
        self.handle_any()

    def do_DELETE(self):
        self.handle_any()

    def answer(self, status, payload=None, body=None, headers=None):
        data = body.encode() if body is not None else (json.dumps(payload).encode() if payload is not None else b"")
        self.send_response(status)
        if payload is not None:
            self.send_header("Content-Type", "application/json")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def fail(self, reason, status=400):
        self.answer(status, {"errors": ["fake-frontegg: " + reason]})

    def handle_any(self):
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length else b""
        if url.path.startswith("/_control/"):
            return self.control(url.path, raw)
        record = {"method": self.command, "path": url.path, "query": parse_qs(url.query),
                  "headers": {k.lower(): v for k, v in self.headers.items()},
                  "body": raw.decode("utf-8", "replace") if raw else None}
        with STATE.lock:
            STATE.requests.append(record)
            script = STATE.scripts.get((self.command, url.path))
            scripted = script.pop(0) if script else None
        if scripted is not None:
            time.sleep(scripted.get("delay", 0))
            return self.answer(scripted.get("status", 200), scripted.get("json"), scripted.get("body"),
                               scripted.get("headers"))
        if not url.path.startswith(BASE + "/"):
            return self.fail("no route %s %s" % (self.command, url.path), 404)
        path = url.path[len(BASE):]
        for method, pattern, required_headers, optional_headers, fields, behaviour in ROUTES:
            match = re.fullmatch(pattern, path)
            if not match or method != self.command:
                continue
            return self.serve(record, match, required_headers, optional_headers, fields, behaviour, raw)
        return self.fail("no route %s %s" % (self.command, url.path), 404)

    def serve(self, record, match, required_headers, optional_headers, fields, behaviour, raw):
        headers = record["headers"]
        if record["query"]:
            return self.fail("unexpected query %s" % record["query"])
        authorization = headers.get("authorization", "")
        if behaviour not in ("authenticate", "refresh"):
            token = authorization[len("Bearer "):] if authorization.startswith("Bearer ") else None
            with STATE.lock:
                valid = token in STATE.access_tokens
            if not valid:
                return self.answer(401, {"errors": ["Unauthorized"]})
        for name in required_headers:
            if not headers.get(name):
                return self.fail("missing header " + name)
        known = {"authorization", "content-type", "content-length", "accept", "host", "user-agent",
                 "accept-encoding", "accept-language", "connection"}
        for name in headers:
            if name.startswith("frontegg-") and name not in required_headers and name not in optional_headers:
                return self.fail("undocumented header " + name)
        if fields is None:
            if raw:
                return self.fail("this operation takes no body")
        else:
            if not headers.get("content-type", "").startswith("application/json"):
                return self.fail("Content-Type must be application/json")
            try:
                body = json.loads(raw or b"null")
            except ValueError:
                return self.fail("body is not JSON")
            if not isinstance(body, dict):
                return self.fail("body must be a JSON object")
            for key, value in body.items():
                if key not in fields:
                    return self.fail("undocumented body key " + key)
                if not type_matches(value, fields[key][0]):
                    return self.fail("body key %s must be %s" % (key, fields[key][0]))
            for key, (_, required) in fields.items():
                if required and key not in body:
                    return self.fail("missing body key " + key)
            if "provider" in body and body["provider"] not in PROVIDERS:
                return self.fail("unknown provider " + body["provider"])
        return self.respond(behaviour, match, json.loads(raw) if raw else None)

    def respond(self, behaviour, match, body):
        if behaviour == "empty":
            return self.answer(200)
        if behaviour == "profile":
            return self.answer(200, PROFILE)
        if behaviour == "invite":
            return self.answer(200, dict(INVITED, email=body["email"]))
        if behaviour == "reset":
            user = unquote(match.group("userId"))
            return self.answer(200, {"link": "https://app.example.com/reset?token=tok-" + user,
                                     "token": "tok-" + user, "userId": user})
        if behaviour == "authenticate":
            if CLIENTS.get(body["clientId"]) != body["secret"]:
                return self.answer(401, {"errors": ["Invalid API token"]})
            with STATE.lock:
                return self.answer(200, STATE.mint())
        if behaviour == "refresh":
            with STATE.lock:
                if body["refreshToken"] not in STATE.refresh_tokens:
                    return self.answer(401, {"errors": ["Invalid refresh token"]})
                STATE.refresh_tokens.discard(body["refreshToken"])
                return self.answer(200, STATE.mint())
        return self.fail("no behaviour " + behaviour, 500)

    def control(self, path, raw):
        payload = json.loads(raw) if raw else {}
        with STATE.lock:
            if path == "/_control/reset":
                STATE.reset()
                return self.answer(200, {})
            if path == "/_control/requests":
                return self.answer(200, STATE.requests)
            if path == "/_control/script":
                key = (payload["method"], payload["path"])
                STATE.scripts.setdefault(key, []).extend(payload["responses"])
                return self.answer(200, {})
            if path == "/_control/tokens":
                STATE.expires_in = payload["expiresIn"]
                return self.answer(200, {})
        return self.fail("unknown control " + path, 404)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lifetime", type=float, default=600, help="stop after this many seconds")
    arguments = parser.parse_args()
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    print("PORT %d" % server.server_address[1], flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def stop_when_stdin_closes():
        sys.stdin.read()
        server.shutdown()

    watcher = threading.Thread(target=stop_when_stdin_closes, daemon=True)
    watcher.start()
    watcher.join(arguments.lifetime)
    server.shutdown()


if __name__ == "__main__":
    main()
