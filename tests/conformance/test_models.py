"""Models: for one shared response body per model (the recorder's canned body),
every field of fastly-py's model must be reachable on ours, as an attribute or
in `extra`, with the same value. Differences must equal MODEL_DIFFERENCES.
"""

from __future__ import annotations

from datetime import datetime, timezone

import fastly
import fastly_account as fa
import pytest
from fastly.api.contact_api import ContactApi
from fastly.api.customer_addresses_api import CustomerAddressesApi
from fastly.api.customer_api import CustomerApi
from fastly.api.iam_roles_api import IamRolesApi
from fastly.api.invitations_api import InvitationsApi
from fastly.api.tokens_api import TokensApi
from fastly.api.user_api import UserApi

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
}


def test_page_metadata_is_reachable_on_a_page(clients) -> None:
    """fastly-py's invitation list carries `meta` (PaginationMeta): every
    member of it is a field of our page (`record_count` is its `total`)."""
    ours_client, official_client = clients
    page = ours_client.list_invitations()
    meta = InvitationsApi(official_client).list_invitations().meta.to_dict()
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
