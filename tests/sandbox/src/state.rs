//! The sandbox's mutable state, shared by both listeners and the library handle.

use std::sync::{Mutex, MutexGuard};

use serde_json::{Map, Value};

use crate::faults::{self, ArmedRule, DrawnFault, FaultRule};
use crate::login;
use crate::patches::{Patches, Resource};
use crate::request_log::{CanaryRecord, RequestRecord, TokenKind};
use crate::seed::{self, Dataset, ExtraCounts, SeedInfo, SELF_TOKEN_ID};
use crate::settings::{Settings, Style};

/// Why a patch was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PatchError {
    /// No record of that resource has that id (404).
    NotFound(String),
}

/// Who a request authenticated as: a token and the user it acts for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Caller {
    /// The token's user; an automation token's creator.
    pub user_id: String,
    pub token_id: String,
    pub kind: TokenKind,
}

/// Shared by every connection; all mutation goes through [`Shared::lock`].
#[derive(Debug)]
pub(crate) struct Shared {
    /// The token `Fastly-Key` must carry.
    pub token: String,
    /// Generated items on top of the fixed seed (kept for resets).
    pub extra: ExtraCounts,
    /// Base URL of the canary listener.
    pub canary_url: String,
    /// The style the sandbox was started in (restored by a reset).
    pub initial_style: Style,
    /// The private CA's certificate (PEM) when serving HTTPS.
    pub ca_pem: Option<String>,
    inner: Mutex<Inner>,
}

/// Everything behind the lock.
#[derive(Debug)]
pub(crate) struct Inner {
    pub data: Dataset,
    pub faults: Vec<ArmedRule>,
    pub log: Vec<RequestRecord>,
    pub canary_log: Vec<CanaryRecord>,
    pub settings: Settings,
    /// Raw values planted into served records.
    pub patches: Patches,
    last_seq: u64,
}

impl Inner {
    fn fresh(extra: ExtraCounts, style: Style, token: &str) -> Inner {
        Inner {
            data: Dataset::seed(extra, token),
            faults: Vec::new(),
            log: Vec::new(),
            canary_log: Vec::new(),
            settings: Settings::with_style(style),
            patches: Patches::default(),
            last_seq: 0,
        }
    }

    /// Whether the sandbox currently answers like the live API.
    pub fn live(&self) -> bool {
        self.settings.style == Style::Live
    }

    /// Plants `fields` into the record, if it exists.
    pub fn patch(
        &mut self,
        resource: Resource,
        id: &str,
        fields: Map<String, Value>,
    ) -> Result<(), PatchError> {
        let data = &self.data;
        let exists = match resource {
            Resource::User => data.users.get(id).is_some(),
            Resource::Customer => data.customer.id == id && !data.customer_deleted,
            Resource::Role => data.roles.get(id).is_some(),
            Resource::ServiceGroup => data.service_groups.get(id).is_some(),
            Resource::UserGroup => data.user_groups.get(id).is_some(),
            Resource::Invitation => data.invitations.get(id).is_some(),
            Resource::Token => data.tokens.get(id).is_some(),
        };
        if !exists {
            return Err(PatchError::NotFound(format!(
                "no {} with id '{id}'",
                resource.name()
            )));
        }
        self.patches.add(resource, id, fields);
        Ok(())
    }

    /// The id of the live token whose secret `key` is, a user token or an
    /// automation token (`None`: not a valid key, e.g. after the sandbox's own
    /// token was revoked, or a token past its `expires_at`; the sandbox's own
    /// token never expires).
    pub fn token_for_key(&self, key: &[u8]) -> Option<String> {
        let matches = |secret: &Option<String>| secret.as_deref().map(str::as_bytes) == Some(key);
        let user = self.data.tokens.items().iter().find(|t| {
            matches(&t.secret)
                && (t.id == SELF_TOKEN_ID || !login::expired(t.expires_at.as_deref()))
        });
        if let Some(token) = user {
            return Some(token.id.clone());
        }
        self.data
            .automation_tokens
            .items()
            .iter()
            .find(|t| matches(&t.secret) && !login::expired(t.expires_at.as_deref()))
            .map(|t| t.id.clone())
    }

    /// Who the token `token_id` (the request's caller) acts for, while it
    /// exists: a user token's user, an automation token's creator.
    pub fn caller(&self, token_id: Option<&str>) -> Option<Caller> {
        let token_id = token_id?;
        if let Some(token) = self.data.tokens.get(token_id) {
            return Some(Caller {
                user_id: token.user_id.clone(),
                token_id: token.id.clone(),
                kind: TokenKind::User,
            });
        }
        let token = self.data.automation_tokens.get(token_id)?;
        Some(Caller {
            user_id: token.creator_id.clone(),
            token_id: token.id.clone(),
            kind: TokenKind::Automation,
        })
    }

    /// The next request sequence number (1, 2, ...).
    pub fn next_seq(&mut self) -> u64 {
        self.last_seq += 1;
        self.last_seq
    }

    /// Takes one use of the first armed rule matching the request.
    pub fn draw_fault(&mut self, method: &str, path: &str) -> Option<DrawnFault> {
        faults::draw(&mut self.faults, method, path)
    }

    /// The request log in arrival order.
    pub fn requests(&self) -> Vec<RequestRecord> {
        let mut log = self.log.clone();
        log.sort_by_key(|r| r.seq);
        log
    }
}

impl Shared {
    pub fn new(
        token: String,
        extra: ExtraCounts,
        canary_url: String,
        style: Style,
        ca_pem: Option<String>,
    ) -> Shared {
        let inner = Mutex::new(Inner::fresh(extra, style, &token));
        Shared {
            token,
            extra,
            canary_url,
            initial_style: style,
            ca_pem,
            inner,
        }
    }

    /// Locks the state. A panic while locked cannot leave it half-written in a way
    /// that matters to a fake, so a poisoned lock is simply taken over.
    pub fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Data back to the seed; faults, logs, patches and settings cleared (the
    /// style back to the one the sandbox started in).
    pub fn reset(&self) {
        let fresh = Inner::fresh(self.extra, self.initial_style, &self.token);
        let old = std::mem::replace(&mut *self.lock(), fresh);
        drop(old); // freed outside the lock
    }

    /// Adds a rule after those already armed.
    pub fn arm(&self, rule: FaultRule) {
        self.lock().faults.push(ArmedRule::new(rule));
    }

    /// The ids and counts of the seed.
    pub fn seed_info(&self) -> SeedInfo {
        seed::seed_info(self.extra, &self.token)
    }
}
