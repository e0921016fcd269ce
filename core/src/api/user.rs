//! User: the current user, users by id, a customer's users, creating users
//! and password resets.

use reqwest::Method;

use crate::error::{Error, Result};
use crate::model::{User, UserRole};
use crate::transport::{id_segment, Form, Request};

options! {
    /// Fields of [`Client::update_user`](crate::Client::update_user) and [`Client::update_current_user`](crate::Client::update_current_user);
    /// `None` leaves a field unchanged. At least one field must be set: an
    /// update with nothing to change is refused before any request.
    pub struct UpdateUserOptions {
        /// The user's name.
        name: String => into(impl Into<String>),
        /// The user's role, one of the six: user, tls_viewer, tls_admin,
        /// billing, engineer or superuser (any other is refused before any
        /// request).
        role: UserRole => into(UserRole),
        /// The user's roles, as the API names them: at least one, none blank.
        /// They are sent as one comma-separated field, so a name holding `,`
        /// is refused before any request.
        roles: Vec<String> => into(Vec<String>),
        /// Whether the user's access is limited to specific services.
        limit_services: bool => into(bool),
        /// Whether the user is locked out.
        locked: bool => into(bool),
        /// Whether the user must set a new password at next login.
        require_new_password: bool => into(bool),
        /// The user's login, an email address (one that does not read as
        /// `local@domain.tld` is refused before any request).
        login: String => into(impl Into<String>),
        /// Whether the user has two-factor authentication on. Fastly's API
        /// reference says the two-factor fields cannot be changed through
        /// this endpoint: the API may ignore or refuse them.
        two_factor_auth_enabled: bool => into(bool),
        /// Whether the user must set up two-factor authentication (see
        /// `two_factor_auth_enabled`).
        two_factor_setup_required: bool => into(bool),
    }
}

options! {
    /// Optional fields of [`Client::create_user`](crate::Client::create_user).
    pub struct CreateUserOptions {
        /// The user's role, one of the six: user, tls_viewer, tls_admin,
        /// billing, engineer or superuser (the API's default when not set;
        /// any other is refused before any request).
        role: UserRole => into(UserRole),
        /// The user's roles, as the API names them: at least one, none blank.
        /// They are sent as one comma-separated field, so a name holding `,`
        /// is refused before any request.
        roles: Vec<String> => into(Vec<String>),
        /// Whether the user's access is limited to specific services.
        limit_services: bool => into(bool),
        /// Whether the user is locked out.
        locked: bool => into(bool),
        /// Whether the user must set a new password at first login.
        require_new_password: bool => into(bool),
        /// Whether the user has two-factor authentication on.
        two_factor_auth_enabled: bool => into(bool),
        /// Whether the user must set up two-factor authentication at first login.
        two_factor_setup_required: bool => into(bool),
    }
}

/// The form fields a user's create and update share.
struct UserFields<'a> {
    role: Option<&'a UserRole>,
    roles: Option<&'a Vec<String>>,
    limit_services: Option<bool>,
    locked: Option<bool>,
    require_new_password: Option<bool>,
    two_factor_auth_enabled: Option<bool>,
    two_factor_setup_required: Option<bool>,
}

impl UserFields<'_> {
    /// Adds the fields to `form`, checked: an unknown role, an empty role
    /// list, or a role name that is empty or holds the list's `,` is refused.
    fn add_to(self, form: Form) -> Result<Form> {
        let role = self.role.map(UserRole::for_request).transpose()?;
        if let Some(roles) = self.roles {
            if roles.is_empty() || roles.iter().any(|r| r.trim().is_empty()) {
                return Err(Error::invalid(
                    "roles must name at least one role, and no empty one",
                ));
            }
            if let Some(role) = roles.iter().find(|r| r.contains(',')) {
                return Err(Error::invalid(format!(
                    "roles: {role:?} holds a comma, which separates roles in the request"
                )));
            }
        }
        Ok(form
            .text("role", role)
            .list("roles", self.roles.map(Vec::as_slice))
            .flag("limit_services", self.limit_services)
            .flag("locked", self.locked)
            .flag("require_new_password", self.require_new_password)
            .flag("two_factor_auth_enabled", self.two_factor_auth_enabled)
            .flag("two_factor_setup_required", self.two_factor_setup_required))
    }
}

impl UpdateUserOptions {
    fn form(&self) -> Result<Form> {
        if let Some(login) = &self.login {
            crate::api::invitation::check_email(login)?;
        }
        let form = Form::new()
            .text("login", self.login.as_deref())
            .text("name", self.name.as_deref());
        UserFields {
            role: self.role.as_ref(),
            roles: self.roles.as_ref(),
            limit_services: self.limit_services,
            locked: self.locked,
            require_new_password: self.require_new_password,
            two_factor_auth_enabled: self.two_factor_auth_enabled,
            two_factor_setup_required: self.two_factor_setup_required,
        }
        .add_to(form)
    }
}

operations! {
    /// `getCurrentUser`: the user the token belongs to.
    ///
    /// # Returns
    /// The token's user.
    ///
    /// # Errors
    /// - `Unauthorized`: the token is missing, invalid or revoked.
    pub async fn get_current_user(&self) -> Result<User> {
        let request = Request::new(Method::GET, "/current_user", "/current_user".into());
        self.transport().send(request).await
    }

    /// `getUser`: one user by id.
    ///
    /// # Parameters
    /// - `user_id`: the user's id (a blank one is refused before any request).
    ///
    /// # Returns
    /// The user.
    ///
    /// # Errors
    /// - `NotFound`: no user has that id, or the token cannot see it.
    /// - `InvalidArgument`: `user_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded (no request is sent).
    pub async fn get_user(&self, user_id: &str) -> Result<User> {
        let id = id_segment("user_id", user_id)?;
        let request = Request::new(Method::GET, "/user/{user_id}", format!("/user/{id}"));
        self.transport().send(request).await
    }

    /// `updateUser`: changes a user's fields (PUT, form-encoded).
    ///
    /// Fastly's reference says that only a superuser may change other users
    /// (anyone may change their own account), and that the two-factor fields
    /// cannot be changed here: the API may ignore or refuse them.
    ///
    /// # Parameters
    /// - `user_id`: the user's id (a blank one is refused before any request).
    /// - `options`: the fields to change; only the ones set are sent, and at
    ///   least one must be.
    ///
    /// # Returns
    /// The user as the API has it after the update.
    ///
    /// # Errors
    /// - `NotFound`: no user has that id, or the token cannot see it.
    /// - `InvalidArgument`: `user_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded, no field is set, `login` is not an email address,
    ///   `role` is not one of the six roles, or `roles` is empty or holds a
    ///   blank name or one with a comma (no request is sent).
    /// - `BadRequest`: the API refuses a value.
    pub async fn update_user(&self, user_id: &str, options: &UpdateUserOptions) -> Result<User> {
        let id = id_segment("user_id", user_id)?;
        let body = options.form()?.update_body()?;
        let request =
            Request::new(Method::PUT, "/user/{user_id}", format!("/user/{id}")).body(body);
        self.transport().send(request).await
    }

    /// `updateCurrentUser`: changes the token's own user, like
    /// [`update_user`](Self::update_user) (PUT `/current_user`, form-encoded).
    ///
    /// No Fastly source documents this path: Fastly documents changing one's
    /// own account with [`update_user`](Self::update_user) and one's own id
    /// (from [`get_current_user`](Self::get_current_user)), which is the way
    /// to go if the API answers `NotFound` or 405 (`Http`) here.
    ///
    /// # Parameters
    /// - `options`: the fields to change; only the ones set are sent, and at
    ///   least one must be.
    ///
    /// # Returns
    /// The token's user as the API has it after the update.
    ///
    /// # Errors
    /// - `InvalidArgument`: no field is set, `login` is not an email address,
    ///   `role` is not one of the six roles, or `roles` is empty or holds a
    ///   blank name or one with a comma (no request is sent).
    /// - `NotFound`: the API does not serve this path (see above).
    /// - `BadRequest`: the API refuses a value.
    pub async fn update_current_user(&self, options: &UpdateUserOptions) -> Result<User> {
        let body = options.form()?.update_body()?;
        let request = Request::new(Method::PUT, "/current_user", "/current_user".into()).body(body);
        self.transport().send(request).await
    }

    /// `createUser`: adds a user to the token's customer (POST,
    /// form-encoded). Not retried once sent: the user may have been created.
    ///
    /// Fastly marks `POST /user` deprecated (fastly-rust v8.0.0, May 2025):
    /// inviting the user with [`create_invitation`](Self::create_invitation)
    /// is the supported way. Whether the API honours the two-factor fields at
    /// creation is not confirmed.
    ///
    /// # Parameters
    /// - `login`: the new user's login, their email address (one that does not
    ///   read as `local@domain.tld` is refused before any request).
    /// - `name`: the new user's name (a blank one is refused before any request).
    /// - `options`: the optional fields of the new user; only the ones set are
    ///   sent, and the API applies its defaults to the others.
    ///
    /// # Returns
    /// The user created, as the API describes it.
    ///
    /// # Errors
    /// - `InvalidArgument`: `login` is not an email address, `name` is blank,
    ///   `role` is not one of the six roles, or `roles` is empty or holds a
    ///   blank name or one with a comma (no request is sent).
    /// - `BadRequest`: the API refuses the user, for example a login that
    ///   another user already has.
    pub async fn create_user(
        &self,
        login: &str,
        name: &str,
        options: &CreateUserOptions,
    ) -> Result<User> {
        crate::api::invitation::check_email(login)?;
        if name.trim().is_empty() {
            return Err(Error::invalid("a user needs a non-empty name"));
        }
        let o = options;
        let form = Form::new()
            .text("login", Some(login))
            .text("name", Some(name));
        let body = UserFields {
            role: o.role.as_ref(),
            roles: o.roles.as_ref(),
            limit_services: o.limit_services,
            locked: o.locked,
            require_new_password: o.require_new_password,
            two_factor_auth_enabled: o.two_factor_auth_enabled,
            two_factor_setup_required: o.two_factor_setup_required,
        }
        .add_to(form)?
        .body();
        let request = Request::new(Method::POST, "/user", "/user".into()).body(body);
        self.transport().send(request).await
    }

    /// `deleteUser`: removes a user from the account.
    ///
    /// The API answers `{"status": "ok"}`: an answer whose `status` is
    /// anything else (such as `error`, with HTTP 200) fails with `Http`.
    ///
    /// # Parameters
    /// - `user_id`: the user's id (a blank one is refused before any request).
    ///
    /// # Returns
    /// Nothing: the user is removed.
    ///
    /// # Errors
    /// - `NotFound`: no user has that id, or the token cannot see it.
    /// - `InvalidArgument`: `user_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded (no request is sent).
    pub async fn delete_user(&self, user_id: &str) -> Result<()> {
        let id = id_segment("user_id", user_id)?;
        let request = Request::new(Method::DELETE, "/user/{user_id}", format!("/user/{id}"));
        self.transport().send_no_content(request).await
    }

    /// `requestPasswordReset`: sends the user a password-reset email. Not
    /// retried once sent (a retry could send two emails).
    ///
    /// The login goes into the path, percent-encoded (`@` as `%40`). The API
    /// answers `{"status": "ok"}`: any other `status` fails with `Http`.
    ///
    /// # Parameters
    /// - `user_login`: the user's login, usually their email address (a blank
    ///   one is refused before any request).
    ///
    /// # Returns
    /// Nothing: the reset email is requested.
    ///
    /// # Errors
    /// - `NotFound`: no user has that login (not documented: the API may answer
    ///   success instead, so as not to reveal which logins exist).
    /// - `InvalidArgument`: `user_login` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded (no request is sent).
    pub async fn request_password_reset(&self, user_login: &str) -> Result<()> {
        let login = id_segment("user_login", user_login)?;
        let request = Request::new(
            Method::POST,
            "/user/{user_login}/password/request_reset",
            format!("/user/{login}/password/request_reset"),
        );
        self.transport().send_no_content(request).await
    }

    /// `listCustomerUsers`: every user of a customer (one response, not paged).
    ///
    /// # Parameters
    /// - `customer_id`: the customer's id (a blank one is refused before any request).
    ///
    /// # Returns
    /// Every user of the customer, in the order the API gives them.
    ///
    /// # Errors
    /// - `NotFound`: no customer has that id, or the token cannot see it.
    /// - `InvalidArgument`: `customer_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded (no request is sent).
    pub async fn list_customer_users(&self, customer_id: &str) -> Result<Vec<User>> {
        let id = id_segment("customer_id", customer_id)?;
        let request = Request::new(
            Method::GET,
            "/customer/{customer_id}/users",
            format!("/customer/{id}/users"),
        );
        self.transport().send(request).await
    }

    /// `updateUserPassword`: changes the password of the user the token
    /// belongs to (POST, form-encoded). Never retried once sent.
    ///
    /// # Parameters
    /// - `old_password`: the user's present password (never logged).
    /// - `new_password`: the password to set (never logged; not empty).
    ///
    /// # Returns
    /// The user, as the API describes it after the change.
    ///
    /// # Errors
    /// - `InvalidArgument`: `old_password` or `new_password` is empty (no
    ///   request is sent).
    /// - `BadRequest`: the API refused the change: `old_password` is not
    ///   the user's password, or it does not accept `new_password`.
    pub async fn update_user_password(
        &self,
        old_password: &str,
        new_password: &str,
    ) -> Result<User> {
        if old_password.is_empty() || new_password.trim().is_empty() {
            return Err(Error::invalid(
                "old_password and new_password must not be empty",
            ));
        }
        let body = Form::new()
            .text("old_password", Some(old_password))
            .text("new_password", Some(new_password))
            .body();
        let request = Request::new(
            Method::POST,
            "/current_user/password",
            "/current_user/password".into(),
        )
        .body(body);
        self.transport().send(request).await
    }
}
