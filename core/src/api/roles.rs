//! IAM roles: list (paged) and get.

use reqwest::Method;

use crate::error::Result;
use crate::model::Role;
use crate::pagination::{ListOptions, Page, Paginator, IAM_PARAMS};
use crate::transport::{id_segment, Request, JSON};
use crate::Client;

impl Client {
    /// `listRoles`: one page of IAM roles.
    pub async fn list_roles(&self, options: &ListOptions) -> Result<Page<Role>> {
        self.list_page("/roles", IAM_PARAMS, JSON, options).await
    }

    /// Every IAM role, one page at a time, fetched lazily (the follow-all form of `listRoles`).
    pub fn iter_roles(&self, per_page: Option<u32>) -> Paginator<Role> {
        Paginator::new(self.clone(), "/roles", IAM_PARAMS, per_page)
    }

    /// `getRole`: one IAM role by id.
    pub async fn get_role(&self, role_id: &str) -> Result<Role> {
        let id = id_segment("role_id", role_id)?;
        let request = Request::new(Method::GET, "/roles/{role_id}", format!("/roles/{id}"));
        self.transport().send(request).await
    }
}
