//! The IAM part of the seed: the permission table, the services service groups
//! hold, and who is in which group.
//!
//! The counts the seed has always served are kept (`permissions_count` 212 for
//! the superuser role, 148 for the engineer role, `services_count` 12 for
//! `sg-production`, ...), and each one is now backed by a real list: a role's
//! permissions are rows of the one permission table, a group's services rows of
//! the service table, a user group's members real users and invitations.

use crate::resources::{MemberKind, MemberRef, Permission, Service, Table};
use crate::seed::CUSTOMER_ID;

const SEED_TIME: &str = "2016-07-28T19:24:50Z";
const SEED_UPDATED: &str = "2021-03-04T10:11:12Z";

/// A family of permissions on one resource:
/// (key, resource_name, resource_description, scope, actions).
type ResourceRow = (
    &'static str,
    &'static str,
    &'static str,
    &'static str,
    &'static [&'static str],
);

const CRUD: &[&str] = &["read", "create", "update", "delete"];

/// Service-level permissions: 148 in all, 41 of them `read`.
const SERVICE_RESOURCES: [ResourceRow; 42] = [
    (
        "service",
        "Service",
        "A service: the configuration of a site or application served by Fastly.",
        "service",
        CRUD,
    ),
    (
        "service_version",
        "Service version",
        "A version of a service's configuration.",
        "service",
        &[
            "read",
            "create",
            "update",
            "clone",
            "lock",
            "activate",
            "deactivate",
            "validate",
        ],
    ),
    (
        "domain",
        "Domain",
        "A domain name a service answers for.",
        "service",
        &["read", "create", "update", "delete", "check"],
    ),
    (
        "backend",
        "Backend",
        "An origin server a service fetches content from.",
        "service",
        CRUD,
    ),
    (
        "healthcheck",
        "Healthcheck",
        "A health check of a backend.",
        "service",
        CRUD,
    ),
    (
        "director",
        "Director",
        "A group of backends that share the load.",
        "service",
        CRUD,
    ),
    (
        "director_backend",
        "Director backend",
        "The link between a director and a backend.",
        "service",
        &["read", "create", "delete"],
    ),
    (
        "pool",
        "Pool",
        "A dynamic group of servers.",
        "service",
        CRUD,
    ),
    (
        "pool_server",
        "Pool server",
        "A server of a pool.",
        "service",
        CRUD,
    ),
    (
        "condition",
        "Condition",
        "A condition that controls when configuration applies.",
        "service",
        CRUD,
    ),
    (
        "header",
        "Header",
        "A header rewrite rule.",
        "service",
        CRUD,
    ),
    (
        "request_setting",
        "Request setting",
        "Settings applied to incoming requests.",
        "service",
        CRUD,
    ),
    (
        "response_object",
        "Response object",
        "A synthetic response.",
        "service",
        CRUD,
    ),
    (
        "cache_setting",
        "Cache setting",
        "Caching rules of a service.",
        "service",
        CRUD,
    ),
    (
        "gzip",
        "Gzip",
        "Compression rules of a service.",
        "service",
        CRUD,
    ),
    (
        "vcl",
        "VCL",
        "Custom VCL files of a service.",
        "service",
        &["read", "create", "update", "delete", "set_main"],
    ),
    (
        "snippet",
        "Snippet",
        "VCL snippets of a service.",
        "service",
        CRUD,
    ),
    (
        "dictionary",
        "Edge dictionary",
        "An edge dictionary of a service.",
        "service",
        CRUD,
    ),
    (
        "dictionary_item",
        "Edge dictionary item",
        "An item of an edge dictionary.",
        "service",
        CRUD,
    ),
    (
        "acl",
        "ACL",
        "An access control list of a service.",
        "service",
        CRUD,
    ),
    (
        "acl_entry",
        "ACL entry",
        "An entry of an access control list.",
        "service",
        CRUD,
    ),
    (
        "logging_endpoint",
        "Logging endpoint",
        "Where a service streams its logs.",
        "service",
        CRUD,
    ),
    (
        "purge",
        "Purge",
        "Removing content from the cache.",
        "service",
        &["all", "select", "url", "surrogate_key"],
    ),
    (
        "stats",
        "Stats",
        "Aggregated statistics of a service.",
        "service",
        &["read"],
    ),
    (
        "realtime_stats",
        "Real-time stats",
        "Real-time analytics of a service.",
        "service",
        &["read"],
    ),
    (
        "historical_stats",
        "Historical stats",
        "Historical analytics of a service.",
        "service",
        &["read"],
    ),
    (
        "origin_inspector",
        "Origin Inspector",
        "Origin metrics of a service.",
        "service",
        &["read", "update"],
    ),
    (
        "domain_inspector",
        "Domain Inspector",
        "Domain metrics of a service.",
        "service",
        &["read", "update"],
    ),
    (
        "log_explorer",
        "Log Explorer",
        "Searching a service's logs.",
        "service",
        &["read"],
    ),
    (
        "kv_store",
        "KV store",
        "A key-value store linked to a service.",
        "service",
        CRUD,
    ),
    (
        "kv_store_item",
        "KV store item",
        "An item of a KV store.",
        "service",
        CRUD,
    ),
    (
        "config_store",
        "Config store",
        "A config store linked to a service.",
        "service",
        CRUD,
    ),
    (
        "config_store_item",
        "Config store item",
        "An item of a config store.",
        "service",
        CRUD,
    ),
    (
        "secret_store",
        "Secret store",
        "A secret store linked to a service.",
        "service",
        &["read", "create", "delete"],
    ),
    (
        "secret",
        "Secret",
        "A secret of a secret store.",
        "service",
        &["read", "create", "delete"],
    ),
    (
        "compute_package",
        "Compute package",
        "The Wasm package of a Compute service.",
        "service",
        &["read", "upload"],
    ),
    (
        "image_optimizer",
        "Image Optimizer",
        "Image Optimizer settings of a service.",
        "service",
        &["read", "update"],
    ),
    (
        "rate_limiter",
        "Rate limiter",
        "A rate limiter of a service.",
        "service",
        CRUD,
    ),
    (
        "ngwaf_workspace",
        "Next-Gen WAF workspace",
        "A Next-Gen WAF workspace.",
        "service",
        CRUD,
    ),
    (
        "ngwaf_rule",
        "Next-Gen WAF rule",
        "A rule of a Next-Gen WAF workspace.",
        "service",
        CRUD,
    ),
    (
        "settings",
        "Settings",
        "A service's default settings.",
        "service",
        &["read", "update"],
    ),
    (
        "product_enablement",
        "Product enablement",
        "Products enabled on a service.",
        "service",
        &["read", "enable", "disable"],
    ),
];

/// Account-level permissions on TLS: 23 in all, 9 of them `read`.
const TLS_RESOURCES: [ResourceRow; 9] = [
    (
        "tls_certificate",
        "TLS certificate",
        "A TLS certificate uploaded to Fastly.",
        "account",
        CRUD,
    ),
    (
        "tls_private_key",
        "TLS private key",
        "The private key of a TLS certificate.",
        "account",
        &["read", "create", "delete"],
    ),
    (
        "tls_domain",
        "TLS domain",
        "A domain with TLS.",
        "account",
        &["read"],
    ),
    (
        "tls_activation",
        "TLS activation",
        "A certificate enabled for a domain.",
        "account",
        &["read", "create", "delete"],
    ),
    (
        "tls_subscription",
        "TLS subscription",
        "A certificate Fastly manages.",
        "account",
        &["read", "create", "delete"],
    ),
    (
        "tls_configuration",
        "TLS configuration",
        "How TLS is served.",
        "account",
        &["read", "update"],
    ),
    (
        "tls_bulk_certificate",
        "TLS bulk certificate",
        "A certificate of the Platform TLS product.",
        "account",
        &["read", "create", "delete"],
    ),
    (
        "mutual_authentication",
        "Mutual authentication",
        "A mutual TLS authentication.",
        "account",
        &["read", "create", "delete"],
    ),
    (
        "tls_authorization",
        "TLS authorization",
        "Proof of control of a domain for a certificate.",
        "account",
        &["read"],
    ),
];

/// Account-level billing permissions: 17.
const BILLING_RESOURCES: [ResourceRow; 10] = [
    (
        "billing",
        "Billing",
        "The account's billing overview.",
        "account",
        &["read"],
    ),
    (
        "invoice",
        "Invoice",
        "Invoices of the account.",
        "account",
        &["read", "download"],
    ),
    (
        "billing_address",
        "Billing address",
        "The account's billing address.",
        "account",
        CRUD,
    ),
    (
        "payment_method",
        "Payment method",
        "How the account pays.",
        "account",
        &["read", "update"],
    ),
    (
        "usage",
        "Usage",
        "Usage of the account's services.",
        "account",
        &["read"],
    ),
    (
        "contract",
        "Contract",
        "The account's contract.",
        "account",
        &["read"],
    ),
    (
        "plan",
        "Plan",
        "The account's pricing plan.",
        "account",
        &["read", "update"],
    ),
    (
        "billing_contact",
        "Billing contact",
        "Who receives invoices.",
        "account",
        &["read", "update"],
    ),
    (
        "credit",
        "Credit",
        "Credits of the account.",
        "account",
        &["read"],
    ),
    (
        "tax_exemption",
        "Tax exemption",
        "Tax exemptions of the account.",
        "account",
        &["read"],
    ),
];

/// Other account-level permissions (users, roles, groups...): 24.
const ACCOUNT_RESOURCES: [ResourceRow; 7] = [
    (
        "customer",
        "Customer",
        "The customer account.",
        "account",
        &["read", "update"],
    ),
    ("user", "User", "A user of the account.", "account", CRUD),
    (
        "invitation",
        "Invitation",
        "An invitation to join the account.",
        "account",
        &["read", "create", "delete"],
    ),
    (
        "token",
        "API token",
        "An API token of the account.",
        "account",
        &["read", "create", "revoke"],
    ),
    ("role", "Role", "An IAM role.", "account", CRUD),
    (
        "user_group",
        "User group",
        "An IAM user group.",
        "account",
        CRUD,
    ),
    (
        "service_group",
        "Service group",
        "An IAM service group.",
        "account",
        CRUD,
    ),
];

/// What an action lets one do, for the permission's description.
fn action_phrase(action: &str) -> String {
    match action {
        "read" => "View".to_owned(),
        "create" => "Create".to_owned(),
        "update" => "Edit".to_owned(),
        "delete" => "Delete".to_owned(),
        "all" => "Purge everything cached for".to_owned(),
        "select" => "Purge by key for".to_owned(),
        "url" => "Purge single URLs of".to_owned(),
        "surrogate_key" => "Purge by surrogate key for".to_owned(),
        "set_main" => "Choose the main".to_owned(),
        other => {
            let mut chars = other.chars();
            match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect::<String>(),
                None => String::new(),
            }
            .replace('_', " ")
        }
    }
}

/// The permission id of a permission name: `perm-` and the name with `.` and `_`
/// spelled `-` (`service_version.activate` -> `perm-service-version-activate`).
pub(crate) fn permission_id(name: &str) -> String {
    format!("perm-{}", name.replace(['.', '_'], "-"))
}

/// The permission table, in `GET /permissions` order: service-level first, then
/// TLS, billing and the rest of the account-level ones. 212 rows.
pub(crate) fn permissions() -> Table<Permission> {
    let families = SERVICE_RESOURCES
        .iter()
        .chain(TLS_RESOURCES.iter())
        .chain(BILLING_RESOURCES.iter())
        .chain(ACCOUNT_RESOURCES.iter());
    let mut table = Table::with_capacity(212);
    for (key, resource_name, resource_description, scope, actions) in families {
        for action in *actions {
            let name = format!("{key}.{action}");
            table.insert(Permission {
                id: permission_id(&name),
                object: "permission",
                description: format!(
                    "{} {}.",
                    action_phrase(action),
                    resource_name.to_lowercase()
                ),
                name,
                resource_name: (*resource_name).to_owned(),
                resource_description: (*resource_description).to_owned(),
                scope,
            });
        }
    }
    table
}

fn names_in(families: &[ResourceRow], only_reads: bool) -> Vec<String> {
    families
        .iter()
        .flat_map(|(key, _, _, _, actions)| {
            actions
                .iter()
                .filter(move |action| !only_reads || **action == "read")
                .map(move |action| format!("{key}.{action}"))
        })
        .collect()
}

/// The permission ids of a fixed seeded role, in table order; `None` for an id
/// that is not one of them.
pub(crate) fn role_permission_ids(role_id: &str, table: &Table<Permission>) -> Option<Vec<String>> {
    let names: Vec<String> = match role_id {
        "role-superuser" => table.items().iter().map(|p| p.name.clone()).collect(),
        "role-engineer" => names_in(&SERVICE_RESOURCES, false),
        "role-user" => names_in(&SERVICE_RESOURCES, true),
        "role-billing" => names_in(&BILLING_RESOURCES, false),
        "role-tls-viewer" => names_in(&TLS_RESOURCES, true),
        "role-tls-admin" => names_in(&TLS_RESOURCES, false),
        "role-custom-deployer" => [
            "service.read",
            "service_version.read",
            "service_version.activate",
            "service_version.deactivate",
            "purge.all",
        ]
        .map(str::to_owned)
        .to_vec(),
        "role-custom-auditor" => ["user.read", "role.read", "user_group.read"]
            .map(str::to_owned)
            .to_vec(),
        _ => return None,
    };
    Some(names.iter().map(|name| permission_id(name)).collect())
}

/// (id, name, type)
const SEEDED_SERVICES: [(&str, &str, &str); 18] = [
    ("SU1Z0isxPaozGVKXdv0eY", "www.example.com", "vcl"),
    ("7i6HN3TK9wS159v2gPAZ8A", "api.example.com", "wasm"),
    ("svc03ImgsxCwxxJxProd03", "images.example.com", "vcl"),
    ("svc04Statx4xCwxxProd04", "static.example.com", "vcl"),
    ("svc05Authx4xCwxxProd05", "auth.example.com", "wasm"),
    ("svc06Edgex4xCwxxProd06", "edge-functions", "wasm"),
    ("svc07Srchx4xCwxxProd07", "search.example.com", "vcl"),
    ("svc08Chkox4xCwxxProd08", "checkout.example.com", "wasm"),
    ("svc09Blogx4xCwxxProd09", "blog.example.com", "vcl"),
    ("svc10Docsx4xCwxxProd10", "docs.example.com", "vcl"),
    ("svc11Medix4xCwxxProd11", "media.example.com", "vcl"),
    ("svc12WebSx4xCwxxProd12", "ws.example.com", "wasm"),
    ("svc13Stgwx4xCwxxStag13", "staging.example.com", "vcl"),
    ("svc14Stgax4xCwxxStag14", "staging-api.example.com", "wasm"),
    (
        "svc15Stgix4xCwxxStag15",
        "staging-images.example.com",
        "vcl",
    ),
    ("svc16Stgex4xCwxxStag16", "staging-edge-functions", "wasm"),
    ("svc17Plygx4xCwxxFree17", "playground", "wasm"),
    ("svc18Lgcyx4xCwxxFree18", "legacy.example.com", "vcl"),
];

/// The customer's services, in list order. The first two are the services the
/// seeded `CI purge` token is limited to.
pub(crate) fn services() -> Table<Service> {
    let mut table = Table::with_capacity(SEEDED_SERVICES.len());
    for (id, name, service_type) in SEEDED_SERVICES {
        table.insert(Service {
            id: id.to_owned(),
            name: name.to_owned(),
            service_type,
            customer_id: CUSTOMER_ID.to_owned(),
            created_at: SEED_TIME.to_owned(),
            updated_at: SEED_UPDATED.to_owned(),
        });
    }
    table
}

/// Every seeded service id, in list order.
pub(crate) fn service_ids() -> Vec<String> {
    SEEDED_SERVICES
        .iter()
        .map(|(id, _, _)| (*id).to_owned())
        .collect()
}

/// The services of a fixed seeded service group (`sg-production` has 12, which
/// span pages at `per_page=3`; `sg-staging` 4; `sg-internal-tools` none).
pub(crate) fn service_group_service_ids(group_id: &str) -> Vec<String> {
    let range = match group_id {
        "sg-production" => 0..12,
        "sg-staging" => 12..16,
        _ => 0..0,
    };
    SEEDED_SERVICES[range]
        .iter()
        .map(|(id, _, _)| (*id).to_owned())
        .collect()
}

/// The service group whose service list spans several pages.
pub(crate) const MULTI_PAGE_SERVICE_GROUP: &str = "sg-production";
/// The user group whose member list spans several pages.
pub(crate) const MULTI_PAGE_USER_GROUP: &str = "ug-platform";

/// (group id, members (user or invitation ids, `inv` first means invitation),
/// role ids, service group ids)
type Membership = (
    &'static str,
    &'static [(MemberKind, &'static str)],
    &'static [&'static str],
    &'static [&'static str],
);

const MEMBERSHIPS: [Membership; 3] = [
    (
        "ug-platform",
        &[
            (MemberKind::User, "4kYH1qEngx4xCwxxJxx001"),
            (MemberKind::User, "4kYH1qEngx4xCwxxJxx002"),
            (MemberKind::User, "4kYH1qSupx4xCwxxJxx001"),
            (MemberKind::Invitation, "invSeed01x4xCwxxJ"),
            (MemberKind::User, "4kYH1qSupx4xCwxxJxx002"),
            (MemberKind::User, "4kYH1qTlsAx4xCwxxJx001"),
            (MemberKind::User, "4kYH1qTlsx4xCwxxJxx001"),
        ],
        &["role-engineer", "role-tls-admin"],
        &["sg-production", "sg-staging"],
    ),
    (
        "ug-finance",
        &[
            (MemberKind::User, "4kYH1qBillx4xCwxxJx001"),
            (MemberKind::User, "4kYH1qBillx4xCwxxJx002"),
        ],
        &["role-billing"],
        &[],
    ),
    ("ug-contractors", &[], &["role-user"], &["sg-staging"]),
];

/// Members, role ids and service group ids of a fixed seeded user group.
pub(crate) fn user_group_links(group_id: &str) -> (Vec<MemberRef>, Vec<String>, Vec<String>) {
    let Some((_, members, roles, groups)) = MEMBERSHIPS.iter().find(|m| m.0 == group_id) else {
        return (Vec::new(), Vec::new(), Vec::new());
    };
    (
        members
            .iter()
            .map(|(kind, id)| MemberRef {
                kind: *kind,
                id: (*id).to_owned(),
            })
            .collect(),
        roles.iter().map(|id| (*id).to_owned()).collect(),
        groups.iter().map(|id| (*id).to_owned()).collect(),
    )
}

/// Every permission id, in table order (for the seed info).
pub(crate) fn permission_ids() -> Vec<String> {
    permissions().items().iter().map(|p| p.id.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_backs_the_counts_roles_have_always_had() {
        let table = permissions();
        assert_eq!(table.items().len(), 212);
        for (role, count) in [
            ("role-superuser", 212),
            ("role-engineer", 148),
            ("role-billing", 17),
            ("role-user", 41),
            ("role-tls-viewer", 9),
            ("role-tls-admin", 23),
            ("role-custom-deployer", 5),
            ("role-custom-auditor", 3),
        ] {
            let ids = role_permission_ids(role, &table).expect("a seeded role");
            assert_eq!(ids.len(), count, "{role}");
            assert!(ids.iter().all(|id| table.get(id).is_some()), "{role}");
        }
        assert!(table
            .items()
            .iter()
            .all(|p| p.scope == "account" || p.scope == "service"));
    }

    #[test]
    fn services_are_unique_and_groups_use_them() {
        let table = services();
        assert_eq!(table.items().len(), SEEDED_SERVICES.len());
        assert_eq!(service_group_service_ids("sg-production").len(), 12);
        assert_eq!(service_group_service_ids("sg-staging").len(), 4);
        assert!(service_group_service_ids("sg-internal-tools").is_empty());
    }
}
