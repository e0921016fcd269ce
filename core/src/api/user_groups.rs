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
    /// Optional fields of [`Client::create_user_group`].
    pub struct UserGroupOptions {
        /// What the group is for.
        description: String => into(impl Into<String>),
    }
}

operations! {
    /// `listUserGroups`: one page of IAM user groups.
    pub async fn list_user_groups(&self, options: &ListOptions) -> Result<Page<UserGroup>> {
        self.list_page(
            "/user-groups",
            "/user-groups".into(),
            IAM_PARAMS,
            JSON,
            options,
        )
        .await
    }

    /// Every user group, fetched lazily page by page (the follow-all form of `listUserGroups`).
    pub fn iter_user_groups(&self, per_page: Option<u32>) -> Paginator<UserGroup> {
        Paginator::new(
            self.clone(),
            "/user-groups",
            "/user-groups".into(),
            IAM_PARAMS,
            per_page,
        )
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

    /// `getUserGroup`: one user group by id.
    pub async fn get_user_group(&self, user_group_id: &str) -> Result<UserGroup> {
        let request = Request::new(Method::GET, ONE, group_path(user_group_id, "")?);
        self.transport().send(request).await
    }

    /// `updateUserGroup`: changes a group's name or description (PATCH;
    /// only the fields set are sent, and at least one must be).
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
    pub async fn delete_user_group(&self, user_group_id: &str) -> Result<()> {
        let request = Request::new(Method::DELETE, ONE, group_path(user_group_id, "")?);
        self.transport().send_no_content(request).await
    }

    /// `listUserGroupMembers`: one page of a group's members (users and
    /// invitations).
    pub async fn list_user_group_members(
        &self,
        user_group_id: &str,
        options: &ListOptions,
    ) -> Result<Page<UserGroupMember>> {
        self.sub_page(&MEMBER_LIST, user_group_id, options).await
    }

    /// Every member of a group, fetched lazily page by page.
    pub fn iter_user_group_members(
        &self,
        user_group_id: &str,
        per_page: Option<u32>,
    ) -> Paginator<UserGroupMember> {
        self.sub_walk(&MEMBER_LIST, user_group_id, per_page)
    }

    /// `addUserGroupMembers`: adds users and invitations to a group. Both
    /// lists empty, or an empty id, is refused before any request.
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

    /// `removeUserGroupMembers`: removes users and invitations from a group
    /// (DELETE with a body). Both lists empty, or an empty id, is refused
    /// before any request.
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
    pub async fn list_user_group_roles(
        &self,
        user_group_id: &str,
        options: &ListOptions,
    ) -> Result<Page<Role>> {
        self.sub_page(&ROLE_IDS, user_group_id, options).await
    }

    /// Every role a group grants, fetched lazily page by page.
    pub fn iter_user_group_roles(
        &self,
        user_group_id: &str,
        per_page: Option<u32>,
    ) -> Paginator<Role> {
        self.sub_walk(&ROLE_IDS, user_group_id, per_page)
    }

    /// `addUserGroupRoles`: grants roles to a group. An empty list, or an
    /// empty id, is refused before any request.
    pub async fn add_user_group_roles(
        &self,
        user_group_id: &str,
        role_ids: &[String],
    ) -> Result<()> {
        self.change_ids(Method::POST, &ROLE_IDS, user_group_id, role_ids)
            .await
    }

    /// `removeUserGroupRoles`: takes roles away from a group (DELETE with a
    /// body). An empty list, or an empty id, is refused before any request.
    pub async fn remove_user_group_roles(
        &self,
        user_group_id: &str,
        role_ids: &[String],
    ) -> Result<()> {
        self.change_ids(Method::DELETE, &ROLE_IDS, user_group_id, role_ids)
            .await
    }

    /// `listUserGroupServiceGroups`: one page of the service groups a group reaches.
    pub async fn list_user_group_service_groups(
        &self,
        user_group_id: &str,
        options: &ListOptions,
    ) -> Result<Page<ServiceGroup>> {
        self.sub_page(&SERVICE_GROUP_IDS, user_group_id, options)
            .await
    }

    /// Every service group a group reaches, fetched lazily page by page.
    pub fn iter_user_group_service_groups(
        &self,
        user_group_id: &str,
        per_page: Option<u32>,
    ) -> Paginator<ServiceGroup> {
        self.sub_walk(&SERVICE_GROUP_IDS, user_group_id, per_page)
    }

    /// `addUserGroupServiceGroups`: gives a group access to service groups.
    /// An empty list, or an empty id, is refused before any request.
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

    /// `removeUserGroupServiceGroups`: takes service groups away from a group
    /// (DELETE with a body). An empty list, or an empty id, is refused before
    /// any request.
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
        self.list_page(list.template, path, IAM_PARAMS, JSON, options)
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
