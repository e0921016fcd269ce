//! Customer: read, update and delete the account, and its contacts.

use reqwest::Method;

use crate::model::{Contact, Customer};
use crate::transport::{id_segment, Form, Request};

options! {
    /// Optional fields of [`Client::create_contact`](crate::Client::create_contact): a
    /// contact is either one of the account's users (`user_id`) or a name and
    /// an email address of its own.
    pub struct ContactOptions {
        /// The user this contact is (an id of the account's users).
        user_id: String => into(impl Into<String>),
        /// The contact's name, when it is not a user.
        name: String => into(impl Into<String>),
        /// The contact's email address, when it is not a user.
        email: String => into(impl Into<String>),
        /// The contact's phone number (Fastly requires one for the `primary`,
        /// `technical` and `security` contacts).
        phone: String => into(impl Into<String>),
    }
}

/// The kinds of contact the API takes (fastly-py's `Contact.contact_type`).
pub const CONTACT_TYPES: [&str; 6] = [
    "primary",
    "billing",
    "technical",
    "security",
    "emergency",
    "general compliance",
];

options! {
    /// Fields of [`Client::update_customer`](crate::Client::update_customer); `None` leaves a field unchanged.
    /// At least one field must be set: an update with nothing to change is
    /// refused before any request.
    pub struct UpdateCustomerOptions {
        /// The account's name.
        name: String => into(impl Into<String>),
        /// Id of the user who is the billing contact.
        billing_contact_id: String => into(impl Into<String>),
        /// Id of the user who is the legal contact.
        legal_contact_id: String => into(impl Into<String>),
        /// Id of the user who is the security contact.
        security_contact_id: String => into(impl Into<String>),
        /// Id of the user who is the technical contact.
        technical_contact_id: String => into(impl Into<String>),
        /// Id of the user who owns the account.
        owner_id: String => into(impl Into<String>),
        /// The account's phone number.
        phone_number: String => into(impl Into<String>),
        /// The account's postal address.
        postal_address: String => into(impl Into<String>),
        /// Whether every user must use two-factor authentication.
        force_2fa: bool => into(bool),
        /// Whether every user must sign in through single sign-on.
        force_sso: bool => into(bool),
        /// The IP addresses allowed to reach the account, as the API spells them.
        ip_whitelist: String => into(impl Into<String>),
        /// Whether admins can reset users' passwords (the API may treat it as read-only).
        can_reset_passwords: bool => into(bool),
        /// Whether the account may upload custom VCL (the API may treat it as read-only).
        can_upload_vcl: bool => into(bool),
        /// Whether the account can configure WordPress (the API may treat it as read-only).
        can_configure_wordpress: bool => into(bool),
        /// The account's network revenue type: `public` or `private` (any
        /// other value is refused before any request).
        billing_network_type: String => into(impl Into<String>),
        /// The account's billing reference.
        billing_ref: String => into(impl Into<String>),
        /// Whether the account has access to the account panel.
        has_account_panel: bool => into(bool),
        /// Whether the account has access to the improved events.
        has_improved_events: bool => into(bool),
        /// Whether the account has OpenStack logging enabled.
        has_openstack_logging: bool => into(bool),
        /// Whether the account can edit PCI for a service.
        has_pci: bool => into(bool),
        /// The pricing plan the account is under.
        pricing_plan: String => into(impl Into<String>),
        /// Id of the pricing plan the account is under.
        pricing_plan_id: String => into(impl Into<String>),
    }
}

/// The values of `billing_network_type` Fastly's definition allows.
const BILLING_NETWORK_TYPES: [&str; 2] = ["public", "private"];

operations! {
    /// `getCurrentCustomer`: the customer the token belongs to.
    ///
    /// # Returns
    /// The customer account of the token's user.
    ///
    /// # Errors
    /// - `Unauthorized`: the token is missing, invalid or revoked.
    pub async fn get_current_customer(&self) -> Result<Customer> {
        let request = Request::new(Method::GET, "/current_customer", "/current_customer".into());
        self.transport().send(request).await
    }

    /// `getCustomer`: one customer by id.
    ///
    /// # Parameters
    /// - `customer_id`: the customer's id (a blank one is refused before any request).
    ///
    /// # Returns
    /// The customer.
    ///
    /// # Errors
    /// - `NotFound`: no customer has that id, or the token cannot see it.
    /// - `InvalidArgument`: `customer_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded (no request is sent).
    pub async fn get_customer(&self, customer_id: &str) -> Result<Customer> {
        let id = id_segment("customer_id", customer_id)?;
        let request = Request::new(
            Method::GET,
            "/customer/{customer_id}",
            format!("/customer/{id}"),
        );
        self.transport().send(request).await
    }

    /// `updateCustomer`: changes the customer's fields (PUT, form-encoded).
    ///
    /// The contact and owner fields are user ids. Fastly's reference marks
    /// `can_reset_passwords`, `can_upload_vcl` and `can_configure_wordpress`
    /// read-only: the API may ignore them.
    ///
    /// # Parameters
    /// - `customer_id`: the customer's id (a blank one is refused before any request).
    /// - `options`: the fields to change; only the ones set are sent, and at
    ///   least one must be.
    ///
    /// # Returns
    /// The customer as the API has it after the update.
    ///
    /// # Errors
    /// - `NotFound`: no customer has that id, or the token cannot see it.
    /// - `InvalidArgument`: `customer_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded, no field is set, or `billing_network_type` is neither
    ///   `public` nor `private` (no request is sent).
    /// - `BadRequest`: the API refuses a value.
    pub async fn update_customer(
        &self,
        customer_id: &str,
        options: &UpdateCustomerOptions,
    ) -> Result<Customer> {
        let id = id_segment("customer_id", customer_id)?;
        let o = options;
        if let Some(kind) = o.billing_network_type.as_deref() {
            super::check_one_of("billing_network_type", kind, &BILLING_NETWORK_TYPES)?;
        }
        let body = Form::new()
            .text("name", o.name.as_deref())
            .text("billing_contact_id", o.billing_contact_id.as_deref())
            .text("legal_contact_id", o.legal_contact_id.as_deref())
            .text("security_contact_id", o.security_contact_id.as_deref())
            .text("technical_contact_id", o.technical_contact_id.as_deref())
            .text("owner_id", o.owner_id.as_deref())
            .text("phone_number", o.phone_number.as_deref())
            .text("postal_address", o.postal_address.as_deref())
            .flag("force_2fa", o.force_2fa)
            .flag("force_sso", o.force_sso)
            .text("ip_whitelist", o.ip_whitelist.as_deref())
            .flag("can_reset_passwords", o.can_reset_passwords)
            .flag("can_upload_vcl", o.can_upload_vcl)
            .flag("can_configure_wordpress", o.can_configure_wordpress)
            .text("billing_network_type", o.billing_network_type.as_deref())
            .text("billing_ref", o.billing_ref.as_deref())
            .flag("has_account_panel", o.has_account_panel)
            .flag("has_improved_events", o.has_improved_events)
            .flag("has_openstack_logging", o.has_openstack_logging)
            .flag("has_pci", o.has_pci)
            .text("pricing_plan", o.pricing_plan.as_deref())
            .text("pricing_plan_id", o.pricing_plan_id.as_deref())
            .update_body()?;
        let request = Request::new(
            Method::PUT,
            "/customer/{customer_id}",
            format!("/customer/{id}"),
        )
        .body(body);
        self.transport().send(request).await
    }

    /// `deleteCustomer`: deletes the customer account.
    ///
    /// Fastly documents the answer as `{"status": "ok"}`; an empty success
    /// answer is accepted too, and a `status` other than `ok` fails with
    /// `Http`. Who may delete a customer is not documented.
    ///
    /// # Parameters
    /// - `customer_id`: the customer's id (a blank one is refused before any request).
    ///
    /// # Returns
    /// Nothing: the customer account is deleted.
    ///
    /// # Errors
    /// - `NotFound`: no customer has that id, or the token cannot see it.
    /// - `InvalidArgument`: `customer_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded (no request is sent).
    pub async fn delete_customer(&self, customer_id: &str) -> Result<()> {
        let id = id_segment("customer_id", customer_id)?;
        let request = Request::new(
            Method::DELETE,
            "/customer/{customer_id}",
            format!("/customer/{id}"),
        );
        self.transport().send_no_content(request).await
    }

    /// `listContacts`: the contacts of a customer account.
    ///
    /// # Parameters
    /// - `customer_id`: the customer's id (a blank one is refused before any
    ///   request).
    ///
    /// # Returns
    /// Every contact of the account (not paged).
    ///
    /// # Errors
    /// - `NotFound`: no customer has that id, or the token cannot see it.
    /// - `InvalidArgument`: `customer_id` is blank, `.`, `..` or over 8 KiB
    ///   once percent-encoded (no request is sent).
    pub async fn list_contacts(&self, customer_id: &str) -> Result<Vec<Contact>> {
        let id = id_segment("customer_id", customer_id)?;
        let request = Request::new(
            Method::GET,
            "/customer/{customer_id}/contacts",
            format!("/customer/{id}/contacts"),
        );
        self.transport().send(request).await
    }

    /// `createContact`: adds a contact to a customer account (POST,
    /// form-encoded). Not retried once sent: a retry could add it twice.
    ///
    /// # Parameters
    /// - `customer_id`: the customer's id (a blank one is refused before any
    ///   request).
    /// - `contact_type`: what the contact is for: `primary`, `billing`,
    ///   `technical`, `security`, `emergency` or `general compliance`.
    /// - `options`: who the contact is: a user of the account, or a name and
    ///   an email address; and a phone number.
    ///
    /// # Returns
    /// The new contact, with its id.
    ///
    /// # Errors
    /// - `InvalidArgument`: `contact_type` is not one of the six, a given
    ///   field is blank, or `customer_id` is blank, `.`, `..` or over 8 KiB
    ///   once percent-encoded (no request is sent).
    /// - `BadRequest`: the API refused the contact (for example a `primary`
    ///   contact without a phone number).
    /// - `NotFound`: no customer has that id.
    pub async fn create_contact(
        &self,
        customer_id: &str,
        contact_type: &str,
        options: &ContactOptions,
    ) -> Result<Contact> {
        let id = id_segment("customer_id", customer_id)?;
        super::check_one_of("contact_type", contact_type, &CONTACT_TYPES)?;
        let fields = [
            ("user_id", &options.user_id),
            ("name", &options.name),
            ("email", &options.email),
            ("phone", &options.phone),
        ];
        super::check_not_blank(&fields)?;
        if let Some(email) = &options.email {
            crate::api::invitation::check_email(email)?;
        }
        let body = fields
            .iter()
            .fold(Form::new().text("contact_type", Some(contact_type)), |form, (name, value)| {
                form.text(name, value.as_deref())
            })
            .body();
        let request = Request::new(
            Method::POST,
            "/customer/{customer_id}/contacts",
            format!("/customer/{id}/contacts"),
        )
        .body(body);
        self.transport().send(request).await
    }

    /// `deleteContact`: removes a contact from a customer account.
    ///
    /// # Parameters
    /// - `customer_id`: the customer's id.
    /// - `contact_id`: the contact's id.
    ///
    /// # Returns
    /// Nothing: the contact is removed.
    ///
    /// # Errors
    /// - `NotFound`: no customer has that id, or it has no contact with that
    ///   id.
    /// - `InvalidArgument`: `customer_id` or `contact_id` is blank, `.`, `..`
    ///   or over 8 KiB once percent-encoded (no request is sent).
    pub async fn delete_contact(&self, customer_id: &str, contact_id: &str) -> Result<()> {
        let customer = id_segment("customer_id", customer_id)?;
        let contact = id_segment("contact_id", contact_id)?;
        let request = Request::new(
            Method::DELETE,
            "/customer/{customer_id}/contacts/{contact_id}",
            format!("/customer/{customer}/contacts/{contact}"),
        );
        self.transport().send_no_content(request).await
    }
}
