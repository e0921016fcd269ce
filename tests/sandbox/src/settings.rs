//! Switches between the response shapes a client must accept.

use serde::{Deserialize, Serialize};

/// Where list responses put the pagination cursor.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CursorLocation {
    /// `{"data":[..],"meta":{"per_page":P,"next_cursor":C,"total":T}}` (the default).
    #[default]
    Meta,
    /// `{"data":[..],"next_cursor":C,"total":T,"meta":{"per_page":P}}`.
    Top,
}

/// How `POST /invitations` wraps the created invitation.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum InvitationEnvelope {
    /// `{"data":{"id":..,"type":"invitation","attributes":{..}}}`, as the real API
    /// answers (the default).
    #[default]
    Data,
    /// The bare resource object, as the spec shows it.
    Bare,
}

/// Response-shape settings (JSON of `PUT /__sandbox/settings`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Where list responses put `next_cursor` and `total`.
    pub cursor_location: CursorLocation,
    /// Whether a created invitation comes wrapped in `{"data": ..}`.
    pub invitation_envelope: InvitationEnvelope,
}

/// A partial update of [`Settings`]: absent fields keep their current value.
#[derive(Debug, Clone, Copy, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SettingsPatch {
    pub cursor_location: Option<CursorLocation>,
    pub invitation_envelope: Option<InvitationEnvelope>,
}

impl Settings {
    pub(crate) fn apply(&mut self, patch: SettingsPatch) {
        if let Some(location) = patch.cursor_location {
            self.cursor_location = location;
        }
        if let Some(envelope) = patch.invitation_envelope {
            self.invitation_envelope = envelope;
        }
    }
}
