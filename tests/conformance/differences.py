"""Every DELIBERATE difference between fastly_account and fastly-py 15.0.0, in
one place, with its reason and source.

test_requests.py computes the actual differences of each operation's request
and asserts they EQUAL the ones declared here: a new difference fails, and so
does a declared one that no longer occurs. test_models.py does the same for
the model fields in MODEL_DIFFERENCES.

Request aspects, as test_requests.py names them:
  method, path, query, content-type, accept, body-encoding (form / json / none),
  form:<field> (value or presence), form-booleans (same truth value, other
  spelling: 1/0 against True/False), json:<path> (a JSON leaf or member).
"""

from __future__ import annotations

from typing import NamedTuple


class Difference(NamedTuple):
    reason: str
    source: str


FORM_BOOLEANS = Difference(
    reason="form booleans are sent as 1/0 (fastly-py: str(bool), True/False)",
    source=(
        "go-fastly fastly/fastly.go `Compatibool` (0/1 'for compatibility with Fastly's API'); "
        "its recorded live exchange fastly/fixtures/backends/compute/update.yaml sent "
        "prefer_ipv6=1 and got back \"prefer_ipv6\":true; fastly-go and fastly-rust send "
        "true/false; no live recording shows True"
    ),
)

# (our operation, aspect) -> why. Only operations that are cases appear here.
DIFFERENCES: dict[tuple[str, str], Difference] = {
    ("update_customer", "form-booleans"): FORM_BOOLEANS,
    ("update_user", "form-booleans"): FORM_BOOLEANS,
    ("create_user", "form-booleans"): FORM_BOOLEANS,
    # update_current_user also sends 1/0, but fastly-py has no PUT /current_user.
}

# (model, field of the official model) -> why ours does not expose it as is.
# test_models.py flattens fastly-py's JSON:API invitation first (attributes
# merged, relationships as customer_id / service_invitation_ids).
MODEL_DIFFERENCES: dict[tuple[str, str], Difference] = {
    ("invitation", "type"): Difference(
        reason="the JSON:API resource type, always \"invitation\": our flattened model drops it "
        "(the class is the type); any other value would be kept in `extra`",
        source="core/src/model/invitation.rs `flatten_resource`",
    ),
}

# Our operations fastly-py 15.0.0 does not have: listed, not compared.
NOT_IN_OFFICIAL: dict[str, str] = {
    **{
        op: "fastly-py v12.0.0 replaced IamRolesApi's /roles operations with /iam/v1/roles "
        "(fastly-py commit 2419399 'Generated v12.0.0'; CHANGELOG v12.0.0 'Add new IAM Roles "
        "API'); /iam/v1/roles is compared (list_iam_roles, get_iam_role)"
        for op in (
            "list_roles", "get_role", "create_role", "update_role", "delete_role",
            "list_role_permissions", "add_role_permissions", "remove_role_permissions",
        )
    },
    "update_current_user": "fastly-py has no PUT /current_user (UserApi has update_user only)",
}

# How a compared request authenticates is not one of the aspects compared; where the
# two differ, it is said here. update_user_password: fastly-py sends HTTP basic auth
# (its `session_password_change` scheme, the configured username and password) and
# no Fastly-Key; ours sends the client's Fastly-Key like every call (this client
# knows no login and password). Whether the live API takes a token here is
# unconfirmed (docs/real-api.md, "updateUserPassword").
AUTH_DIFFERENCES = {"update_user_password": "basic auth (official) / Fastly-Key (ours)"}

# Parameters and forms one side has and the other does not: not compared.
ONE_SIDED: dict[str, str] = {
    "create_invitation(customer_id=...)": "ours only: sent as a `customer` relationship, which "
    "fastly-py's create model (RelationshipServiceInvitationsCreate) cannot express",
    "update_customer(has_improved_ssl_config=..., has_pci_passwords=...)": "official only: form "
    "fields of fastly-py's update_customer that are read-only in its own Customer model",
    "iter_*": "ours only: the follow-all form of each list_* operation; its first request is "
    "the list call's",
}

# fastly-py operations (of the API classes compared) that we do not have.
OFFICIAL_ONLY: dict[str, str] = {
    "TokensApi.create_token": "POST /tokens (creating a token from a username and password): "
    "ours is a module-level function (fastly_account.create_token), not a Client method; both "
    "send HTTP basic auth, and ours also sends the new token's fields as a form, as go-fastly's "
    "recorded request and the API reference do (fastly-py's definition has no body)",
}
