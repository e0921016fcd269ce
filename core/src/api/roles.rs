//! IAM roles: the seed's `/roles` family (list, get, create, update, delete,
//! and the permissions of a role), the permission table, and the current
//! read-only API at `/iam/v1/roles`.

use reqwest::Method;
use serde_json::json;

use super::iam::{id_list_body, UpdateOptions};
use crate::error::{Error, Result};
use crate::model::{IamRole, Permission, Role};
use crate::pagination::{ListBody, ListOptions, Page, Paginator, IAM_PARAMS, IAM_V1_PARAMS};
use crate::transport::{id_segment, Body, Request, JSON};
use crate::Client;

options! {
    /// Optional fields of [`Client::create_role`](crate::Client::create_role).
    pub struct RoleOptions {
        /// The role's description: what it is for (none when unset).
        description: String => into(impl Into<String>),
    }
}

operations! {
    /// `listRoles`: one page of IAM roles.
    ///
    /// May be retired: Fastly's own clients dropped the `/roles` API in v12
    /// (October 2025), and `/iam/v1/roles` remains: prefer
    /// [`list_iam_roles`](Self::list_iam_roles) and [`get_iam_role`](Self::get_iam_role).
    ///
    /// # Parameters
    /// - `options`: the page to fetch: its size (`per_page`, from 1; the API's
    ///   default when unset) and where to start (`cursor`: a page's
    ///   `next_cursor`; the first page when unset).
    ///
    /// # Returns
    /// One page of roles ([`Page::data`]), with the totals the API gives; pass its
    /// [`Page::next_cursor`] back as `cursor` for the next page (it is absent on
    /// the last page), whether the API pages by cursor or by page number.
    ///
    /// # Errors
    /// - `InvalidArgument`: `per_page` is 0, or `cursor` is not one a page handed
    ///   out (empty, holding whitespace or control characters, over 8 KiB, or a
    ///   `page:N` whose N is not a number from 1); no request is sent.
    /// - `BadRequest`: the API refuses the query (a page size or cursor it does
    ///   not accept).
    pub async fn list_roles(&self, options: &ListOptions) -> Result<Page<Role>> {
        self.list_page("/roles", "/roles".into(), IAM_PARAMS, JSON, &[], options)
            .await
    }

    /// Every IAM role, one page at a time, fetched lazily (the follow-all form of `list_roles`).
    ///
    /// Nothing is sent until the first item is asked for; a step fetches a page
    /// only when the roles in hand run out. The walk ends at its first error; if
    /// the API points back to a page it already gave, that step fails with `Decode`.
    ///
    /// May be retired: Fastly's own clients dropped the `/roles` API in v12
    /// (October 2025), and `/iam/v1/roles` remains: prefer
    /// [`list_iam_roles`](Self::list_iam_roles) and [`get_iam_role`](Self::get_iam_role).
    ///
    /// # Parameters
    /// - `per_page`: roles per page, at least 1 (the API's default when unset).
    ///
    /// # Returns
    /// Each role, fetching one page at a time when the items in hand run out.
    ///
    /// # Errors
    /// - `InvalidArgument`: `per_page` is 0; the first step raises it, before any
    ///   request. Otherwise each step (fetching a page) may raise what
    ///   [`list_roles`](Self::list_roles) raises.
    pub fn iter_roles(&self, per_page: Option<u32>) -> Paginator<Role> {
        Paginator::new(
            self.clone(),
            "/roles",
            "/roles".into(),
            IAM_PARAMS,
            per_page,
        )
    }

    /// `getRole`: one IAM role by id.
    ///
    /// May be retired: Fastly's own clients dropped the `/roles` API in v12
    /// (October 2025), and `/iam/v1/roles` remains: prefer
    /// [`list_iam_roles`](Self::list_iam_roles) and [`get_iam_role`](Self::get_iam_role).
    ///
    /// # Parameters
    /// - `role_id`: the role's id (a blank one is refused before any request).
    ///
    /// # Returns
    /// The role.
    ///
    /// # Errors
    /// - `NotFound`: no role has that id.
    /// - `InvalidArgument`: `role_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded (no request is sent).
    pub async fn get_role(&self, role_id: &str) -> Result<Role> {
        let id = id_segment("role_id", role_id)?;
        let request = Request::new(Method::GET, "/roles/{role_id}", format!("/roles/{id}"));
        self.transport().send(request).await
    }

    /// `createRole`: creates a custom role. Not retried once sent.
    ///
    /// A 5xx status, or a connection lost after the request went out, is
    /// returned at once, since the role may have been created. The new role
    /// grants no permissions yet: add them with
    /// [`add_role_permissions`](Self::add_role_permissions).
    ///
    /// May be retired: Fastly's own clients dropped the `/roles` API in v12
    /// (October 2025), and `/iam/v1/roles` remains: prefer
    /// [`list_iam_roles`](Self::list_iam_roles) and [`get_iam_role`](Self::get_iam_role).
    ///
    /// # Parameters
    /// - `name`: the role's name (a blank one is refused before any request).
    /// - `options`: the optional fields of the new role: its description.
    ///
    /// # Returns
    /// The role created, as the API describes it.
    ///
    /// # Errors
    /// - `InvalidArgument`: `name` is blank (no request is sent).
    /// - `BadRequest`: the API refuses the role (for example its name).
    pub async fn create_role(&self, name: &str, options: &RoleOptions) -> Result<Role> {
        if name.trim().is_empty() {
            return Err(Error::invalid("a role needs a non-empty name"));
        }
        let mut body = json!({ "name": name });
        if let Some(description) = &options.description {
            body["description"] = json!(description);
        }
        let request =
            Request::new(Method::POST, "/roles", "/roles".into()).body(Body::json(JSON, &body));
        self.transport().send(request).await
    }

    /// `updateRole`: changes a role's name or description (PATCH; only the
    /// fields set are sent, and at least one must be).
    ///
    /// Not retried once sent: a 5xx status, or a connection lost after the
    /// request went out, is returned at once, since the change may have been made.
    ///
    /// May be retired: Fastly's own clients dropped the `/roles` API in v12
    /// (October 2025), and `/iam/v1/roles` remains: prefer
    /// [`list_iam_roles`](Self::list_iam_roles) and [`get_iam_role`](Self::get_iam_role).
    ///
    /// # Parameters
    /// - `role_id`: the role's id (a blank one is refused before any request).
    /// - `options`: what to change: the new name, the new description, or both.
    ///
    /// # Returns
    /// The role as it stands after the change.
    ///
    /// # Errors
    /// - `NotFound`: no role has that id.
    /// - `InvalidArgument`: `role_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded, or `options` sets neither field, or sets a blank `name`;
    ///   no request is sent.
    /// - `BadRequest`: the API refuses the change (for example the new name).
    pub async fn update_role(&self, role_id: &str, options: &UpdateOptions) -> Result<Role> {
        let id = id_segment("role_id", role_id)?;
        let request = Request::new(Method::PATCH, "/roles/{role_id}", format!("/roles/{id}"))
            .body(options.body()?);
        self.transport().send(request).await
    }

    /// `deleteRole`: deletes a custom role (user groups lose it too).
    ///
    /// May be retired: Fastly's own clients dropped the `/roles` API in v12
    /// (October 2025), and `/iam/v1/roles` remains: prefer
    /// [`list_iam_roles`](Self::list_iam_roles) and [`get_iam_role`](Self::get_iam_role).
    ///
    /// # Parameters
    /// - `role_id`: the role's id (a blank one is refused before any request).
    ///
    /// # Returns
    /// Nothing: the role is deleted.
    ///
    /// # Errors
    /// - `NotFound`: no role has that id.
    /// - `InvalidArgument`: `role_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded (no request is sent).
    pub async fn delete_role(&self, role_id: &str) -> Result<()> {
        let id = id_segment("role_id", role_id)?;
        let request = Request::new(Method::DELETE, "/roles/{role_id}", format!("/roles/{id}"));
        self.transport().send_no_content(request).await
    }

    /// `listRolePermissions`: the permissions a role grants.
    ///
    /// May be retired: Fastly's own clients dropped the `/roles` API in v12
    /// (October 2025), and `/iam/v1/roles` remains: prefer
    /// [`list_iam_roles`](Self::list_iam_roles) and [`get_iam_role`](Self::get_iam_role).
    ///
    /// # Parameters
    /// - `role_id`: the role's id (a blank one is refused before any request).
    ///
    /// # Returns
    /// Every permission the role grants, in one list (this list is not paged).
    ///
    /// # Errors
    /// - `NotFound`: no role has that id.
    /// - `InvalidArgument`: `role_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded (no request is sent).
    pub async fn list_role_permissions(&self, role_id: &str) -> Result<Vec<Permission>> {
        let id = id_segment("role_id", role_id)?;
        let request = Request::new(
            Method::GET,
            "/roles/{role_id}/permissions",
            format!("/roles/{id}/permissions"),
        );
        let list: ListBody<Permission> = self.transport().send(request).await?;
        Ok(list.into_vec())
    }

    /// `addRolePermissions`: grants more permissions to a role. An empty
    /// list, or an empty id, is refused before any request.
    ///
    /// Not retried once sent: a 5xx status, or a connection lost after the
    /// request went out, is returned at once, since the change may have been made.
    ///
    /// May be retired: Fastly's own clients dropped the `/roles` API in v12
    /// (October 2025), and `/iam/v1/roles` remains: prefer
    /// [`list_iam_roles`](Self::list_iam_roles) and [`get_iam_role`](Self::get_iam_role).
    ///
    /// # Parameters
    /// - `role_id`: the role's id (a blank one is refused before any request).
    /// - `permission_ids`: the ids of the permissions to grant (at least one,
    ///   none blank), as [`list_permissions`](Self::list_permissions) gives them.
    ///
    /// # Returns
    /// Nothing: the role grants those permissions.
    ///
    /// # Errors
    /// - `NotFound`: no role has that id.
    /// - `InvalidArgument`: `role_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded, or `permission_ids` is empty or holds a blank id; no
    ///   request is sent.
    /// - `BadRequest`: the API refuses the list, for example a permission id it
    ///   does not know.
    pub async fn add_role_permissions(
        &self,
        role_id: &str,
        permission_ids: &[String],
    ) -> Result<()> {
        self.role_permissions(Method::POST, role_id, permission_ids)
            .await
    }

    /// `removeRolePermissions`: takes permissions away from a role (DELETE
    /// with a body). An empty list, or an empty id, is refused before any request.
    ///
    /// May be retired: Fastly's own clients dropped the `/roles` API in v12
    /// (October 2025), and `/iam/v1/roles` remains: prefer
    /// [`list_iam_roles`](Self::list_iam_roles) and [`get_iam_role`](Self::get_iam_role).
    ///
    /// # Parameters
    /// - `role_id`: the role's id (a blank one is refused before any request).
    /// - `permission_ids`: the ids of the permissions to take away (at least
    ///   one, none blank); the API ignores ids the role does not grant.
    ///
    /// # Returns
    /// Nothing: the role no longer grants those permissions.
    ///
    /// # Errors
    /// - `NotFound`: no role has that id.
    /// - `InvalidArgument`: `role_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded, or `permission_ids` is empty or holds a blank id; no
    ///   request is sent.
    /// - `BadRequest`: the API refuses the list.
    pub async fn remove_role_permissions(
        &self,
        role_id: &str,
        permission_ids: &[String],
    ) -> Result<()> {
        self.role_permissions(Method::DELETE, role_id, permission_ids)
            .await
    }

    /// `listPermissions`: every permission a role can grant.
    ///
    /// # Parameters
    /// None.
    ///
    /// # Returns
    /// Every IAM permission there is, in one list (this list is not paged).
    ///
    /// # Errors
    /// - `Unauthorized`: the token is missing, invalid or revoked.
    pub async fn list_permissions(&self) -> Result<Vec<Permission>> {
        let request = Request::new(Method::GET, "/permissions", "/permissions".into());
        let list: ListBody<Permission> = self.transport().send(request).await?;
        Ok(list.into_vec())
    }

    /// `listIamRoles`: one page of roles from the current IAM API
    /// (`/iam/v1/roles`), which pages by cursor.
    ///
    /// # Parameters
    /// - `options`: the page to fetch: its size (`per_page`, from 1, sent as the
    ///   API's `limit`; the API's default when unset) and where to start
    ///   (`cursor`: a page's `next_cursor`; the first page when unset).
    ///
    /// # Returns
    /// One page of roles ([`Page::data`]); pass its [`Page::next_cursor`] back as
    /// `cursor` for the next page (it is absent on the last page).
    ///
    /// # Errors
    /// - `InvalidArgument`: `per_page` is 0, or `cursor` is not one a page handed
    ///   out (empty, holding whitespace or control characters, over 8 KiB, or a
    ///   `page:N` whose N is not a number from 1); no request is sent.
    /// - `BadRequest`: the API refuses the query (a page size or cursor it does
    ///   not accept).
    pub async fn list_iam_roles(&self, options: &ListOptions) -> Result<Page<IamRole>> {
        self.list_page(
            "/iam/v1/roles",
            "/iam/v1/roles".into(),
            IAM_V1_PARAMS,
            JSON,
            &[],
            options,
        )
        .await
    }

    /// Every role of the current IAM API, fetched lazily page by page.
    ///
    /// Nothing is sent until the first item is asked for; a step fetches a page
    /// only when the roles in hand run out. The walk ends at its first error; if
    /// the API points back to a page it already gave, that step fails with `Decode`.
    ///
    /// # Parameters
    /// - `limit`: roles per page, at least 1 (the API's default when unset).
    ///
    /// # Returns
    /// Each role, fetching one page at a time when the items in hand run out.
    ///
    /// # Errors
    /// - `InvalidArgument`: `limit` is 0; the first step raises it, before any
    ///   request. Otherwise each step (fetching a page) may raise what
    ///   [`list_iam_roles`](Self::list_iam_roles) raises.
    pub fn iter_iam_roles(&self, limit: Option<u32>) -> Paginator<IamRole> {
        Paginator::new(
            self.clone(),
            "/iam/v1/roles",
            "/iam/v1/roles".into(),
            IAM_V1_PARAMS,
            limit,
        )
    }

    /// `getIamRole`: one role of the current IAM API, with its permissions
    /// when `include_permissions` is set.
    ///
    /// # Parameters
    /// - `role_id`: the role's id (a blank one is refused before any request).
    /// - `include_permissions`: whether to ask for the names of the permissions
    ///   the role grants (sent as `include=permissions`); without it the role's
    ///   `permissions` is absent.
    ///
    /// # Returns
    /// The role, with its `permissions` filled in when asked for
    /// ([`list_permissions`](Self::list_permissions) describes each one).
    ///
    /// # Errors
    /// - `NotFound`: no role has that id.
    /// - `InvalidArgument`: `role_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded (no request is sent).
    pub async fn get_iam_role(&self, role_id: &str, include_permissions: bool) -> Result<IamRole> {
        let id = id_segment("role_id", role_id)?;
        let request = Request::new(
            Method::GET,
            "/iam/v1/roles/{role_id}",
            format!("/iam/v1/roles/{id}"),
        )
        .query(
            "include",
            include_permissions.then(|| "permissions".to_owned()),
        );
        self.transport().send(request).await
    }
}

impl Client {
    async fn role_permissions(
        &self,
        method: Method,
        role_id: &str,
        permission_ids: &[String],
    ) -> Result<()> {
        let id = id_segment("role_id", role_id)?;
        let body = id_list_body("permissions", "permission_ids", permission_ids)?;
        let request = Request::new(
            method,
            "/roles/{role_id}/permissions",
            format!("/roles/{id}/permissions"),
        )
        .body(body);
        self.transport().send_no_content(request).await
    }
}
