//! Lenient, per-field decoding of the API's JSON objects.
//!
//! The real API omits fields, sends `null`, and now and then a value of an
//! unexpected shape (a timestamp without a zone, `""` for a date, `0`/`1` for a
//! boolean). One such value must never fail a whole response: a field whose
//! value does not read as its type is left empty, its raw value stays in the
//! model's `extra` map under its own name, and one debug log line names it.
//! Fields the client does not model are kept in `extra` as sent.

use serde_json::{Map, Value};

use super::{Timestamp, UserRole};

/// A JSON object, as every model is decoded from.
pub type Object = Map<String, Value>;

/// A field type that can be read from one JSON value.
pub(crate) trait Field: Sized {
    /// The value as this type, or `None` when it does not read as one.
    fn from_json(value: &Value) -> Option<Self>;

    /// The same, taking the value: a string moves into the field instead of
    /// being copied, and a value that does not read comes back unchanged.
    fn from_owned(value: Value) -> Result<Self, Value> {
        Self::from_json(&value).ok_or(value)
    }
}

impl Field for String {
    /// Strings as sent; numbers (an id sent as a number) as their decimal text.
    fn from_json(value: &Value) -> Option<Self> {
        match value {
            Value::String(text) => Some(text.clone()),
            Value::Number(number) => Some(number.to_string()),
            _ => None,
        }
    }

    fn from_owned(value: Value) -> Result<Self, Value> {
        match value {
            Value::String(text) => Ok(text),
            other => Self::from_json(&other).ok_or(other),
        }
    }
}

impl Field for bool {
    fn from_json(value: &Value) -> Option<Self> {
        value.as_bool()
    }
}

impl Field for i64 {
    /// Integers, and integers sent as decimal strings.
    fn from_json(value: &Value) -> Option<Self> {
        match value {
            Value::Number(number) => number.as_i64(),
            Value::String(text) => text.trim().parse().ok(),
            _ => None,
        }
    }
}

impl Field for Timestamp {
    /// RFC 3339 timestamps (`2016-07-28T19:24:50Z`, `...+00:00`, with or
    /// without fractions). A timestamp without a zone names no instant, so it
    /// is not guessed at.
    fn from_json(value: &Value) -> Option<Self> {
        let text = value.as_str()?.trim();
        chrono::DateTime::parse_from_rfc3339(text)
            .ok()
            .map(|at| at.to_utc())
    }
}

impl Field for UserRole {
    fn from_json(value: &Value) -> Option<Self> {
        value.as_str().map(UserRole::parse_lenient)
    }
}

impl Field for Vec<String> {
    /// A list of strings (or numbers, read as text); any other element makes
    /// the whole list unreadable.
    fn from_json(value: &Value) -> Option<Self> {
        value.as_array()?.iter().map(String::from_json).collect()
    }
}

impl Field for Value {
    fn from_json(value: &Value) -> Option<Self> {
        Some(value.clone())
    }
}

/// Reads member `name`'s `value` as a `T`: `null` gives `None`; a value
/// that does not read as `T` gives `None`, is kept in `extra` under its name,
/// and is logged at debug level.
pub(crate) fn read<T: Field>(
    value: Value,
    model: &str,
    name: String,
    extra: &mut Object,
) -> Option<T> {
    if value.is_null() {
        return None;
    }
    match T::from_owned(value) {
        Ok(field) => Some(field),
        Err(value) => {
            log_unreadable(model, &name, &value);
            extra.insert(name, value);
            None
        }
    }
}

/// One debug line for a value that does not read as its field's type.
fn log_unreadable(model: &str, name: &str, value: &Value) {
    tracing::debug!(
        target: "fastly_account",
        model,
        field = name,
        json_type = json_type(value),
        "fastly-account field left empty: its value does not read as the field's type"
    );
}

/// Takes field `name` out of `object` as a `T`. A missing field or `null`
/// gives `None`; a value that does not read as `T` gives `None`, stays in
/// `object` (it ends up in the model's `extra`), and is logged at debug level.
pub(crate) fn take<T: Field>(object: &mut Object, model: &str, name: &str) -> Option<T> {
    let value = object.remove(name)?;
    if value.is_null() {
        return None;
    }
    match T::from_json(&value) {
        Some(field) => Some(field),
        None => {
            log_unreadable(model, name, &value);
            object.insert(name.to_owned(), value);
            None
        }
    }
}

/// The JSON type of a value, for log lines (never the value itself).
fn json_type(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "boolean",
        Value::Number(_) => "number",
        Value::String(_) => "string",
        Value::Array(_) => "array",
        Value::Object(_) => "object",
    }
}

/// Declares a model: a struct of optional fields plus `extra`, decoded from a
/// JSON object field by field with [`take`], and serialised back flat. It
/// describes itself ([`DescribeModel`](crate::interface::DescribeModel)): the
/// bindings' model classes and records are generated from that, so a field
/// is written here once, with its documentation.
macro_rules! model {
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident {
            $($(#[doc = $field_doc:literal])* pub $field:ident: Option<$ty:ty> $(= $key:literal)?,)*
        }
    ) => {
        $crate::model::lenient::model! {
            custom_deserialize
            $(#[doc = $doc])*
            pub struct $name {
                $($(#[doc = $field_doc])* pub $field: Option<$ty> $(= $key)?,)*
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            /// Member by member: each modelled field is read as it arrives,
            /// everything else goes to `extra` (no intermediate map).
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct Members;
                impl<'de> serde::de::Visitor<'de> for Members {
                    type Value = $name;
                    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                        f.write_str(concat!("a JSON object (", stringify!($name), ")"))
                    }
                    fn visit_map<A: serde::de::MapAccess<'de>>(
                        self,
                        mut members: A,
                    ) -> Result<$name, A::Error> {
                        let mut model = $name::default();
                        while let Some(key) = members.next_key::<String>()? {
                            let value: serde_json::Value = members.next_value()?;
                            $(
                                if key == $crate::model::lenient::json_key!($field $($key)?) {
                                    model.$field = $crate::model::lenient::read(
                                        value, stringify!($name), key, &mut model.extra);
                                    continue;
                                }
                            )*
                            model.extra.insert(key, value);
                        }
                        Ok(model)
                    }
                }
                deserializer.deserialize_map(Members)
            }
        }
    };
    (
        custom_deserialize
        $(#[doc = $doc:literal])*
        pub struct $name:ident {
            $($(#[doc = $field_doc:literal])* pub $field:ident: Option<$ty:ty> $(= $key:literal)?,)*
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
        #[non_exhaustive]
        pub struct $name {
            $($(#[doc = $field_doc])* $(#[serde(rename = $key)])? pub $field: Option<$ty>,)*
            /// Every field this client does not model, and the raw value of a
            /// modelled field that could not be read as its type, exactly as
            /// the API sent them.
            #[serde(flatten)]
            pub extra: $crate::model::lenient::Object,
        }

        impl $name {
            /// Reads the model from a JSON object, field by field (see
            /// [`lenient`](crate::model::lenient)).
            #[allow(dead_code)] // used by the models that flatten a resource first
            pub(crate) fn from_object(mut object: $crate::model::lenient::Object) -> Self {
                $name {
                    $($field: $crate::model::lenient::take(
                        &mut object,
                        stringify!($name),
                        $crate::model::lenient::json_key!($field $($key)?),
                    ),)*
                    extra: object,
                }
            }
        }

        impl $crate::interface::DescribeModel for $name {
            fn describe() -> $crate::interface::Model {
                $crate::interface::Model {
                    name: stringify!($name),
                    doc: &[$($doc),*],
                    fields: vec![$($crate::interface::ModelField {
                        name: stringify!($field),
                        key: $crate::model::lenient::json_key!($field $($key)?),
                        ty: stringify!($ty),
                        doc: &[$($field_doc),*],
                    }),*],
                }
            }
        }
    };
}

/// A field's JSON member name: the field's own name, or the one given.
macro_rules! json_key {
    ($field:ident) => {
        stringify!($field)
    };
    ($field:ident $key:literal) => {
        $key
    };
}

pub(crate) use {json_key, model};

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn object(value: Value) -> Object {
        match value {
            Value::Object(object) => object,
            _ => unreachable!("test input is an object"),
        }
    }

    #[test]
    fn odd_values_leave_the_field_empty_and_stay_in_the_object() {
        let mut o = object(json!({
            "a": "2022-11-04 18:02:15", "b": "", "c": 1, "d": true, "e": null,
            "f": "2016-07-28T19:24:50+02:00", "g": ["x", 2], "h": ["x", {}], "i": "12",
        }));
        assert_eq!(take::<Timestamp>(&mut o, "M", "a"), None);
        assert_eq!(take::<Timestamp>(&mut o, "M", "b"), None);
        assert_eq!(take::<bool>(&mut o, "M", "c"), None);
        assert_eq!(take::<bool>(&mut o, "M", "d"), Some(true));
        assert_eq!(take::<String>(&mut o, "M", "e"), None);
        assert_eq!(
            take::<Timestamp>(&mut o, "M", "f").map(|t| t.to_rfc3339()),
            Some("2016-07-28T17:24:50+00:00".to_string())
        );
        assert_eq!(
            take::<Vec<String>>(&mut o, "M", "g"),
            Some(vec!["x".to_string(), "2".to_string()])
        );
        assert_eq!(take::<Vec<String>>(&mut o, "M", "h"), None);
        assert_eq!(take::<i64>(&mut o, "M", "i"), Some(12));
        assert_eq!(take::<String>(&mut o, "M", "missing"), None);
        let left: Vec<&str> = o.keys().map(String::as_str).collect();
        assert_eq!(left, ["a", "b", "c", "h"]);
    }
}
