"""Models: for one shared response body per model (the recorder's canned body),
every field of fastly-py's model must be reachable on ours, as an attribute or
in `extra`, with the same value. Differences must equal MODEL_DIFFERENCES.
"""

from __future__ import annotations

from datetime import datetime, timezone

import fastly
import fastly_account as fa
import pytest
from fastly.api.automation_tokens_api import AutomationTokensApi
from fastly.api.billing_address_api import BillingAddressApi
from fastly.api.contact_api import ContactApi
from fastly.api.customer_addresses_api import CustomerAddressesApi
from fastly.api.customer_api import CustomerApi
from fastly.api.events_api import EventsApi
from fastly.api.iam_roles_api import IamRolesApi
from fastly.api.invitations_api import InvitationsApi
from fastly.api.service_authorizations_api import ServiceAuthorizationsApi
from fastly.api.sudo_api import SudoApi
from fastly.api.tokens_api import TokensApi
from fastly.api.user_api import UserApi
from fastly.model.sudo_request import SudoRequest

from differences import MODEL_DIFFERENCES
from recorder import Recorder

MISSING = object()


def flat_invitation(d: dict) -> dict:
    """fastly-py's JSON:API resource, flattened the way ours reads it."""
    relationships = d.get("relationships", {})
    return {
        "id": d.get("id"),
        "type": d.get("type"),
        **d.get("attributes", {}),
        "customer_id": relationships.get("customer", {}).get("data", {}).get("id"),
        "service_invitation_ids": [
            item["id"] for item in relationships.get("service_invitations", {}).get("data", [])
        ],
    }


def flat_resource(d: dict) -> dict:
    """Any other JSON:API resource of fastly-py, flattened the way ours reads it
    (core/src/model/jsonapi.rs): attributes merged, each relationship to one
    resource as `<name>_id` (wrapped in `data` or flat), an attribute of that
    name winning."""
    flat = {"id": d.get("id"), "type": d.get("type"), **d.get("attributes", {})}
    for name, relationship in d.get("relationships", {}).items():
        flat.setdefault(f"{name}_id", relationship.get("data", relationship).get("id"))
    return flat


# fastly-py 15 cannot decode an automation token the API sends: it types `id` and
# `customer_id` as ReadOnlyId and ReadOnlyCustomerId, objects without members,
# and every recorded token has strings there (go-fastly
# fastly/fixtures/automation_tokens/get.yaml). Its calls are made without its
# return-type check: the model is built from the body as sent, timestamps as text.
UNCHECKED = {"_check_return_type": False}

# model -> (our call, official call, official to_dict() -> {our field name: value})
MODELS = {
    "customer": (lambda c: c.get_customer("c1"),
                 lambda api: CustomerApi(api).get_customer(customer_id="c1"), dict),
    "user": (lambda c: c.get_user("u1"), lambda api: UserApi(api).get_user(user_id="u1"), dict),
    "user (list_customer_users)": (lambda c: c.list_customer_users("c1")[0],
                                   lambda api: CustomerApi(api).list_users(customer_id="c1")[0], dict),
    "invitation": (lambda c: list(c.list_invitations())[0],
                   lambda api: InvitationsApi(api).list_invitations().data[0], flat_invitation),
    "contact": (lambda c: c.list_contacts("c1")[0],
                lambda api: ContactApi(api).list_contacts(customer_id="c1")[0], dict),
    "customer_address": (lambda c: c.list_customer_addresses()[0],
                         lambda api: CustomerAddressesApi(api).list_customer_addresses().data[0],
                         dict),
    "token": (lambda c: c.get_token("t1"), lambda api: TokensApi(api).get_token(token_id="t1"), dict),
    "iam_role": (lambda c: c.get_iam_role("r1"),
                 lambda api: IamRolesApi(api).iam_v1_roles_get(role_id="r1"), dict),
    "service_authorization": (
        lambda c: c.get_service_authorization("sa1"),
        lambda api: ServiceAuthorizationsApi(api).show_service_authorization(
            service_authorization_id="sa1").data,
        flat_resource),
    "service_authorization (list_service_authorizations)": (
        lambda c: c.list_service_authorizations().data[0],
        lambda api: ServiceAuthorizationsApi(api).list_service_authorization().data[0],
        flat_resource),
    "event": (lambda c: c.get_event("ev1"),
              lambda api: EventsApi(api).get_event(event_id="ev1").data, flat_resource),
    "event (list_events)": (lambda c: c.list_events().data[0],
                            lambda api: EventsApi(api).list_events().data.value[0],  # EventDataItems
                            flat_resource),
    "billing_address": (lambda c: c.get_billing_address("c1"),
                        lambda api: BillingAddressApi(api).get_billing_addr(customer_id="c1").data,
                        flat_resource),
    "automation_token": (
        lambda c: c.get_automation_token("at1"),
        lambda api: AutomationTokensApi(api).get_automation_token_id(id="at1", **UNCHECKED), dict),
    "automation_token (list_automation_tokens)": (
        lambda c: c.list_automation_tokens().data[0],
        lambda api: AutomationTokensApi(api).list_automation_tokens(**UNCHECKED)[0], dict),
    "sudo_access": (
        lambda c: c.request_sudo_access("user1@example.com", "secret"),
        lambda api: SudoApi(api).request_sudo_access(
            sudo_request=SudoRequest(username="user1@example.com", password="secret")), dict),
}


# list -> (our call, official call): JSON:API pages carrying `meta`.
PAGES = {
    "invitations": (lambda c: c.list_invitations(),
                    lambda api: InvitationsApi(api).list_invitations()),
    "service_authorizations": (
        lambda c: c.list_service_authorizations(),
        lambda api: ServiceAuthorizationsApi(api).list_service_authorization()),
    "events": (lambda c: c.list_events(), lambda api: EventsApi(api).list_events()),
}


@pytest.mark.parametrize("name", list(PAGES))
def test_page_metadata_is_reachable_on_a_page(name, clients) -> None:
    """fastly-py's JSON:API lists carry `meta` (PaginationMeta, PaginationMeta1):
    every member of it is a field of our page (`record_count` is its `total`)."""
    ours_client, official_client = clients
    our_call, official_call = PAGES[name]
    page = our_call(ours_client)
    meta = official_call(official_client).meta.to_dict()
    names = {"record_count": "total"}
    assert meta, "the official page has metadata"
    for name, value in meta.items():
        assert getattr(page, names.get(name, name)) == value, name


@pytest.fixture(scope="module")
def clients():
    with Recorder() as rec:
        config = fastly.Configuration(host=rec.url)
        config.api_token = "TOKEN"
        with fastly.ApiClient(config) as official:
            yield fa.Client(token="TOKEN", endpoint=rec.url, max_retries=0), official


def reach(model, name):
    """Our value for an official field: the attribute, else `extra[name]`."""
    if name != "extra" and hasattr(type(model), name):
        return getattr(model, name)
    return model.extra.get(name, MISSING)


def normalize(value, other):
    """Comparable form: aware datetimes in UTC (ISO strings too, when the other
    side is a datetime), permissions by name, MISSING as None."""
    if value is MISSING:
        return None
    if isinstance(value, str) and isinstance(other, datetime):
        value = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if isinstance(value, datetime):
        return value.astimezone(timezone.utc)
    if isinstance(value, list):
        return [v.name if isinstance(v, fa.Permission) else v for v in value]
    return value


def same(a, b) -> bool:
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    return a == b  # 1 == 1.0: fastly-py keeps untyped numbers as floats


@pytest.mark.parametrize("model", list(MODELS))
def test_official_fields_reachable(model, clients):
    our_call, official_call, flatten = MODELS[model]
    ours_client, official_client = clients
    ours = our_call(ours_client)
    official = flatten(official_call(official_client).to_dict())

    actual = {}
    for name, theirs in official.items():
        mine = reach(ours, name)
        a, b = normalize(mine, theirs), normalize(theirs, mine)
        if not same(a, b):
            shown = "<unreachable>" if mine is MISSING else repr(a)
            actual[name] = f"ours {shown} / official {b!r}"
    kind = model.split(" ")[0]
    declared = {field for (m, field) in MODEL_DIFFERENCES if m == kind}
    if set(actual) != declared:
        lines = [f"{model}: fields differ other than declared in differences.py"]
        lines += [f"  NEW difference {f}: {actual[f]}" for f in sorted(set(actual) - declared)]
        lines += [f"  declared difference {f} no longer occurs" for f in sorted(declared - set(actual))]
        lines += [f"  ours: {ours!r}", f"  official: {official!r}"]
        pytest.fail("\n".join(lines), pytrace=False)
