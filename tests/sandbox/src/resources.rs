//! The API's resources as the sandbox stores and serialises them.
//!
//! Written from the OpenAPI spec (not shared with the client crate), plus the fields
//! the real API sends that the spec does not list, so a client that is too strict
//! about unknown fields or `null` values fails against the sandbox as it would in
//! production.

use serde::Serialize;

/// The user roles the spec's enum allows (for updates and invitations, seed style).
pub(crate) const ASSIGNABLE_ROLES: [&str; 4] = ["user", "billing", "engineer", "superuser"];

/// The user roles the live API accepts (`RoleUser` in Fastly's generated clients).
pub(crate) const LIVE_ROLES: [&str; 6] = [
    "user",
    "tls_viewer",
    "tls_admin",
    "billing",
    "engineer",
    "superuser",
];

/// A customer account (`Customer` in the spec, `CustomerResponse` live).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Customer {
    pub id: String,
    pub name: String,
    pub owner_id: String,
    pub pricing_plan: String,
    pub can_configure_wordpress: Option<bool>,
    pub legal_contact_id: Option<String>,
    pub technical_contact_id: Option<String>,
    pub security_contact_id: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    // Not in the spec; the live API sends them.
    pub billing_network_type: String,
    pub has_account_panel: bool,
    pub ip_whitelist: String,
    pub deleted_at: Option<String>,
    pub pricing_plan_id: String,
    pub billing_contact_id: Option<String>,
    pub billing_ref: Option<String>,
    pub can_reset_passwords: bool,
    pub can_upload_vcl: bool,
    pub can_edit_matches: bool,
    pub can_stream_syslog: bool,
    pub force_2fa: bool,
    pub force_sso: bool,
    pub has_improved_events: bool,
    pub has_improved_ssl_config: bool,
    pub has_openstack_logging: bool,
    pub has_pci: bool,
    pub has_pci_passwords: bool,
    pub phone_number: String,
    pub postal_address: Option<String>,
    pub readonly: bool,
}

/// A user of a customer account (`User` in the spec).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct User {
    pub id: String,
    pub login: String,
    pub name: Option<String>,
    /// May hold a value outside the spec's enum (`tls_viewer`), as the real API does.
    pub role: String,
    pub customer_id: String,
    pub email_hash: Option<String>,
    pub two_factor_auth_enabled: bool,
    pub limit_services: bool,
    pub locked: bool,
    pub require_new_password: bool,
    pub created_at: String,
    pub updated_at: String,
    pub deleted_at: Option<String>,
    // Not in the spec; the live API sends them.
    pub two_factor_setup_required: bool,
    pub sso_provider: Option<String>,
    /// IAM role ids (live, multi-role accounts); empty or null on most users.
    pub roles: Option<Vec<String>>,
    /// Null for users who never signed in.
    pub last_active_at: Option<String>,
}

/// An IAM role (`Role` in the spec).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Role {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub custom: bool,
    pub permissions_count: u32,
    pub created_at: String,
    pub updated_at: String,
    // Not in the spec; the live API documents it.
    pub object: &'static str,
    /// The ids of the role's permissions (rows of the permission table), in order;
    /// `permissions_count` is kept equal to its length.
    #[serde(skip)]
    pub permission_ids: Vec<String>,
}

impl Role {
    /// Sets the permission ids and the count that describes them.
    pub fn set_permissions(&mut self, ids: Vec<String>) {
        self.permissions_count = u32::try_from(ids.len()).unwrap_or(u32::MAX);
        self.permission_ids = ids;
    }
}

/// An IAM permission (`IamPermission` in Fastly's generated clients): one row of
/// the table `GET /permissions` serves.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Permission {
    pub id: String,
    pub object: &'static str,
    pub name: String,
    pub description: String,
    pub resource_name: String,
    pub resource_description: String,
    /// `account` or `service`.
    pub scope: &'static str,
}

/// A service of the customer, as service groups list them.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Service {
    pub id: String,
    pub name: String,
    /// `vcl` or `wasm`.
    #[serde(rename = "type")]
    pub service_type: &'static str,
    pub customer_id: String,
    pub created_at: String,
    pub updated_at: String,
}

/// An IAM service group (`ServiceGroup` in the spec).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct ServiceGroup {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub services_count: usize,
    pub created_at: String,
    pub updated_at: String,
    // Not in the spec.
    pub customer_id: String,
    pub object: &'static str,
    /// The ids of its services, in order; `services_count` is kept equal to its
    /// length. Ids given at creation are kept as sent (the seed spec's create takes
    /// bare strings), so some may name no service of the service table.
    #[serde(skip)]
    pub service_ids: Vec<String>,
}

impl ServiceGroup {
    /// Sets the service ids and the count that describes them.
    pub fn set_services(&mut self, ids: Vec<String>) {
        self.services_count = ids.len();
        self.service_ids = ids;
    }
}

/// What kind of record a user group member is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum MemberKind {
    User,
    Invitation,
}

impl MemberKind {
    /// The JSON spelling (`object` of a member).
    pub fn name(self) -> &'static str {
        match self {
            MemberKind::User => "user",
            MemberKind::Invitation => "invitation",
        }
    }
}

/// A member of a user group: a user or an invitation, by id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct MemberRef {
    pub kind: MemberKind,
    pub id: String,
}

/// An IAM user group (`UserGroup` in the spec).
#[derive(Debug, Clone, Serialize)]
pub(crate) struct UserGroup {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub users_count: usize,
    pub roles_count: usize,
    pub service_groups_count: usize,
    pub created_at: String,
    pub updated_at: String,
    // Not in the spec.
    pub customer_id: String,
    /// Live only (the seed has `service_groups_count` instead; both are sent).
    pub invitations_count: usize,
    /// Users and invitations, in the order they were added.
    #[serde(skip)]
    pub members: Vec<MemberRef>,
    /// Role ids, in the order they were added.
    #[serde(skip)]
    pub role_ids: Vec<String>,
    /// Service group ids, in the order they were added.
    #[serde(skip)]
    pub service_group_ids: Vec<String>,
}

impl UserGroup {
    /// Sets `users_count`, `invitations_count`, `roles_count` and
    /// `service_groups_count` from the member, role and service group lists.
    pub fn sync_counts(&mut self) {
        let users = self
            .members
            .iter()
            .filter(|m| m.kind == MemberKind::User)
            .count();
        self.users_count = users;
        self.invitations_count = self.members.len() - users;
        self.roles_count = self.role_ids.len();
        self.service_groups_count = self.service_group_ids.len();
    }
}

/// An invitation created through `POST /invitations` (kept so that it can be
/// listed and patched).
#[derive(Debug, Clone)]
pub(crate) struct Invitation {
    pub id: String,
    pub email: String,
    pub role: String,
    pub roles: Option<Vec<String>>,
    pub limit_services: bool,
    /// Live: 1 = active, 0 = inactive.
    pub status_code: i64,
    pub created_at: String,
    pub updated_at: String,
    pub customer_id: String,
    /// Ids of its per-service invitations; `None` serialises as `"data": null`
    /// (which the live API may send).
    pub service_invitation_ids: Option<Vec<String>>,
}

impl Invitation {
    /// The live JSON:API resource object (`InvitationResponseData`).
    pub fn live_json(&self) -> serde_json::Value {
        serde_json::json!({
            "id": self.id,
            "type": "invitation",
            "attributes": {
                "email": self.email,
                "role": self.role,
                "roles": self.roles,
                "limit_services": self.limit_services,
                "status_code": self.status_code,
                "created_at": self.created_at,
                "updated_at": self.updated_at,
                "deleted_at": null,
            },
            "relationships": {
                "customer": { "data": { "id": self.customer_id, "type": "customer" } },
                "service_invitations": { "data": self.service_invitation_ids.as_ref().map(|ids| {
                    ids.iter()
                        .map(|id| serde_json::json!({ "id": id, "type": "service_invitation" }))
                        .collect::<Vec<_>>()
                }) },
            }
        })
    }

    /// The seed spec's resource object (with `status`).
    pub fn seed_json(&self) -> serde_json::Value {
        serde_json::json!({
            "id": self.id,
            "type": "invitation",
            "attributes": {
                "email": self.email,
                "role": self.role,
                // The seed's states: an inactive invitation has run out.
                "status": if self.status_code == 0 { "expired" } else { "pending" },
                "created_at": self.created_at,
            },
            "relationships": {
                "customer": { "data": { "id": self.customer_id, "type": "customer" } }
            }
        })
    }
}

/// An API token (`TokenResponse`). Only the sandbox's own token has a secret (the
/// value `Fastly-Key` must carry); it is never serialised.
#[derive(Clone, Serialize)]
pub(crate) struct Token {
    pub id: String,
    pub name: String,
    pub user_id: String,
    pub customer_id: String,
    /// Service ids the token is limited to; empty = every service.
    pub services: Vec<String>,
    /// Space-delimited scopes (`global`, `purge_select`, `purge_all`, `global:read`).
    pub scope: String,
    pub created_at: String,
    pub last_used_at: Option<String>,
    pub expires_at: Option<String>,
    pub ip: Option<String>,
    pub user_agent: Option<String>,
    #[serde(skip)]
    pub secret: Option<String>,
    /// Sudo mode (`POST /sudo`) lasts until then.
    #[serde(skip)]
    pub sudo_until: Option<chrono::DateTime<chrono::Utc>>,
}

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Token")
            .field("id", &self.id)
            .field("user_id", &self.user_id)
            .field("scope", &self.scope)
            .field("secret", &self.secret.as_ref().map(|_| "<redacted>"))
            .finish_non_exhaustive()
    }
}

/// Something stored in a [`Table`], addressed by its id.
pub(crate) trait Keyed {
    fn key(&self) -> &str;
}

macro_rules! keyed {
    ($($t:ty),*) => {$(
        impl Keyed for $t {
            fn key(&self) -> &str {
                &self.id
            }
        }
    )*};
}
keyed!(
    User,
    Role,
    ServiceGroup,
    UserGroup,
    Invitation,
    Token,
    Permission,
    Service
);

/// Items in insertion order plus an id index: O(1) lookups, pages are slices.
#[derive(Debug, Clone)]
pub(crate) struct Table<T> {
    items: Vec<T>,
    index: std::collections::HashMap<String, usize>,
}

impl<T: Keyed> Table<T> {
    pub fn with_capacity(capacity: usize) -> Self {
        Table {
            items: Vec::with_capacity(capacity),
            index: std::collections::HashMap::with_capacity(capacity),
        }
    }

    /// Appends `item`; an item with the same id is replaced in place.
    pub fn insert(&mut self, item: T) {
        match self.index.get(item.key()) {
            Some(&at) => self.items[at] = item,
            None => {
                self.index.insert(item.key().to_owned(), self.items.len());
                self.items.push(item);
            }
        }
    }

    pub fn get(&self, id: &str) -> Option<&T> {
        self.index.get(id).map(|&at| &self.items[at])
    }

    pub fn get_mut(&mut self, id: &str) -> Option<&mut T> {
        self.index.get(id).map(|&at| &mut self.items[at])
    }

    /// Removes the item (O(n): removals are rare, lookups and pages are not).
    pub fn remove(&mut self, id: &str) -> Option<T> {
        let at = self.index.remove(id)?;
        let item = self.items.remove(at);
        for later in &self.items[at..] {
            if let Some(slot) = self.index.get_mut(later.key()) {
                *slot -= 1;
            }
        }
        Some(item)
    }

    /// Keeps only the items `keep` accepts, in order.
    pub fn retain(&mut self, mut keep: impl FnMut(&T) -> bool) {
        let before = self.items.len();
        self.items.retain(|item| keep(item));
        if self.items.len() != before {
            self.index = self
                .items
                .iter()
                .enumerate()
                .map(|(at, item)| (item.key().to_owned(), at))
                .collect();
        }
    }

    pub fn items(&self) -> &[T] {
        &self.items
    }

    /// Every item, mutable in place. The caller must not change an item's id.
    pub fn items_mut(&mut self) -> &mut [T] {
        &mut self.items
    }
}

/// The current time as the API writes it: RFC 3339, whole seconds, `Z`.
pub(crate) fn now_timestamp() -> String {
    chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string()
}
