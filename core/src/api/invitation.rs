//! Invitations: invite someone to the account (JSON:API).

use reqwest::Method;
use serde_json::json;

use crate::error::{Error, Result};
use crate::model::{Invitation, UserRole};
use crate::transport::{Body, Request, JSON_API};
use crate::Client;

impl Client {
    /// `createInvitation`: invites `email` to the account with `role`.
    /// A malformed email or an unknown role is refused before any request.
    /// Never retried after the request was sent: a retry could invite twice.
    pub async fn create_invitation(&self, email: &str, role: &UserRole) -> Result<Invitation> {
        check_email(email)?;
        let role = role.for_request()?;
        let body = json!({
            "data": {"type": "invitation", "attributes": {"email": email, "role": role}}
        });
        let request = Request::new(Method::POST, "/invitations", "/invitations".into())
            .body(Body::json(JSON_API, &body))
            .accept(JSON_API);
        self.transport().send(request).await
    }
}

/// A plausible address: `local@domain.tld`, no spaces or control characters.
pub(crate) fn check_email(email: &str) -> Result<()> {
    let refuse = || Err(Error::invalid(format!("{email:?} is not an email address")));
    if email.len() > 254 || email.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return refuse();
    }
    let Some((local, domain)) = email.split_once('@') else {
        return refuse();
    };
    let domain_ok = domain.contains('.')
        && !domain.contains('@')
        && domain.split('.').all(|label| !label.is_empty());
    if local.is_empty() || !domain_ok {
        return refuse();
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::check_email;

    #[test]
    fn emails() {
        for ok in ["a@b.co", "first.last+tag@sub.example.com"] {
            assert!(check_email(ok).is_ok(), "{ok}");
        }
        for bad in [
            "", "a", "@b.co", "a@", "a@b", "a@@b.co", "a b@c.d", "a@b..c", "a@b.c\n",
        ] {
            assert!(check_email(bad).is_err(), "{bad:?}");
        }
    }
}
