//! The sandbox's mutable state, shared by both listeners and the library handle.

use std::sync::{Mutex, MutexGuard};

use crate::faults::{self, ArmedRule, DrawnFault, FaultRule};
use crate::request_log::{CanaryRecord, RequestRecord};
use crate::seed::{self, Dataset, ExtraCounts, SeedInfo};
use crate::settings::Settings;

/// Shared by every connection; all mutation goes through [`Shared::lock`].
#[derive(Debug)]
pub(crate) struct Shared {
    /// The token `Fastly-Key` must carry.
    pub token: String,
    /// Generated items on top of the fixed seed (kept for resets).
    pub extra: ExtraCounts,
    /// Base URL of the canary listener.
    pub canary_url: String,
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
    last_seq: u64,
}

impl Inner {
    fn fresh(extra: ExtraCounts) -> Inner {
        Inner {
            data: Dataset::seed(extra),
            faults: Vec::new(),
            log: Vec::new(),
            canary_log: Vec::new(),
            settings: Settings::default(),
            last_seq: 0,
        }
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
    pub fn new(token: String, extra: ExtraCounts, canary_url: String) -> Shared {
        Shared {
            token,
            extra,
            canary_url,
            inner: Mutex::new(Inner::fresh(extra)),
        }
    }

    /// Locks the state. A panic while locked cannot leave it half-written in a way
    /// that matters to a fake, so a poisoned lock is simply taken over.
    pub fn lock(&self) -> MutexGuard<'_, Inner> {
        self.inner
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Data back to the seed; faults, logs and settings cleared.
    pub fn reset(&self) {
        let fresh = Inner::fresh(self.extra);
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
