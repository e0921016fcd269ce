//! IAM user groups: list (paged), create, get, update, delete, and the
//! members, roles and service groups of a group.

use reqwest::Method;
use serde_json::json;

use super::iam::{id_list_body, members_body, UpdateOptions};
use crate::error::{Error, Result};
use crate::model::{Role, ServiceGroup, UserGroup, UserGroupMember};
use crate::pagination::{ListOptions, Page, Paginator, IAM_PARAMS};
use crate::transport::{id_segment, Body, Request, JSON};
use crate::Client;

const ONE: &str = "/user-groups/{user_group_id}";
const MEMBERS: &str = "/user-groups/{user_group_id}/members";
const ROLES: &str = "/user-groups/{user_group_id}/roles";
const SERVICE_GROUPS: &str = "/user-groups/{user_group_id}/service-groups";

/// A sub-list of a group: where it lives, and (for the lists changed by
/// naming ids) the body's key and the argument's name.
struct SubList {
    template: &'static str,
    suffix: &'static str,
    key: &'static str,
    what: &'static str,
}

const MEMBER_LIST: SubList = SubList {
    template: MEMBERS,
    suffix: "/members",
    key: "members",
    what: "members",
};

const ROLE_IDS: SubList = SubList {
    template: ROLES,
    suffix: "/roles",
    key: "roles",
    what: "role_ids",
};

const SERVICE_GROUP_IDS: SubList = SubList {
    template: SERVICE_GROUPS,
    suffix: "/service-groups",
    key: "service_groups",
    what: "service_group_ids",
};

/// `/user-groups/{id}` followed by `suffix` (`""`, `/members`, ...).
fn group_path(user_group_id: &str, suffix: &str) -> Result<String> {
    let id = id_segment("user_group_id", user_group_id)?;
    Ok(format!("/user-groups/{id}{suffix}"))
}

options! {
    /// Optional fields of [`Client::create_user_group`](crate::Client::create_user_group).
    pub struct UserGroupOptions {
        /// The group's description: what it is for (none when unset).
        description: String => into(impl Into<String>),
    }
}

operations! {
    /// `listUserGroups`: one page of IAM user groups.
    ///
    /// The API pages this list by page number or by cursor; either way, a page's
    /// `next_cursor` is the continuation to pass back, unchanged, as `cursor`.
    ///
    /// # Parameters
    /// - `options`: the page to fetch: its size (`per_page`) and where to start
    ///   (`cursor`: the `next_cursor` of an earlier page; the first page when unset).
    ///
    /// # Returns
    /// One page of user groups, with the totals the API gives. Its
    /// [`Page::next_cursor`] is set when more pages follow: pass it back as `cursor`
    /// to get the next one. It is `None` on the last page.
    ///
    /// # Errors
    /// - `InvalidArgument`: `per_page` is below 1, or `cursor` is not one a page
    ///   handed out (empty, holding whitespace or control characters, over 8 KiB, or
    ///   a `page:` token that is not a page number from 1); no request is sent.
    /// - `BadRequest`: the API refuses the query (a page size or cursor it does not
    ///   accept).
    pub async fn list_user_groups(&self, options: &ListOptions) -> Result<Page<UserGroup>> {
        self.list_page(
            "/user-groups",
            "/user-groups".into(),
            IAM_PARAMS,
            JSON,
            &[],
            options,
        )
        .await
    }

    /// Every user group, fetched lazily page by page (the follow-all form of
    /// `listUserGroups`).
    ///
    /// Nothing is sent until the first item is asked for. The walk ends at its first
    /// error; if the API points back to a page it already gave, that step fails with
    /// `Decode`.
    ///
    /// # Parameters
    /// - `per_page`: items per page, at least 1 (the API's default when unset).
    ///
    /// # Returns
    /// Each user group, fetching one page at a time when the items in hand run out.
    ///
    /// # Errors
    /// - `InvalidArgument`: `per_page` is below 1 (no request is sent).
    /// - Each step (fetching a page) may raise what
    ///   [`list_user_groups`](Self::list_user_groups) raises, and the errors every
    ///   call may raise.
    pub fn iter_user_groups(&self, per_page: Option<u32>) -> Paginator<UserGroup> {
        Paginator::new(
            self.clone(),
            "/user-groups",
            "/user-groups".into(),
            IAM_PARAMS,
            per_page,
        )
    }

    /// `createUserGroup`: creates a user group.
    ///
    /// Not retried once sent: a 5xx status, or a connection lost after the request
    /// went out, is returned at once, since the group may have been created. Members,
    /// roles and service groups are added afterwards, with
    /// [`add_user_group_members`](Self::add_user_group_members),
    /// [`add_user_group_roles`](Self::add_user_group_roles) and
    /// [`add_user_group_service_groups`](Self::add_user_group_service_groups).
    ///
    /// # Parameters
    /// - `name`: the group's name (a blank one is refused before any request).
    /// - `options`: the optional fields: the group's `description`.
    ///
    /// # Returns
    /// The new user group, as the API returns it.
    ///
    /// # Errors
    /// - `InvalidArgument`: `name` is blank (no request is sent).
    /// - `BadRequest`: the API refuses the group (for example its name).
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

    /// `getUserGroup`: one user group by id.
    ///
    /// # Parameters
    /// - `user_group_id`: the group's id (a blank one is refused before any request).
    ///
    /// # Returns
    /// The user group.
    ///
    /// # Errors
    /// - `NotFound`: no user group has that id.
    /// - `InvalidArgument`: `user_group_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded (no request is sent).
    pub async fn get_user_group(&self, user_group_id: &str) -> Result<UserGroup> {
        let request = Request::new(Method::GET, ONE, group_path(user_group_id, "")?);
        self.transport().send(request).await
    }

    /// `updateUserGroup`: changes a group's name or description (PATCH; only the
    /// fields set are sent, and at least one must be).
    ///
    /// Not retried once sent: a 5xx status, or a connection lost after the request
    /// went out, is returned at once.
    ///
    /// # Parameters
    /// - `user_group_id`: the group's id (a blank one is refused before any request).
    /// - `options`: the fields to change: a new `name`, a new `description`, or both;
    ///   a field left unset keeps its value.
    ///
    /// # Returns
    /// The user group as updated.
    ///
    /// # Errors
    /// - `NotFound`: no user group has that id.
    /// - `InvalidArgument`: `options` sets neither `name` nor `description`, or sets
    ///   a blank `name`, or `user_group_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded; no request is sent.
    /// - `BadRequest`: the API refuses the change (for example the new name).
    pub async fn update_user_group(
        &self,
        user_group_id: &str,
        options: &UpdateOptions,
    ) -> Result<UserGroup> {
        let request =
            Request::new(Method::PATCH, ONE, group_path(user_group_id, "")?).body(options.body()?);
        self.transport().send(request).await
    }

    /// `deleteUserGroup`: deletes a user group.
    ///
    /// # Parameters
    /// - `user_group_id`: the group's id (a blank one is refused before any request).
    ///
    /// # Returns
    /// Nothing: the group is deleted.
    ///
    /// # Errors
    /// - `NotFound`: no user group has that id.
    /// - `InvalidArgument`: `user_group_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded (no request is sent).
    pub async fn delete_user_group(&self, user_group_id: &str) -> Result<()> {
        let request = Request::new(Method::DELETE, ONE, group_path(user_group_id, "")?);
        self.transport().send_no_content(request).await
    }

    /// `listUserGroupMembers`: one page of a group's members (users and pending
    /// invitations).
    ///
    /// A page's `next_cursor` is the continuation to pass back, unchanged, as
    /// `cursor`, whether the API pages this list by cursor or by page number.
    ///
    /// # Parameters
    /// - `user_group_id`: the group's id (a blank one is refused before any request).
    /// - `options`: the page to fetch: its size (`per_page`) and where to start
    ///   (`cursor`: the `next_cursor` of an earlier page; the first page when unset).
    ///
    /// # Returns
    /// One page of the group's members, users and pending invitations, with the
    /// totals the API gives. Its [`Page::next_cursor`] is set when more pages follow:
    /// pass it back as `cursor` to get the next one. It is `None` on the last page.
    ///
    /// # Errors
    /// - `NotFound`: no user group has that id.
    /// - `InvalidArgument`: `user_group_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded; `per_page` is below 1; or `cursor` is not one a page handed
    ///   out (empty, holding whitespace or control characters, over 8 KiB, or a
    ///   `page:` token that is not a page number from 1). No request is sent.
    /// - `BadRequest`: the API refuses the query (a page size or cursor it does not
    ///   accept).
    pub async fn list_user_group_members(
        &self,
        user_group_id: &str,
        options: &ListOptions,
    ) -> Result<Page<UserGroupMember>> {
        self.sub_page(&MEMBER_LIST, user_group_id, options).await
    }

    /// Every member of a group (users and pending invitations), fetched lazily page
    /// by page.
    ///
    /// Nothing is sent until the first item is asked for; a refused `user_group_id`
    /// is the first step's error, still without any request. The walk ends at its
    /// first error; if the API points back to a page it already gave, that step fails
    /// with `Decode`.
    ///
    /// # Parameters
    /// - `user_group_id`: the group's id (a blank one is refused before any request).
    /// - `per_page`: items per page, at least 1 (the API's default when unset).
    ///
    /// # Returns
    /// Each member, fetching one page at a time when the items in hand run out.
    ///
    /// # Errors
    /// - `NotFound`: no user group has that id (raised by the first step).
    /// - `InvalidArgument`: `user_group_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded, or `per_page` is below 1; no request is sent.
    /// - Each step (fetching a page) may raise what
    ///   [`list_user_group_members`](Self::list_user_group_members) raises, and the
    ///   errors every call may raise.
    pub fn iter_user_group_members(
        &self,
        user_group_id: &str,
        per_page: Option<u32>,
    ) -> Paginator<UserGroupMember> {
        self.sub_walk(&MEMBER_LIST, user_group_id, per_page)
    }

    /// `addUserGroupMembers`: adds users and pending invitations (by id) to a group.
    /// Both lists empty, or a blank id, is refused before any request.
    ///
    /// Not retried once sent: a 5xx status, or a connection lost after the request
    /// went out, is returned at once.
    ///
    /// # Parameters
    /// - `user_group_id`: the group's id (a blank one is refused before any request).
    /// - `user_ids`: the ids of the users to add (may be empty if `invitation_ids` is
    ///   not).
    /// - `invitation_ids`: the ids of the pending invitations to add (may be empty if
    ///   `user_ids` is not).
    ///
    /// # Returns
    /// Nothing: the members are added.
    ///
    /// # Errors
    /// - `NotFound`: no user group has that id.
    /// - `InvalidArgument`: `user_ids` and `invitation_ids` are both empty, either
    ///   holds a blank id, or `user_group_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded; no request is sent.
    /// - `BadRequest`: the API refuses the change (for example an id it does not
    ///   know).
    pub async fn add_user_group_members(
        &self,
        user_group_id: &str,
        user_ids: &[String],
        invitation_ids: &[String],
    ) -> Result<()> {
        let body = members_body(user_ids, invitation_ids)?;
        self.group_change(
            Method::POST,
            MEMBER_LIST.template,
            user_group_id,
            MEMBER_LIST.suffix,
            body,
        )
        .await
    }

    /// `removeUserGroupMembers`: removes users and pending invitations (by id) from a
    /// group (DELETE with a body). Both lists empty, or a blank id, is refused before
    /// any request.
    ///
    /// # Parameters
    /// - `user_group_id`: the group's id (a blank one is refused before any request).
    /// - `user_ids`: the ids of the users to remove (may be empty if `invitation_ids`
    ///   is not).
    /// - `invitation_ids`: the ids of the pending invitations to remove (may be empty
    ///   if `user_ids` is not).
    ///
    /// # Returns
    /// Nothing: the members are removed.
    ///
    /// # Errors
    /// - `NotFound`: no user group has that id.
    /// - `InvalidArgument`: `user_ids` and `invitation_ids` are both empty, either
    ///   holds a blank id, or `user_group_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded; no request is sent.
    /// - `BadRequest`: the API refuses the change (for example an id it does not
    ///   know).
    pub async fn remove_user_group_members(
        &self,
        user_group_id: &str,
        user_ids: &[String],
        invitation_ids: &[String],
    ) -> Result<()> {
        let body = members_body(user_ids, invitation_ids)?;
        self.group_change(
            Method::DELETE,
            MEMBER_LIST.template,
            user_group_id,
            MEMBER_LIST.suffix,
            body,
        )
        .await
    }

    /// `listUserGroupRoles`: one page of the roles a group grants.
    ///
    /// A page's `next_cursor` is the continuation to pass back, unchanged, as
    /// `cursor`, whether the API pages this list by cursor or by page number.
    ///
    /// # Parameters
    /// - `user_group_id`: the group's id (a blank one is refused before any request).
    /// - `options`: the page to fetch: its size (`per_page`) and where to start
    ///   (`cursor`: the `next_cursor` of an earlier page; the first page when unset).
    ///
    /// # Returns
    /// One page of the roles the group grants, with the totals the API gives. Its
    /// [`Page::next_cursor`] is set when more pages follow: pass it back as `cursor`
    /// to get the next one. It is `None` on the last page.
    ///
    /// # Errors
    /// - `NotFound`: no user group has that id.
    /// - `InvalidArgument`: `user_group_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded; `per_page` is below 1; or `cursor` is not one a page handed
    ///   out (empty, holding whitespace or control characters, over 8 KiB, or a
    ///   `page:` token that is not a page number from 1). No request is sent.
    /// - `BadRequest`: the API refuses the query (a page size or cursor it does not
    ///   accept).
    pub async fn list_user_group_roles(
        &self,
        user_group_id: &str,
        options: &ListOptions,
    ) -> Result<Page<Role>> {
        self.sub_page(&ROLE_IDS, user_group_id, options).await
    }

    /// Every role a group grants, fetched lazily page by page.
    ///
    /// Nothing is sent until the first item is asked for; a refused `user_group_id`
    /// is the first step's error, still without any request. The walk ends at its
    /// first error; if the API points back to a page it already gave, that step fails
    /// with `Decode`.
    ///
    /// # Parameters
    /// - `user_group_id`: the group's id (a blank one is refused before any request).
    /// - `per_page`: items per page, at least 1 (the API's default when unset).
    ///
    /// # Returns
    /// Each role the group grants, fetching one page at a time when the items in hand
    /// run out.
    ///
    /// # Errors
    /// - `NotFound`: no user group has that id (raised by the first step).
    /// - `InvalidArgument`: `user_group_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded, or `per_page` is below 1; no request is sent.
    /// - Each step (fetching a page) may raise what
    ///   [`list_user_group_roles`](Self::list_user_group_roles) raises, and the
    ///   errors every call may raise.
    pub fn iter_user_group_roles(
        &self,
        user_group_id: &str,
        per_page: Option<u32>,
    ) -> Paginator<Role> {
        self.sub_walk(&ROLE_IDS, user_group_id, per_page)
    }

    /// `addUserGroupRoles`: grants roles (by id) to a group. An empty list, or a
    /// blank id, is refused before any request.
    ///
    /// Not retried once sent: a 5xx status, or a connection lost after the request
    /// went out, is returned at once.
    ///
    /// # Parameters
    /// - `user_group_id`: the group's id (a blank one is refused before any request).
    /// - `role_ids`: the ids of the roles to grant (at least one).
    ///
    /// # Returns
    /// Nothing: the group grants the roles.
    ///
    /// # Errors
    /// - `NotFound`: no user group has that id.
    /// - `InvalidArgument`: `role_ids` is empty or holds a blank id, or
    ///   `user_group_id` is blank, `.`, `..` or over 8 KiB once percent-encoded; no
    ///   request is sent.
    /// - `BadRequest`: the API refuses the change (for example an id in `role_ids` it
    ///   does not know).
    pub async fn add_user_group_roles(
        &self,
        user_group_id: &str,
        role_ids: &[String],
    ) -> Result<()> {
        self.change_ids(Method::POST, &ROLE_IDS, user_group_id, role_ids)
            .await
    }

    /// `removeUserGroupRoles`: takes roles (by id) away from a group (DELETE with a
    /// body). An empty list, or a blank id, is refused before any request.
    ///
    /// # Parameters
    /// - `user_group_id`: the group's id (a blank one is refused before any request).
    /// - `role_ids`: the ids of the roles to take away (at least one).
    ///
    /// # Returns
    /// Nothing: the group no longer grants the roles.
    ///
    /// # Errors
    /// - `NotFound`: no user group has that id.
    /// - `InvalidArgument`: `role_ids` is empty or holds a blank id, or
    ///   `user_group_id` is blank, `.`, `..` or over 8 KiB once percent-encoded; no
    ///   request is sent.
    /// - `BadRequest`: the API refuses the change (for example an id in `role_ids` it
    ///   does not know).
    pub async fn remove_user_group_roles(
        &self,
        user_group_id: &str,
        role_ids: &[String],
    ) -> Result<()> {
        self.change_ids(Method::DELETE, &ROLE_IDS, user_group_id, role_ids)
            .await
    }

    /// `listUserGroupServiceGroups`: one page of the service groups a group reaches.
    ///
    /// A page's `next_cursor` is the continuation to pass back, unchanged, as
    /// `cursor`, whether the API pages this list by cursor or by page number.
    ///
    /// # Parameters
    /// - `user_group_id`: the group's id (a blank one is refused before any request).
    /// - `options`: the page to fetch: its size (`per_page`) and where to start
    ///   (`cursor`: the `next_cursor` of an earlier page; the first page when unset).
    ///
    /// # Returns
    /// One page of the service groups the group has access to, with the totals the
    /// API gives. Its [`Page::next_cursor`] is set when more pages follow: pass it
    /// back as `cursor` to get the next one. It is `None` on the last page.
    ///
    /// # Errors
    /// - `NotFound`: no user group has that id.
    /// - `InvalidArgument`: `user_group_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded; `per_page` is below 1; or `cursor` is not one a page handed
    ///   out (empty, holding whitespace or control characters, over 8 KiB, or a
    ///   `page:` token that is not a page number from 1). No request is sent.
    /// - `BadRequest`: the API refuses the query (a page size or cursor it does not
    ///   accept).
    pub async fn list_user_group_service_groups(
        &self,
        user_group_id: &str,
        options: &ListOptions,
    ) -> Result<Page<ServiceGroup>> {
        self.sub_page(&SERVICE_GROUP_IDS, user_group_id, options)
            .await
    }

    /// Every service group a group reaches, fetched lazily page by page.
    ///
    /// Nothing is sent until the first item is asked for; a refused `user_group_id`
    /// is the first step's error, still without any request. The walk ends at its
    /// first error; if the API points back to a page it already gave, that step fails
    /// with `Decode`.
    ///
    /// # Parameters
    /// - `user_group_id`: the group's id (a blank one is refused before any request).
    /// - `per_page`: items per page, at least 1 (the API's default when unset).
    ///
    /// # Returns
    /// Each service group the group has access to, fetching one page at a time when
    /// the items in hand run out.
    ///
    /// # Errors
    /// - `NotFound`: no user group has that id (raised by the first step).
    /// - `InvalidArgument`: `user_group_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded, or `per_page` is below 1; no request is sent.
    /// - Each step (fetching a page) may raise what
    ///   [`list_user_group_service_groups`](Self::list_user_group_service_groups)
    ///   raises, and the errors every call may raise.
    pub fn iter_user_group_service_groups(
        &self,
        user_group_id: &str,
        per_page: Option<u32>,
    ) -> Paginator<ServiceGroup> {
        self.sub_walk(&SERVICE_GROUP_IDS, user_group_id, per_page)
    }

    /// `addUserGroupServiceGroups`: gives a group access to service groups (by id).
    /// An empty list, or a blank id, is refused before any request.
    ///
    /// Not retried once sent: a 5xx status, or a connection lost after the request
    /// went out, is returned at once.
    ///
    /// # Parameters
    /// - `user_group_id`: the group's id (a blank one is refused before any request).
    /// - `service_group_ids`: the ids of the service groups to give access to (at
    ///   least one).
    ///
    /// # Returns
    /// Nothing: the group has access to the service groups.
    ///
    /// # Errors
    /// - `NotFound`: no user group has that id.
    /// - `InvalidArgument`: `service_group_ids` is empty or holds a blank id, or
    ///   `user_group_id` is blank, `.`, `..` or over 8 KiB once percent-encoded; no
    ///   request is sent.
    /// - `BadRequest`: the API refuses the change (for example an id in
    ///   `service_group_ids` it does not know).
    pub async fn add_user_group_service_groups(
        &self,
        user_group_id: &str,
        service_group_ids: &[String],
    ) -> Result<()> {
        let body = id_list_body("service_groups", "service_group_ids", service_group_ids)?;
        self.group_change(
            Method::POST,
            SERVICE_GROUPS,
            user_group_id,
            "/service-groups",
            body,
        )
        .await
    }

    /// `removeUserGroupServiceGroups`: takes service groups (by id) away from a group
    /// (DELETE with a body). An empty list, or a blank id, is refused before any
    /// request.
    ///
    /// # Parameters
    /// - `user_group_id`: the group's id (a blank one is refused before any request).
    /// - `service_group_ids`: the ids of the service groups to take away (at least
    ///   one).
    ///
    /// # Returns
    /// Nothing: the group no longer has access to the service groups.
    ///
    /// # Errors
    /// - `NotFound`: no user group has that id.
    /// - `InvalidArgument`: `service_group_ids` is empty or holds a blank id, or
    ///   `user_group_id` is blank, `.`, `..` or over 8 KiB once percent-encoded; no
    ///   request is sent.
    /// - `BadRequest`: the API refuses the change (for example an id in
    ///   `service_group_ids` it does not know).
    pub async fn remove_user_group_service_groups(
        &self,
        user_group_id: &str,
        service_group_ids: &[String],
    ) -> Result<()> {
        self.change_ids(
            Method::DELETE,
            &SERVICE_GROUP_IDS,
            user_group_id,
            service_group_ids,
        )
        .await
    }
}

impl Client {
    /// One page of a sub-list of a group.
    async fn sub_page<T: serde::de::DeserializeOwned>(
        &self,
        list: &SubList,
        user_group_id: &str,
        options: &ListOptions,
    ) -> Result<Page<T>> {
        let path = group_path(user_group_id, list.suffix)?;
        self.list_page(list.template, path, IAM_PARAMS, JSON, &[], options)
            .await
    }

    /// The lazy walk of a sub-list of a group.
    fn sub_walk<T: serde::de::DeserializeOwned + Send + 'static>(
        &self,
        list: &SubList,
        user_group_id: &str,
        per_page: Option<u32>,
    ) -> Paginator<T> {
        let path = group_path(user_group_id, list.suffix);
        Paginator::sub_list(self.clone(), list.template, path, IAM_PARAMS, per_page)
    }

    /// One add or remove of ids on a sub-list of a group.
    async fn change_ids(
        &self,
        method: Method,
        list: &SubList,
        user_group_id: &str,
        ids: &[String],
    ) -> Result<()> {
        let body = id_list_body(list.key, list.what, ids)?;
        self.group_change(method, list.template, user_group_id, list.suffix, body)
            .await
    }

    /// One add or remove on a sub-list of a group.
    async fn group_change(
        &self,
        method: Method,
        template: &'static str,
        user_group_id: &str,
        suffix: &str,
        body: Body,
    ) -> Result<()> {
        let request = Request::new(method, template, group_path(user_group_id, suffix)?).body(body);
        self.transport().send_no_content(request).await
    }
}
