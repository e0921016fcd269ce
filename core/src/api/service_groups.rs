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
    /// Optional fields of [`Client::create_service_group`](crate::Client::create_service_group).
    pub struct ServiceGroupOptions {
        /// The group's description: what it is for (none when unset).
        description: String => into(impl Into<String>),
        /// Ids of the services to put in the group, sent as `[{"id": ...}]`
        /// (the shape [`Client::add_service_group_services`](crate::Client::add_service_group_services) sends). The list
        /// may be empty; a blank id in it is refused before any request.
        /// Fastly's reference documents no services at creation, only through
        /// `add_service_group_services` afterwards.
        services: Vec<String> => into(Vec<String>),
    }
}

operations! {
    /// `listServiceGroups`: one page of IAM service groups.
    ///
    /// # Parameters
    /// - `options`: the page to fetch: its size (`per_page`, from 1; the API's
    ///   default when unset) and where to start (`cursor`: a page's
    ///   `next_cursor`; the first page when unset).
    ///
    /// # Returns
    /// One page of service groups ([`Page::data`]), with the totals the API
    /// gives; pass its [`Page::next_cursor`] back as `cursor` for the next page
    /// (it is absent on the last page), whether the API pages by cursor or by
    /// page number.
    ///
    /// # Errors
    /// - `InvalidArgument`: `per_page` is 0, or `cursor` is not one a page handed
    ///   out (empty, holding whitespace or control characters, over 8 KiB, or a
    ///   `page:N` whose N is not a number from 1); no request is sent.
    /// - `BadRequest`: the API refuses the query (a page size or cursor it does
    ///   not accept).
    pub async fn list_service_groups(&self, options: &ListOptions) -> Result<Page<ServiceGroup>> {
        self.list_page(
            "/service-groups",
            "/service-groups".into(),
            IAM_PARAMS,
            JSON,
            &[],
            options,
        )
        .await
    }

    /// Every service group, fetched lazily page by page (the follow-all form of
    /// `list_service_groups`).
    ///
    /// Nothing is sent until the first item is asked for; a step fetches a page
    /// only when the groups in hand run out. The walk ends at its first error; if
    /// the API points back to a page it already gave, that step fails with `Decode`.
    ///
    /// # Parameters
    /// - `per_page`: groups per page, at least 1 (the API's default when unset).
    ///
    /// # Returns
    /// Each service group, fetching one page at a time when the items in hand
    /// run out.
    ///
    /// # Errors
    /// - `InvalidArgument`: `per_page` is 0; the first step raises it, before any
    ///   request. Otherwise each step (fetching a page) may raise what
    ///   [`list_service_groups`](Self::list_service_groups) raises.
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
    ///
    /// A 5xx status, or a connection lost after the request went out, is
    /// returned at once, since the group may have been created. Services can
    /// also be added afterwards, with
    /// [`add_service_group_services`](Self::add_service_group_services).
    ///
    /// # Parameters
    /// - `name`: the group's name (a blank one is refused before any request).
    /// - `options`: the optional fields of the new group: its description and
    ///   the services to put in it.
    ///
    /// # Returns
    /// The service group created, as the API describes it.
    ///
    /// # Errors
    /// - `InvalidArgument`: `name` is blank, or `services` holds a blank id (no
    ///   request is sent).
    /// - `BadRequest`: the API refuses the group, for example a service id it
    ///   does not know.
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
    ///
    /// # Parameters
    /// - `service_group_id`: the group's id (a blank one is refused before any
    ///   request).
    ///
    /// # Returns
    /// The service group.
    ///
    /// # Errors
    /// - `NotFound`: no service group has that id.
    /// - `InvalidArgument`: `service_group_id` is blank, `.`, `..` or over 8 KiB
    ///   once percent-encoded (no request is sent).
    pub async fn get_service_group(&self, service_group_id: &str) -> Result<ServiceGroup> {
        let request = Request::new(Method::GET, ONE, group_path(service_group_id)?);
        self.transport().send(request).await
    }

    /// `updateServiceGroup`: changes a group's name or description (PATCH;
    /// only the fields set are sent, and at least one must be).
    ///
    /// Not retried once sent: a 5xx status, or a connection lost after the
    /// request went out, is returned at once, since the change may have been made.
    ///
    /// # Parameters
    /// - `service_group_id`: the group's id (a blank one is refused before any
    ///   request).
    /// - `options`: what to change: the new name, the new description, or both.
    ///
    /// # Returns
    /// The service group as it stands after the change.
    ///
    /// # Errors
    /// - `NotFound`: no service group has that id.
    /// - `InvalidArgument`: `service_group_id` is blank, `.`, `..` or over 8 KiB
    ///   once percent-encoded, or `options` sets neither field, or sets a blank
    ///   `name`; no request is sent.
    /// - `BadRequest`: the API refuses the change (for example the new name).
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
    ///
    /// # Parameters
    /// - `service_group_id`: the group's id (a blank one is refused before any
    ///   request).
    ///
    /// # Returns
    /// Nothing: the service group is deleted.
    ///
    /// # Errors
    /// - `NotFound`: no service group has that id.
    /// - `InvalidArgument`: `service_group_id` is blank, `.`, `..` or over 8 KiB
    ///   once percent-encoded (no request is sent).
    pub async fn delete_service_group(&self, service_group_id: &str) -> Result<()> {
        let request = Request::new(Method::DELETE, ONE, group_path(service_group_id)?);
        self.transport().send_no_content(request).await
    }

    /// `listServiceGroupServices`: one page of the services in a group.
    ///
    /// # Parameters
    /// - `service_group_id`: the group's id (a blank one is refused before any
    ///   request).
    /// - `options`: the page to fetch: its size (`per_page`, from 1; the API's
    ///   default when unset) and where to start (`cursor`: a page's
    ///   `next_cursor`; the first page when unset).
    ///
    /// # Returns
    /// One page of the group's services ([`Page::data`]), with the totals the API
    /// gives; pass its [`Page::next_cursor`] back as `cursor` for the next page
    /// (it is absent on the last page).
    ///
    /// # Errors
    /// - `NotFound`: no service group has that id.
    /// - `InvalidArgument`: `service_group_id` is blank, `.`, `..` or over 8 KiB
    ///   once percent-encoded, `per_page` is 0, or `cursor` is not one a page
    ///   handed out (empty, holding whitespace or control characters, over 8 KiB,
    ///   or a `page:N` whose N is not a number from 1); no request is sent.
    /// - `BadRequest`: the API refuses the query (a page size or cursor it does
    ///   not accept).
    pub async fn list_service_group_services(
        &self,
        service_group_id: &str,
        options: &ListOptions,
    ) -> Result<Page<Service>> {
        let path = format!("{}/services", group_path(service_group_id)?);
        self.list_page(SERVICES, path, IAM_PARAMS, JSON, &[], options)
            .await
    }

    /// Every service in a group, fetched lazily page by page (the follow-all
    /// form of `list_service_group_services`).
    ///
    /// Nothing is sent until the first item is asked for; a refused
    /// `service_group_id` is the first step's error, still without any request.
    /// A step fetches a page only when the services in hand run out. The walk
    /// ends at its first error; if the API points back to a page it already gave,
    /// that step fails with `Decode`.
    ///
    /// # Parameters
    /// - `service_group_id`: the group's id (a blank one is refused before any
    ///   request).
    /// - `per_page`: services per page, at least 1 (the API's default when unset).
    ///
    /// # Returns
    /// Each service in the group, fetching one page at a time when the items
    /// in hand run out.
    ///
    /// # Errors
    /// - `NotFound`: no service group has that id (raised by the first step).
    /// - `InvalidArgument`: `service_group_id` is blank, `.`, `..` or over 8 KiB
    ///   once percent-encoded, or `per_page` is 0; the first step raises it,
    ///   before any request. Otherwise each step (fetching a page) may raise what
    ///   [`list_service_group_services`](Self::list_service_group_services) raises.
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
    ///
    /// Not retried once sent: a 5xx status, or a connection lost after the
    /// request went out, is returned at once, since the change may have been made.
    ///
    /// # Parameters
    /// - `service_group_id`: the group's id (a blank one is refused before any
    ///   request).
    /// - `service_ids`: the ids of the services to put in the group (at least
    ///   one, none blank).
    ///
    /// # Returns
    /// Nothing: the services are in the group.
    ///
    /// # Errors
    /// - `NotFound`: no service group has that id.
    /// - `InvalidArgument`: `service_group_id` is blank, `.`, `..` or over 8 KiB
    ///   once percent-encoded, or `service_ids` is empty or holds a blank id; no
    ///   request is sent.
    /// - `BadRequest`: the API refuses the list, for example a service id it
    ///   does not know.
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
    ///
    /// # Parameters
    /// - `service_group_id`: the group's id (a blank one is refused before any
    ///   request).
    /// - `service_ids`: the ids of the services to take out of the group (at
    ///   least one, none blank).
    ///
    /// # Returns
    /// Nothing: the services are out of the group.
    ///
    /// # Errors
    /// - `NotFound`: no service group has that id.
    /// - `InvalidArgument`: `service_group_id` is blank, `.`, `..` or over 8 KiB
    ///   once percent-encoded, or `service_ids` is empty or holds a blank id; no
    ///   request is sent.
    /// - `BadRequest`: the API refuses the list.
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
