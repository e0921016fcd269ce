use super::lenient::model;
use super::Timestamp;

model! {
    /// A customer account: it owns services and users.
    ///
    /// Every field the live API documents (see `docs/real-api.md`); each may be
    /// missing or `null`. Anything else the API sends is in `extra`.
    pub struct Customer {
        /// The customer's id.
        pub id: Option<String>,
        /// The account's name.
        pub name: Option<String>,
        /// Id of the user who owns the account.
        pub owner_id: Option<String>,
        /// The pricing plan's name.
        pub pricing_plan: Option<String>,
        /// The pricing plan's id.
        pub pricing_plan_id: Option<String>,
        /// Id of the billing contact.
        pub billing_contact_id: Option<String>,
        /// Id of the legal contact.
        pub legal_contact_id: Option<String>,
        /// Id of the security contact.
        pub security_contact_id: Option<String>,
        /// Id of the technical contact.
        pub technical_contact_id: Option<String>,
        /// The account's phone number.
        pub phone_number: Option<String>,
        /// The account's postal address.
        pub postal_address: Option<String>,
        /// The IP addresses allowed to reach the account (as the API sends it).
        pub ip_whitelist: Option<String>,
        /// Billing network type (`public` or `private`).
        pub billing_network_type: Option<String>,
        /// Customer-supplied billing reference.
        pub billing_ref: Option<String>,
        /// Whether the customer can configure WordPress.
        pub can_configure_wordpress: Option<bool>,
        /// Whether admins can reset users' passwords.
        pub can_reset_passwords: Option<bool>,
        /// Whether the account may upload custom VCL.
        pub can_upload_vcl: Option<bool>,
        /// Whether the account may edit matches.
        pub can_edit_matches: Option<bool>,
        /// Whether the account may stream syslog.
        pub can_stream_syslog: Option<bool>,
        /// Whether two-factor authentication is required for every user.
        pub force_2fa: Option<bool>,
        /// Whether single sign-on is required for every user.
        pub force_sso: Option<bool>,
        /// Whether the account panel is enabled.
        pub has_account_panel: Option<bool>,
        /// Whether improved events are enabled.
        pub has_improved_events: Option<bool>,
        /// Whether the improved TLS configuration is enabled.
        pub has_improved_ssl_config: Option<bool>,
        /// Whether OpenStack logging is enabled.
        pub has_openstack_logging: Option<bool>,
        /// Whether the account is PCI-enabled.
        pub has_pci: Option<bool>,
        /// Whether PCI password rules apply.
        pub has_pci_passwords: Option<bool>,
        /// Whether the account is read-only.
        pub readonly: Option<bool>,
        /// When the account was created.
        pub created_at: Option<Timestamp>,
        /// When the account was last updated.
        pub updated_at: Option<Timestamp>,
        /// When the account was deleted, if it was.
        pub deleted_at: Option<Timestamp>,
    }
}
