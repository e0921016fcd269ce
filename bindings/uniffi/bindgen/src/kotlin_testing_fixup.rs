//! The one fix-up of the testing kit's Kotlin output (crate
//! fastly-account-testing-uniffi, package `dev.fastlyaccount.testing`):
//! defaults for the optional fields of the `Fault` variants, so
//! `Fault.Status(503)` and `Fault.RateLimit()` compile with
//! `import dev.fastlyaccount.testing.Fault` alone.
//!
//! UniFFI cannot declare a default for an enum variant's field (UDL refuses
//! it: "enum interface variant fields must not have default values"; the
//! proc-macro front end neither: mozilla/uniffi-rs#2553). Without this the
//! short forms were extension operators a user had to import by name, or
//! with the package's wildcard. The replacements must each match exactly
//! once; a uniffi upgrade that changes the generated class fails here,
//! naming what it expected. Running it twice is harmless.

use std::path::Path;

/// (what uniffi 0.32 writes, what it becomes)
const DEFAULTS: [(&str, &str); 2] = [
    (
        "    data class Status(\n        val `status`: kotlin.Int, \n        val `retryAfter`: kotlin.String?) : Fault()",
        "    data class Status(\n        val `status`: kotlin.Int, \n        val `retryAfter`: kotlin.String? = null) : Fault()",
    ),
    (
        "    data class RateLimit(\n        val `remaining`: kotlin.Long, \n        val `resetAt`: java.time.Instant?, \n        val `retryAfter`: kotlin.String?) : Fault()",
        "    data class RateLimit(\n        val `remaining`: kotlin.Long = 0L, \n        val `resetAt`: java.time.Instant? = null, \n        val `retryAfter`: kotlin.String? = null) : Fault()",
    ),
];

/// Fixes up the one generated file under `dir` that declares `Fault`.
pub fn fix_dir(dir: &Path) -> Result<(), String> {
    let file = find(dir)?.ok_or_else(|| {
        format!(
            "no Kotlin file declaring the testing kit's sealed class Fault under {}",
            dir.display()
        )
    })?;
    let text = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
    let fixed = fix(&text).map_err(|e| format!("{}: {e}", file.display()))?;
    if fixed != text {
        std::fs::write(&file, fixed).map_err(|e| format!("{}: {e}", file.display()))?;
    }
    Ok(())
}

fn find(dir: &Path) -> Result<Option<std::path::PathBuf>, String> {
    let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            if let Some(found) = find(&path)? {
                return Ok(Some(found));
            }
        } else if path.extension().is_some_and(|e| e == "kt") {
            let text = std::fs::read_to_string(&path).map_err(|e| e.to_string())?;
            if text.contains("sealed class Fault") {
                return Ok(Some(path));
            }
        }
    }
    Ok(None)
}

/// The text with the defaults written in; an error naming the declaration
/// that is not there as expected.
pub fn fix(text: &str) -> Result<String, String> {
    let mut text = text.to_owned();
    for (generated, with_defaults) in DEFAULTS {
        if text.matches(with_defaults).count() == 1 {
            continue; // already fixed up (or needs nothing)
        }
        match text.matches(generated).count() {
            1 => text = text.replacen(generated, with_defaults, 1),
            n => {
                return Err(format!(
                    "expected the generated declaration once, found it {n} times \
                     (did uniffi's Kotlin enum template change?):\n{generated}"
                ))
            }
        }
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_written_once_and_a_changed_template_fails() {
        let generated = DEFAULTS.map(|(g, _)| g).join("\n{\n}\n");
        let fixed = fix(&generated).expect("fixed");
        assert!(fixed.contains("kotlin.String? = null) : Fault()"));
        assert!(fixed.contains("`remaining`: kotlin.Long = 0L"));
        assert_eq!(fix(&fixed).expect("idempotent"), fixed);
        assert!(fix("sealed class Fault {}").is_err());
    }
}
