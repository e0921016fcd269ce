//! Typed models of the API's resources, one file per resource.
//!
//! Every field is optional: the real API omits fields and sends `null` where
//! the spec promises a value, and a client that insists breaks on real data.
//! Decoding is lenient per field ([`lenient`]): a value that does not read as
//! its field's type leaves that field empty instead of failing the response.
//! Unknown fields, and such unreadable values, are kept in each model's
//! `extra` map; unknown role strings are kept ([`UserRole::Other`]);
//! timestamps are RFC 3339 and decode to [`chrono::DateTime<Utc>`](chrono::DateTime).

mod automation_token;
mod billing_address;
mod contact;
mod customer;
mod customer_address;
mod event;
mod iam_role;
mod invitation;
mod jsonapi;
pub mod lenient;
mod new_token;
mod permission;
mod role;
mod secret;
mod service;
mod service_authorization;
mod service_group;
mod token;
mod user;
mod user_group;
mod user_group_member;
mod user_role;

pub use automation_token::{AutomationToken, NewAutomationToken};
pub use billing_address::BillingAddress;
pub use contact::Contact;
pub use customer::Customer;
pub use customer_address::CustomerAddress;
pub use event::Event;
pub use iam_role::IamRole;
pub use invitation::Invitation;
pub use new_token::{NewToken, SudoAccess};
pub use permission::Permission;
pub use role::Role;
pub use secret::{TokenSecret, REDACTED_SECRET};
pub use service::Service;
pub use service_authorization::ServiceAuthorization;
pub use service_group::ServiceGroup;
pub use token::Token;
pub use user::User;
pub use user_group::UserGroup;
pub use user_group_member::UserGroupMember;
pub use user_role::UserRole;

/// A point in time, in UTC.
pub type Timestamp = chrono::DateTime<chrono::Utc>;
