//! The operations, one module per spec tag. Each is an `impl Client` block;
//! the names are the spec's `operationId`s in snake_case.

/// Declares an options struct of optional fields with a setter per field.
macro_rules! options {
    (
        $(#[$doc:meta])*
        pub struct $name:ident {
            $($(#[$field_doc:meta])* $field:ident: $ty:ty => $setter:ident($arg:ty),)*
        }
    ) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Default, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct $name {
            $($(#[$field_doc])* pub $field: Option<$ty>,)*
        }

        impl $name {
            /// Nothing set yet.
            pub fn new() -> Self {
                Self::default()
            }

            $(
                $(#[$field_doc])*
                pub fn $field(mut self, value: $arg) -> Self {
                    self.$field = Some(value.$setter());
                    self
                }
            )*
        }
    };
}

pub mod customer;
pub mod iam;
pub mod invitation;
pub mod roles;
pub mod service_groups;
pub mod tokens;
pub mod user;
pub mod user_groups;

pub use customer::UpdateCustomerOptions;
pub use iam::UpdateOptions;
pub use invitation::{InvitationListOptions, InvitationOptions};
pub use roles::RoleOptions;
pub use service_groups::ServiceGroupOptions;
pub use user::{CreateUserOptions, UpdateUserOptions};
pub use user_groups::UserGroupOptions;
