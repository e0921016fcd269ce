//! Switches between the response shapes a client must accept.

use serde::{Deserialize, Serialize};

/// Which API the sandbox imitates: the live Fastly API or the seed spec.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Style {
    /// As `api.fastly.com` answers (the default): IAM lists page by page number,
    /// invitations are rich JSON:API objects, six user roles are accepted.
    #[default]
    Live,
    /// As the seed spec (`tests/spec/fastly-account-openapi.yml`) describes it: IAM
    /// lists page with cursors (see [`CursorLocation`]), invitations carry `status`
    /// (see [`InvitationEnvelope`]), updates and invitations accept four roles.
    Seed,
}

/// Where list responses put the pagination cursor (seed style only).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum CursorLocation {
    /// `{"data":[..],"meta":{"per_page":P,"next_cursor":C,"total":T}}` (the default).
    #[default]
    Meta,
    /// `{"data":[..],"next_cursor":C,"total":T,"meta":{"per_page":P}}`.
    Top,
}

/// How `POST /invitations` wraps the created invitation (seed style only).
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
///
/// `Settings::default()` is the live style; [`Settings::seed`] is the seed style.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// Where list responses put `next_cursor` and `total` (seed style).
    pub cursor_location: CursorLocation,
    /// Whether a created invitation comes wrapped in `{"data": ..}` (seed style).
    pub invitation_envelope: InvitationEnvelope,
    /// Live API or seed spec.
    pub style: Style,
}

/// A partial update of [`Settings`]: absent fields keep their current value.
#[derive(Debug, Clone, Copy, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SettingsPatch {
    pub cursor_location: Option<CursorLocation>,
    pub invitation_envelope: Option<InvitationEnvelope>,
    pub style: Option<Style>,
}

impl Settings {
    /// The default settings in the given style.
    pub fn with_style(style: Style) -> Self {
        Settings {
            style,
            ..Settings::default()
        }
    }

    /// The live style with the other settings at their defaults (= `default()`).
    pub fn live() -> Self {
        Settings::with_style(Style::Live)
    }

    /// The seed style with the other settings at their defaults.
    pub fn seed() -> Self {
        Settings::with_style(Style::Seed)
    }

    pub(crate) fn apply(&mut self, patch: SettingsPatch) {
        if let Some(location) = patch.cursor_location {
            self.cursor_location = location;
        }
        if let Some(envelope) = patch.invitation_envelope {
            self.invitation_envelope = envelope;
        }
        if let Some(style) = patch.style {
            self.style = style;
        }
    }
}
