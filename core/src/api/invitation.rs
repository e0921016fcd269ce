//! Invitations: invite someone to the account, list and cancel invitations
//! (JSON:API, `application/vnd.api+json` both ways).

use std::collections::BTreeMap;

use reqwest::Method;
use serde_json::json;

use crate::error::{Error, Result};
use crate::model::{Invitation, UserRole};
use crate::pagination::{ListOptions, Page, PageParams, Paginator};
use crate::transport::{id_segment, Body, Request, JSON_API};

/// The invitation list's parameters: `page[size]`, `page[number]`.
const INVITATION_PARAMS: PageParams = PageParams {
    size: "page[size]",
    size_arg: "page_size",
    max_size: None,
    number: "page[number]",
    cursor: "cursor",
};

options! {
    /// Which page of [`Client::list_invitations`](crate::Client::list_invitations) to fetch.
    pub struct InvitationListOptions {
        /// The page number, from 1 (the first page when not set; a number
        /// below 1 is refused before any request).
        page_number: u32 => into(u32),
        /// Invitations per page, from 1 (the API's default, 20, when not set;
        /// a size below 1 is refused before any request).
        page_size: u32 => into(u32),
    }
}

options! {
    /// Optional fields of [`Client::create_invitation`](crate::Client::create_invitation), as the live API takes them.
    pub struct InvitationOptions {
        /// Roles to grant besides `role`, as the API names them (a blank name
        /// is refused before any request).
        roles: Vec<String> => into(Vec<String>),
        /// Whether the invitee's access is limited to specific services.
        limit_services: bool => into(bool),
        /// The customer to invite to, sent as the invitation's `customer`
        /// relationship (the API infers it from the token when not set; a
        /// blank id is refused before any request).
        customer_id: String => into(impl Into<String>),
        /// Per-service access for an invitee whose access is limited to
        /// specific services: service id -> permission, one of full,
        /// read_only, purge_select or purge_all (another permission, or a
        /// blank service id, is refused before any request). Sent as the
        /// invitation's service-invitation relationships.
        service_invitations: BTreeMap<String, String> => into(BTreeMap<String, String>),
    }
}

/// The permissions a service invitation may grant.
pub const SERVICE_PERMISSIONS: [&str; 4] = ["full", "read_only", "purge_select", "purge_all"];

impl InvitationOptions {
    /// Grants `permission` on service `service_id` (one entry per service;
    /// a second call for the same service replaces the permission).
    pub fn service_invitation(
        mut self,
        service_id: impl Into<String>,
        permission: impl Into<String>,
    ) -> Self {
        self.service_invitations
            .get_or_insert_with(BTreeMap::new)
            .insert(service_id.into(), permission.into());
        self
    }
}

/// The `service_invitations` relationship, as Fastly's definition writes it
/// (fastly-py `RelationshipServiceInvitationsCreate`: each item a
/// `ServiceInvitation`, `{"data": {type, attributes, relationships}}`, whose
/// `service` is a `RelationshipMemberService`, `{"type", "id"}`),
/// checked: a service id must not be empty, a permission must be one of
/// [`SERVICE_PERMISSIONS`].
fn service_invitations(invitations: &BTreeMap<String, String>) -> Result<serde_json::Value> {
    let mut items = Vec::with_capacity(invitations.len());
    for (service_id, permission) in invitations {
        if service_id.trim().is_empty() {
            return Err(Error::invalid(
                "service_invitations: a service id must not be empty",
            ));
        }
        if !SERVICE_PERMISSIONS.contains(&permission.as_str()) {
            return Err(Error::invalid(format!(
                "service_invitations: permission {permission:?} for service {service_id:?} is not one of {}",
                SERVICE_PERMISSIONS.join(", ")
            )));
        }
        items.push(json!({"data": {
            "type": "service_invitation",
            "attributes": {"permission": permission},
            "relationships": {"service": {"type": "service", "id": service_id}},
        }}));
    }
    Ok(json!({ "data": items }))
}

operations! {
    /// `createInvitation`: invites `email` to the account with `role`
    /// (POST, JSON:API). Never retried after the request was sent: a retry
    /// could invite twice.
    ///
    /// # Parameters
    /// - `email`: the address to invite (one that does not read as
    ///   `local@domain.tld` is refused before any request).
    /// - `role`: the invitee's role, one of the six: user, tls_viewer,
    ///   tls_admin, billing, engineer or superuser (any other is refused
    ///   before any request).
    /// - `options`: the optional fields of the invitation (more roles, a limit
    ///   to specific services with per-service access, the customer); only the
    ///   ones set are sent.
    ///
    /// # Returns
    /// The invitation created, as the API describes it.
    ///
    /// # Errors
    /// - `InvalidArgument`: `email` is not an email address, `role` is not one
    ///   of the six roles, `roles` is empty or holds a blank name, `customer_id` is blank,
    ///   or `service_invitations` names a blank service id or a permission
    ///   other than full, read_only, purge_select and purge_all (no request is
    ///   sent).
    /// - `BadRequest`: the API refuses the invitation.
    pub async fn create_invitation(
        &self,
        email: &str,
        role: &UserRole,
        options: &InvitationOptions,
    ) -> Result<Invitation> {
        check_email(email)?;
        let role = role.for_request()?;
        let mut attributes = json!({"email": email, "role": role});
        if let Some(roles) = &options.roles {
            if roles.is_empty() {
                return Err(Error::invalid(
                    "roles must name at least one role (leave it unset for none)",
                ));
            }
            if roles.iter().any(|r| r.trim().is_empty()) {
                return Err(Error::invalid("roles must not hold an empty role name"));
            }
            attributes["roles"] = json!(roles);
        }
        if let Some(limit) = options.limit_services {
            attributes["limit_services"] = json!(limit);
        }
        let mut relationships = serde_json::Map::new();
        if let Some(customer_id) = &options.customer_id {
            if customer_id.trim().is_empty() {
                return Err(Error::invalid("customer_id must not be empty"));
            }
            relationships.insert(
                "customer".into(),
                json!({"data": {"type": "customer", "id": customer_id}}),
            );
        }
        if let Some(invitations) = &options.service_invitations {
            relationships.insert(
                "service_invitations".into(),
                service_invitations(invitations)?,
            );
        }
        let mut data = json!({"type": "invitation", "attributes": attributes});
        if !relationships.is_empty() {
            data["relationships"] = relationships.into();
        }
        let body = json!({ "data": data });
        let request = Request::new(Method::POST, "/invitations", "/invitations".into())
            .body(Body::json(JSON_API, &body))
            .accept(JSON_API);
        self.transport().send(request).await
    }

    /// `listInvitations`: one page of the account's invitations (JSON:API,
    /// paged by number).
    ///
    /// # Parameters
    /// - `options`: which page to fetch, and how many invitations a page holds.
    ///
    /// # Returns
    /// One page of invitations ([`Page::data`]), with the totals the API gives.
    /// [`Page::next_page_number`] is the number to pass as `page_number` for
    /// the next page; it is not set on the last page.
    ///
    /// # Errors
    /// - `InvalidArgument`: `page_number` or `page_size` is below 1 (no request
    ///   is sent).
    pub async fn list_invitations(
        &self,
        options: &InvitationListOptions,
    ) -> Result<Page<Invitation>> {
        if let Some(number) = options.page_number {
            crate::arguments::count("page_number", number.into())?;
        }
        let mut list = ListOptions::new();
        list.per_page = options.page_size;
        list.cursor = options.page_number.map(Page::<Invitation>::page_token);
        self.list_page(
            "/invitations",
            "/invitations".into(),
            INVITATION_PARAMS,
            JSON_API,
            &[],
            &list,
        )
        .await
    }

    /// Every invitation, fetched lazily page by page (the follow-all form of
    /// `listInvitations`).
    ///
    /// Nothing is sent until the first step; a step fetches a page only when
    /// the invitations in hand run out, and an error ends the walk.
    ///
    /// # Parameters
    /// - `page_size`: invitations per page, from 1 (the API's default, 20, when
    ///   not set).
    ///
    /// # Returns
    /// Each invitation, fetching one page at a time when the items in hand run
    /// out.
    ///
    /// # Errors
    /// - `InvalidArgument`: `page_size` is below 1 (no request is sent).
    /// - `Decode`: the API points back to a page it already gave. Otherwise each
    ///   step (fetching a page) may raise what
    ///   [`list_invitations`](Self::list_invitations) raises.
    pub fn iter_invitations(&self, page_size: Option<u32>) -> Paginator<Invitation> {
        Paginator::new(
            self.clone(),
            "/invitations",
            "/invitations".into(),
            INVITATION_PARAMS,
            page_size,
        )
        .accept(JSON_API)
    }

    /// `deleteInvitation`: cancels an invitation.
    ///
    /// # Parameters
    /// - `invitation_id`: the invitation's id (a blank one is refused before any
    ///   request).
    ///
    /// # Returns
    /// Nothing: the invitation is cancelled.
    ///
    /// # Errors
    /// - `NotFound`: no invitation has that id, or the token cannot see it.
    /// - `InvalidArgument`: `invitation_id` is blank, `.`, `..` or over 8 KiB
    ///   once percent-encoded (no request is sent).
    pub async fn delete_invitation(&self, invitation_id: &str) -> Result<()> {
        let id = id_segment("invitation_id", invitation_id)?;
        let request = Request::new(
            Method::DELETE,
            "/invitations/{invitation_id}",
            format!("/invitations/{id}"),
        )
        .accept(JSON_API);
        self.transport().send_no_content(request).await
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
