//! IAM user groups: list (paged) and create.

use reqwest::Method;
use serde_json::json;

use crate::error::{Error, Result};
use crate::model::UserGroup;
use crate::pagination::{ListOptions, Page, Paginator, IAM_PARAMS};
use crate::transport::{Body, Request, JSON};
use crate::Client;

options! {
    /// Optional fields of [`Client::create_user_group`].
    pub struct UserGroupOptions {
        /// What the group is for.
        description: String => into(impl Into<String>),
    }
}

impl Client {
    /// `listUserGroups`: one page of IAM user groups.
    pub async fn list_user_groups(&self, options: &ListOptions) -> Result<Page<UserGroup>> {
        self.list_page("/user-groups", IAM_PARAMS, JSON, options)
            .await
    }

    /// Every user group, fetched lazily page by page (the follow-all form of `listUserGroups`).
    pub fn iter_user_groups(&self, per_page: Option<u32>) -> Paginator<UserGroup> {
        Paginator::new(self.clone(), "/user-groups", IAM_PARAMS, per_page)
    }

    /// `createUserGroup`: creates a user group. Not retried once sent.
    pub async fn create_user_group(
        &self,
        name: &str,
        options: &UserGroupOptions,
    ) -> Result<UserGroup> {
        if name.trim().is_empty() {
            return Err(Error::invalid("a user group needs a non-empty name"));
        }
        let mut body = json!({ "name": name });
        if let Some(description) = &options.description {
            body["description"] = json!(description);
        }
        let request = Request::new(Method::POST, "/user-groups", "/user-groups".into())
            .body(Body::json(JSON, &body));
        self.transport().send(request).await
    }
}
