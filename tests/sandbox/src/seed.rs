//! The deterministic data every sandbox starts with (and returns to on reset).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::request_log::PasswordReset;
use crate::resources::{
    Customer, Invitation, Keyed, MemberKind, MemberRef, Permission, Role, Service, ServiceGroup,
    Table, Token, User, UserGroup,
};
use crate::seed_iam;

/// The seeded customer's id.
pub const CUSTOMER_ID: &str = "x4xCwxxJxGCx123Rx5xTx";
/// The account owner's user id: the sandbox token authenticates as this user.
pub const OWNER_USER_ID: &str = "4kYH1qOwnerx4xCwxxJx01";
/// The id of the sandbox's own API token, the one `Fastly-Key` carries
/// (`GET /tokens/self` describes it; revoking it makes every call 401 until a reset).
pub const SELF_TOKEN_ID: &str = "tkSandboxx4xCwxxJxSelf";
/// The account owner's password, as the sandbox is seeded with it
/// (`POST /current_user/password` checks `old_password` against it; `POST
/// /tokens` and `POST /sudo` take it with [`OWNER_LOGIN`]).
pub const OWNER_PASSWORD: &str = "sandbox-owner-password";
/// The account owner's login (the username of `POST /tokens` and `POST /sudo`).
pub const OWNER_LOGIN: &str = "owner@example.com";
/// A seeded user (role `user`) with two-factor authentication: logging in
/// (`POST /tokens`) needs [`ONE_TIME_CODE`] in `Fastly-OTP`.
pub const TWO_FACTOR_USER_ID: &str = "4kYH1qTwoFx4xCwxxJx001";
/// The two-factor user's login.
pub const TWO_FACTOR_LOGIN: &str = "2fa-user@example.com";
/// The two-factor user's password.
pub const TWO_FACTOR_PASSWORD: &str = "sandbox-2fa-password";
/// The one-time code the two-factor user's logins need (`Fastly-OTP`); it never
/// changes.
pub const ONE_TIME_CODE: &str = "123456";

const SEED_TIME: &str = "2016-07-28T19:24:50Z";
const SEED_UPDATED: &str = "2021-03-04T10:11:12Z";
const GENERATED_TIME: &str = "2020-01-01T00:00:00Z";

/// How many generated items to add on top of the fixed seed.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct ExtraCounts {
    pub users: usize,
    pub roles: usize,
    pub service_groups: usize,
    pub user_groups: usize,
}

/// Ids and counts a test needs to address the seeded data without hard-coding it
/// (JSON of `GET /__sandbox/seed`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SeedInfo {
    /// The one seeded customer (`GET /current_customer` returns it).
    pub customer_id: String,
    /// The account owner, a superuser (`GET /current_user` returns it).
    pub owner_user_id: String,
    /// Seeded users other than the owner, by role: `user`, `billing`, `engineer`,
    /// `superuser` (two each), `tls_viewer` and `tls_admin` (one each; roles outside
    /// the spec's enum, which the live API has).
    pub user_ids_by_role: BTreeMap<String, Vec<String>>,
    /// The fixed seeded IAM role ids (generated ones are not listed).
    pub role_ids: Vec<String>,
    /// The fixed seeded service group ids.
    pub service_group_ids: Vec<String>,
    /// The fixed seeded user group ids.
    pub user_group_ids: Vec<String>,
    /// The API token the sandbox accepts in `Fastly-Key`.
    pub token: String,
    /// The id of that token's record (`GET /tokens/self`): [`SELF_TOKEN_ID`].
    #[serde(default)]
    pub self_token_id: String,
    /// Every seeded API token id, the sandbox's own first, then those of other
    /// users (`GET /customer/{id}/tokens` lists them in this order).
    #[serde(default)]
    pub token_ids: Vec<String>,
    /// The seeded invitation ids, in list order (`GET /invitations`).
    #[serde(default)]
    pub invitation_ids: Vec<String>,
    /// The customer's service ids, in list order: the ids
    /// `POST /service-groups/{id}/services` accepts.
    #[serde(default)]
    pub service_ids: Vec<String>,
    /// The ids of the permission table, in `GET /permissions` order: the ids
    /// `POST /roles/{id}/permissions` accepts.
    #[serde(default)]
    pub permission_ids: Vec<String>,
    /// A service group with 12 services (several pages at `per_page=3`).
    #[serde(default)]
    pub multi_page_service_group_id: String,
    /// A user group with 7 members, users and an invitation (several pages at
    /// `per_page=3`).
    #[serde(default)]
    pub multi_page_user_group_id: String,
    /// The seeded service authorizations, in list order
    /// (`GET /service-authorizations`).
    #[serde(default)]
    pub service_authorization_ids: Vec<String>,
    /// The id of the seeded customer's billing address
    /// (`GET /customer/{id}/billing_address`).
    #[serde(default)]
    pub billing_address_id: String,
    /// The seeded audit-log events, oldest first (`GET /events`).
    #[serde(default)]
    pub event_ids: Vec<String>,
    /// The owner's login ([`OWNER_LOGIN`]): the username of `POST /tokens`,
    /// `POST /sudo` and HTTP Basic.
    #[serde(default)]
    pub owner_login: String,
    /// The owner's password as seeded ([`OWNER_PASSWORD`]).
    #[serde(default)]
    pub owner_password: String,
    /// The seeded user with two-factor authentication ([`TWO_FACTOR_USER_ID`];
    /// not in `user_ids_by_role`).
    #[serde(default)]
    pub two_factor_user_id: String,
    /// The two-factor user's login ([`TWO_FACTOR_LOGIN`]).
    #[serde(default)]
    pub two_factor_login: String,
    /// The two-factor user's password ([`TWO_FACTOR_PASSWORD`]).
    #[serde(default)]
    pub two_factor_password: String,
    /// The one-time code the two-factor user's logins need in `Fastly-OTP`
    /// ([`ONE_TIME_CODE`]).
    #[serde(default)]
    pub one_time_code: String,
    /// The seeded automation tokens, in list order (`GET /automation-tokens`);
    /// the first authenticates with [`crate::AUTOMATION_TOKEN_SECRET`].
    #[serde(default)]
    pub automation_token_ids: Vec<String>,
    /// Users of the customer at seed time (fixed + generated).
    pub users_total: usize,
    /// IAM roles at seed time (fixed + generated).
    pub roles_total: usize,
    /// Service groups at seed time (fixed + generated).
    pub service_groups_total: usize,
    /// User groups at seed time (fixed + generated).
    pub user_groups_total: usize,
}

/// Everything the API serves, mutable by the API's own write operations.
#[derive(Debug, Clone)]
pub(crate) struct Dataset {
    pub customer: Customer,
    pub users: Table<User>,
    pub roles: Table<Role>,
    pub service_groups: Table<ServiceGroup>,
    pub user_groups: Table<UserGroup>,
    /// The permission table (`GET /permissions`); roles' permissions are its rows.
    pub permissions: Table<Permission>,
    /// The customer's services (what service groups hold).
    pub services: Table<Service>,
    /// Seeded invitations, then those created through the API.
    pub invitations: Table<Invitation>,
    /// API tokens; only the sandbox's own has a secret.
    pub tokens: Table<Token>,
    /// `DELETE /customer/{id}` happened: the customer's routes answer 404.
    pub customer_deleted: bool,
    /// Password resets asked for, in order.
    pub password_resets: Vec<PasswordReset>,
    /// The passwords the sandbox knows (the owner's, the two-factor user's).
    pub credentials: Vec<crate::login::Credential>,
    /// Automation tokens (`/automation-tokens`).
    pub automation_tokens: Table<crate::automation_tokens::AutomationToken>,
    pub automation_tokens_created: u64,
    /// User tokens created by logging in (`POST /tokens`).
    pub tokens_created: u64,
    /// Every secret issued since the seed, in order (`GET /__sandbox/secrets`).
    pub issued_secrets: Vec<crate::request_log::IssuedSecret>,
    pub secrets_issued: u64,
    /// The customer's contacts (`/customer/{id}/contacts`).
    pub contacts: Vec<crate::contacts::Contact>,
    pub contacts_created: u64,
    /// The account's billing and tax addresses (`/billing/v3/customer-addresses`).
    pub addresses: Vec<crate::addresses::Address>,
    pub addresses_created: u64,
    /// Service authorizations (`/service-authorizations`).
    pub service_authorizations: Table<crate::service_authorizations::ServiceAuthorization>,
    pub service_authorizations_created: u64,
    /// The customer's billing address (`/customer/{id}/billing_address`).
    pub billing_address: Option<crate::billing_address::BillingAddress>,
    pub billing_addresses_created: u64,
    /// The audit log (`/events`): seeded events, then those of the API's writes.
    pub events: Vec<crate::events::Event>,
    pub events_created: u64,
    /// Counters for ids of created items.
    pub invitations_created: u64,
    pub users_created: u64,
    pub roles_created: u64,
    pub service_groups_created: u64,
    pub user_groups_created: u64,
}

/// (id, login, name, role, email_hash, two_factor, limit_services)
type UserRow = (
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static str,
    Option<&'static str>,
    bool,
    bool,
);

const SEEDED_USERS: [UserRow; 12] = [
    (
        OWNER_USER_ID,
        OWNER_LOGIN,
        Some("Olivia Owner"),
        "superuser",
        Some("6ad7ab3f5d4ff3f6d2b1e1f4a0a3c9e1"),
        true,
        false,
    ),
    (
        "4kYH1qUserx4xCwxxJx001",
        "uma@example.com",
        Some("Uma User"),
        "user",
        Some("1f2e3d4c5b6a79881f2e3d4c5b6a7988"),
        false,
        true,
    ),
    (
        "4kYH1qUserx4xCwxxJx002",
        "ulysses@example.com",
        None,
        "user",
        None,
        false,
        false,
    ),
    (
        "4kYH1qBillx4xCwxxJx001",
        "bill@example.com",
        Some("Bill Billing"),
        "billing",
        Some("0a1b2c3d4e5f60718293a4b5c6d7e8f9"),
        false,
        false,
    ),
    (
        "4kYH1qBillx4xCwxxJx002",
        "beatrix@example.com",
        Some("Beatrix Billing"),
        "billing",
        None,
        true,
        false,
    ),
    (
        "4kYH1qEngx4xCwxxJxx001",
        "erin@example.com",
        Some("Erin Engineer"),
        "engineer",
        Some("99887766554433221100ffeeddccbbaa"),
        true,
        true,
    ),
    (
        "4kYH1qEngx4xCwxxJxx002",
        "ezra@example.com",
        None,
        "engineer",
        None,
        false,
        false,
    ),
    (
        "4kYH1qSupx4xCwxxJxx001",
        "sam@example.com",
        Some("Sam Superuser"),
        "superuser",
        Some("aabbccddeeff00112233445566778899"),
        true,
        false,
    ),
    (
        "4kYH1qSupx4xCwxxJxx002",
        "sasha@example.com",
        Some("Sasha Superuser"),
        "superuser",
        None,
        false,
        false,
    ),
    (
        "4kYH1qTlsx4xCwxxJxx001",
        "tess@example.com",
        Some("Tess TLS Viewer"),
        "tls_viewer",
        None,
        false,
        true,
    ),
    (
        "4kYH1qTlsAx4xCwxxJx001",
        "tariq@example.com",
        Some("Tariq TLS Admin"),
        "tls_admin",
        Some("5e4d3c2b1a0998877665544332211000"),
        true,
        false,
    ),
    (
        TWO_FACTOR_USER_ID,
        TWO_FACTOR_LOGIN,
        Some("Tomasz Two-Factor"),
        "user",
        None,
        true,
        false,
    ),
];

/// (id, roles, last_active_at)
type UserExtras = (
    &'static str,
    Option<&'static [&'static str]>,
    Option<&'static str>,
);

/// Live-only user fields: (id, roles, last_active_at). Users not listed have
/// `roles: []` and never signed in (`last_active_at: null`); the owner's roles
/// are not listed here either, see [`OWNER_ROLES`].
const USER_EXTRAS: [UserExtras; 6] = [
    (
        OWNER_USER_ID,
        Some(&OWNER_ROLES),
        Some("2024-05-06T07:08:09Z"),
    ),
    (
        "4kYH1qEngx4xCwxxJxx001",
        Some(&["role-engineer", "role-custom-deployer"]),
        Some("2024-04-01T12:00:00Z"),
    ),
    ("4kYH1qUserx4xCwxxJx002", None, None),
    ("4kYH1qBillx4xCwxxJx002", None, Some("2023-12-24T18:30:00Z")),
    (
        "4kYH1qSupx4xCwxxJxx001",
        Some(&[]),
        Some("2024-02-29T23:59:59Z"),
    ),
    (
        "4kYH1qTlsAx4xCwxxJx001",
        Some(&["role-tls-admin"]),
        Some("2024-03-15T08:00:00Z"),
    ),
];

/// The owner's IAM role ids (the live `roles` field).
const OWNER_ROLES: [&str; 1] = ["role-superuser"];

/// (id, name, description, custom). `permissions_count` is the length of the
/// role's permission list (`seed_iam`): 212, 148, 17, 41, 9, 23, 5 and 3.
type RoleRow = (&'static str, &'static str, Option<&'static str>, bool);

const SEEDED_ROLES: [RoleRow; 8] = [
    (
        "role-superuser",
        "Superuser",
        Some("Full access to the account, including user management."),
        false,
    ),
    (
        "role-engineer",
        "Engineer",
        Some("Create and manage services."),
        false,
    ),
    (
        "role-billing",
        "Billing",
        Some("Access billing information and invoices."),
        false,
    ),
    (
        "role-user",
        "User",
        Some("Read-only access to services."),
        false,
    ),
    (
        "role-tls-viewer",
        "TLS Viewer",
        Some("View TLS certificates and configuration."),
        false,
    ),
    (
        "role-tls-admin",
        "TLS Admin",
        Some("Manage TLS certificates and configuration."),
        false,
    ),
    (
        "role-custom-deployer",
        "Deployer",
        Some("Activate service versions only."),
        true,
    ),
    ("role-custom-auditor", "Auditor", None, true),
];

/// (id, name, description); their services are in `seed_iam` (12, 4 and none).
const SEEDED_SERVICE_GROUPS: [(&str, &str, Option<&str>); 3] = [
    (
        "sg-production",
        "Production",
        Some("Customer-facing services."),
    ),
    ("sg-staging", "Staging", None),
    (
        "sg-internal-tools",
        "Internal tools",
        Some("Dashboards and admin sites."),
    ),
];

/// (id, name, description); members, roles and service groups are in `seed_iam`
/// (`ug-platform`: 6 users and 1 invitation, 2 roles, 2 service groups;
/// `ug-finance`: 2 users, 1 role; `ug-contractors`: 1 role, 1 service group).
const SEEDED_USER_GROUPS: [(&str, &str, Option<&str>); 3] = [
    (
        "ug-platform",
        "Platform team",
        Some("Runs the edge platform."),
    ),
    ("ug-finance", "Finance", None),
    (
        "ug-contractors",
        "Contractors",
        Some("Time-limited access."),
    ),
];

/// (id, email, role, roles, limit_services, status_code, created_at, service invitation ids)
type InvitationRow = (
    &'static str,
    &'static str,
    &'static str,
    Option<&'static [&'static str]>,
    bool,
    i64,
    &'static str,
    Option<&'static [&'static str]>,
);

/// Pending invitations (live: `GET /invitations`), enough to span several pages.
const SEEDED_INVITATIONS: [InvitationRow; 7] = [
    (
        "invSeed01x4xCwxxJ",
        "nina@example.com",
        "engineer",
        None,
        false,
        1,
        "2024-01-05T10:00:00Z",
        Some(&[]),
    ),
    (
        "invSeed02x4xCwxxJ",
        "oscar@example.com",
        "user",
        Some(&[]),
        true,
        1,
        "2024-01-06T11:30:00Z",
        Some(&["sinv01x4xCwxxJxSvc01"]),
    ),
    (
        "invSeed03x4xCwxxJ",
        "priya@example.com",
        "tls_viewer",
        Some(&["role-tls-viewer"]),
        false,
        1,
        "2024-02-14T09:15:00Z",
        None,
    ),
    (
        "invSeed04x4xCwxxJ",
        "quentin@example.com",
        "billing",
        None,
        false,
        0,
        "2023-11-20T16:45:00Z",
        Some(&[]),
    ),
    (
        "invSeed05x4xCwxxJ",
        "rosa@example.com",
        "superuser",
        Some(&["role-superuser"]),
        false,
        1,
        "2024-03-01T08:00:00Z",
        Some(&[]),
    ),
    (
        "invSeed06x4xCwxxJ",
        "victor@example.com",
        "tls_admin",
        Some(&["role-tls-admin", "role-custom-auditor"]),
        true,
        1,
        "2024-03-02T12:00:00Z",
        Some(&["sinv02x4xCwxxJxSvc02", "sinv03x4xCwxxJxSvc03"]),
    ),
    (
        "invSeed07x4xCwxxJ",
        "wen@example.com",
        "engineer",
        None,
        true,
        1,
        "2024-04-10T17:20:00Z",
        Some(&[]),
    ),
];

/// (id, name, user_id, services, scope, created_at, last_used_at, expires_at, ip,
/// user_agent). The first is the sandbox's own token.
type TokenRow = (
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
);

const SEEDED_TOKENS: [TokenRow; 6] = [
    (
        SELF_TOKEN_ID,
        "sandbox",
        OWNER_USER_ID,
        &[],
        "global",
        "2023-01-10T09:00:00Z",
        Some("2024-05-06T07:08:09Z"),
        Some("2030-01-01T00:00:00Z"),
        Some("192.0.2.10"),
        Some("fastly-cli/10.8.0"),
    ),
    (
        "tkOwnerCIx4xCwxxJxx002",
        "CI purge",
        OWNER_USER_ID,
        &["SU1Z0isxPaozGVKXdv0eY", "7i6HN3TK9wS159v2gPAZ8A"],
        "purge_select",
        "2023-06-01T12:00:00Z",
        Some("2024-04-30T12:00:00Z"),
        Some("2026-06-01T00:00:00Z"),
        Some("203.0.113.7"),
        Some("curl/8.5.0"),
    ),
    (
        "tkErinDepx4xCwxxJxx003",
        "Deploy pipeline",
        "4kYH1qEngx4xCwxxJxx001",
        &[],
        "global purge_all",
        "2022-03-15T08:30:00Z",
        Some("2024-04-01T12:00:00Z"),
        Some("2027-03-15T00:00:00Z"),
        Some("198.51.100.23"),
        Some("terraform-provider-fastly/5.7.0"),
    ),
    (
        "tkSamReadx4xCwxxJxx004",
        "Dashboards (read-only)",
        "4kYH1qSupx4xCwxxJxx001",
        &[],
        "global:read",
        "2024-01-02T03:04:05Z",
        None,
        None,
        None,
        None,
    ),
    (
        "tkTariqCx4xCwxxJxxx005",
        "cert-manager",
        "4kYH1qTlsAx4xCwxxJx001",
        &["SU1Z0isxPaozGVKXdv0eY"],
        "global",
        "2023-09-09T09:09:09Z",
        Some("2024-03-15T08:00:00Z"),
        Some("2025-09-09T00:00:00Z"),
        Some("2001:db8::5"),
        Some("cert-manager/1.14.4"),
    ),
    (
        "tkUmaPurgx4xCwxxJxx006",
        "Purge button",
        "4kYH1qUserx4xCwxxJx001",
        &[],
        "purge_all",
        "2021-05-05T05:05:05Z",
        Some("2021-06-01T00:00:00Z"),
        Some("2022-05-05T00:00:00Z"),
        Some("192.0.2.44"),
        Some("Mozilla/5.0 (X11; Linux x86_64)"),
    ),
];

const GENERATED_ROLES: [&str; 4] = ["user", "billing", "engineer", "superuser"];

impl Dataset {
    /// Builds the fixed seed plus `extra` generated items; `token` is the secret
    /// of the sandbox's own API token. Linear in the counts.
    pub fn seed(extra: ExtraCounts, token: &str) -> Dataset {
        let customer = Customer {
            id: CUSTOMER_ID.to_owned(),
            name: "Example Corp".to_owned(),
            owner_id: OWNER_USER_ID.to_owned(),
            pricing_plan: "Developer".to_owned(),
            can_configure_wordpress: Some(false),
            legal_contact_id: None,
            technical_contact_id: None,
            security_contact_id: Some(OWNER_USER_ID.to_owned()),
            created_at: SEED_TIME.to_owned(),
            updated_at: SEED_UPDATED.to_owned(),
            billing_network_type: "public".to_owned(),
            has_account_panel: true,
            ip_whitelist: "0.0.0.0/0".to_owned(),
            deleted_at: None,
            pricing_plan_id: "7Lx5sWkNE0GUcIABgbzhTr".to_owned(),
            billing_contact_id: None,
            billing_ref: None,
            can_reset_passwords: true,
            can_upload_vcl: true,
            can_edit_matches: false,
            can_stream_syslog: true,
            force_2fa: false,
            force_sso: false,
            has_improved_events: true,
            has_improved_ssl_config: false,
            has_openstack_logging: false,
            has_pci: false,
            has_pci_passwords: false,
            phone_number: "+1 555 0100".to_owned(),
            postal_address: None,
            readonly: false,
        };

        let mut users = Table::with_capacity(SEEDED_USERS.len() + extra.users);
        for (id, login, name, role, email_hash, two_factor, limit_services) in SEEDED_USERS {
            let extras = USER_EXTRAS.iter().find(|(extra_id, _, _)| *extra_id == id);
            let (roles, last_active_at) = match extras {
                Some((_, roles, last_active)) => (
                    roles.map(|r| r.iter().map(|r| (*r).to_owned()).collect()),
                    last_active.map(str::to_owned),
                ),
                None => (Some(Vec::new()), None),
            };
            users.insert(User {
                id: id.to_owned(),
                login: login.to_owned(),
                name: name.map(str::to_owned),
                role: role.to_owned(),
                customer_id: CUSTOMER_ID.to_owned(),
                email_hash: email_hash.map(str::to_owned),
                two_factor_auth_enabled: two_factor,
                limit_services,
                locked: false,
                require_new_password: false,
                created_at: SEED_TIME.to_owned(),
                updated_at: SEED_UPDATED.to_owned(),
                deleted_at: None,
                two_factor_setup_required: false,
                sso_provider: None,
                roles,
                last_active_at,
            });
        }
        for n in 1..=extra.users {
            users.insert(User {
                id: format!("u{n:06}"),
                login: format!("user{n}@example.com"),
                name: Some(format!("Generated User {n}")),
                role: GENERATED_ROLES[(n - 1) % GENERATED_ROLES.len()].to_owned(),
                customer_id: CUSTOMER_ID.to_owned(),
                email_hash: None,
                two_factor_auth_enabled: false,
                limit_services: false,
                locked: false,
                require_new_password: false,
                created_at: GENERATED_TIME.to_owned(),
                updated_at: GENERATED_TIME.to_owned(),
                deleted_at: None,
                two_factor_setup_required: false,
                sso_provider: None,
                roles: Some(Vec::new()),
                last_active_at: None,
            });
        }

        let permissions = seed_iam::permissions();
        let services = seed_iam::services();
        let mut roles = Table::with_capacity(SEEDED_ROLES.len() + extra.roles);
        for (id, name, description, custom) in SEEDED_ROLES {
            let mut role = Role {
                id: id.to_owned(),
                name: name.to_owned(),
                description: description.map(str::to_owned),
                custom,
                permissions_count: 0,
                created_at: SEED_TIME.to_owned(),
                updated_at: SEED_UPDATED.to_owned(),
                object: "role",
                permission_ids: Vec::new(),
            };
            role.set_permissions(
                seed_iam::role_permission_ids(id, &permissions).unwrap_or_default(),
            );
            roles.insert(role);
        }
        for n in 1..=extra.roles {
            let mut role = Role {
                id: format!("role-gen-{n:06}"),
                name: format!("Generated role {n}"),
                description: Some(format!("Generated role number {n}.")),
                custom: true,
                permissions_count: 0,
                created_at: GENERATED_TIME.to_owned(),
                updated_at: GENERATED_TIME.to_owned(),
                object: "role",
                permission_ids: Vec::new(),
            };
            role.set_permissions(first_ids(permissions.items(), n % 50));
            roles.insert(role);
        }

        let mut service_groups =
            Table::with_capacity(SEEDED_SERVICE_GROUPS.len() + extra.service_groups);
        for (id, name, description) in SEEDED_SERVICE_GROUPS {
            let mut group = ServiceGroup {
                id: id.to_owned(),
                name: name.to_owned(),
                description: description.map(str::to_owned),
                services_count: 0,
                created_at: SEED_TIME.to_owned(),
                updated_at: SEED_UPDATED.to_owned(),
                customer_id: CUSTOMER_ID.to_owned(),
                object: "service_group",
                service_ids: Vec::new(),
            };
            group.set_services(seed_iam::service_group_service_ids(id));
            service_groups.insert(group);
        }
        for n in 1..=extra.service_groups {
            let mut group = ServiceGroup {
                id: format!("sg-gen-{n:06}"),
                name: format!("Generated service group {n}"),
                description: None,
                services_count: 0,
                created_at: GENERATED_TIME.to_owned(),
                updated_at: GENERATED_TIME.to_owned(),
                customer_id: CUSTOMER_ID.to_owned(),
                object: "service_group",
                service_ids: Vec::new(),
            };
            group.set_services(first_ids(services.items(), n % 7));
            service_groups.insert(group);
        }

        let mut user_groups = Table::with_capacity(SEEDED_USER_GROUPS.len() + extra.user_groups);
        for (id, name, description) in SEEDED_USER_GROUPS {
            let (members, role_ids, service_group_ids) = seed_iam::user_group_links(id);
            let mut group = UserGroup {
                id: id.to_owned(),
                name: name.to_owned(),
                description: description.map(str::to_owned),
                users_count: 0,
                roles_count: 0,
                service_groups_count: 0,
                created_at: SEED_TIME.to_owned(),
                updated_at: SEED_UPDATED.to_owned(),
                customer_id: CUSTOMER_ID.to_owned(),
                invitations_count: 0,
                members,
                role_ids,
                service_group_ids,
            };
            group.sync_counts();
            user_groups.insert(group);
        }
        for n in 1..=extra.user_groups {
            let members = users
                .items()
                .iter()
                .take(n % 11)
                .map(|u| MemberRef {
                    kind: MemberKind::User,
                    id: u.id.clone(),
                })
                .collect();
            let mut group = UserGroup {
                id: format!("ug-gen-{n:06}"),
                name: format!("Generated user group {n}"),
                description: None,
                users_count: 0,
                roles_count: 0,
                service_groups_count: 0,
                created_at: GENERATED_TIME.to_owned(),
                updated_at: GENERATED_TIME.to_owned(),
                customer_id: CUSTOMER_ID.to_owned(),
                invitations_count: 0,
                members,
                role_ids: first_ids(&roles.items()[..SEEDED_ROLES.len()], n % 3),
                service_group_ids: first_ids(
                    &service_groups.items()[..SEEDED_SERVICE_GROUPS.len()],
                    n % 4,
                ),
            };
            group.sync_counts();
            user_groups.insert(group);
        }

        let mut invitations = Table::with_capacity(SEEDED_INVITATIONS.len());
        for (id, email, role, roles, limit_services, status_code, created_at, services) in
            SEEDED_INVITATIONS
        {
            invitations.insert(Invitation {
                id: id.to_owned(),
                email: email.to_owned(),
                role: role.to_owned(),
                roles: roles.map(owned_list),
                limit_services,
                status_code,
                created_at: created_at.to_owned(),
                updated_at: created_at.to_owned(),
                customer_id: CUSTOMER_ID.to_owned(),
                service_invitation_ids: services.map(owned_list),
            });
        }

        let mut tokens = Table::with_capacity(SEEDED_TOKENS.len());
        for (id, name, user_id, services, scope, created_at, last_used_at, expires_at, ip, agent) in
            SEEDED_TOKENS
        {
            tokens.insert(Token {
                id: id.to_owned(),
                name: name.to_owned(),
                user_id: user_id.to_owned(),
                customer_id: CUSTOMER_ID.to_owned(),
                services: owned_list(services),
                scope: scope.to_owned(),
                created_at: created_at.to_owned(),
                last_used_at: last_used_at.map(str::to_owned),
                expires_at: expires_at.map(str::to_owned),
                ip: ip.map(str::to_owned),
                user_agent: agent.map(str::to_owned),
                secret: (id == SELF_TOKEN_ID).then(|| token.to_owned()),
                sudo_until: None,
            });
        }

        Dataset {
            customer,
            users,
            roles,
            service_groups,
            user_groups,
            permissions,
            services,
            invitations,
            tokens,
            customer_deleted: false,
            password_resets: Vec::new(),
            credentials: crate::login::seed_credentials(),
            automation_tokens: crate::automation_tokens::seed(),
            automation_tokens_created: 0,
            tokens_created: 0,
            issued_secrets: Vec::new(),
            secrets_issued: 0,
            contacts: crate::contacts::seed(CUSTOMER_ID, OWNER_USER_ID),
            contacts_created: 0,
            addresses: crate::addresses::seed(),
            addresses_created: 0,
            service_authorizations: crate::service_authorizations::seed(),
            service_authorizations_created: 0,
            billing_address: crate::billing_address::seed(),
            billing_addresses_created: 0,
            events: crate::events::seed(),
            events_created: 0,
            invitations_created: 0,
            users_created: 0,
            roles_created: 0,
            service_groups_created: 0,
            user_groups_created: 0,
        }
    }
}

/// The ids of the first `n` items (all of them if there are fewer).
fn first_ids<T: Keyed>(items: &[T], n: usize) -> Vec<String> {
    items
        .iter()
        .take(n)
        .map(|item| item.key().to_owned())
        .collect()
}

fn owned_list(items: &[&str]) -> Vec<String> {
    items.iter().map(|item| (*item).to_owned()).collect()
}

/// The ids and counts of the seed built from `extra` (does not depend on later writes).
pub(crate) fn seed_info(extra: ExtraCounts, token: &str) -> SeedInfo {
    let mut user_ids_by_role: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (id, _, _, role, _, _, _) in SEEDED_USERS {
        if id != OWNER_USER_ID && id != TWO_FACTOR_USER_ID {
            user_ids_by_role
                .entry(role.to_owned())
                .or_default()
                .push(id.to_owned());
        }
    }
    SeedInfo {
        customer_id: CUSTOMER_ID.to_owned(),
        owner_user_id: OWNER_USER_ID.to_owned(),
        user_ids_by_role,
        role_ids: SEEDED_ROLES.iter().map(|r| r.0.to_owned()).collect(),
        service_group_ids: SEEDED_SERVICE_GROUPS
            .iter()
            .map(|g| g.0.to_owned())
            .collect(),
        user_group_ids: SEEDED_USER_GROUPS.iter().map(|g| g.0.to_owned()).collect(),
        token: token.to_owned(),
        self_token_id: SELF_TOKEN_ID.to_owned(),
        token_ids: SEEDED_TOKENS.iter().map(|t| t.0.to_owned()).collect(),
        invitation_ids: SEEDED_INVITATIONS.iter().map(|i| i.0.to_owned()).collect(),
        service_ids: seed_iam::service_ids(),
        permission_ids: seed_iam::permission_ids(),
        multi_page_service_group_id: seed_iam::MULTI_PAGE_SERVICE_GROUP.to_owned(),
        multi_page_user_group_id: seed_iam::MULTI_PAGE_USER_GROUP.to_owned(),
        service_authorization_ids: crate::service_authorizations::seed()
            .items()
            .iter()
            .map(|a| a.id.clone())
            .collect(),
        billing_address_id: crate::billing_address::SEEDED_ID.to_owned(),
        event_ids: crate::events::seed_ids(),
        owner_login: OWNER_LOGIN.to_owned(),
        owner_password: OWNER_PASSWORD.to_owned(),
        two_factor_user_id: TWO_FACTOR_USER_ID.to_owned(),
        two_factor_login: TWO_FACTOR_LOGIN.to_owned(),
        two_factor_password: TWO_FACTOR_PASSWORD.to_owned(),
        one_time_code: ONE_TIME_CODE.to_owned(),
        automation_token_ids: crate::automation_tokens::seed()
            .items()
            .iter()
            .map(|t| t.id.clone())
            .collect(),
        users_total: SEEDED_USERS.len() + extra.users,
        roles_total: SEEDED_ROLES.len() + extra.roles,
        service_groups_total: SEEDED_SERVICE_GROUPS.len() + extra.service_groups,
        user_groups_total: SEEDED_USER_GROUPS.len() + extra.user_groups,
    }
}
