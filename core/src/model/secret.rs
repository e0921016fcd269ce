use std::fmt;

use serde_json::Value;

use super::lenient::Field;

/// The secret of a token just created: the value to send as `Fastly-Key`.
///
/// The API shows it once, in the answer to the call that created the token
/// ([`NewToken::secret`](super::NewToken::secret),
/// [`NewAutomationToken::secret`](super::NewAutomationToken::secret)); every
/// other token model drops it. It never prints: `Debug` and `Display` show
/// `TokenSecret(***)`, and it serialises as `"***"`. Read it with
/// [`expose`](Self::expose), once, to store it where secrets belong.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct TokenSecret(String);

impl TokenSecret {
    /// Wraps a secret (a binding giving one back to the core, or a test).
    pub fn new(secret: impl Into<String>) -> TokenSecret {
        TokenSecret(secret.into())
    }

    /// The secret itself. Everything else about this value is redacted.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// What every redacted rendering of a secret shows.
pub const REDACTED_SECRET: &str = "***";

impl fmt::Debug for TokenSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "TokenSecret({REDACTED_SECRET})")
    }
}

impl fmt::Display for TokenSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self, f)
    }
}

impl serde::Serialize for TokenSecret {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(REDACTED_SECRET)
    }
}

impl Field for TokenSecret {
    /// A non-empty string (the API sends `""` where it shows no secret).
    fn from_json(value: &Value) -> Option<Self> {
        value
            .as_str()
            .filter(|s| !s.is_empty())
            .map(|s| TokenSecret(s.to_owned()))
    }

    fn from_owned(value: Value) -> Result<Self, Value> {
        match value {
            Value::String(s) if !s.is_empty() => Ok(TokenSecret(s)),
            other => Err(other),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_prints() {
        let secret = TokenSecret::new("s3cr3t-value");
        assert_eq!(secret.expose(), "s3cr3t-value");
        for shown in [
            format!("{secret:?}"),
            format!("{secret}"),
            serde_json::to_string(&secret).unwrap(),
        ] {
            assert!(!shown.contains("s3cr3t"), "{shown}");
        }
    }
}
