//! The numbers a caller passes (durations, counts, sizes), checked in one
//! place with one wording, so every language refuses the same values with
//! the same `InvalidArgument` message: the argument's name, the accepted
//! range, and the value given.
//!
//! The bindings call these at their one conversion point, with the
//! argument's name as their language spells it (`per_page`, `perPage`);
//! the core calls them for what its own types can still hold wrongly (a
//! `per_page` of 0).

use std::time::Duration;

use crate::error::{Error, Result};

/// The smallest value a count or size argument accepts: 0 for the ones
/// where none means "none" (retries, idle connections), 1 for the rest
/// (page sizes and numbers, `max_response_bytes`: 0 would fail every call).
pub fn minimum(name: &str) -> i64 {
    match normalized(name).as_str() {
        "maxretries" | "maxidleconnections" => 0,
        _ => 1,
    }
}

/// Whether a duration argument may be zero: the delays and the rate-limit
/// wait may (no delay, no wait); the timeouts may not.
pub fn zero_allowed(name: &str) -> bool {
    !normalized(name).ends_with("timeout")
}

fn normalized(name: &str) -> String {
    name.chars()
        .filter(|c| *c != '_')
        .flat_map(char::to_lowercase)
        .collect()
}

/// A count (page size, page number, retries) from [`minimum`] to `u32::MAX`.
pub fn count(name: &str, value: i64) -> Result<u32> {
    let min = minimum(name);
    match u32::try_from(value) {
        Ok(count) if value >= min => Ok(count),
        _ => Err(out_of_range(name, &value)),
    }
}

/// A size (bytes, connections) from [`minimum`] to `i64::MAX`.
pub fn size(name: &str, value: i64) -> Result<usize> {
    let min = minimum(name);
    if value < min {
        return Err(out_of_range(name, &value));
    }
    // Beyond the address space means no practical limit.
    Ok(usize::try_from(value).unwrap_or(usize::MAX))
}

/// The longest duration any setting takes: a day. Longer is surely a
/// mistake (milliseconds given as seconds), and a deadline that far out is
/// where timers overflow.
pub const MAX_SECONDS: u64 = 86_400;

/// A duration in seconds: finite, not negative, at most [`MAX_SECONDS`],
/// and not zero for a timeout ([`zero_allowed`]).
pub fn seconds(name: &str, secs: f64) -> Result<Duration> {
    let zero_ok = zero_allowed(name);
    match Duration::try_from_secs_f64(secs) {
        Ok(duration)
            if (zero_ok || !duration.is_zero()) && duration <= Duration::from_secs(MAX_SECONDS) =>
        {
            Ok(duration)
        }
        _ => {
            let range = if zero_ok {
                format!("from 0 to {MAX_SECONDS}")
            } else {
                format!("more than 0 and at most {MAX_SECONDS}")
            };
            Err(Error::invalid(format!(
                "{name} must be a finite number of seconds, {range}; got {secs}"
            )))
        }
    }
}

/// The one wording of a count or size outside its range (`value` as the
/// caller wrote it, which may not fit any Rust integer).
pub fn out_of_range(name: &str, value: &dyn std::fmt::Display) -> Error {
    let max: i64 = if is_size(name) {
        i64::MAX
    } else {
        u32::MAX.into()
    };
    Error::invalid(format!(
        "{name} must be between {} and {max}, got {value}",
        minimum(name)
    ))
}

/// Sizes (bytes, connections) go up to `i64::MAX`; counts to `u32::MAX`.
fn is_size(name: &str) -> bool {
    matches!(
        normalized(name).as_str(),
        "maxresponsebytes" | "maxidleconnections"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(result: Result<impl std::fmt::Debug>) -> String {
        match result {
            Err(Error::InvalidArgument { message }) => message,
            other => panic!("expected InvalidArgument, got {other:?}"),
        }
    }

    #[test]
    fn one_range_per_argument_whatever_the_value() {
        for bad in [-1, 0, i64::from(u32::MAX) + 1] {
            assert_eq!(
                message(count("per_page", bad)),
                format!("per_page must be between 1 and 4294967295, got {bad}")
            );
        }
        assert_eq!(count("perPage", 1).unwrap(), 1);
        assert_eq!(count("max_retries", 0).unwrap(), 0);
        assert!(message(count("maxRetries", -1)).starts_with("maxRetries must be between 0 and"));
        assert!(message(size("max_response_bytes", 0))
            .starts_with("max_response_bytes must be between 1 and"));
        assert_eq!(size("max_idle_connections", 0).unwrap(), 0);
    }

    #[test]
    fn durations_are_finite_and_timeouts_positive() {
        for bad in [-1.0, f64::NAN, f64::INFINITY, -0.5, 1e300] {
            assert!(message(seconds("retry_base_delay", bad)).contains("from 0 to 86400"));
            assert!(message(seconds("timeout", bad)).contains("more than 0 and at most 86400"));
        }
        assert!(message(seconds("connectTimeout", 0.0)).starts_with("connectTimeout must be"));
        assert_eq!(seconds("rate_limit_wait", 0.0).unwrap(), Duration::ZERO);
        assert_eq!(
            seconds("timeout", 0.25).unwrap(),
            Duration::from_millis(250)
        );
    }
}
