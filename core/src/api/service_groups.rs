//! IAM service groups: list (paged) and create.

use reqwest::Method;
use serde_json::json;

use crate::error::{Error, Result};
use crate::model::ServiceGroup;
use crate::pagination::{ListOptions, Page, Paginator, IAM_PARAMS};
use crate::transport::{Body, Request, JSON};
use crate::Client;

options! {
    /// Optional fields of [`Client::create_service_group`].
    pub struct ServiceGroupOptions {
        /// What the group is for.
        description: String => into(impl Into<String>),
        /// Ids of the services to put in the group.
        services: Vec<String> => into(Vec<String>),
    }
}

impl Client {
    /// `listServiceGroups`: one page of IAM service groups.
    pub async fn list_service_groups(&self, options: &ListOptions) -> Result<Page<ServiceGroup>> {
        self.list_page("/service-groups", IAM_PARAMS, JSON, options)
            .await
    }

    /// Every service group, fetched lazily page by page (the follow-all form of `listServiceGroups`).
    pub fn iter_service_groups(&self, per_page: Option<u32>) -> Paginator<ServiceGroup> {
        Paginator::new(self.clone(), "/service-groups", IAM_PARAMS, per_page)
    }

    /// `createServiceGroup`: creates a service group. Not retried once sent.
    pub async fn create_service_group(
        &self,
        name: &str,
        options: &ServiceGroupOptions,
    ) -> Result<ServiceGroup> {
        if name.trim().is_empty() {
            return Err(Error::invalid("a service group needs a non-empty name"));
        }
        let mut body = json!({ "name": name });
        if let Some(description) = &options.description {
            body["description"] = json!(description);
        }
        if let Some(services) = &options.services {
            body["services"] = json!(services);
        }
        let request = Request::new(Method::POST, "/service-groups", "/service-groups".into())
            .body(Body::json(JSON, &body));
        self.transport().send(request).await
    }
}
