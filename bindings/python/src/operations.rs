//! THE list of operations: one declaration each, read by both clients.
//!
//! [`operations!`] hands the list to [`client_methods!`](crate::methods), once
//! for the blocking `Client` and once for the asyncio `AsyncClient`, so an
//! operation is declared here once and both classes get it.
//!
//! An operation's declaration reads like its Python signature with types:
//!
//! ```text
//! /// `getUser`: one user by id.
//! fn get_user(user_id: String) -> User = |c| c.get_user(&user_id);
//! ```
//!
//! - the parameters, in Python's order and syntax (`*` starts the
//!   keyword-only ones, `= None` gives a default, `= NO_IDS` an empty id
//!   list); each declared type is what Python passes, converted to what
//!   the core takes by
//!   [`Arg`](crate::convert::Arg) (`Count`: an `int` that must fit a `u32`,
//!   `RoleName`: a role `str`, others as they are);
//! - the Python return type, which the core's result becomes through
//!   [`ToPython`](crate::convert::ToPython) (a model, `Vec` of models, `Page`,
//!   `()` for `None`);
//! - `|c| call`: the core call on the async client `c` with the converted
//!   arguments (`options!` builds an options struct from the arguments of
//!   the same names). `walk |c| call` instead gives the core's `Paginator`,
//!   which each client wraps in its lazy iterator.
//!
//! The names a declaration uses are in [`scope`]; a module that expands
//! [`operations!`] imports `scope::*`.

/// The names the operation list refers to, imported where it is expanded.
pub(crate) mod scope {
    pub(crate) use super::NO_IDS;
    pub(crate) use crate::convert::{Count, RoleName};
    pub(crate) use crate::iter::ItemIterator;
    pub(crate) use crate::models::{
        Customer, IamRole, Invitation, Page, Permission, Role, ServiceGroup, Token, User, UserGroup,
    };
    pub(crate) use fastly_account::{
        CreateUserOptions, InvitationListOptions, InvitationOptions, ListOptions, RoleOptions,
        ServiceGroupOptions, UpdateCustomerOptions, UpdateOptions, UpdateUserOptions,
        UserGroupOptions,
    };
    pub(crate) use std::collections::BTreeMap;
}

/// The default of an id-list argument that may be left out (`user_ids=()`):
/// nothing given, which [`argument`](crate::convert::argument) reads as an
/// empty list.
pub(crate) const NO_IDS: Option<pyo3::Bound<'static, pyo3::PyAny>> = None;

/// A core options struct from the converted arguments of the same names:
/// `options!(UpdateUserOptions { name, role })`.
macro_rules! options {
    ($options:ident { $($field:ident),* $(,)? }) => {{
        let mut options = $options::new();
        $(options.$field = $field;)*
        options
    }};
}

/// Expands `client_methods!` for one class with every operation:
/// `operations!(blocking Client { <hand-written members> })` or
/// `operations!(asyncio AsyncClient { ... })`.
macro_rules! operations {
    ($mode:ident $client:ident { $($members:tt)* }) => {
        client_methods! {
            $mode
            #[pymethods]
            impl $client {
                { $($members)* }
                // Customer.

                /// `getCurrentCustomer`: the customer the token belongs to.
                fn get_current_customer() -> Customer = |c| c.get_current_customer();

                /// `getCustomer`: one customer by id.
                fn get_customer(customer_id: String) -> Customer = |c| c.get_customer(&customer_id);

                /// `updateCustomer(customer_id, *, name=None, billing_contact_id=None,
                /// legal_contact_id=None, security_contact_id=None,
                /// technical_contact_id=None, owner_id=None, phone_number=None,
                /// postal_address=None, force_2fa=None, force_sso=None,
                /// ip_whitelist=None, can_reset_passwords=None, can_upload_vcl=None,
                /// can_configure_wordpress=None, billing_network_type=None,
                /// billing_ref=None, has_account_panel=None, has_improved_events=None,
                /// has_openstack_logging=None, has_pci=None, pricing_plan=None,
                /// pricing_plan_id=None)`: changes the customer's fields; only
                /// the fields given are sent. `billing_network_type` is `public` or
                /// `private`. At least one must be given: an update
                /// with nothing to change raises `InvalidArgumentError` before any
                /// request.
                fn update_customer(
                    customer_id: String,
                    *,
                    name: Option<String> = None,
                    billing_contact_id: Option<String> = None,
                    legal_contact_id: Option<String> = None,
                    security_contact_id: Option<String> = None,
                    technical_contact_id: Option<String> = None,
                    owner_id: Option<String> = None,
                    phone_number: Option<String> = None,
                    postal_address: Option<String> = None,
                    force_2fa: Option<bool> = None,
                    force_sso: Option<bool> = None,
                    ip_whitelist: Option<String> = None,
                    can_reset_passwords: Option<bool> = None,
                    can_upload_vcl: Option<bool> = None,
                    can_configure_wordpress: Option<bool> = None,
                    billing_network_type: Option<String> = None,
                    billing_ref: Option<String> = None,
                    has_account_panel: Option<bool> = None,
                    has_improved_events: Option<bool> = None,
                    has_openstack_logging: Option<bool> = None,
                    has_pci: Option<bool> = None,
                    pricing_plan: Option<String> = None,
                    pricing_plan_id: Option<String> = None,
                ) -> Customer = |c| c.update_customer(&customer_id, &options!(UpdateCustomerOptions {
                    name, billing_contact_id, legal_contact_id, security_contact_id,
                    technical_contact_id, owner_id, phone_number, postal_address, force_2fa, force_sso,
                    ip_whitelist, can_reset_passwords, can_upload_vcl, can_configure_wordpress,
                    billing_network_type, billing_ref, has_account_panel, has_improved_events,
                    has_openstack_logging, has_pci, pricing_plan, pricing_plan_id,
                }));

                /// `deleteCustomer`: deletes the customer account.
                fn delete_customer(customer_id: String) -> () = |c| c.delete_customer(&customer_id);

                // Users.

                /// `getCurrentUser`: the user the token belongs to.
                fn get_current_user() -> User = |c| c.get_current_user();

                /// `getUser`: one user by id.
                fn get_user(user_id: String) -> User = |c| c.get_user(&user_id);

                /// `updateUser(user_id, *, login=None, name=None, role=None, roles=None,
                /// limit_services=None, locked=None, require_new_password=None,
                /// two_factor_auth_enabled=None, two_factor_setup_required=None)`:
                /// changes a user's fields; `None` leaves a field unchanged. `role` is
                /// one of `user`, `tls_viewer`, `tls_admin`, `billing`, `engineer`,
                /// `superuser`; `roles` a non-empty list of role ids (sent as one
                /// comma-separated field). Fastly's reference says the two-factor
                /// fields cannot be changed here: the API may ignore them. An unknown
                /// role, a malformed login, or nothing to change, raises
                /// `InvalidArgumentError` before any request.
                fn update_user(
                    user_id: String,
                    *,
                    login: Option<String> = None,
                    name: Option<String> = None,
                    role: Option<RoleName> = None,
                    roles: Option<Vec<String>> = None,
                    limit_services: Option<bool> = None,
                    locked: Option<bool> = None,
                    require_new_password: Option<bool> = None,
                    two_factor_auth_enabled: Option<bool> = None,
                    two_factor_setup_required: Option<bool> = None,
                ) -> User = |c| c.update_user(&user_id, &options!(UpdateUserOptions {
                    login, name, role, roles, limit_services, locked, require_new_password,
                    two_factor_auth_enabled, two_factor_setup_required,
                }));

                /// `updateCurrentUser(*, login=None, name=None, role=None, roles=None,
                /// limit_services=None, locked=None, require_new_password=None,
                /// two_factor_auth_enabled=None, two_factor_setup_required=None)`:
                /// changes the token's own user, like `update_user`.
                fn update_current_user(
                    *,
                    login: Option<String> = None,
                    name: Option<String> = None,
                    role: Option<RoleName> = None,
                    roles: Option<Vec<String>> = None,
                    limit_services: Option<bool> = None,
                    locked: Option<bool> = None,
                    require_new_password: Option<bool> = None,
                    two_factor_auth_enabled: Option<bool> = None,
                    two_factor_setup_required: Option<bool> = None,
                ) -> User = |c| c.update_current_user(&options!(UpdateUserOptions {
                    login, name, role, roles, limit_services, locked, require_new_password,
                    two_factor_auth_enabled, two_factor_setup_required,
                }));

                /// `createUser(login, name, role=None, *, roles=None,
                /// limit_services=None, locked=None, require_new_password=None,
                /// two_factor_auth_enabled=None, two_factor_setup_required=None)`: adds
                /// a user (`login` is their email address) to the token's customer,
                /// with `role` (the API's default when `None`). A malformed login, an
                /// empty name or an unknown role raises `InvalidArgumentError` before
                /// any request. Never retried once sent.
                fn create_user(
                    login: String,
                    name: String,
                    role: Option<RoleName> = None,
                    *,
                    roles: Option<Vec<String>> = None,
                    limit_services: Option<bool> = None,
                    locked: Option<bool> = None,
                    require_new_password: Option<bool> = None,
                    two_factor_auth_enabled: Option<bool> = None,
                    two_factor_setup_required: Option<bool> = None,
                ) -> User = |c| c.create_user(&login, &name, &options!(CreateUserOptions {
                    role, roles, limit_services, locked, require_new_password,
                    two_factor_auth_enabled, two_factor_setup_required,
                }));

                /// `deleteUser`: removes a user from the account. A 200 answer whose body
                /// says `"status": "error"` raises `UnexpectedStatusError` (status 200).
                fn delete_user(user_id: String) -> () = |c| c.delete_user(&user_id);

                /// `requestPasswordReset`: sends the user whose login (email address)
                /// is `user_login` a password-reset email. Never retried once sent.
                fn request_password_reset(user_login: String) -> ()
                    = |c| c.request_password_reset(&user_login);

                /// `listCustomerUsers`: every user of a customer.
                fn list_customer_users(customer_id: String) -> Vec<User>
                    = |c| c.list_customer_users(&customer_id);

                // Invitations.

                /// `createInvitation(email, role, *, roles=None, limit_services=None,
                /// customer_id=None, service_invitations=None)`: invites `email` with
                /// `role` (`user`, `tls_viewer`, `tls_admin`, `billing`, `engineer` or
                /// `superuser`), optionally granting more `roles`, limiting the invitee
                /// to specific services, naming the customer, or granting access per
                /// service (`service_invitations`: service id -> `full`, `read_only`,
                /// `purge_select` or `purge_all`). Never retried once sent (it could
                /// invite twice).
                fn create_invitation(
                    email: String,
                    role: RoleName,
                    *,
                    roles: Option<Vec<String>> = None,
                    limit_services: Option<bool> = None,
                    customer_id: Option<String> = None,
                    service_invitations: Option<BTreeMap<String, String>> = None,
                ) -> Invitation = |c| c.create_invitation(&email, &role, &options!(InvitationOptions {
                    roles, limit_services, customer_id, service_invitations,
                }));

                /// `listInvitations(*, page_number=None, page_size=None)`: one page of
                /// the account's invitations (`page_number` from 1, the first page by
                /// default). Pass the page's `next_page_number` as `page_number` for
                /// the next page; it is `None` on the last page.
                fn list_invitations(
                    *,
                    page_number: Option<Count> = None,
                    page_size: Option<Count> = None,
                ) -> Page = |c| c.list_invitations(&options!(InvitationListOptions {
                    page_number, page_size,
                }));

                /// Every invitation, fetched lazily page by page (`page_size` keyword-only).
                fn iter_invitations(*, page_size: Option<Count> = None) -> ItemIterator
                    = walk |c| c.iter_invitations(page_size);

                /// `deleteInvitation`: cancels an invitation.
                fn delete_invitation(invitation_id: String) -> ()
                    = |c| c.delete_invitation(&invitation_id);

                // API tokens.

                /// `listTokens`: the tokens of the token's own user.
                fn list_tokens() -> Vec<Token> = |c| c.list_tokens();

                /// `listCustomerTokens`: every token of a customer's users.
                fn list_customer_tokens(customer_id: String) -> Vec<Token>
                    = |c| c.list_customer_tokens(&customer_id);

                /// `getCurrentToken`: the token this client authenticates with.
                fn get_current_token() -> Token = |c| c.get_current_token();

                /// `getToken`: one token by id (`"self"` is refused: use
                /// `get_current_token`).
                fn get_token(token_id: String) -> Token = |c| c.get_token(&token_id);

                /// `revokeToken`: revokes one token by id.
                fn revoke_token(token_id: String) -> () = |c| c.revoke_token(&token_id);

                /// `revokeCurrentToken`: revokes the token this client authenticates
                /// with; every later call of this client raises `AuthenticationError`.
                fn revoke_current_token() -> () = |c| c.revoke_current_token();

                /// `bulkRevokeTokens(token_ids)`: revokes several tokens (a sequence
                /// of ids, not a `str`) in one request. An empty sequence, or an empty
                /// id, raises `InvalidArgumentError` before any request.
                fn bulk_revoke_tokens(token_ids: Vec<String>) -> ()
                    = |c| c.bulk_revoke_tokens(&token_ids);

                // IAM roles.

                /// `listRoles`: one page of IAM roles: `list_roles(*, per_page=None, cursor=None)`.
                /// Pass a page's `next_cursor` as `cursor` for the next page, whether the
                /// API pages by cursor or by page number.
                ///
                /// May be retired: Fastly's own clients dropped the `/roles` API in v12
                /// (October 2025); `/iam/v1/roles` remains: use `list_iam_roles` and
                /// `get_iam_role`.
                fn list_roles(*, per_page: Option<Count> = None, cursor: Option<String> = None) -> Page
                    = |c| c.list_roles(&options!(ListOptions { per_page, cursor }));

                /// Every IAM role, fetched lazily page by page (`per_page` keyword-only).
                ///
                /// May be retired: Fastly's own clients dropped the `/roles` API in v12
                /// (October 2025); `/iam/v1/roles` remains: use `list_iam_roles` and
                /// `get_iam_role`.
                fn iter_roles(*, per_page: Option<Count> = None) -> ItemIterator
                    = walk |c| c.iter_roles(per_page);

                /// `getRole`: one IAM role by id.
                ///
                /// May be retired: Fastly's own clients dropped the `/roles` API in v12
                /// (October 2025); `/iam/v1/roles` remains: use `list_iam_roles` and
                /// `get_iam_role`.
                fn get_role(role_id: String) -> Role = |c| c.get_role(&role_id);

                /// `createRole(name, *, description=None)`: creates a custom IAM role
                /// (no permissions yet). An empty name raises `InvalidArgumentError`
                /// before any request.
                ///
                /// May be retired: Fastly's own clients dropped the `/roles` API in v12
                /// (October 2025); `/iam/v1/roles` remains: use `list_iam_roles` and
                /// `get_iam_role`.
                fn create_role(name: String, *, description: Option<String> = None) -> Role
                    = |c| c.create_role(&name, &options!(RoleOptions { description }));

                /// `updateRole(role_id, *, name=None, description=None)`: renames or
                /// redescribes a role; only the fields given are sent. Nothing to
                /// change, or an empty name, raises `InvalidArgumentError` before any
                /// request.
                ///
                /// May be retired: Fastly's own clients dropped the `/roles` API in v12
                /// (October 2025); `/iam/v1/roles` remains: use `list_iam_roles` and
                /// `get_iam_role`.
                fn update_role(
                    role_id: String,
                    *,
                    name: Option<String> = None,
                    description: Option<String> = None,
                ) -> Role = |c| c.update_role(&role_id, &options!(UpdateOptions { name, description }));

                /// `deleteRole`: deletes an IAM role (it leaves every user group).
                ///
                /// May be retired: Fastly's own clients dropped the `/roles` API in v12
                /// (October 2025); `/iam/v1/roles` remains: use `list_iam_roles` and
                /// `get_iam_role`.
                fn delete_role(role_id: String) -> () = |c| c.delete_role(&role_id);

                /// `listRolePermissions`: every permission a role grants (not paged).
                ///
                /// May be retired: Fastly's own clients dropped the `/roles` API in v12
                /// (October 2025); `/iam/v1/roles` remains: use `list_iam_roles` and
                /// `get_iam_role`.
                fn list_role_permissions(role_id: String) -> Vec<Permission>
                    = |c| c.list_role_permissions(&role_id);

                /// `addRolePermissions(role_id, permission_ids)`: grants a role more
                /// permissions (a sequence of ids, not a `str`). An empty sequence,
                /// or an empty id, raises `InvalidArgumentError` before any request.
                ///
                /// May be retired: Fastly's own clients dropped the `/roles` API in v12
                /// (October 2025); `/iam/v1/roles` remains: use `list_iam_roles` and
                /// `get_iam_role`.
                fn add_role_permissions(role_id: String, permission_ids: Vec<String>) -> ()
                    = |c| c.add_role_permissions(&role_id, &permission_ids);

                /// `removeRolePermissions(role_id, permission_ids)`: takes permissions
                /// from a role; ids it does not have are ignored. An empty sequence
                /// raises `InvalidArgumentError` before any request.
                ///
                /// May be retired: Fastly's own clients dropped the `/roles` API in v12
                /// (October 2025); `/iam/v1/roles` remains: use `list_iam_roles` and
                /// `get_iam_role`.
                fn remove_role_permissions(role_id: String, permission_ids: Vec<String>) -> ()
                    = |c| c.remove_role_permissions(&role_id, &permission_ids);

                /// `listPermissions`: every IAM permission there is (not paged).
                fn list_permissions() -> Vec<Permission> = |c| c.list_permissions();

                /// `listIamRoles`: one page of roles from the current IAM API
                /// (`/iam/v1/roles`): `list_iam_roles(*, limit=None, cursor=None)`. Pass a
                /// page's `next_cursor` as `cursor` for the next page.
                fn list_iam_roles(*, limit: Option<Count> = None, cursor: Option<String> = None) -> Page
                    = |c| c.list_iam_roles(&{
                        let per_page = limit;
                        options!(ListOptions { per_page, cursor })
                    });

                /// Every role of `/iam/v1/roles`, fetched lazily page by page (`limit`
                /// keyword-only).
                fn iter_iam_roles(*, limit: Option<Count> = None) -> ItemIterator
                    = walk |c| c.iter_iam_roles(limit);

                /// `getIamRole(role_id, *, include_permissions=None)`: one role of the
                /// current IAM API; with `include_permissions=True` its `permissions`
                /// (names) are filled in (`None` or `False`: left out).
                fn get_iam_role(role_id: String, *, include_permissions: Option<bool> = None) -> IamRole
                    = |c| c.get_iam_role(&role_id, include_permissions.unwrap_or(false));

                // IAM service groups.

                /// `listServiceGroups`: one page of IAM service groups:
                /// `list_service_groups(*, per_page=None, cursor=None)`.
                /// Pass a page's `next_cursor` as `cursor` for the next page, whether the
                /// API pages by cursor or by page number.
                fn list_service_groups(
                    *,
                    per_page: Option<Count> = None,
                    cursor: Option<String> = None,
                ) -> Page = |c| c.list_service_groups(&options!(ListOptions { per_page, cursor }));

                /// Every service group, fetched lazily page by page (`per_page` keyword-only).
                fn iter_service_groups(*, per_page: Option<Count> = None) -> ItemIterator
                    = walk |c| c.iter_service_groups(per_page);

                /// `createServiceGroup(name, *, description=None, services=None)`:
                /// creates a service group, optionally with services (a list of ids).
                fn create_service_group(
                    name: String,
                    *,
                    description: Option<String> = None,
                    services: Option<Vec<String>> = None,
                ) -> ServiceGroup = |c| c.create_service_group(&name, &options!(ServiceGroupOptions {
                    description, services,
                }));

                /// `getServiceGroup`: one service group by id.
                fn get_service_group(service_group_id: String) -> ServiceGroup
                    = |c| c.get_service_group(&service_group_id);

                /// `updateServiceGroup(service_group_id, *, name=None, description=None)`:
                /// renames or redescribes a service group; only the fields given are
                /// sent. Nothing to change, or an empty name, raises
                /// `InvalidArgumentError` before any request.
                fn update_service_group(
                    service_group_id: String,
                    *,
                    name: Option<String> = None,
                    description: Option<String> = None,
                ) -> ServiceGroup = |c| c.update_service_group(
                    &service_group_id, &options!(UpdateOptions { name, description }),
                );

                /// `deleteServiceGroup`: deletes a service group (it leaves every user
                /// group).
                fn delete_service_group(service_group_id: String) -> ()
                    = |c| c.delete_service_group(&service_group_id);

                /// `listServiceGroupServices`: one page of a service group's services:
                /// `list_service_group_services(service_group_id, *, per_page=None,
                /// cursor=None)`. Pass a page's `next_cursor` as `cursor` for the next
                /// page.
                fn list_service_group_services(
                    service_group_id: String,
                    *,
                    per_page: Option<Count> = None,
                    cursor: Option<String> = None,
                ) -> Page = |c| c.list_service_group_services(
                    &service_group_id, &options!(ListOptions { per_page, cursor }),
                );

                /// Every service of a service group, fetched lazily page by page
                /// (`per_page` keyword-only). An empty id raises
                /// `InvalidArgumentError` at the first `next()`, before any request.
                fn iter_service_group_services(
                    service_group_id: String,
                    *,
                    per_page: Option<Count> = None,
                ) -> ItemIterator = walk |c| c.iter_service_group_services(&service_group_id, per_page);

                /// `addServiceGroupServices(service_group_id, service_ids)`: adds
                /// services (a sequence of ids, not a `str`) to a service group. An
                /// empty sequence raises `InvalidArgumentError` before any request.
                fn add_service_group_services(service_group_id: String, service_ids: Vec<String>) -> ()
                    = |c| c.add_service_group_services(&service_group_id, &service_ids);

                /// `removeServiceGroupServices(service_group_id, service_ids)`: takes
                /// services out of a service group. An empty sequence raises
                /// `InvalidArgumentError` before any request.
                fn remove_service_group_services(service_group_id: String, service_ids: Vec<String>) -> ()
                    = |c| c.remove_service_group_services(&service_group_id, &service_ids);

                // IAM user groups.

                /// `listUserGroups`: one page of IAM user groups:
                /// `list_user_groups(*, per_page=None, cursor=None)`.
                /// Pass a page's `next_cursor` as `cursor` for the next page, whether the
                /// API pages by cursor or by page number.
                fn list_user_groups(
                    *,
                    per_page: Option<Count> = None,
                    cursor: Option<String> = None,
                ) -> Page = |c| c.list_user_groups(&options!(ListOptions { per_page, cursor }));

                /// Every user group, fetched lazily page by page (`per_page` keyword-only).
                fn iter_user_groups(*, per_page: Option<Count> = None) -> ItemIterator
                    = walk |c| c.iter_user_groups(per_page);

                /// `createUserGroup(name, *, description=None)`: creates a user group.
                fn create_user_group(name: String, *, description: Option<String> = None) -> UserGroup
                    = |c| c.create_user_group(&name, &options!(UserGroupOptions { description }));

                /// `getUserGroup`: one user group by id.
                fn get_user_group(user_group_id: String) -> UserGroup
                    = |c| c.get_user_group(&user_group_id);

                /// `updateUserGroup(user_group_id, *, name=None, description=None)`:
                /// renames or redescribes a user group; only the fields given are
                /// sent. Nothing to change, or an empty name, raises
                /// `InvalidArgumentError` before any request.
                fn update_user_group(
                    user_group_id: String,
                    *,
                    name: Option<String> = None,
                    description: Option<String> = None,
                ) -> UserGroup = |c| c.update_user_group(
                    &user_group_id, &options!(UpdateOptions { name, description }),
                );

                /// `deleteUserGroup`: deletes a user group.
                fn delete_user_group(user_group_id: String) -> ()
                    = |c| c.delete_user_group(&user_group_id);

                /// `listUserGroupMembers`: one page of a user group's members (users
                /// and pending invitations): `list_user_group_members(user_group_id, *,
                /// per_page=None, cursor=None)`. Pass a page's `next_cursor` as
                /// `cursor` for the next page.
                fn list_user_group_members(
                    user_group_id: String,
                    *,
                    per_page: Option<Count> = None,
                    cursor: Option<String> = None,
                ) -> Page = |c| c.list_user_group_members(
                    &user_group_id, &options!(ListOptions { per_page, cursor }),
                );

                /// Every member of a user group, fetched lazily page by page
                /// (`per_page` keyword-only). An empty id raises
                /// `InvalidArgumentError` at the first `next()`, before any request.
                fn iter_user_group_members(
                    user_group_id: String,
                    *,
                    per_page: Option<Count> = None,
                ) -> ItemIterator = walk |c| c.iter_user_group_members(&user_group_id, per_page);

                /// `addUserGroupMembers(user_group_id, user_ids=(), invitation_ids=())`:
                /// adds users and pending invitations (sequences of ids, not `str`s)
                /// to a user group. Both empty raises `InvalidArgumentError` before
                /// any request.
                fn add_user_group_members(
                    user_group_id: String,
                    user_ids: Vec<String> = NO_IDS,
                    invitation_ids: Vec<String> = NO_IDS,
                ) -> () = |c| c.add_user_group_members(&user_group_id, &user_ids, &invitation_ids);

                /// `removeUserGroupMembers(user_group_id, user_ids=(), invitation_ids=())`:
                /// takes users and invitations out of a user group. Both empty raises
                /// `InvalidArgumentError` before any request.
                fn remove_user_group_members(
                    user_group_id: String,
                    user_ids: Vec<String> = NO_IDS,
                    invitation_ids: Vec<String> = NO_IDS,
                ) -> () = |c| c.remove_user_group_members(&user_group_id, &user_ids, &invitation_ids);

                /// `listUserGroupRoles`: one page of the IAM roles a user group grants:
                /// `list_user_group_roles(user_group_id, *, per_page=None, cursor=None)`.
                fn list_user_group_roles(
                    user_group_id: String,
                    *,
                    per_page: Option<Count> = None,
                    cursor: Option<String> = None,
                ) -> Page = |c| c.list_user_group_roles(
                    &user_group_id, &options!(ListOptions { per_page, cursor }),
                );

                /// Every role a user group grants, fetched lazily page by page
                /// (`per_page` keyword-only).
                fn iter_user_group_roles(
                    user_group_id: String,
                    *,
                    per_page: Option<Count> = None,
                ) -> ItemIterator = walk |c| c.iter_user_group_roles(&user_group_id, per_page);

                /// `addUserGroupRoles(user_group_id, role_ids)`: grants a user group
                /// IAM roles. An empty sequence raises `InvalidArgumentError` before
                /// any request.
                fn add_user_group_roles(user_group_id: String, role_ids: Vec<String>) -> ()
                    = |c| c.add_user_group_roles(&user_group_id, &role_ids);

                /// `removeUserGroupRoles(user_group_id, role_ids)`: takes IAM roles
                /// from a user group. An empty sequence raises `InvalidArgumentError`
                /// before any request.
                fn remove_user_group_roles(user_group_id: String, role_ids: Vec<String>) -> ()
                    = |c| c.remove_user_group_roles(&user_group_id, &role_ids);

                /// `listUserGroupServiceGroups`: one page of the service groups a user
                /// group has access to: `list_user_group_service_groups(user_group_id,
                /// *, per_page=None, cursor=None)`.
                fn list_user_group_service_groups(
                    user_group_id: String,
                    *,
                    per_page: Option<Count> = None,
                    cursor: Option<String> = None,
                ) -> Page = |c| c.list_user_group_service_groups(
                    &user_group_id, &options!(ListOptions { per_page, cursor }),
                );

                /// Every service group of a user group, fetched lazily page by page
                /// (`per_page` keyword-only).
                fn iter_user_group_service_groups(
                    user_group_id: String,
                    *,
                    per_page: Option<Count> = None,
                ) -> ItemIterator = walk |c| c.iter_user_group_service_groups(&user_group_id, per_page);

                /// `addUserGroupServiceGroups(user_group_id, service_group_ids)`: gives
                /// a user group access to service groups. An empty sequence raises
                /// `InvalidArgumentError` before any request.
                fn add_user_group_service_groups(user_group_id: String, service_group_ids: Vec<String>)
                    -> () = |c| c.add_user_group_service_groups(&user_group_id, &service_group_ids);

                /// `removeUserGroupServiceGroups(user_group_id, service_group_ids)`:
                /// takes service groups from a user group. An empty sequence raises
                /// `InvalidArgumentError` before any request.
                fn remove_user_group_service_groups(
                    user_group_id: String,
                    service_group_ids: Vec<String>,
                ) -> () = |c| c.remove_user_group_service_groups(&user_group_id, &service_group_ids);
            }
        }
    };
}
