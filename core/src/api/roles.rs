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
    /// Optional fields of [`Client::create_role`].
    pub struct RoleOptions {
        /// What the role is for.
        description: String => into(impl Into<String>),
    }
}

operations! {
    /// `listRoles`: one page of IAM roles.
    ///
    /// May be retired: Fastly's own clients dropped the `/roles` API in v12
    /// (October 2025), and `/iam/v1/roles` remains: prefer
    /// [`list_iam_roles`](Self::list_iam_roles) and [`get_iam_role`](Self::get_iam_role).
    pub async fn list_roles(&self, options: &ListOptions) -> Result<Page<Role>> {
        self.list_page("/roles", "/roles".into(), IAM_PARAMS, JSON, options)
            .await
    }

    /// Every IAM role, one page at a time, fetched lazily (the follow-all form of `listRoles`).
    ///
    /// May be retired: Fastly's own clients dropped the `/roles` API in v12
    /// (October 2025), and `/iam/v1/roles` remains: prefer
    /// [`list_iam_roles`](Self::list_iam_roles) and [`get_iam_role`](Self::get_iam_role).
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
    pub async fn get_role(&self, role_id: &str) -> Result<Role> {
        let id = id_segment("role_id", role_id)?;
        let request = Request::new(Method::GET, "/roles/{role_id}", format!("/roles/{id}"));
        self.transport().send(request).await
    }

    /// `createRole`: creates a custom role. Not retried once sent.
    ///
    /// May be retired: Fastly's own clients dropped the `/roles` API in v12
    /// (October 2025), and `/iam/v1/roles` remains: prefer
    /// [`list_iam_roles`](Self::list_iam_roles) and [`get_iam_role`](Self::get_iam_role).
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
    /// May be retired: Fastly's own clients dropped the `/roles` API in v12
    /// (October 2025), and `/iam/v1/roles` remains: prefer
    /// [`list_iam_roles`](Self::list_iam_roles) and [`get_iam_role`](Self::get_iam_role).
    pub async fn update_role(&self, role_id: &str, options: &UpdateOptions) -> Result<Role> {
        let id = id_segment("role_id", role_id)?;
        let request = Request::new(Method::PATCH, "/roles/{role_id}", format!("/roles/{id}"))
            .body(options.body()?);
        self.transport().send(request).await
    }

    /// `deleteRole`: deletes a custom role.
    ///
    /// May be retired: Fastly's own clients dropped the `/roles` API in v12
    /// (October 2025), and `/iam/v1/roles` remains: prefer
    /// [`list_iam_roles`](Self::list_iam_roles) and [`get_iam_role`](Self::get_iam_role).
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
    /// May be retired: Fastly's own clients dropped the `/roles` API in v12
    /// (October 2025), and `/iam/v1/roles` remains: prefer
    /// [`list_iam_roles`](Self::list_iam_roles) and [`get_iam_role`](Self::get_iam_role).
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
    pub async fn remove_role_permissions(
        &self,
        role_id: &str,
        permission_ids: &[String],
    ) -> Result<()> {
        self.role_permissions(Method::DELETE, role_id, permission_ids)
            .await
    }

    /// `listPermissions`: every permission a role can grant.
    pub async fn list_permissions(&self) -> Result<Vec<Permission>> {
        let request = Request::new(Method::GET, "/permissions", "/permissions".into());
        let list: ListBody<Permission> = self.transport().send(request).await?;
        Ok(list.into_vec())
    }

    /// `listIamRoles`: one page of roles from the current IAM API
    /// (`/iam/v1/roles`; `per_page` is sent as its `limit`).
    pub async fn list_iam_roles(&self, options: &ListOptions) -> Result<Page<IamRole>> {
        self.list_page(
            "/iam/v1/roles",
            "/iam/v1/roles".into(),
            IAM_V1_PARAMS,
            JSON,
            options,
        )
        .await
    }

    /// Every role of the current IAM API, fetched lazily page by page.
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
