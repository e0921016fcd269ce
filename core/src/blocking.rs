//! The blocking facade: the same operations as [`crate::Client`], synchronous.
//!
//! Each call is driven by the calling thread itself on a small runtime it
//! borrows for the call, or, from inside an async program, runs on the crate's
//! shared runtime while the thread waits ([`crate::runtime`]); so it works from
//! any thread, from many threads at once, and from inside an async program. In
//! a forked child the client uses connection pools of its own (the parent's
//! connections are not its own): the core's transport keeps its pools per
//! process.

use std::fmt;
use std::future::Future;

use serde::de::DeserializeOwned;

use crate::api::{
    CreateUserOptions, InvitationListOptions, InvitationOptions, RoleOptions, ServiceGroupOptions,
    UpdateCustomerOptions, UpdateOptions, UpdateUserOptions, UserGroupOptions,
};
use crate::config::{ClientBuilder, Config};
use crate::error::{RateLimit, Result};
use crate::model::{
    Customer, IamRole, Invitation, Permission, Role, Service, ServiceGroup, Token, User, UserGroup,
    UserGroupMember, UserRole,
};
use crate::pagination::{ListOptions, Page, Paginator};
use crate::runtime;

/// The blocking client. `Send + Sync`; share it between threads freely.
///
/// ```no_run
/// let client = fastly_account::blocking::Client::new("my-token")?;
/// for role in client.iter_roles(Some(100)) {
///     println!("{:?}", role?.name);
/// }
/// # Ok::<(), fastly_account::Error>(())
/// ```
pub struct Client {
    /// The async client; its connection pool is per process (rebuilt after a fork).
    inner: crate::Client,
}

impl Client {
    /// A blocking client for the production API with the default configuration.
    pub fn new(token: impl Into<String>) -> Result<Client> {
        ClientBuilder::new(token).build_blocking()
    }

    /// A blocking client configured from `FASTLY_API_TOKEN` and `FASTLY_API_ENDPOINT`.
    pub fn from_env() -> Result<Client> {
        ClientBuilder::from_env().build_blocking()
    }

    /// Wraps an async client (sharing its connection pool).
    pub fn from_async(client: crate::Client) -> Client {
        Client { inner: client }
    }

    /// The async client behind this one (same pool; cheap to clone).
    pub fn as_async(&self) -> crate::Client {
        self.inner.clone()
    }

    /// The configuration in use (token redacted in `Debug`).
    pub fn config(&self) -> Config {
        self.inner.config().clone()
    }

    /// The `Fastly-RateLimit-*` headers of the last response that carried them.
    pub fn rate_limit(&self) -> Option<RateLimit> {
        self.inner.rate_limit()
    }

    fn run<T, F>(&self, call: impl FnOnce(crate::Client) -> F) -> Result<T>
    where
        T: Send + 'static,
        F: Future<Output = Result<T>> + Send + 'static,
    {
        runtime::block_on(call(self.inner.clone()))
    }

    /// Every IAM role, fetched lazily page by page.
    pub fn iter_roles(&self, per_page: Option<u32>) -> Iter<Role> {
        Iter::new(self.inner.iter_roles(per_page))
    }

    /// Every service group, fetched lazily page by page.
    pub fn iter_service_groups(&self, per_page: Option<u32>) -> Iter<ServiceGroup> {
        Iter::new(self.inner.iter_service_groups(per_page))
    }

    /// Every user group, fetched lazily page by page.
    pub fn iter_user_groups(&self, per_page: Option<u32>) -> Iter<UserGroup> {
        Iter::new(self.inner.iter_user_groups(per_page))
    }

    /// Every invitation, fetched lazily page by page.
    pub fn iter_invitations(&self, page_size: Option<u32>) -> Iter<Invitation> {
        Iter::new(self.inner.iter_invitations(page_size))
    }

    /// `getIamRole`: one role of the current IAM API, with its permissions
    /// when `include_permissions` is set.
    pub fn get_iam_role(&self, role_id: &str, include_permissions: bool) -> Result<IamRole> {
        let id = role_id.to_owned();
        self.run(move |c| async move { c.get_iam_role(&id, include_permissions).await })
    }

    /// Every role of the current IAM API, fetched lazily page by page.
    pub fn iter_iam_roles(&self, limit: Option<u32>) -> Iter<IamRole> {
        Iter::new(self.inner.iter_iam_roles(limit))
    }

    /// Every service in a service group, fetched lazily page by page.
    pub fn iter_service_group_services(
        &self,
        service_group_id: &str,
        per_page: Option<u32>,
    ) -> Iter<Service> {
        Iter::new(
            self.inner
                .iter_service_group_services(service_group_id, per_page),
        )
    }

    /// Every member of a user group, fetched lazily page by page.
    pub fn iter_user_group_members(
        &self,
        user_group_id: &str,
        per_page: Option<u32>,
    ) -> Iter<UserGroupMember> {
        Iter::new(self.inner.iter_user_group_members(user_group_id, per_page))
    }

    /// Every role a user group grants, fetched lazily page by page.
    pub fn iter_user_group_roles(&self, user_group_id: &str, per_page: Option<u32>) -> Iter<Role> {
        Iter::new(self.inner.iter_user_group_roles(user_group_id, per_page))
    }

    /// Every service group a user group reaches, fetched lazily page by page.
    pub fn iter_user_group_service_groups(
        &self,
        user_group_id: &str,
        per_page: Option<u32>,
    ) -> Iter<ServiceGroup> {
        Iter::new(
            self.inner
                .iter_user_group_service_groups(user_group_id, per_page),
        )
    }
}

/// Declares blocking operations: each `fn name(&self, arg: &T, ...) -> R;`
/// becomes a method that copies its arguments (`ToOwned`), runs the async
/// client's method of the same name on the internal runtime, and waits.
macro_rules! blocking {
    ($($(#[$doc:meta])* fn $name:ident(&self $(, $arg:ident: &$ty:ty)*) -> $ret:ty;)*) => {
        impl Client {
            $(
                $(#[$doc])*
                pub fn $name(&self $(, $arg: &$ty)*) -> Result<$ret> {
                    $(let $arg = $arg.to_owned();)*
                    self.run(move |c| async move { c.$name($(&$arg),*).await })
                }
            )*
        }
    };
}

blocking! {
    /// `getCurrentCustomer`: the customer the token belongs to.
    fn get_current_customer(&self) -> Customer;
    /// `getCustomer`: one customer by id.
    fn get_customer(&self, customer_id: &str) -> Customer;
    /// `updateCustomer`: changes the fields set in `options` (at least one).
    fn update_customer(&self, customer_id: &str, options: &UpdateCustomerOptions) -> Customer;
    /// `deleteCustomer`: deletes the customer account.
    fn delete_customer(&self, customer_id: &str) -> ();
    /// `getCurrentUser`: the user the token belongs to.
    fn get_current_user(&self) -> User;
    /// `getUser`: one user by id.
    fn get_user(&self, user_id: &str) -> User;
    /// `updateUser`: changes the fields set in `options` (at least one).
    fn update_user(&self, user_id: &str, options: &UpdateUserOptions) -> User;
    /// `updateCurrentUser`: changes the token's own user.
    fn update_current_user(&self, options: &UpdateUserOptions) -> User;
    /// `createUser`: adds a user to the token's customer.
    fn create_user(&self, login: &str, name: &str, options: &CreateUserOptions) -> User;
    /// `requestPasswordReset`: sends the user a password-reset email.
    fn request_password_reset(&self, user_login: &str) -> ();
    /// `deleteUser`: removes a user from the account.
    fn delete_user(&self, user_id: &str) -> ();
    /// `listCustomerUsers`: every user of a customer.
    fn list_customer_users(&self, customer_id: &str) -> Vec<User>;
    /// `createInvitation`: invites `email` with `role` and the optional fields of `options`.
    fn create_invitation(&self, email: &str, role: &UserRole, options: &InvitationOptions) -> Invitation;
    /// `listInvitations`: one page of the account's invitations.
    fn list_invitations(&self, options: &InvitationListOptions) -> Page<Invitation>;
    /// `deleteInvitation`: cancels an invitation.
    fn delete_invitation(&self, invitation_id: &str) -> ();
    /// `listTokens`: the tokens of the token's own user.
    fn list_tokens(&self) -> Vec<Token>;
    /// `listCustomerTokens`: every token of a customer's users.
    fn list_customer_tokens(&self, customer_id: &str) -> Vec<Token>;
    /// `getCurrentToken`: the token this client authenticates with.
    fn get_current_token(&self) -> Token;
    /// `getToken`: one token by id.
    fn get_token(&self, token_id: &str) -> Token;
    /// `revokeToken`: revokes one token by id.
    fn revoke_token(&self, token_id: &str) -> ();
    /// `revokeCurrentToken`: revokes the token this client authenticates with.
    fn revoke_current_token(&self) -> ();
    /// `bulkRevokeTokens`: revokes several tokens in one request.
    fn bulk_revoke_tokens(&self, token_ids: &[String]) -> ();
    /// `listRoles`: one page of IAM roles.
    /// May be retired (Fastly's clients dropped `/roles` in v12): prefer `list_iam_roles`, `get_iam_role`.
    fn list_roles(&self, options: &ListOptions) -> Page<Role>;
    /// `getRole`: one IAM role by id.
    /// May be retired (Fastly's clients dropped `/roles` in v12): prefer `list_iam_roles`, `get_iam_role`.
    fn get_role(&self, role_id: &str) -> Role;
    /// `listServiceGroups`: one page of IAM service groups.
    fn list_service_groups(&self, options: &ListOptions) -> Page<ServiceGroup>;
    /// `createServiceGroup`: creates a service group.
    fn create_service_group(&self, name: &str, options: &ServiceGroupOptions) -> ServiceGroup;
    /// `listUserGroups`: one page of IAM user groups.
    fn list_user_groups(&self, options: &ListOptions) -> Page<UserGroup>;
    /// `createUserGroup`: creates a user group.
    fn create_user_group(&self, name: &str, options: &UserGroupOptions) -> UserGroup;
    /// `listIamRoles`: one page of roles of the current IAM API.
    fn list_iam_roles(&self, options: &ListOptions) -> Page<IamRole>;
    /// `createRole`: creates a custom role.
    /// May be retired (Fastly's clients dropped `/roles` in v12): prefer `list_iam_roles`, `get_iam_role`.
    fn create_role(&self, name: &str, options: &RoleOptions) -> Role;
    /// `updateRole`: changes a role's name or description.
    /// May be retired (Fastly's clients dropped `/roles` in v12): prefer `list_iam_roles`, `get_iam_role`.
    fn update_role(&self, role_id: &str, options: &UpdateOptions) -> Role;
    /// `deleteRole`: deletes a custom role.
    /// May be retired (Fastly's clients dropped `/roles` in v12): prefer `list_iam_roles`, `get_iam_role`.
    fn delete_role(&self, role_id: &str) -> ();
    /// `listRolePermissions`: the permissions a role grants.
    /// May be retired (Fastly's clients dropped `/roles` in v12): prefer `list_iam_roles`, `get_iam_role`.
    fn list_role_permissions(&self, role_id: &str) -> Vec<Permission>;
    /// `addRolePermissions`: grants permissions to a role.
    /// May be retired (Fastly's clients dropped `/roles` in v12): prefer `list_iam_roles`, `get_iam_role`.
    fn add_role_permissions(&self, role_id: &str, permission_ids: &[String]) -> ();
    /// `removeRolePermissions`: takes permissions away from a role.
    /// May be retired (Fastly's clients dropped `/roles` in v12): prefer `list_iam_roles`, `get_iam_role`.
    fn remove_role_permissions(&self, role_id: &str, permission_ids: &[String]) -> ();
    /// `listPermissions`: every permission a role can grant.
    fn list_permissions(&self) -> Vec<Permission>;
    /// `getServiceGroup`: one service group by id.
    fn get_service_group(&self, service_group_id: &str) -> ServiceGroup;
    /// `updateServiceGroup`: changes a service group's name or description.
    fn update_service_group(&self, service_group_id: &str, options: &UpdateOptions) -> ServiceGroup;
    /// `deleteServiceGroup`: deletes a service group.
    fn delete_service_group(&self, service_group_id: &str) -> ();
    /// `listServiceGroupServices`: one page of the services in a group.
    fn list_service_group_services(&self, service_group_id: &str, options: &ListOptions) -> Page<Service>;
    /// `addServiceGroupServices`: puts services in a group.
    fn add_service_group_services(&self, service_group_id: &str, service_ids: &[String]) -> ();
    /// `removeServiceGroupServices`: takes services out of a group.
    fn remove_service_group_services(&self, service_group_id: &str, service_ids: &[String]) -> ();
    /// `getUserGroup`: one user group by id.
    fn get_user_group(&self, user_group_id: &str) -> UserGroup;
    /// `updateUserGroup`: changes a user group's name or description.
    fn update_user_group(&self, user_group_id: &str, options: &UpdateOptions) -> UserGroup;
    /// `deleteUserGroup`: deletes a user group.
    fn delete_user_group(&self, user_group_id: &str) -> ();
    /// `listUserGroupMembers`: one page of a group's members.
    fn list_user_group_members(&self, user_group_id: &str, options: &ListOptions) -> Page<UserGroupMember>;
    /// `addUserGroupMembers`: adds users and invitations to a group.
    fn add_user_group_members(&self, user_group_id: &str, user_ids: &[String], invitation_ids: &[String]) -> ();
    /// `removeUserGroupMembers`: removes users and invitations from a group.
    fn remove_user_group_members(&self, user_group_id: &str, user_ids: &[String], invitation_ids: &[String]) -> ();
    /// `listUserGroupRoles`: one page of the roles a group grants.
    fn list_user_group_roles(&self, user_group_id: &str, options: &ListOptions) -> Page<Role>;
    /// `addUserGroupRoles`: grants roles to a group.
    fn add_user_group_roles(&self, user_group_id: &str, role_ids: &[String]) -> ();
    /// `removeUserGroupRoles`: takes roles away from a group.
    fn remove_user_group_roles(&self, user_group_id: &str, role_ids: &[String]) -> ();
    /// `listUserGroupServiceGroups`: one page of the service groups a group reaches.
    fn list_user_group_service_groups(&self, user_group_id: &str, options: &ListOptions) -> Page<ServiceGroup>;
    /// `addUserGroupServiceGroups`: gives a group access to service groups.
    fn add_user_group_service_groups(&self, user_group_id: &str, service_group_ids: &[String]) -> ();
    /// `removeUserGroupServiceGroups`: takes service groups away from a group.
    fn remove_user_group_service_groups(&self, user_group_id: &str, service_group_ids: &[String]) -> ();
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("blocking::Client")
            .field("endpoint", &self.as_async().config().endpoint.as_str())
            .field("token", &"***")
            .finish()
    }
}

/// A lazy walk over every item of an IAM list: an `Iterator` of
/// `Result<T>` that fetches a page only when the items in hand run out.
/// It ends after the last item or after the first error.
pub struct Iter<T> {
    pages: Paginator<T>,
}

impl<T: DeserializeOwned + Send + 'static> Iter<T> {
    fn new(pages: Paginator<T>) -> Self {
        Iter { pages }
    }

    /// How many pages have been fetched so far.
    pub fn pages_fetched(&self) -> u64 {
        self.pages.pages_fetched()
    }
}

impl<T: DeserializeOwned + Send + 'static> Iterator for Iter<T> {
    type Item = Result<T>;

    fn next(&mut self) -> Option<Result<T>> {
        let waited = self
            .pages
            .next_with(|request| Ok::<_, std::convert::Infallible>(runtime::block_on(request)));
        match waited {
            Ok(item) => item,
            Err(never) => match never {},
        }
    }
}
