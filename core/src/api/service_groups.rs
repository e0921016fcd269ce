//! IAM service groups: list (paged), create, get, update, delete, and the
//! services of a group.

use reqwest::Method;
use serde_json::json;

use super::iam::{check_ids, id_list_body, id_objects, UpdateOptions};
use crate::error::{Error, Result};
use crate::model::{Service, ServiceGroup};
use crate::pagination::{ListOptions, Page, Paginator, IAM_PARAMS};
use crate::transport::{id_segment, Body, Request, JSON};
use crate::Client;

const ONE: &str = "/service-groups/{service_group_id}";
const SERVICES: &str = "/service-groups/{service_group_id}/services";

fn group_path(service_group_id: &str) -> Result<String> {
    Ok(format!(
        "/service-groups/{}",
        id_segment("service_group_id", service_group_id)?
    ))
}

options! {
    /// Optional fields of [`Client::create_service_group`].
    pub struct ServiceGroupOptions {
        /// What the group is for.
        description: String => into(impl Into<String>),
        /// Ids of the services to put in the group (sent as `[{"id": ...}]`,
        /// like [`Client::add_service_group_services`]; an empty id is refused).
        services: Vec<String> => into(Vec<String>),
    }
}

operations! {
    /// `listServiceGroups`: one page of IAM service groups.
    pub async fn list_service_groups(&self, options: &ListOptions) -> Result<Page<ServiceGroup>> {
        self.list_page(
            "/service-groups",
            "/service-groups".into(),
            IAM_PARAMS,
            JSON,
            options,
        )
        .await
    }

    /// Every service group, fetched lazily page by page (the follow-all form of `listServiceGroups`).
    pub fn iter_service_groups(&self, per_page: Option<u32>) -> Paginator<ServiceGroup> {
        Paginator::new(
            self.clone(),
            "/service-groups",
            "/service-groups".into(),
            IAM_PARAMS,
            per_page,
        )
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
            // The shape `add_service_group_services` sends: `[{"id": ...}]`.
            check_ids("services", services, true)?;
            body["services"] = json!(id_objects(services));
        }
        let request = Request::new(Method::POST, "/service-groups", "/service-groups".into())
            .body(Body::json(JSON, &body));
        self.transport().send(request).await
    }

    /// `getServiceGroup`: one service group by id.
    pub async fn get_service_group(&self, service_group_id: &str) -> Result<ServiceGroup> {
        let request = Request::new(Method::GET, ONE, group_path(service_group_id)?);
        self.transport().send(request).await
    }

    /// `updateServiceGroup`: changes a group's name or description (PATCH;
    /// only the fields set are sent, and at least one must be).
    pub async fn update_service_group(
        &self,
        service_group_id: &str,
        options: &UpdateOptions,
    ) -> Result<ServiceGroup> {
        let request =
            Request::new(Method::PATCH, ONE, group_path(service_group_id)?).body(options.body()?);
        self.transport().send(request).await
    }

    /// `deleteServiceGroup`: deletes a service group (user groups lose it too).
    pub async fn delete_service_group(&self, service_group_id: &str) -> Result<()> {
        let request = Request::new(Method::DELETE, ONE, group_path(service_group_id)?);
        self.transport().send_no_content(request).await
    }

    /// `listServiceGroupServices`: one page of the services in a group.
    pub async fn list_service_group_services(
        &self,
        service_group_id: &str,
        options: &ListOptions,
    ) -> Result<Page<Service>> {
        let path = format!("{}/services", group_path(service_group_id)?);
        self.list_page(SERVICES, path, IAM_PARAMS, JSON, options)
            .await
    }

    /// Every service in a group, fetched lazily page by page.
    pub fn iter_service_group_services(
        &self,
        service_group_id: &str,
        per_page: Option<u32>,
    ) -> Paginator<Service> {
        let path = group_path(service_group_id).map(|p| format!("{p}/services"));
        Paginator::sub_list(self.clone(), SERVICES, path, IAM_PARAMS, per_page)
    }

    /// `addServiceGroupServices`: puts services in a group. An empty list,
    /// or an empty id, is refused before any request.
    pub async fn add_service_group_services(
        &self,
        service_group_id: &str,
        service_ids: &[String],
    ) -> Result<()> {
        self.group_services(Method::POST, service_group_id, service_ids)
            .await
    }

    /// `removeServiceGroupServices`: takes services out of a group (DELETE
    /// with a body). An empty list, or an empty id, is refused before any request.
    pub async fn remove_service_group_services(
        &self,
        service_group_id: &str,
        service_ids: &[String],
    ) -> Result<()> {
        self.group_services(Method::DELETE, service_group_id, service_ids)
            .await
    }
}

impl Client {
    async fn group_services(
        &self,
        method: Method,
        service_group_id: &str,
        service_ids: &[String],
    ) -> Result<()> {
        let path = format!("{}/services", group_path(service_group_id)?);
        let body = id_list_body("services", "service_ids", service_ids)?;
        let request = Request::new(method, SERVICES, path).body(body);
        self.transport().send_no_content(request).await
    }
}
