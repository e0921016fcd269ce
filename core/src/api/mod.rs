//! The operations, one module per spec tag. Each is an `impl Client` block;
//! the names are the spec's `operationId`s in snake_case.

pub mod customer;
pub mod invitation;
pub mod roles;
pub mod service_groups;
pub mod user;
pub mod user_groups;

pub use customer::UpdateCustomerOptions;
pub use invitation::InvitationOptions;
pub use service_groups::ServiceGroupOptions;
pub use user::UpdateUserOptions;
pub use user_groups::UserGroupOptions;
