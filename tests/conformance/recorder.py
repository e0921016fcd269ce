"""A tiny recording HTTP server for the conformance suite.

It records every request exactly as received (method, raw path, raw query,
headers, raw body) and answers 200 with a plausible canned JSON body for the
route, so that neither client fails before its request is recorded. The
canned bodies double as the shared response bodies of test_models.py.
"""

from __future__ import annotations

import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TS = "2024-03-01T12:34:56Z"
TS2 = "2024-04-02T08:00:00Z"

USER = {
    "id": "u1",
    "login": "user1@example.com",
    "name": "User One",
    "role": "engineer",
    "roles": ["engineer", "billing"],
    "customer_id": "c1",
    "email_hash": "0123456789abcdef",
    "limit_services": True,
    "locked": False,
    "require_new_password": None,
    "two_factor_auth_enabled": True,
    "two_factor_setup_required": False,
    "created_at": TS,
    "updated_at": TS2,
    "deleted_at": None,
}

CUSTOMER = {
    "id": "c1",
    "name": "Acme",
    "owner_id": "u1",
    "billing_contact_id": "u2",
    "billing_network_type": "public",
    "billing_ref": None,
    "can_configure_wordpress": False,
    "can_reset_passwords": True,
    "can_upload_vcl": True,
    "force_2fa": False,
    "force_sso": False,
    "has_account_panel": True,
    "has_improved_events": True,
    "has_improved_ssl_config": False,
    "has_openstack_logging": False,
    "has_pci": False,
    "has_pci_passwords": False,
    "ip_whitelist": "0.0.0.0/0",
    "legal_contact_id": "u3",
    "phone_number": "+1 555 0100",
    "postal_address": "1 Main St",
    "pricing_plan": "developer",
    "pricing_plan_id": "pp1",
    "security_contact_id": None,
    "technical_contact_id": "u4",
    "created_at": TS,
    "updated_at": TS2,
    "deleted_at": None,
}

INVITATION = {
    "id": "inv1",
    "type": "invitation",
    "attributes": {
        "email": "new@example.com",
        "role": "engineer",
        "roles": ["engineer"],
        "limit_services": True,
        "status_code": 1,
        "created_at": TS,
        "updated_at": TS2,
        "deleted_at": None,
    },
    "relationships": {
        "customer": {"data": {"type": "customer", "id": "c1"}},
        "service_invitations": {
            "data": [{"type": "service_invitation", "id": "si1"}]
        },
    },
}

TOKEN = {
    "id": "t1",
    "name": "deploy",
    "user_id": "u1",
    "customer_id": "c1",
    "services": ["svc1", "svc2"],
    "scope": "global",  # fastly-py accepts one of its enum values only
    "created_at": TS,
    "last_used_at": TS2,
    "expires_at": "2030-01-01T00:00:00Z",
    "ip": "192.0.2.1",
    "user_agent": "curl/8.0",
    "updated_at": TS2,
    "deleted_at": None,
}

IAM_ROLE = {
    "id": "r1",
    "name": "engineer",
    "display_name": "Engineer",
    "description": "Configures services",
    "permissions": ["service.read", "service.write"],
}

PERMISSION = {
    "id": "p1",
    "object": "permission",
    "name": "service.read",
    "description": "Read services",
    "resource_name": "service",
    "resource_description": "A service",
    "scope": "service",
}
SERVICE_GROUP = {
    "id": "sg1",
    "object": "service_group",
    "name": "Group",
    "description": "Some services",
    "services_count": 2,
    "created_at": TS,
    "updated_at": TS2,
}
USER_GROUP = {
    "id": "ug1",
    "object": "user_group",
    "name": "Team",
    "description": "A team",
    "users_count": 1,
    "invitations_count": 0,
    "roles_count": 1,
    "service_groups_count": 1,
    "created_at": TS,
    "updated_at": TS2,
}
SERVICE = {"id": "svc1", "name": "www", "type": "vcl", "created_at": TS, "updated_at": TS2}
ROLE = {"id": "r1", "object": "role", "name": "engineer", "description": "", "custom": False}
MEMBER = {"id": "u1", "object": "user", "login": "user1@example.com", "name": "User One"}
OK = {"status": "ok"}

# fastly-py's CustomerAddress, every field set.
ADDRESS = {
    "type": "billing",
    "address_1": "1 Main St",
    "address_2": "Unit 4",
    "locality": "Springfield",
    "region": "OR",
    "country": "US",
    "postal_code": "97477",
}

# fastly-py's ContactResponse, every field set.
CONTACT = {
    "id": "ct1",
    "contact_type": "billing",
    "user_id": "u1",
    "name": "Bill Ing",
    "email": "billing@example.com",
    "phone": "+1 555 0100",
    "customer_id": "c1",
    "created_at": "2024-01-02T03:04:05Z",
    "updated_at": "2024-01-03T03:04:05Z",
    "deleted_at": None,
}


# The newest operations' bodies: every field of fastly-py's response model set,
# in the shape of the recorded live answer where there is one.

# go-fastly fastly/fixtures/service_authorizations/get.yaml: `permission` among
# the attributes, both relationships wrapped in `data`.
SERVICE_AUTHORIZATION = {
    "id": "sa1",
    "type": "service_authorization",
    "attributes": {"permission": "purge_select", "created_at": TS, "updated_at": TS2, "deleted_at": None},
    "relationships": {
        "service": {"data": {"id": "svc1", "type": "service"}},
        "user": {"data": {"id": "u1", "type": "user"}},
    },
}

# go-fastly fastly/fixtures/events/get_event.yaml, with fastly-py's `token_id`.
EVENT = {
    "id": "ev1",
    "type": "event",
    "attributes": {
        "customer_id": "c1",
        "description": "Version 52 was created",
        "event_type": "version.create",  # fastly-py accepts one of its enum values only
        "ip": "192.0.2.1, 198.51.100.7",
        "metadata": {"version_number": 52, "service_id": "svc1"},
        "service_id": "svc1",
        "user_id": "u1",
        "token_id": "t1",
        "created_at": TS,
        "admin": False,
    },
}

# fastly-py's BillingAddressResponseData (nothing recorded).
BILLING_ADDRESS = {
    "id": "ba1",
    "type": "billing_address",
    "attributes": {
        "address_1": "1 Main St",
        "address_2": "Unit 4",
        "city": "Springfield",
        "state": "OR",
        "locality": "Lane County",
        "postal_code": "97477",
        "country": "US",
        "customer_id": "c1",
    },
    "relationships": {"customer": {"data": {"type": "customer", "id": "c1"}}},
}

# fastly-py's AutomationTokenResponse, every field but `roles` (a list of
# AutomationTokenRole, an object with no documented member); `access_token: ""`
# as in every recorded token but a new one (go-fastly
# fastly/fixtures/automation_tokens/get.yaml, list.yaml).
AUTOMATION_TOKEN = {
    "id": "at1",
    "name": "ci",
    "role": "engineer",
    "services": ["svc1", "svc2"],
    "limit_services": True,
    "limit_workspaces": False,
    "workspaces": [],
    "scope": "global:read",  # fastly-py accepts one of its enum values only
    "expires_at": "2030-01-01T00:00:00Z",
    "customer_id": "c1",
    "ip": "192.0.2.1",
    "user_agent": "curl/8.0",
    "tls_access": True,
    "last_used_at": TS2,
    "created_at": TS,
    "access_token": "",
}

# fastly-py's SudoResponse; the value go-fastly recorded
# (fastly/fixtures/automation_tokens/create.yaml).
SUDO = {"expiry_time": "2025-02-25T12:06:38+00:00"}


def _jsonapi_page(item):
    """A single JSON:API page as recorded (service_authorizations/list.yaml:
    `links` with `last` only)."""
    return {
        "data": [item],
        "links": {"last": "https://api.fastly.com/x?page%5Bnumber%5D=1&page%5Bsize%5D=20"},
        "meta": {"current_page": 1, "per_page": 20, "record_count": 1, "total_pages": 1},
    }

def _page(item):
    return {"data": [item], "meta": {"per_page": 20, "current_page": 1, "total": 1}}


# (method, path regex) -> body; the first match wins. [^/]+ is one raw segment.
ROUTES = [
    ("GET", r"/current_customer", CUSTOMER),
    ("GET", r"/customer/[^/]+/users", [USER]),
    ("GET", r"/customer/[^/]+/tokens", [TOKEN]),
    ("GET", r"/billing/v3/customer-addresses", {"data": [ADDRESS]}),
    ("POST", r"/billing/v3/customer-addresses", {"id": "ad1"}),
    ("PUT", r"/billing/v3/customer-addresses/[^/]+", {}),
    ("DELETE", r"/customer/[^/]+/billing_address", {}),
    ("*", r"/customer/[^/]+/billing_address", {"data": BILLING_ADDRESS}),
    ("GET", r"/customer/[^/]+/contacts", [CONTACT]),
    ("POST", r"/customer/[^/]+/contacts", CONTACT),
    ("DELETE", r"/customer/[^/]+/contacts/[^/]+", OK),
    ("DELETE", r"/customer/[^/]+", OK),
    ("*", r"/customer/[^/]+", CUSTOMER),
    ("POST", r"/user/[^/]+/password/request_reset", OK),
    ("DELETE", r"/user/[^/]+", OK),
    ("*", r"/(current_user|user|user/[^/]+)", USER),
    ("GET", r"/invitations", {
        "data": [INVITATION],
        "links": {},
        "meta": {"current_page": 1, "per_page": 20, "record_count": 1, "total_pages": 1},
    }),
    ("POST", r"/invitations", {"data": INVITATION}),
    ("DELETE", r"/invitations/[^/]+", OK),
    ("GET", r"/tokens", [TOKEN]),
    ("GET", r"/tokens/[^/]+", TOKEN),
    ("DELETE", r"/tokens(/[^/]+)?", OK),
    ("GET", r"/service-authorizations", _jsonapi_page(SERVICE_AUTHORIZATION)),
    ("*", r"/service-authorizations", {"data": [SERVICE_AUTHORIZATION]}),  # the bulk forms
    ("DELETE", r"/service-authorizations/[^/]+", {}),
    ("*", r"/service-authorizations/[^/]+", {"data": SERVICE_AUTHORIZATION}),
    ("GET", r"/events", _jsonapi_page(EVENT)),
    ("GET", r"/events/[^/]+", {"data": EVENT}),
    ("GET", r"/automation-tokens", [AUTOMATION_TOKEN]),  # fastly-py's declared bare array
    ("POST", r"/automation-tokens", {**AUTOMATION_TOKEN, "access_token": "s3cr3t"}),
    ("GET", r"/automation-tokens/[^/]+/services", {"data": ["svc1", "svc2"]}),
    ("GET", r"/automation-tokens/[^/]+", AUTOMATION_TOKEN),
    ("DELETE", r"/automation-tokens/[^/]+", {}),
    ("POST", r"/sudo", SUDO),
    ("GET", r"/iam/v1/roles", {"data": [IAM_ROLE], "limit": 100, "next_cursor": ""}),
    ("GET", r"/iam/v1/roles/[^/]+", IAM_ROLE),
    ("GET", r"/permissions", {"data": [PERMISSION]}),
    ("GET", r"/service-groups", _page(SERVICE_GROUP)),
    ("GET", r"/service-groups/[^/]+/services", _page(SERVICE)),
    ("*", r"/service-groups/[^/]+/services", {}),
    ("*", r"/service-groups(/[^/]+)?", SERVICE_GROUP),
    ("GET", r"/user-groups", _page(USER_GROUP)),
    ("GET", r"/user-groups/[^/]+/members", _page(MEMBER)),
    ("GET", r"/user-groups/[^/]+/roles", _page(ROLE)),
    ("GET", r"/user-groups/[^/]+/service-groups", _page(SERVICE_GROUP)),
    ("*", r"/user-groups/[^/]+/(members|roles|service-groups)", {}),
    ("*", r"/user-groups(/[^/]+)?", USER_GROUP),
]


# The JSON:API routes, answered as `application/vnd.api+json`.
JSONAPI = re.compile(r"^/(invitations|service-authorizations|events)(/|$)|^/customer/[^/]+/billing_address$")

def canned(method: str, path: str):
    for m, pattern, body in ROUTES:
        if m in ("*", method) and re.fullmatch(pattern, path):
            return body
    return {}


@dataclass
class Recorded:
    method: str
    raw_path: str
    raw_query: str | None
    headers: dict[str, str] = field(default_factory=dict)  # names lower-cased
    body: bytes = b""


class Recorder:
    """`with Recorder() as rec:` serves on 127.0.0.1:<port>; rec.requests."""

    def __init__(self) -> None:
        self.requests: list[Recorded] = []
        lock = threading.Lock()
        recorder = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def _read_body(self) -> bytes:
                if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
                    out = b""
                    while (size := int(self.rfile.readline().split(b";")[0], 16)) > 0:
                        out += self.rfile.read(size)
                        self.rfile.readline()
                    while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                        pass
                    return out
                return self.rfile.read(int(self.headers.get("Content-Length") or 0))

            def _handle(self) -> None:
                raw_path, sep, raw_query = self.path.partition("?")
                rec = Recorded(
                    method=self.command,
                    raw_path=raw_path,
                    raw_query=raw_query if sep else None,
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=self._read_body(),
                )
                with lock:
                    recorder.requests.append(rec)
                ctype = "application/vnd.api+json" if JSONAPI.search(raw_path) else "application/json"
                payload = json.dumps(canned(self.command, raw_path)).encode()
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"

    def __enter__(self) -> "Recorder":
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()

    def clear(self) -> None:
        self.requests.clear()
