"""Each operation both clients have, sent through both to the recorder: the two
requests must differ exactly as differences.py declares (usually: not at all).

Compared: method, raw path, query (parsed, multi-valued), body encoding and
media type (charset ignored), form fields (parsed, order-insensitive), JSON
bodies (parsed, as data), and Accept where both send one.
"""

from __future__ import annotations

import inspect
import json
from collections import defaultdict
from datetime import datetime, timezone
from urllib.parse import parse_qs, parse_qsl

import fastly
import fastly_account as fa
import pytest
from fastly.api.automation_tokens_api import AutomationTokensApi
from fastly.api.billing_address_api import BillingAddressApi
from fastly.api.contact_api import ContactApi
from fastly.api.customer_addresses_api import CustomerAddressesApi
from fastly.api.customer_api import CustomerApi
from fastly.api.events_api import EventsApi
from fastly.api.iam_permissions_api import IamPermissionsApi
from fastly.api.iam_roles_api import IamRolesApi
from fastly.api.iam_service_groups_api import IamServiceGroupsApi
from fastly.api.iam_user_groups_api import IamUserGroupsApi
from fastly.api.invitations_api import InvitationsApi
from fastly.api.service_authorizations_api import ServiceAuthorizationsApi
from fastly.api.sudo_api import SudoApi
from fastly.api.tokens_api import TokensApi
from fastly.api.user_api import UserApi
from fastly.model.automation_token_create_request import AutomationTokenCreateRequest
from fastly.model.billing_address_attributes import BillingAddressAttributes
from fastly.model.billing_address_request import BillingAddressRequest
from fastly.model.billing_address_request_data import BillingAddressRequestData
from fastly.model.customer_address import CustomerAddress
from fastly.model.invitation import Invitation
from fastly.model.invitation_create_data import InvitationCreateData
from fastly.model.invitation_data_attributes import InvitationDataAttributes
from fastly.model.permission import Permission
from fastly.model.relationship_member_service import RelationshipMemberService
from fastly.model.relationship_service_invitations_create import RelationshipServiceInvitationsCreate
from fastly.model.relationship_service_invitations_create_service_invitations import (
    RelationshipServiceInvitationsCreateServiceInvitations,
)
from fastly.model.role_user import RoleUser
from fastly.model.service_authorization import ServiceAuthorization
from fastly.model.service_authorization_data import ServiceAuthorizationData
from fastly.model.service_authorization_data_attributes import ServiceAuthorizationDataAttributes
from fastly.model.service_authorization_data_relationships import ServiceAuthorizationDataRelationships
from fastly.model.service_authorization_data_relationships_user import (
    ServiceAuthorizationDataRelationshipsUser,
)
from fastly.model.service_authorization_data_relationships_user_data import (
    ServiceAuthorizationDataRelationshipsUserData,
)
from fastly.model.service_invitation import ServiceInvitation
from fastly.model.service_invitation_data import ServiceInvitationData
from fastly.model.service_invitation_data_attributes import ServiceInvitationDataAttributes
from fastly.model.service_invitation_data_relationships import ServiceInvitationDataRelationships
from fastly.model.sudo_request import SudoRequest
from fastly.model.type_billing_address import TypeBillingAddress
from fastly.model.type_invitation import TypeInvitation
from fastly.model.type_service import TypeService
from fastly.model.type_service_authorization import TypeServiceAuthorization
from fastly.model.type_service_invitation import TypeServiceInvitation
from fastly.model.type_user import TypeUser
from fastly.model.update_billing_address_request import UpdateBillingAddressRequest
from fastly.model.update_billing_address_request_data import UpdateBillingAddressRequestData

from differences import DIFFERENCES, NOT_IN_OFFICIAL, OFFICIAL_ONLY
from recorder import Recorded, Recorder

OFFICIAL_APIS = (
    ContactApi, CustomerAddressesApi, CustomerApi, UserApi, InvitationsApi, TokensApi,
    IamRolesApi, IamPermissionsApi, IamServiceGroupsApi, IamUserGroupsApi,
    ServiceAuthorizationsApi, EventsApi, BillingAddressApi, AutomationTokensApi, SudoApi,
)


def pid(kind: str) -> str:
    """A path id with characters that need escaping: `.`, `@`, ` `, `/`, `+`."""
    return f"{kind}.1@a b/c+d~e_f-g"


CID, UID, IID, TID, RID = pid("cust"), pid("user"), pid("inv"), pid("tok"), pid("role")
SGID, UGID = pid("sg"), pid("ug")
SAID, EVID, ATID = pid("sa"), pid("ev"), pid("at")
TEXT = "Ann O'Neil & Co. 100% + más"  # form/JSON text needing escaping
CURSOR = "c2Vjb25k+/="  # a base64 cursor: +, / and = need escaping in a query


def ours(op, *args, **kwargs):
    return op, lambda client: getattr(client, op)(*args, **kwargs)


def theirs(api, method, **kwargs):
    return f"{api.__name__}.{method}", lambda client: getattr(api(client), method)(**kwargs)


def ids(key, values):
    return {key: [{"id": v} for v in values]}


CUSTOMER_FIELDS = dict(
    name=TEXT, billing_contact_id="u2", legal_contact_id="u3", security_contact_id="u4",
    technical_contact_id="u5", owner_id="u1", phone_number="+1 555 0100",
    postal_address="1 Main St\nSpringfield", ip_whitelist="192.0.2.0/24,198.51.100.7",
    force_2fa=True, force_sso=False, can_reset_passwords=True, can_upload_vcl=False,
    can_configure_wordpress=True, billing_network_type="private", billing_ref="PO-7/2024",
    has_account_panel=True, has_improved_events=False, has_openstack_logging=True,
    has_pci=False, pricing_plan="developer", pricing_plan_id="pp.1",
)
USER_FIELDS = dict(
    name=TEXT, roles=["engineer", "billing"], limit_services=True, locked=False,
    require_new_password=True, two_factor_auth_enabled=False, two_factor_setup_required=True,
)
SERVICE_INVITATIONS = [("svc1", "full"), ("svc2", "read_only")]


def official_invitation():
    """fastly-py's create body, built from its own models. RelationshipMemberService
    marks `id` read-only, so only _from_openapi_data can set it."""
    service_invitations = [
        ServiceInvitation(data=ServiceInvitationData(
            type=TypeServiceInvitation("service_invitation"),
            attributes=ServiceInvitationDataAttributes(permission=permission),
            relationships=ServiceInvitationDataRelationships(
                service=RelationshipMemberService._from_openapi_data(
                    type=TypeService("service"), id=service_id)),
        ))
        for service_id, permission in SERVICE_INVITATIONS
    ]
    return Invitation(data=InvitationCreateData(
        type=TypeInvitation("invitation"),
        attributes=InvitationDataAttributes(
            email="new.user+tag@example.com", role=RoleUser("engineer"),
            roles=["engineer", "billing"], limit_services=True),
        relationships=RelationshipServiceInvitationsCreate(
            service_invitations=RelationshipServiceInvitationsCreateServiceInvitations(
                data=service_invitations)),
    ))


def our_service_invitations():
    return dict(SERVICE_INVITATIONS)


def official_service_authorization(permission, user_id=None, service_id=None):
    """fastly-py's body, built from its own models: ServiceAuthorizationData has
    no `id`; its service relationship is RelationshipMemberService (flat, no
    `data`), the user one is wrapped in `data`. Both mark `id` read-only, so only
    _from_openapi_data can set it."""
    relationships = {}
    if user_id is not None:
        relationships["relationships"] = ServiceAuthorizationDataRelationships(
            service=RelationshipMemberService._from_openapi_data(
                type=TypeService("service"), id=service_id),
            user=ServiceAuthorizationDataRelationshipsUser(
                data=ServiceAuthorizationDataRelationshipsUserData._from_openapi_data(
                    type=TypeUser("user"), id=user_id)),
        )
    return ServiceAuthorization(data=ServiceAuthorizationData(
        type=TypeServiceAuthorization("service_authorization"),
        attributes=ServiceAuthorizationDataAttributes(permission=Permission(permission)),
        **relationships,
    ))


def bulk(ids_, **attributes):
    """A JSON:API bulk document of service authorizations: ours, and what
    fastly-py (whose bulk bodies are free-form maps) is given."""
    return {"data": [{"type": "service_authorization", "id": i,
                      **({"attributes": attributes} if attributes else {})} for i in ids_]}


# Every filter of list_events: ours `name=...`, fastly-py's `filter_name=...`.
EVENT_FILTERS = dict(
    customer_id=CID, event_type="user.create", service_id="svc.1", user_id="u1", token_id="t1",
    created_at="2024-01-12", created_at_gte="2024-01-01T00:00:00+00:00",
    created_at_gt="2024-01-01T00:00:00Z", created_at_lte="2024-02-01",
    created_at_lt="2024-02-01T12:00:00-05:00",
)
BILLING_ADDRESS_FIELDS = dict(
    address_1=TEXT, address_2="Unit 4", city="Springfield", state="OR", locality="Lane County",
    postal_code="97477", country="US",
)
# fastly-py types `expires_at` as a datetime and sends its isoformat(); ours
# takes the RFC 3339 text and sends it as given: both get the same instant,
# spelled as fastly-py spells it.
EXPIRES = datetime(2030, 1, 1, tzinfo=timezone.utc)
AUTOMATION_TOKEN_FIELDS = dict(services=["svc1", "svc2"], scope="purge_select", tls_access=True)


# (our operation, call) -> (official method, call), built from the same inputs.
CASES = [
    # Customer
    (ours("get_current_customer"), theirs(CustomerApi, "get_logged_in_customer")),
    (ours("get_customer", CID), theirs(CustomerApi, "get_customer", customer_id=CID)),
    (ours("update_customer", CID, **CUSTOMER_FIELDS),
     theirs(CustomerApi, "update_customer", customer_id=CID, **CUSTOMER_FIELDS)),
    (ours("delete_customer", CID), theirs(CustomerApi, "delete_customer", customer_id=CID)),
    (ours("list_customer_users", CID), theirs(CustomerApi, "list_users", customer_id=CID)),
    # Contacts
    (ours("list_contacts", CID), theirs(ContactApi, "list_contacts", customer_id=CID)),
    (ours("create_contact", CID, "general compliance", name=TEXT, email="c@example.com",
          phone="+1 555 0100"),
     theirs(ContactApi, "create_contacts", customer_id=CID, contact_type="general compliance",
            name=TEXT, email="c@example.com", phone="+1 555 0100")),
    (ours("list_customer_addresses"), theirs(CustomerAddressesApi, "list_customer_addresses")),
    (ours("create_customer_address", "tax", address_1="1 Main St", locality="Springfield",
          region="OR", country="US", postal_code="97477"),
     theirs(CustomerAddressesApi, "create_customer_address", customer_address=CustomerAddress(
         type="tax", address_1="1 Main St", locality="Springfield", region="OR", country="US",
         postal_code="97477"))),
    (ours("update_customer_address", "billing", address_2="Unit 4"),
     theirs(CustomerAddressesApi, "update_customer_address", type="billing",
            customer_address=CustomerAddress(type="billing", address_2="Unit 4"))),
    (ours("delete_contact", CID, "c1"),
     theirs(ContactApi, "delete_contact", customer_id=CID, contact_id="c1")),
    # User
    (ours("get_current_user"), theirs(UserApi, "get_current_user")),
    (ours("get_user", UID), theirs(UserApi, "get_user", user_id=UID)),
    (ours("update_user", UID, role="engineer", login="new.login@example.com", **USER_FIELDS),
     theirs(UserApi, "update_user", user_id=UID, role=RoleUser("engineer"),
            login="new.login@example.com", **USER_FIELDS)),
    (ours("create_user", "user1@example.com", TEXT, "billing",
          **{k: v for k, v in USER_FIELDS.items() if k != "name"}),
     theirs(UserApi, "create_user", login="user1@example.com", role=RoleUser("billing"),
            **USER_FIELDS)),
    (ours("delete_user", UID), theirs(UserApi, "delete_user", user_id=UID)),
    (ours("request_password_reset", "user1@example.com"),
     theirs(UserApi, "request_password_reset", user_login="user1@example.com")),
    (ours("update_user_password", "old-secret", "new-secret"),
     theirs(UserApi, "update_user_password", old_password="old-secret", new_password="new-secret")),
    # Invitations
    (("create_invitation", lambda client: client.create_invitation(
        "new.user+tag@example.com", "engineer", roles=["engineer", "billing"],
        limit_services=True, service_invitations=our_service_invitations())),
     theirs(InvitationsApi, "create_invitation", invitation=official_invitation())),
    (ours("list_invitations", page_number=2, page_size=50),
     theirs(InvitationsApi, "list_invitations", page_number=2, page_size=50)),
    (ours("delete_invitation", IID), theirs(InvitationsApi, "delete_invitation", invitation_id=IID)),
    # Tokens
    (ours("list_tokens"), theirs(TokensApi, "list_tokens_user")),
    (ours("list_customer_tokens", CID), theirs(TokensApi, "list_tokens_customer", customer_id=CID)),
    (ours("get_current_token"), theirs(TokensApi, "get_token_current")),
    (ours("get_token", TID), theirs(TokensApi, "get_token", token_id=TID)),
    (ours("revoke_token", TID), theirs(TokensApi, "revoke_token", token_id=TID)),
    (ours("revoke_current_token"), theirs(TokensApi, "revoke_token_current")),
    (ours("bulk_revoke_tokens", ["t1", "t2"]),
     theirs(TokensApi, "bulk_revoke_tokens",
            request_body={"data": [{"type": "token", "id": "t1"}, {"type": "token", "id": "t2"}]})),
    # Service authorizations
    (ours("list_service_authorizations", per_page=50, cursor="page:2"),
     theirs(ServiceAuthorizationsApi, "list_service_authorization", page_number=2, page_size=50)),
    (ours("get_service_authorization", SAID),
     theirs(ServiceAuthorizationsApi, "show_service_authorization", service_authorization_id=SAID)),
    (ours("create_service_authorization", "u1", "svc1", "purge_select"),
     theirs(ServiceAuthorizationsApi, "create_service_authorization",
            service_authorization=official_service_authorization("purge_select", "u1", "svc1"))),
    (ours("update_service_authorization", SAID, "read_only"),
     theirs(ServiceAuthorizationsApi, "update_service_authorization", service_authorization_id=SAID,
            service_authorization=official_service_authorization("read_only"))),
    (ours("delete_service_authorization", SAID),
     theirs(ServiceAuthorizationsApi, "delete_service_authorization", service_authorization_id=SAID)),
    (ours("bulk_update_service_authorizations", ["sa1", "sa2"], "purge_all"),
     theirs(ServiceAuthorizationsApi, "update_service_authorization2",
            request_body=bulk(["sa1", "sa2"], permission="purge_all"))),
    (ours("bulk_delete_service_authorizations", ["sa1", "sa2"]),
     theirs(ServiceAuthorizationsApi, "delete_service_authorization2", request_body=bulk(["sa1", "sa2"]))),
    # Audit log (our cursor "page:N" is the page number N)
    (ours("list_events", **EVENT_FILTERS, sort="-created_at", per_page=50, cursor="page:2"),
     theirs(EventsApi, "list_events", **{f"filter_{k}": v for k, v in EVENT_FILTERS.items()},
            sort="-created_at", page_size=50, page_number=2)),
    (ours("get_event", EVID), theirs(EventsApi, "get_event", event_id=EVID)),
    # Billing address
    (ours("get_billing_address", CID), theirs(BillingAddressApi, "get_billing_addr", customer_id=CID)),
    (ours("add_billing_address", CID, **BILLING_ADDRESS_FIELDS, skip_verification=True),
     theirs(BillingAddressApi, "add_billing_addr", customer_id=CID,
            billing_address_request=BillingAddressRequest(
                skip_verification=True, data=BillingAddressRequestData(
                    type=TypeBillingAddress("billing_address"),
                    attributes=BillingAddressAttributes(**BILLING_ADDRESS_FIELDS))))),
    (ours("update_billing_address", CID, city="Eugene", state="OR", skip_verification=False),
     theirs(BillingAddressApi, "update_billing_addr", customer_id=CID,
            update_billing_address_request=UpdateBillingAddressRequest(
                skip_verification=False, data=UpdateBillingAddressRequestData(
                    type=TypeBillingAddress("billing_address"),
                    attributes=BillingAddressAttributes(city="Eugene", state="OR"))))),
    (ours("delete_billing_address", CID),
     theirs(BillingAddressApi, "delete_billing_addr", customer_id=CID)),
    # Automation tokens and sudo mode (our cursor "page:N" is fastly-py's page=N)
    (ours("list_automation_tokens", per_page=50, cursor="page:2"),
     theirs(AutomationTokensApi, "list_automation_tokens", per_page=50, page=2)),
    (ours("get_automation_token", ATID),
     theirs(AutomationTokensApi, "get_automation_token_id", id=ATID)),
    (ours("create_automation_token", TEXT, "engineer", expires_at=EXPIRES.isoformat(),
          **AUTOMATION_TOKEN_FIELDS),
     theirs(AutomationTokensApi, "create_automation_token",
            automation_token_create_request=AutomationTokenCreateRequest(
                name=TEXT, role="engineer", expires_at=EXPIRES, **AUTOMATION_TOKEN_FIELDS))),
    (ours("revoke_automation_token", ATID),
     theirs(AutomationTokensApi, "revoke_automation_token_id", id=ATID)),
    (ours("list_automation_token_services", ATID, per_page=50, cursor="page:3"),
     theirs(AutomationTokensApi, "get_automation_tokens_id_services", id=ATID, per_page=50, page=3)),
    (ours("request_sudo_access", "user1@example.com", TEXT),
     theirs(SudoApi, "request_sudo_access",
            sudo_request=SudoRequest(username="user1@example.com", password=TEXT))),
    # IAM: permissions and roles (/iam/v1)
    (ours("list_permissions"), theirs(IamPermissionsApi, "list_permissions")),
    (ours("list_iam_roles", limit=50, cursor=CURSOR),
     theirs(IamRolesApi, "iam_v1_roles_list", limit=50, cursor=CURSOR)),
    (ours("get_iam_role", RID, include_permissions=True),
     theirs(IamRolesApi, "iam_v1_roles_get", role_id=RID, include="permissions")),
    # IAM: service groups (our cursor "page:N" is the page number N)
    (ours("list_service_groups", per_page=50, cursor="page:2"),
     theirs(IamServiceGroupsApi, "list_service_groups", per_page=50, page=2)),
    (ours("create_service_group", TEXT, description="d", services=["svc1", "svc2"]),
     theirs(IamServiceGroupsApi, "create_a_service_group",
            request_body={"name": TEXT, "description": "d", **ids("services", ["svc1", "svc2"])})),
    (ours("get_service_group", SGID),
     theirs(IamServiceGroupsApi, "get_a_service_group", service_group_id=SGID)),
    (ours("update_service_group", SGID, name=TEXT, description="d"),
     theirs(IamServiceGroupsApi, "update_a_service_group", service_group_id=SGID,
            request_body={"name": TEXT, "description": "d"})),
    (ours("delete_service_group", SGID),
     theirs(IamServiceGroupsApi, "delete_a_service_group", service_group_id=SGID)),
    (ours("list_service_group_services", SGID, per_page=50, cursor="page:3"),
     theirs(IamServiceGroupsApi, "list_service_group_services", service_group_id=SGID,
            per_page=50, page=3)),
    (ours("add_service_group_services", SGID, ["svc1", "svc2"]),
     theirs(IamServiceGroupsApi, "add_service_group_services", service_group_id=SGID,
            request_body=ids("services", ["svc1", "svc2"]))),
    (ours("remove_service_group_services", SGID, ["svc1", "svc2"]),
     theirs(IamServiceGroupsApi, "remove_service_group_services", service_group_id=SGID,
            request_body=ids("services", ["svc1", "svc2"]))),
    # IAM: user groups
    (ours("list_user_groups", per_page=50, cursor="page:2"),
     theirs(IamUserGroupsApi, "list_user_groups", per_page=50, page=2)),
    (ours("create_user_group", TEXT, description="d"),
     theirs(IamUserGroupsApi, "create_a_user_group", request_body={"name": TEXT, "description": "d"})),
    (ours("get_user_group", UGID), theirs(IamUserGroupsApi, "get_a_user_group", user_group_id=UGID)),
    (ours("update_user_group", UGID, name=TEXT, description="d"),
     theirs(IamUserGroupsApi, "update_a_user_group", user_group_id=UGID,
            request_body={"name": TEXT, "description": "d"})),
    (ours("delete_user_group", UGID),
     theirs(IamUserGroupsApi, "delete_a_user_group", user_group_id=UGID)),
    (ours("list_user_group_members", UGID, per_page=50, cursor="page:2"),
     theirs(IamUserGroupsApi, "list_user_group_members", user_group_id=UGID, per_page=50, page=2)),
    (ours("add_user_group_members", UGID, ["u1", "u2"], ["inv1"]),
     theirs(IamUserGroupsApi, "add_user_group_members", user_group_id=UGID, request_body={"members": [
         {"id": "u1", "object": "user"}, {"id": "u2", "object": "user"},
         {"id": "inv1", "object": "invitation"}]})),
    (ours("remove_user_group_members", UGID, ["u1"], ["inv1"]),
     theirs(IamUserGroupsApi, "remove_user_group_members", user_group_id=UGID, request_body={"members": [
         {"id": "u1", "object": "user"}, {"id": "inv1", "object": "invitation"}]})),
    (ours("list_user_group_roles", UGID, per_page=50, cursor="page:2"),
     theirs(IamUserGroupsApi, "list_user_group_roles", user_group_id=UGID, per_page=50, page=2)),
    (ours("add_user_group_roles", UGID, ["r1", "r2"]),
     theirs(IamUserGroupsApi, "add_user_group_roles", user_group_id=UGID,
            request_body=ids("roles", ["r1", "r2"]))),
    (ours("remove_user_group_roles", UGID, ["r1", "r2"]),
     theirs(IamUserGroupsApi, "remove_user_group_roles", user_group_id=UGID,
            request_body=ids("roles", ["r1", "r2"]))),
    (ours("list_user_group_service_groups", UGID, per_page=50, cursor="page:2"),
     theirs(IamUserGroupsApi, "list_user_group_service_groups", user_group_id=UGID,
            per_page=50, page=2)),
    (ours("add_user_group_service_groups", UGID, ["sg1", "sg2"]),
     theirs(IamUserGroupsApi, "add_user_group_service_groups", user_group_id=UGID,
            request_body=ids("service_groups", ["sg1", "sg2"]))),
    (ours("remove_user_group_service_groups", UGID, ["sg1", "sg2"]),
     theirs(IamUserGroupsApi, "remove_user_group_service_groups", user_group_id=UGID,
            request_body=ids("service_groups", ["sg1", "sg2"]))),
]
CASE_BY_OP = {our[0]: (our[1], official) for our, official in CASES}


@pytest.fixture(scope="module")
def recorder():
    with Recorder() as rec:
        yield rec


@pytest.fixture(scope="module")
def clients(recorder):
    ours_client = fa.Client(token="TOKEN", endpoint=recorder.url, max_retries=0)
    config = fastly.Configuration(host=recorder.url)
    config.api_token = "TOKEN"
    with fastly.ApiClient(config) as official_client:
        yield ours_client, official_client


def record(recorder: Recorder, call, client, who: str) -> Recorded:
    """The one request `call` sends; an exception after it was sent is ignored."""
    recorder.clear()
    error = None
    try:
        call(client)
    except Exception as e:  # noqa: BLE001 - the response may not suit a client
        error = e
    if len(recorder.requests) != 1:
        pytest.fail(f"{who} sent {len(recorder.requests)} requests (expected 1); "
                    f"it raised {error!r}", pytrace=False)
    return recorder.requests[0]


# --- comparison -------------------------------------------------------------

def media_type(value: str | None) -> str | None:
    """The media type with its parameters, charset dropped: `a/b;ext=bulk`."""
    if value is None:
        return None
    kind, *params = [p.strip().lower().replace(" ", "") for p in value.split(";")]
    return ";".join([kind, *sorted(p for p in params if p and not p.startswith("charset="))])


def body_kind(req: Recorded) -> str:
    if not req.body:
        return "none"
    media = media_type(req.headers.get("content-type")) or ""
    if media.startswith("application/x-www-form-urlencoded"):
        return "form"
    return "json" if "json" in media else "raw"


def truth(value: str):
    return {"1": True, "true": True, "0": False, "false": False}.get(value.lower())


def json_diffs(a, b, path="") -> dict[str, str]:
    """Leaf paths where two JSON values differ (bool is not a number here)."""
    if isinstance(a, dict) and isinstance(b, dict):
        out = {}
        for key in sorted(a.keys() | b.keys()):
            sub = f"{path}.{key}" if path else key
            if key not in a or key not in b:
                out[f"json:{sub}"] = f"ours {a.get(key, '<absent>')!r} / official {b.get(key, '<absent>')!r}"
            else:
                out.update(json_diffs(a[key], b[key], sub))
        return out
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        out = {}
        for i, (x, y) in enumerate(zip(a, b)):
            out.update(json_diffs(x, y, f"{path}[{i}]"))
        return out
    if type(a) is type(b) and a == b:
        return {}
    return {f"json:{path or '$'}": f"ours {json.dumps(a)} / official {json.dumps(b)}"}


def differences(ours: Recorded, theirs: Recorded) -> dict[str, str]:
    """aspect -> detail, for every way the two requests differ."""
    diffs: dict[str, str] = {}

    def check(aspect, a, b):
        if a != b:
            diffs[aspect] = f"ours {a!r} / official {b!r}"

    check("method", ours.method, theirs.method)
    check("path", ours.raw_path, theirs.raw_path)
    check("query", parse_qs(ours.raw_query or "", keep_blank_values=True),
          parse_qs(theirs.raw_query or "", keep_blank_values=True))
    kinds = body_kind(ours), body_kind(theirs)
    check("body-encoding", *kinds)
    ct = media_type(ours.headers.get("content-type")), media_type(theirs.headers.get("content-type"))
    if kinds != ("none", "none") or None not in ct:
        check("content-type", *ct)
    accept = media_type(ours.headers.get("accept")), media_type(theirs.headers.get("accept"))
    if None not in accept:
        check("accept", *accept)
    if kinds == ("form", "form"):
        fields = [defaultdict(list), defaultdict(list)]
        for side, req in zip(fields, (ours, theirs)):
            for key, value in parse_qsl(req.body.decode(), keep_blank_values=True):
                side[key].append(value)
        booleans = []
        for key in sorted(fields[0].keys() | fields[1].keys()):
            a, b = sorted(fields[0].get(key, [])), sorted(fields[1].get(key, []))
            if a == b:
                continue
            # The declared spelling is ours as 1/0 exactly: any other spelling
            # of the same truth value (true, True) is a new difference.
            if a and b and len(a) == len(b) and [truth(v) for v in a] == [truth(v) for v in b] \
                    and set(a) <= {"0", "1"}:
                booleans.append(f"{key}: ours {a[0]} / official {b[0]}")
            else:
                diffs[f"form:{key}"] = f"ours {a or '<absent>'} / official {b or '<absent>'}"
        if booleans:
            diffs["form-booleans"] = "; ".join(booleans)
    elif kinds == ("json", "json"):
        diffs.update(json_diffs(json.loads(ours.body), json.loads(theirs.body)))
    elif kinds[0] == kinds[1] and ours.body != theirs.body:
        diffs["body"] = f"ours {ours.body!r} / official {theirs.body!r}"
    return diffs


def show(req: Recorded) -> str:
    lines = [f"    {req.method} {req.raw_path}" + (f"?{req.raw_query}" if req.raw_query is not None else "")]
    for name in ("content-type", "accept"):
        if name in req.headers:
            lines.append(f"    {name}: {req.headers[name]}")
    if req.body:
        lines.append(f"    body: {req.body.decode(errors='replace')}")
    return "\n".join(lines)


# --- the cases ----------------------------------------------------------------

@pytest.mark.parametrize("op", list(CASE_BY_OP))
def test_request_matches_official(op, recorder, clients):
    our_call, (official_name, official_call) = CASE_BY_OP[op]
    ours_client, official_client = clients
    ours = record(recorder, our_call, ours_client, f"fastly_account.Client.{op}")
    theirs = record(recorder, official_call, official_client, f"fastly-py {official_name}")

    actual = differences(ours, theirs)
    declared = {aspect for (o, aspect) in DIFFERENCES if o == op}
    if set(actual) != declared:
        lines = [f"{op} vs {official_name}: the requests differ other than declared in differences.py"]
        lines += [f"  NEW difference {a}: {actual[a]}" for a in sorted(set(actual) - declared)]
        lines += [f"  declared difference {a} no longer occurs ({DIFFERENCES[op, a].reason})"
                  for a in sorted(declared - set(actual))]
        lines += ["  ours:", show(ours), "  official:", show(theirs)]
        pytest.fail("\n".join(lines), pytrace=False)


def test_every_operation_is_accounted_for():
    """Each public operation of our Client is a case or listed as not in fastly-py;
    each operation of the compared fastly-py API classes is mapped or listed."""
    our_ops = {n for n, _ in inspect.getmembers(fa.Client, callable)
               if not n.startswith("_") and not n.startswith("iter_")}
    unaccounted = our_ops - set(CASE_BY_OP) - set(NOT_IN_OFFICIAL)
    assert not unaccounted, f"operations neither compared nor listed in NOT_IN_OFFICIAL: {sorted(unaccounted)}"
    assert not set(CASE_BY_OP) & set(NOT_IN_OFFICIAL)
    mapped = {official[0] for _, official in CASES}
    official_ops = {f"{api.__name__}.{n}" for api in OFFICIAL_APIS
                    for n, _ in inspect.getmembers(api, inspect.isfunction) if not n.startswith("_")}
    missing = official_ops - mapped - set(OFFICIAL_ONLY)
    assert not missing, f"fastly-py operations neither mapped nor listed in OFFICIAL_ONLY: {sorted(missing)}"
    stale = {op for op, _ in DIFFERENCES} - set(CASE_BY_OP)
    assert not stale, f"differences.py names operations that are not cases: {sorted(stale)}"
