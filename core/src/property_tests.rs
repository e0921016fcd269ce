//! Property tests of the pieces that face untrusted input: response bodies,
//! ids that become paths, and rate-limit / Retry-After headers.

use proptest::prelude::*;
use reqwest::header::{HeaderMap, HeaderValue};
use reqwest::StatusCode;
use serde_json::Value;

use crate::error::Error;
use crate::model::{Customer, Invitation, Role, ServiceGroup, User, UserGroup};
use crate::pagination::{Envelope, Page};
use crate::response_error::message_from_body;
use crate::transport::{decode, id_segment, parse_retry_after, rate_limit_from};

/// Arbitrary JSON, nested a few levels, with keys the models know mixed in so
/// that fields get values of every wrong type.
fn json() -> impl Strategy<Value = Value> {
    let key = prop_oneof![
        Just("id".to_string()),
        Just("name".to_string()),
        Just("role".to_string()),
        Just("created_at".to_string()),
        Just("data".to_string()),
        Just("attributes".to_string()),
        Just("meta".to_string()),
        Just("next_cursor".to_string()),
        Just("total".to_string()),
        "[a-z_]{1,12}",
    ];
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(Value::from),
        ".{0,24}".prop_map(Value::from),
        Just(Value::from("2016-07-28T19:24:50Z")),
    ];
    leaf.prop_recursive(4, 64, 8, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((key.clone(), inner), 0..8)
                .prop_map(|fields| Value::Object(fields.into_iter().collect())),
        ]
    })
}

/// Member names of the models, so that known fields get values of every type.
fn model_key() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("id".to_string()),
        Just("login".to_string()),
        Just("role".to_string()),
        Just("roles".to_string()),
        Just("locked".to_string()),
        Just("created_at".to_string()),
        Just("last_active_at".to_string()),
        Just("force_2fa".to_string()),
        Just("status_code".to_string()),
        "[a-z_]{1,12}",
    ]
}

/// Decoding must give a model or `Decode`, never a panic or another error.
fn decodes_or_refuses(body: &[u8]) {
    fn check<T: serde::de::DeserializeOwned>(body: &[u8]) {
        match decode::<T>(StatusCode::OK, body) {
            Ok(_) | Err(Error::Decode { .. }) => {}
            Err(other) => panic!("unexpected error {other:?}"),
        }
    }
    check::<Customer>(body);
    check::<User>(body);
    check::<Vec<User>>(body);
    check::<Invitation>(body);
    check::<Role>(body);
    check::<ServiceGroup>(body);
    check::<UserGroup>(body);
    check::<Envelope<Role>>(body);
    if let Ok(envelope) = decode::<Envelope<UserGroup>>(StatusCode::OK, body) {
        let _page: Page<UserGroup> = envelope.into();
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(body in prop::collection::vec(any::<u8>(), 0..512)) {
        decodes_or_refuses(&body);
        let _ = message_from_body(StatusCode::INTERNAL_SERVER_ERROR, None, &body);
    }

    #[test]
    fn arbitrary_json_never_panics(value in json()) {
        let body = value.to_string().into_bytes();
        decodes_or_refuses(&body);
        let message = message_from_body(StatusCode::BAD_REQUEST, None, &body);
        prop_assert!(!message.is_empty());
    }

    /// Lenient decoding: any JSON object is a model, whatever its members
    /// hold; each member is either read into its field or kept in `extra`,
    /// never lost. A list of such objects is a list of models.
    #[test]
    fn any_object_decodes_and_no_member_is_lost(
        members in prop::collection::btree_map(model_key(), json(), 0..12),
    ) {
        let object: serde_json::Map<String, Value> = members.into_iter().collect();
        let body = Value::Array(vec![Value::Object(object.clone())]).to_string();
        let users: Vec<User> = decode(StatusCode::OK, body.as_bytes()).expect("a list of objects decodes");
        let user = &users[0];
        let back = serde_json::to_value(user).expect("serialises");
        for (name, value) in &object {
            if value.is_null() {
                continue;
            }
            let kept = back.get(name);
            prop_assert!(kept.is_some(), "{} lost from {:?}", name, user);
        }
        let customer: Customer = decode(StatusCode::OK, Value::Object(object.clone()).to_string().as_bytes()).expect("customer");
        let _ = customer;
        let invitation: Invitation = decode(StatusCode::OK, Value::Object(object).to_string().as_bytes()).expect("invitation");
        let _ = invitation;
    }

    #[test]
    fn any_id_is_exactly_one_segment(id in any::<String>()) {
        match id_segment("id", &id) {
            Err(Error::InvalidArgument { .. }) => {
                prop_assert!(id.trim().is_empty() || id == "." || id == "..");
            }
            Err(other) => prop_assert!(false, "unexpected {other:?}"),
            Ok(segment) => {
                prop_assert!(segment.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b)));
                let url = reqwest::Url::parse(&format!("http://h/user/{segment}/x")).unwrap();
                let parts: Vec<&str> = url.path_segments().unwrap().collect();
                prop_assert_eq!(parts.len(), 3, "{:?} -> {}", id, url);
                prop_assert_eq!(parts[0], "user");
                prop_assert_eq!(parts[2], "x");
                prop_assert!(url.query().is_none() && url.fragment().is_none());
                let back = percent_encoding::percent_decode_str(parts[1]).decode_utf8().unwrap();
                prop_assert_eq!(back.as_ref(), id.as_str());
            }
        }
    }

    #[test]
    fn rate_limit_headers_never_panic(remaining in ".{0,30}", reset in ".{0,30}", bytes in prop::collection::vec(any::<u8>(), 0..30)) {
        let mut headers = HeaderMap::new();
        for value in [&remaining, &reset] {
            if let Ok(value) = HeaderValue::from_str(value) {
                headers.insert("fastly-ratelimit-remaining", value.clone());
                headers.insert("fastly-ratelimit-reset", value);
            }
        }
        if let Ok(value) = HeaderValue::from_bytes(&bytes) {
            headers.append("fastly-ratelimit-reset", value);
        }
        let _ = rate_limit_from(&headers);
    }

    #[test]
    fn retry_after_never_panics(value in ".{0,40}", seconds in any::<u64>()) {
        let now = chrono::Utc::now();
        let _ = parse_retry_after(&value, now);
        let parsed = parse_retry_after(&seconds.to_string(), now);
        prop_assert!(parsed.is_some_and(|d| d.as_secs() <= 24 * 3600));
    }
}
