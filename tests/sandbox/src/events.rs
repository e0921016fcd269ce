//! The audit log: `GET /events` and `GET /events/{id}` (fastly-py's
//! `EventsApi`), JSON:API (`application/vnd.api+json`), and [`record`], the one
//! helper every write of the sandbox calls to add its line.
//!
//! The shapes follow go-fastly's recordings of the live API
//! (`fastly/fixtures/events/get_events.yaml`, `get_event.yaml`, 2021): each event
//! is `{"id", "type": "event", "attributes": {customer_id, description,
//! event_type, ip, metadata (an object), service_id, user_id, created_at,
//! admin}}`; the list's `links` hold `next` only when there is a next page, and
//! `last`, as absolute URLs with raw brackets
//! (`https://api.fastly.com/events?page[number]=2&page[size]=1`); `meta` is
//! `record_count`, `current_page`, `total_pages`, `per_page`. The event types
//! are the documented ones (fastly-py's `EventAttributes.event_type` enum,
//! [`EVENT_TYPES`]). The query parameters are the 13 fastly-py sends.
//!
//! Not recorded (answered plausibly): `token_id` (in fastly-py's model, absent
//! from the 2021 recording) is always sent, `null` when no token was involved,
//! as is `service_id` for events of no service; the link of a filtered list
//! carries the filters and `sort` after the page parameters; `filter[created_at]`
//! without a sub-key takes a date (the events of that UTC day) or a timestamp
//! (that second); a date in a `gte`/`gt`/`lte`/`lt` bound means the whole UTC
//! day (`lte=2024-01-05` takes all of the 5th, `gt=2024-01-05` starts on the
//! 6th); an unparsable bound, an unknown `filter[...]`, or a `sort` other than
//! `created_at`/`-created_at` is a JSON:API 400; an unknown id is a JSON:API 404.
//! Events the sandbox records itself carry `ip` `127.0.0.1` and `admin` false.

use axum::http::StatusCode;
use chrono::{DateTime, Duration, NaiveDate, SecondsFormat, TimeZone as _, Utc};
use serde_json::{json, Value};

use crate::pages::{self, Page};
use crate::respond::{self, Reply};
use crate::routes::ApiRequest;
use crate::seed::{CUSTOMER_ID, OWNER_USER_ID};
use crate::state::{Inner, Shared};

/// The documented event types (fastly-py's and fastly-rust's enum, 144 values).
#[rustfmt::skip]
pub(crate) const EVENT_TYPES: [&str; 144] = [
    "api_key.create", "acl.create", "acl.delete", "acl.update", "address.create",
    "address.delete", "address.update", "alerts.definition.create",
    "alerts.definition.delete", "alerts.definition.test", "alerts.definition.update",
    "backend.create", "backend.delete", "backend.update", "billing.contact_update",
    "cache_settings.create", "cache_settings.delete", "cache_settings.update",
    "customer.create", "customer.pricing", "customer.update", "customer_feature.create",
    "customer_feature.delete", "director.create", "director.delete", "director.update",
    "director_backend.create", "director_backend.delete", "domain.create", "domain.delete",
    "domain.update", "gzip.create", "gzip.delete", "gzip.update", "header.create",
    "header.delete", "header.update", "healthcheck.create", "healthcheck.delete",
    "healthcheck.update", "invitation.accept", "invitation.sent", "invoice.failed_payment",
    "invoice.payment", "io_settings.create", "io_settings.delete", "io_settings.update",
    "logging.create", "logging.delete", "logging.update", "pool.create", "pool.delete",
    "pool.update", "request_settings.create", "request_settings.delete",
    "request_settings.update", "response_object.create", "response_object.delete",
    "response_object.update", "rule_status.update", "rule_status.upsert",
    "security.workspace.create", "security.workspace.update", "security.workspace.delete",
    "security.redaction.create", "security.redaction.update", "security.redaction.delete",
    "security.rule.create", "security.rule.update", "security.rule.delete",
    "security.virtual_patch.create", "security.virtual_patch.update",
    "security.virtual_patch.delete", "security.event.update", "server.create",
    "server.delete", "server.update", "service.create", "service.delete", "service.move",
    "service.move_destination", "service.move_source", "service.purge_all",
    "service.update", "service_authorization.create", "service_authorization.delete",
    "service_authorization.update", "tls.bulk_certificate.create",
    "tls.bulk_certificate.delete", "tls.bulk_certificate.update", "tls.certificate.create",
    "tls.certificate.expiration_email", "tls.certificate.update", "tls.certificate.delete",
    "tls.configuration.update", "tls.private_key.create", "tls.private_key.delete",
    "tls.activation.enable", "tls.activation.update", "tls.activation.disable",
    "tls.globalsign.domain.create", "tls.globalsign.domain.verify",
    "tls.globalsign.domain.delete", "tls.subscription.create", "tls.subscription.delete",
    "tls.subscription.dns_check_email", "token.create", "token.destroy",
    "two_factor_auth.disable", "two_factor_auth.enable", "user.create", "user.destroy",
    "user.lock", "user.login", "user.login_failure", "user.logout", "user.password_update",
    "user.unlock", "user.update", "vcl.create", "vcl.delete", "vcl.update",
    "version.activate", "version.clone", "version.copy", "version.copy_destination",
    "version.copy_source", "version.create", "version.deactivate", "version.lock",
    "version.update", "waf.configuration_set_update", "waf.create", "waf.delete",
    "waf.update", "waf.enable", "waf.disable", "waf.owasp.create", "waf.owasp.update",
    "waf.ruleset.deploy", "waf.ruleset.deploy_failure", "wordpress.create",
    "wordpress.delete", "wordpress.update",
];

/// The address the sandbox's own events come from.
const LOOPBACK: &str = "127.0.0.1";

/// One audit-log event.
#[derive(Debug, Clone)]
pub(crate) struct Event {
    pub id: String,
    pub event_type: &'static str,
    pub customer_id: String,
    pub description: String,
    pub ip: String,
    pub metadata: Value,
    pub service_id: Option<String>,
    pub user_id: Option<String>,
    pub token_id: Option<String>,
    pub created_at: DateTime<Utc>,
    pub admin: bool,
}

impl Event {
    /// The recorded resource object (`Event`), plus `token_id`.
    fn resource(&self) -> Value {
        json!({
            "id": self.id,
            "type": "event",
            "attributes": {
                "customer_id": self.customer_id,
                "description": self.description,
                "event_type": self.event_type,
                "ip": self.ip,
                "metadata": self.metadata,
                "service_id": self.service_id,
                "user_id": self.user_id,
                "token_id": self.token_id,
                "created_at": timestamp(self.created_at),
                "admin": self.admin,
            }
        })
    }
}

/// RFC 3339, whole seconds, `Z`, as the API writes times.
fn timestamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

/// Who did a write: the request's caller (its token's user and the token), or
/// a named user and maybe token (a login, or HTTP Basic, which have no calling
/// token).
pub(crate) enum Who<'a> {
    Caller(&'a ApiRequest),
    User {
        user_id: &'a str,
        token_id: Option<&'a str>,
    },
}

/// Adds one event for a write of the sandbox: now, from `127.0.0.1`, not by
/// Fastly (`admin` false), of the seeded customer. `event_type` must be a
/// documented type.
pub(crate) fn record(
    state: &mut Inner,
    who: Who<'_>,
    event_type: &'static str,
    description: String,
    service_id: Option<&str>,
    metadata: Value,
) {
    debug_assert!(EVENT_TYPES.contains(&event_type), "{event_type}");
    let (user_id, token_id) = match who {
        Who::Caller(req) => match state.caller(req.caller_token.as_deref()) {
            Some(caller) => (Some(caller.user_id), Some(caller.token_id)),
            None => (None, req.caller_token.clone()),
        },
        Who::User { user_id, token_id } => (Some(user_id.to_owned()), token_id.map(str::to_owned)),
    };
    state.data.events_created += 1;
    let event = Event {
        id: format!("evNewx4xCwxxJx{:08}", state.data.events_created),
        event_type,
        customer_id: CUSTOMER_ID.to_owned(),
        description,
        ip: LOOPBACK.to_owned(),
        metadata,
        service_id: service_id.map(str::to_owned),
        user_id,
        token_id,
        created_at: now(),
        admin: false,
    };
    state.data.events.push(event);
}

/// Now, to the second (as the API writes it).
fn now() -> DateTime<Utc> {
    let now = Utc::now();
    Utc.timestamp_opt(now.timestamp(), 0)
        .single()
        .unwrap_or(now)
}

/// (id, type, description, user, service, token, created_at, ip, admin, metadata)
type EventRow = (
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
    &'static str,
    &'static str,
    bool,
    fn() -> Value,
);

const SEEDED_EVENTS: [EventRow; 6] = [
    (
        "evSeedx4xCwxxJxLogin01",
        "user.login",
        "User 'owner@example.com' logged in",
        Some(OWNER_USER_ID),
        None,
        None,
        "2023-03-14T09:00:00Z",
        "192.0.2.10",
        false,
        || json!({}),
    ),
    (
        "evSeedx4xCwxxJxVersn02",
        "version.activate",
        "Version '12' was activated",
        Some("4kYH1qEngx4xCwxxJxx001"),
        Some("SU1Z0isxPaozGVKXdv0eY"),
        Some("tkErinDepx4xCwxxJxx003"),
        "2023-06-01T12:30:00Z",
        "198.51.100.23",
        false,
        || json!({"version": 12}),
    ),
    (
        "evSeedx4xCwxxJxLoggn03",
        "logging.update",
        "Logging 'new-test-elasticsearch' was updated on Version '63'",
        Some("4kYH1qEngx4xCwxxJxx001"),
        Some("7i6HN3TK9wS159v2gPAZ8A"),
        Some("tkErinDepx4xCwxxJxx003"),
        "2023-11-03T16:29:29Z",
        "198.51.100.23, 198.51.100.23",
        false,
        || {
            json!({
                "old": {"name": "test-elasticsearch", "pipeline": "my_pipeline_id"},
                "new": {"name": "new-test-elasticsearch", "pipeline": "my_new_pipeline_id"},
            })
        },
    ),
    (
        "evSeedx4xCwxxJxToken04",
        "token.create",
        "Token 'Dashboards (read-only)' was created",
        Some("4kYH1qSupx4xCwxxJxx001"),
        None,
        None,
        "2024-01-02T03:04:05Z",
        "203.0.113.7",
        false,
        || {
            json!({"token_id": "tkSamReadx4xCwxxJxx004",
                   "name": "Dashboards (read-only)", "scope": "global:read"})
        },
    ),
    (
        "evSeedx4xCwxxJxPurge05",
        "service.purge_all",
        "Service 'www.example.com' was purged",
        Some("4kYH1qUserx4xCwxxJx001"),
        Some("SU1Z0isxPaozGVKXdv0eY"),
        Some("tkUmaPurgx4xCwxxJxx006"),
        "2024-01-05T10:00:00Z",
        "192.0.2.44",
        false,
        || json!({}),
    ),
    (
        "evSeedx4xCwxxJxPrice06",
        "customer.pricing",
        "Pricing plan was changed to 'Developer'",
        Some("FastlyStaffx4xCwxxJx01"),
        None,
        None,
        "2024-04-15T00:00:00Z",
        "10.0.0.1",
        true,
        || json!({"old": {"pricing_plan": "Trial"}, "new": {"pricing_plan": "Developer"}}),
    ),
];

/// The seeded events, oldest first.
pub(crate) fn seed() -> Vec<Event> {
    SEEDED_EVENTS
        .iter()
        .map(
            |&(id, event_type, description, user, service, token, at, ip, admin, metadata)| Event {
                id: id.to_owned(),
                event_type,
                customer_id: CUSTOMER_ID.to_owned(),
                description: description.to_owned(),
                ip: ip.to_owned(),
                metadata: metadata(),
                service_id: service.map(str::to_owned),
                user_id: user.map(str::to_owned),
                token_id: token.map(str::to_owned),
                created_at: parse_time(at).unwrap_or_default(),
                admin,
            },
        )
        .collect()
}

/// The seeded event ids, oldest first.
pub(crate) fn seed_ids() -> Vec<String> {
    SEEDED_EVENTS.iter().map(|e| e.0.to_owned()).collect()
}

fn parse_time(text: &str) -> Option<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(text)
        .ok()
        .map(|t| t.with_timezone(&Utc))
}

/// A date (`YYYY-MM-DD`) as the UTC day it names: [start, end).
fn parse_day(text: &str) -> Option<(DateTime<Utc>, DateTime<Utc>)> {
    let day = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
    let start = Utc.from_utc_datetime(&day.and_hms_opt(0, 0, 0)?);
    Some((start, start + Duration::days(1)))
}

/// A `created_at` value: a date (its day) or a timestamp (that second).
fn parse_span(name: &str, text: &str) -> Result<(DateTime<Utc>, DateTime<Utc>), String> {
    let text = text.trim();
    if let Some(day) = parse_day(text) {
        return Ok(day);
    }
    match parse_time(text) {
        Some(at) => Ok((at, at + Duration::seconds(1))),
        None => Err(format!(
            "{name} must be a date (YYYY-MM-DD) or an RFC 3339 timestamp, got '{text}'"
        )),
    }
}

/// What a list asks for besides the page.
#[derive(Debug, Default)]
struct Filters {
    exact: Vec<(&'static str, String)>,
    /// Events at or after.
    from: Option<DateTime<Utc>>,
    /// Events before.
    until: Option<DateTime<Utc>>,
    descending: bool,
    /// The pairs to repeat in the links, as received (not the page ones).
    kept: Vec<(String, String)>,
}

impl Filters {
    fn read(pairs: &[(String, String)]) -> Result<Filters, String> {
        let mut filters = Filters::default();
        for (name, value) in pairs {
            let exact = match name.as_str() {
                "filter[customer_id]" => Some("customer_id"),
                "filter[event_type]" => Some("event_type"),
                "filter[service_id]" => Some("service_id"),
                "filter[user_id]" => Some("user_id"),
                "filter[token_id]" => Some("token_id"),
                _ => None,
            };
            if let Some(field) = exact {
                filters.exact.push((field, value.clone()));
            } else if let Some(bound) = name
                .strip_prefix("filter[created_at]")
                .filter(|rest| rest.is_empty() || rest.starts_with('['))
            {
                let (start, end) = parse_span(name, value)?;
                let (from, until) = match bound {
                    "" => (Some(start), Some(end)),
                    "[gte]" => (Some(start), None),
                    "[gt]" => (Some(end), None),
                    "[lte]" => (None, Some(end)),
                    "[lt]" => (None, Some(start)),
                    _ => {
                        return Err(format!(
                            "unknown filter '{name}': use [gte], [gt], [lte] or [lt]"
                        ))
                    }
                };
                if let Some(from) = from {
                    filters.from = Some(filters.from.map_or(from, |f| f.max(from)));
                }
                if let Some(until) = until {
                    filters.until = Some(filters.until.map_or(until, |u| u.min(until)));
                }
            } else if name.starts_with("filter[") {
                return Err(format!(
                    "unknown filter '{name}': filter by customer_id, event_type, service_id, \
                     user_id, token_id or created_at"
                ));
            } else if name == "sort" {
                filters.descending = match value.as_str() {
                    "created_at" => false,
                    "-created_at" => true,
                    other => {
                        return Err(format!(
                            "sort must be created_at or -created_at, got '{other}'"
                        ))
                    }
                };
            } else {
                continue;
            }
            filters.kept.push((name.clone(), value.clone()));
        }
        Ok(filters)
    }

    fn matches(&self, event: &Event) -> bool {
        let field = |name: &str| match name {
            "customer_id" => Some(event.customer_id.as_str()),
            "event_type" => Some(event.event_type),
            "service_id" => event.service_id.as_deref(),
            "user_id" => event.user_id.as_deref(),
            _ => event.token_id.as_deref(),
        };
        self.exact
            .iter()
            .all(|(name, value)| field(name) == Some(value.as_str()))
            && self.from.is_none_or(|from| event.created_at >= from)
            && self.until.is_none_or(|until| event.created_at < until)
    }
}

/// Percent-encodes a query value, keeping what a timestamp needs readable.
fn encode_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~:".contains(&byte) {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn invalid(detail: impl Into<String>) -> Reply {
    respond::json_api_error(StatusCode::BAD_REQUEST, detail)
}

/// `GET /events`: the filtered events, oldest first (equal times in the order
/// they were recorded), or the reverse with `sort=-created_at`, paged.
pub(crate) fn list(shared: &Shared, req: &ApiRequest) -> Reply {
    let pairs = match pages::query_pairs(req.query.as_deref()) {
        Ok(pairs) => pairs,
        Err(detail) => return invalid(detail),
    };
    let filters = match Filters::read(&pairs) {
        Ok(filters) => filters,
        Err(detail) => return invalid(detail),
    };
    let state = shared.lock();
    let mut events: Vec<&Event> = state
        .data
        .events
        .iter()
        .filter(|e| filters.matches(e))
        .collect();
    events.sort_by_key(|e| e.created_at);
    if filters.descending {
        events.reverse();
    }
    let page = match Page::read(&pairs, events.len()) {
        Ok(page) => page,
        Err(detail) => return invalid(detail),
    };
    let base = pages::base_url(shared, req);
    let rest: String = filters
        .kept
        .iter()
        .map(|(name, value)| format!("&{name}={}", encode_value(value)))
        .collect();
    let size = page.size;
    let body = json!({
        "data": events[page.range()].iter().map(|e| e.resource()).collect::<Vec<_>>(),
        "links": page.links(|n| format!("{base}/events?page[number]={n}&page[size]={size}{rest}")),
        "meta": page.meta(),
    });
    respond::json_as(StatusCode::OK, respond::JSON_API, &body)
}

/// `GET /events/{id}`: `{"data": event}`.
pub(crate) fn get(shared: &Shared, id: &str) -> Reply {
    let state = shared.lock();
    match state.data.events.iter().find(|e| e.id == id) {
        Some(event) => respond::json_as(
            StatusCode::OK,
            respond::JSON_API,
            &json!({ "data": event.resource() }),
        ),
        None => respond::json_api_error(StatusCode::NOT_FOUND, format!("Cannot find event '{id}'")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(query: &str) -> Result<Filters, String> {
        Filters::read(&pages::query_pairs(Some(query)).expect("a query"))
    }

    fn at(text: &str) -> DateTime<Utc> {
        parse_time(text).expect("a time")
    }

    #[test]
    fn the_documented_types_are_unique_and_the_seed_uses_them() {
        let mut types = EVENT_TYPES.to_vec();
        types.sort_unstable();
        types.dedup();
        assert_eq!(types.len(), EVENT_TYPES.len());
        for event in seed() {
            assert!(
                EVENT_TYPES.contains(&event.event_type),
                "{}",
                event.event_type
            );
            assert_eq!(event.id.len(), 22, "{}", event.id);
            assert!(event.created_at > at("2023-01-01T00:00:00Z"));
        }
    }

    #[test]
    fn dates_are_whole_days_and_timestamps_seconds() {
        let day = read("filter[created_at]=2024-01-05").expect("ok");
        assert_eq!(day.from, Some(at("2024-01-05T00:00:00Z")));
        assert_eq!(day.until, Some(at("2024-01-06T00:00:00Z")));
        let instant = read("filter%5Bcreated_at%5D=2024-01-05T10:00:00%2B01:00").expect("ok");
        assert_eq!(instant.from, Some(at("2024-01-05T09:00:00Z")));
        assert_eq!(instant.until, Some(at("2024-01-05T09:00:01Z")));
        let bounds = read(
            "filter[created_at][gt]=2024-01-01&filter[created_at][lte]=2024-01-05\
             &filter[created_at][gte]=2023-12-31T00:00:00Z",
        )
        .expect("ok");
        assert_eq!(bounds.from, Some(at("2024-01-02T00:00:00Z")));
        assert_eq!(bounds.until, Some(at("2024-01-06T00:00:00Z")));
        let lt = read("filter[created_at][lt]=2024-01-05").expect("ok");
        assert_eq!(lt.until, Some(at("2024-01-05T00:00:00Z")));
        for bad in [
            "filter[created_at]=yesterday",
            "filter[created_at][gte]=2024-13-01",
            "filter[created_at][after]=2024-01-01",
            "filter[colour]=red",
            "sort=name",
            "sort=-updated_at",
        ] {
            assert!(read(bad).is_err(), "{bad}");
        }
        assert!(read("sort=-created_at").expect("ok").descending);
        assert!(read("page[size]=3&other=1").expect("ok").kept.is_empty());
    }

    #[test]
    fn encodes_link_values() {
        assert_eq!(
            encode_value("2024-01-05T10:00:00+01:00"),
            "2024-01-05T10:00:00%2B01:00"
        );
        assert_eq!(encode_value("user.create"), "user.create");
        assert_eq!(encode_value("a b&c"), "a%20b%26c");
    }
}
