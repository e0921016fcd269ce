//! Service authorizations: which users may do what on which service
//! (`/service-authorizations`, JSON:API both ways).

use reqwest::Method;
use serde_json::{json, Value};

use super::iam::check_ids;
use super::invitation::SERVICE_PERMISSIONS;
use crate::error::Result;
use crate::model::ServiceAuthorization;
use crate::pagination::{ListBody, ListOptions, Page, Paginator, JSON_API_PARAMS};
use crate::transport::{id_segment, Body, Request, JSON_API, JSON_API_BULK};

const LIST: &str = "/service-authorizations";
const ONE: &str = "/service-authorizations/{service_authorization_id}";

/// A permission the API takes, or why not.
fn check_permission(permission: &str) -> Result<()> {
    super::check_one_of("permission", permission, &SERVICE_PERMISSIONS)
}

operations! {
    /// `listServiceAuthorizations` (fastly-py: `list_service_authorization`): one page of the account's service
    /// authorizations (JSON:API, paged by number).
    ///
    /// # Parameters
    /// - `options`: the page to fetch: its size (`per_page`, from 1 to 100; the
    ///   API's default, 20, when unset) and where to start (`cursor`: a page's
    ///   `next_cursor`; the first page when unset).
    ///
    /// # Returns
    /// One page of service authorizations ([`Page::data`]), with the totals
    /// the API gives; pass its [`Page::next_cursor`] back as `cursor` for the
    /// next page (it is absent on the last page).
    ///
    /// # Errors
    /// - `InvalidArgument`: `per_page` is 0 or over 100, or `cursor` is not one
    ///   a page handed out (no request is sent).
    pub async fn list_service_authorizations(
        &self,
        options: &ListOptions,
    ) -> Result<Page<ServiceAuthorization>> {
        self.list_page(LIST, LIST.into(), JSON_API_PARAMS, JSON_API, &[], options)
            .await
    }

    /// Every service authorization, fetched lazily page by page (the
    /// follow-all form of `list_service_authorizations`).
    ///
    /// Nothing is sent until the first item is asked for; a step fetches a page
    /// only when the authorizations in hand run out. The walk ends at its first
    /// error; if the API points back to a page it already gave, that step fails
    /// with `Decode`.
    ///
    /// # Parameters
    /// - `per_page`: authorizations per page, from 1 to 100 (the API's default,
    ///   20, when unset).
    ///
    /// # Returns
    /// Each service authorization, fetching one page at a time when the items
    /// in hand run out.
    ///
    /// # Errors
    /// - `InvalidArgument`: `per_page` is 0 or over 100; the first step raises
    ///   it, before any request. Otherwise each step may raise what
    ///   [`list_service_authorizations`](Self::list_service_authorizations)
    ///   raises.
    pub fn iter_service_authorizations(
        &self,
        per_page: Option<u32>,
    ) -> Paginator<ServiceAuthorization> {
        Paginator::new(self.clone(), LIST, LIST.into(), JSON_API_PARAMS, per_page)
            .accept(JSON_API)
    }

    /// `getServiceAuthorization` (fastly-py: `show_service_authorization`): one service authorization by id.
    ///
    /// # Parameters
    /// - `service_authorization_id`: the authorization's id (a blank one is
    ///   refused before any request).
    ///
    /// # Returns
    /// The service authorization.
    ///
    /// # Errors
    /// - `NotFound`: no authorization has that id (a deleted one included), or
    ///   the token cannot see it.
    /// - `InvalidArgument`: `service_authorization_id` is blank, `.`, `..` or
    ///   over 8 KiB once percent-encoded (no request is sent).
    pub async fn get_service_authorization(
        &self,
        service_authorization_id: &str,
    ) -> Result<ServiceAuthorization> {
        let id = id_segment("service_authorization_id", service_authorization_id)?;
        let request = Request::new(Method::GET, ONE, format!("{LIST}/{id}")).accept(JSON_API);
        self.transport().send(request).await
    }

    /// `createServiceAuthorization`: gives a user a permission on one service
    /// (POST, JSON:API). Not retried once sent: a retry could create it twice.
    ///
    /// # Parameters
    /// - `user_id`: the user to give access (a blank one is refused before any
    ///   request).
    /// - `service_id`: the service (a blank one is refused before any request).
    /// - `permission`: `full`, `read_only`, `purge_select` or `purge_all`
    ///   (another value is refused before any request).
    ///
    /// # Returns
    /// The new service authorization.
    ///
    /// # Errors
    /// - `InvalidArgument`: an id is blank, or `permission` is not one of the
    ///   four (no request is sent).
    /// - `BadRequest`: the API refused it (an unknown user or service, or a
    ///   permission it does not take).
    pub async fn create_service_authorization(
        &self,
        user_id: &str,
        service_id: &str,
        permission: &str,
    ) -> Result<ServiceAuthorization> {
        super::check_not_blank(&[
            ("user_id", &Some(user_id.to_owned())),
            ("service_id", &Some(service_id.to_owned())),
        ])?;
        check_permission(permission)?;
        // The relationships as go-fastly's recorded request sends them
        // (`{"data": {...}}`), the form the live API answered.
        let body = json!({"data": {
            "type": "service_authorization",
            "attributes": {"permission": permission},
            "relationships": {
                "service": {"data": {"type": "service", "id": service_id}},
                "user": {"data": {"type": "user", "id": user_id}},
            },
        }});
        let request = Request::new(Method::POST, LIST, LIST.into())
            .accept(JSON_API)
            .body(Body::json(JSON_API, &body));
        self.transport().send(request).await
    }

    /// `updateServiceAuthorization`: changes the permission of one service
    /// authorization (PATCH, JSON:API).
    ///
    /// # Parameters
    /// - `service_authorization_id`: the authorization's id (a blank one is
    ///   refused before any request).
    /// - `permission`: the new permission: `full`, `read_only`, `purge_select`
    ///   or `purge_all` (another value is refused before any request).
    ///
    /// # Returns
    /// The service authorization as changed.
    ///
    /// # Errors
    /// - `NotFound`: no authorization has that id, or the token cannot see it.
    /// - `InvalidArgument`: `service_authorization_id` is blank, `.`, `..` or
    ///   over 8 KiB once percent-encoded, or `permission` is not one of the four
    ///   (no request is sent).
    /// - `BadRequest`: the API refused the permission.
    pub async fn update_service_authorization(
        &self,
        service_authorization_id: &str,
        permission: &str,
    ) -> Result<ServiceAuthorization> {
        let id = id_segment("service_authorization_id", service_authorization_id)?;
        check_permission(permission)?;
        let body = json!({"data": {
            "type": "service_authorization",
            "id": service_authorization_id,
            "attributes": {"permission": permission},
        }});
        let request = Request::new(Method::PATCH, ONE, format!("{LIST}/{id}"))
            .accept(JSON_API)
            .body(Body::json(JSON_API, &body));
        self.transport().send(request).await
    }

    /// `deleteServiceAuthorization`: takes a user's access to a service away.
    ///
    /// # Parameters
    /// - `service_authorization_id`: the authorization's id (a blank one is
    ///   refused before any request).
    ///
    /// # Returns
    /// Nothing: the authorization is deleted (the API answers 204).
    ///
    /// # Errors
    /// - `NotFound`: no authorization has that id (a deleted one included), or
    ///   the token cannot see it.
    /// - `InvalidArgument`: `service_authorization_id` is blank, `.`, `..` or
    ///   over 8 KiB once percent-encoded (no request is sent).
    pub async fn delete_service_authorization(&self, service_authorization_id: &str) -> Result<()> {
        let id = id_segment("service_authorization_id", service_authorization_id)?;
        let request = Request::new(Method::DELETE, ONE, format!("{LIST}/{id}"));
        self.transport().send_no_content(request).await
    }

    /// `bulkUpdateServiceAuthorizations` (fastly-py: `update_service_authorization2`;
    /// `PATCH /service-authorizations`,
    /// JSON:API bulk extension): gives several service authorizations the same
    /// permission in one request.
    ///
    /// # Parameters
    /// - `service_authorization_ids`: the authorizations to change (at least
    ///   one, none blank, else the call is refused before any request).
    /// - `permission`: the new permission: `full`, `read_only`, `purge_select`
    ///   or `purge_all` (another value is refused before any request).
    ///
    /// # Returns
    /// The service authorizations as changed (none when the API answers
    /// without them).
    ///
    /// # Errors
    /// - `InvalidArgument`: `service_authorization_ids` is empty or holds a
    ///   blank id, or `permission` is not one of the four (no request is sent).
    /// - `BadRequest`: the API refused the request (an unknown id, say).
    pub async fn bulk_update_service_authorizations(
        &self,
        service_authorization_ids: &[String],
        permission: &str,
    ) -> Result<Vec<ServiceAuthorization>> {
        check_ids("service_authorization_ids", service_authorization_ids, false)?;
        check_permission(permission)?;
        let data: Vec<Value> = service_authorization_ids
            .iter()
            .map(|id| json!({
                "type": "service_authorization",
                "id": id,
                "attributes": {"permission": permission},
            }))
            .collect();
        let request = Request::new(Method::PATCH, LIST, LIST.into())
            .accept(JSON_API_BULK)
            .body(Body::json(JSON_API_BULK, &json!({ "data": data })));
        let list: Option<ListBody<ServiceAuthorization>> =
            self.transport().send_maybe(request).await?;
        Ok(list.map(ListBody::into_vec).unwrap_or_default())
    }

    /// `bulkDeleteServiceAuthorizations` (fastly-py: `delete_service_authorization2`;
    /// `DELETE /service-authorizations`,
    /// JSON:API bulk extension): deletes several service authorizations in
    /// one request.
    ///
    /// # Parameters
    /// - `service_authorization_ids`: the authorizations to delete (at least
    ///   one, none blank, else the call is refused before any request).
    ///
    /// # Returns
    /// Nothing: the authorizations are deleted.
    ///
    /// # Errors
    /// - `InvalidArgument`: `service_authorization_ids` is empty or holds a
    ///   blank id (no request is sent).
    /// - `BadRequest`: the API refused the request (an unknown id, say).
    pub async fn bulk_delete_service_authorizations(
        &self,
        service_authorization_ids: &[String],
    ) -> Result<()> {
        check_ids("service_authorization_ids", service_authorization_ids, false)?;
        let data: Vec<Value> = service_authorization_ids
            .iter()
            .map(|id| json!({"type": "service_authorization", "id": id}))
            .collect();
        let request = Request::new(Method::DELETE, LIST, LIST.into())
            .accept(JSON_API_BULK)
            .body(Body::json(JSON_API_BULK, &json!({ "data": data })));
        self.transport().send_no_content(request).await
    }
}
