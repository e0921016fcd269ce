//! JSON:API resources (`{"id", "type", "attributes": {...}, "relationships":
//! {...}}`, with or without a `{"data": ...}` wrapper) read as one flat
//! object, so a model declared with `model!` decodes them field by field.

use serde_json::Value;

use super::lenient::Object;

/// The resource inside a `{"data": {...}}` wrapper, or the object itself
/// when it is bare (a lone `data` member that is not an object is an
/// attribute of a bare resource, and stays).
pub(crate) fn unwrap_data(mut object: Object) -> Object {
    if object.len() == 1 {
        if let Some(Value::Object(data)) = object.remove("data") {
            return data;
        }
    }
    object
}

/// A JSON:API resource as one flat object:
///
/// - `attributes` merged in (the resource's own `id` wins);
/// - `type` dropped when it is `type_name` (kept otherwise);
/// - each relationship to one resource becomes `<name>_id`
///   (`{"customer": {"data": {"id": "c1"}}}` -> `customer_id: "c1"`; the
///   flat `{"service": {"id": ...}}` some definitions write reads the same);
/// - each relationship to several becomes `<name>_ids`, the name's plural
///   `s` dropped (`service_invitations` -> `service_invitation_ids`).
///
/// An attribute already named so wins over the relationship. A relationship
/// of another shape is kept under `relationships`, as sent.
pub(crate) fn flatten(resource: Object, type_name: &str) -> Object {
    let mut resource = unwrap_data(resource);
    let mut flat = match resource.remove("attributes") {
        Some(Value::Object(attributes)) => attributes,
        Some(other) => Object::from_iter([("attributes".to_owned(), other)]),
        None => Object::new(),
    };
    if let Some(Value::Object(relationships)) = resource.remove("relationships") {
        let mut kept = Object::new();
        for (name, relationship) in relationships {
            let data = relationship.get("data").unwrap_or(&relationship);
            match data {
                Value::Object(one) if one.contains_key("id") => {
                    flat.entry(format!("{name}_id"))
                        .or_insert(one["id"].clone());
                }
                Value::Array(many) => {
                    let ids: Vec<Value> =
                        many.iter().filter_map(|i| i.get("id").cloned()).collect();
                    let singular = name.strip_suffix('s').unwrap_or(&name);
                    flat.entry(format!("{singular}_ids"))
                        .or_insert(Value::Array(ids));
                }
                _ => {
                    kept.insert(name, relationship);
                }
            }
        }
        if !kept.is_empty() {
            flat.insert("relationships".to_owned(), Value::Object(kept));
        }
    }
    if resource.get("type").and_then(Value::as_str) == Some(type_name) {
        resource.remove("type");
    }
    flat.extend(resource);
    flat
}

/// Implements `Deserialize` for a `model!` declared `custom_deserialize`,
/// reading it from a JSON:API resource of type `$type` (see [`flatten`]).
macro_rules! jsonapi_model {
    ($model:ident, $type:literal) => {
        impl<'de> serde::Deserialize<'de> for $model {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let object = <$crate::model::lenient::Object as serde::Deserialize>::deserialize(
                    deserializer,
                )?;
                Ok($model::from_object($crate::model::jsonapi::flatten(
                    object, $type,
                )))
            }
        }
    };
}

pub(crate) use jsonapi_model;

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
    fn relationships_become_ids_in_both_shapes() {
        let flat = flatten(
            object(json!({"data": {"id": "a1", "type": "service_authorization",
                "attributes": {"permission": "full", "id": "ignored"},
                "relationships": {
                    "service": {"data": {"id": "s1", "type": "service"}},
                    "user": {"id": "u1", "type": "user"},
                    "service_invitations": {"data": [{"id": "i1"}, {"id": "i2"}]},
                    "odd": {"meta": 1}}}})),
            "service_authorization",
        );
        assert_eq!(flat["id"], "a1");
        assert_eq!(flat["permission"], "full");
        assert_eq!(flat["service_id"], "s1");
        assert_eq!(flat["user_id"], "u1");
        assert_eq!(flat["service_invitation_ids"], json!(["i1", "i2"]));
        assert_eq!(flat["relationships"], json!({"odd": {"meta": 1}}));
        assert!(!flat.contains_key("type"));
    }

    #[test]
    fn another_type_and_a_data_attribute_stay() {
        let flat = flatten(
            object(json!({"id": "x", "type": "other", "data": 5})),
            "event",
        );
        assert_eq!(flat["type"], "other");
        assert_eq!(flat["data"], 5);
    }
}
