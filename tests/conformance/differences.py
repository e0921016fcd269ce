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

SERVICE_RELATIONSHIP_IN_DATA = Difference(
    reason="the `service` relationship is wrapped in `data` "
    "({\"service\":{\"data\":{\"type\":\"service\",\"id\"}}}), like the `user` one; fastly-py's "
    "definition (RelationshipMemberService) writes it flat ({\"service\":{\"type\",\"id\"}}), a form "
    "no recording shows the API reading",
    source=(
        "go-fastly fastly/fixtures/service_authorizations/create.yaml (recorded 2022-06-22: both "
        "relationships wrapped in `data`, answered 200); JSON:API 1.0 'Resource Linkage' (a "
        "relationship object's linkage is its `data` member); docs/real-api.md 'Service "
        "authorizations'; tests/spec/fastly-account-extended.yml createServiceAuthorization "
        "x-unconfirmed 'Whether the flat relationship form of Fastly's definition is accepted'"
    ),
)

# (our operation, aspect) -> why. Only operations that are cases appear here.
DIFFERENCES: dict[tuple[str, str], Difference] = {
    ("update_customer", "form-booleans"): FORM_BOOLEANS,
    ("update_user", "form-booleans"): FORM_BOOLEANS,
    ("create_user", "form-booleans"): FORM_BOOLEANS,
    # update_current_user also sends 1/0, but fastly-py has no PUT /current_user.
    # The one relationship, as three JSON leaves: ours `service.data`, theirs
    # `service.type` and `service.id`.
    **{("create_service_authorization", f"json:data.relationships.service.{leaf}"):
       SERVICE_RELATIONSHIP_IN_DATA for leaf in ("data", "type", "id")},
    ("update_service_authorization", "content-type"): Difference(
        reason="the single PATCH is sent as application/vnd.api+json, like every other "
        "JSON:API request; fastly-py's definition says application/json for this one "
        "operation. Whether the API also takes application/json is unconfirmed",
        source=(
            "go-fastly fastly/fixtures/service_authorizations/update.yaml (recorded "
            "2022-06-22: Content-Type application/vnd.api+json, answered 200) and "
            "fastly/client.go RequestJSONAPI; docs/real-api.md 'Service authorizations'; "
            "tests/spec/fastly-account-extended.yml updateServiceAuthorization x-unconfirmed"
        ),
    ),
    ("update_service_authorization", "json:data.id"): Difference(
        reason="the resource's `id` is sent in `data` beside `type`, as JSON:API requires of an "
        "update; fastly-py's request model (ServiceAuthorizationData) has no `id` member",
        source=(
            "go-fastly fastly/fixtures/service_authorizations/update.yaml (recorded "
            "2022-06-22: {\"data\":{\"type\":\"service_authorization\",\"id\":...,\"attributes\":"
            "{\"permission\":\"purge_select\"}}}, answered 200); JSON:API 1.0 'Updating Resources' "
            "(the resource object MUST contain `type` and `id`); docs/real-api.md 'Service "
            "authorizations'"
        ),
    ),
    ("request_sudo_access", "accept"): Difference(
        reason="Accept: application/json, the media type of the recorded answer (and this "
        "client's Accept for every plain-JSON call); fastly-py sends its definition's "
        "`application/vnd.api+json, application/problem+json`",
        source=(
            "go-fastly fastly/fixtures/automation_tokens/create.yaml (recorded 2025-02-25: "
            "POST /sudo answered 200 Content-Type application/json "
            "{\"expiry_time\":...}); tests/spec/fastly-account-extended.yml requestSudoAccess "
            "(200 application/json, recorded)"
        ),
    ),
}

# (model, field of the official model) -> why ours does not expose it as is.
# test_models.py flattens fastly-py's JSON:API resources first (attributes
# merged, relationships as customer_id / service_invitation_ids / user_id ...).
MODEL_DIFFERENCES: dict[tuple[str, str], Difference] = {
    **{
        (model, "type"): Difference(
            reason=f"the JSON:API resource type, always \"{model}\": our flattened model drops it "
            "(the class is the type); any other value would be kept in `extra`",
            source="core/src/model/jsonapi.rs `flatten`",
        )
        for model in ("invitation", "service_authorization", "event", "billing_address")
    },
    ("automation_token", "access_token"): Difference(
        reason="a token's secret: the API sends `access_token: \"\"` in every automation token "
        "but a new one; ours drops the member while decoding, so a secret is only ever in "
        "create_automation_token's NewAutomationToken (fastly-py keeps it as an undeclared "
        "member of AutomationTokenResponse)",
        source=(
            "core/src/model/automation_token.rs (`object.remove(\"access_token\")`); go-fastly "
            "fastly/fixtures/automation_tokens/get.yaml and list.yaml (`\"access_token\":\"\"`); "
            "docs/real-api.md 'Automation tokens and sudo mode'"
        ),
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
    "create_automation_token(scope=\"a b\")": "ours only: several scopes, space-separated, as "
    "the API reference documents them; fastly-py 15's AutomationTokenCreateRequest takes one of "
    "its four enum values (the case sends one scope)",
    "create_automation_token(roles=..., limit_services=..., limit_workspaces=..., workspaces=...)":
    "official only: fields of fastly-py 15's AutomationTokenCreateRequest whose effect on the live "
    "API is unconfirmed; ours does not send them (tests/spec/fastly-account-extended.yml "
    "createAutomationToken x-unconfirmed)",
    "request_sudo_access(expiry_time=...)": "official only: SudoRequest's optional member; ours "
    "does not send it (tests/spec/fastly-account-extended.yml requestSudoAccess)",
    "update_billing_addr(data.id)": "official only, and sent by neither: read-only in fastly-py's "
    "UpdateBillingAddressRequestData; whether the API needs it is unconfirmed (docs/real-api.md "
    "'Billing address')",
}

# fastly-py operations (of the API classes compared) that we do not have.
OFFICIAL_ONLY: dict[str, str] = {
    "AutomationTokensApi.get_automation_tokens_id_workspaces": "GET "
    "/automation-tokens/{id}/workspaces (a token's Next-Gen WAF workspaces, paged by `limit` and "
    "`cursor`): not an operation of this client (no such path in "
    "tests/spec/fastly-account-extended.yml)",
    "TokensApi.create_token": "POST /tokens (creating a token from a username and password): "
    "ours is a module-level function (fastly_account.create_token), not a Client method; both "
    "send HTTP basic auth, and ours also sends the new token's fields as a form, as go-fastly's "
    "recorded request and the API reference do (fastly-py's definition has no body)",
}
