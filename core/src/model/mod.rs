//! Typed models of the API's resources, one file per resource.
//!
//! Every field is optional: the real API omits fields and sends `null` where
//! the spec promises a value, and a client that insists breaks on real data.
//! Decoding is lenient per field ([`lenient`]): a value that does not read as
//! its field's type leaves that field empty instead of failing the response.
//! Unknown fields, and such unreadable values, are kept in each model's
//! `extra` map; unknown role strings are kept ([`UserRole::Other`]);
//! timestamps are RFC 3339 and decode to [`chrono::DateTime<Utc>`](chrono::DateTime).

mod contact;
mod customer;
mod customer_address;
mod iam_role;
mod invitation;
mod jsonapi;
pub mod lenient;
mod permission;
mod role;
mod service;
mod service_group;
mod token;
mod user;
mod user_group;
mod user_group_member;
mod user_role;

pub use contact::Contact;
pub use customer::Customer;
pub use customer_address::CustomerAddress;
pub use iam_role::IamRole;
pub use invitation::Invitation;
pub use permission::Permission;
pub use role::Role;
pub use service::Service;
pub use service_group::ServiceGroup;
pub use token::Token;
pub use user::User;
pub use user_group::UserGroup;
pub use user_group_member::UserGroupMember;
pub use user_role::UserRole;

/// A point in time, in UTC.
pub type Timestamp = chrono::DateTime<chrono::Utc>;
