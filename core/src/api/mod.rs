//! The operations, one module per spec tag, each declared once in its
//! module's `operations! { }` block (the async method, with its
//! documentation); the names are the spec's `operationId`s in snake_case.

/// Declares an options struct of optional fields with a setter per field,
/// and describes it for the interface description
/// ([`DescribeOptions`](crate::interface::DescribeOptions)): the bindings
/// take its fields as optional (keyword) arguments, documented as here. A
/// field declared `... => into(T) required,` is one the bindings require (a
/// keyword-only argument without default in Python, a parameter without
/// default in Kotlin and Swift); the operation refuses the struct without it.
macro_rules! options {
    (
        $(#[doc = $doc:literal])*
        pub struct $name:ident {
            $($(#[doc = $field_doc:literal])* $field:ident: $ty:ty => $setter:ident($arg:ty) $($required:ident)?,)*
        }
    ) => {
        $(#[doc = $doc])*
        #[derive(Debug, Clone, Default, PartialEq, Eq)]
        #[non_exhaustive]
        pub struct $name {
            $($(#[doc = $field_doc])* pub $field: Option<$ty>,)*
        }

        impl $name {
            /// Nothing set yet.
            pub fn new() -> Self {
                Self::default()
            }

            $(
                $(#[doc = $field_doc])*
                pub fn $field(mut self, value: $arg) -> Self {
                    self.$field = Some(value.$setter());
                    self
                }
            )*
        }

        impl $crate::interface::DescribeOptions for $name {
            fn describe() -> $crate::interface::OptionsStruct {
                $crate::interface::OptionsStruct {
                    name: stringify!($name),
                    fields: vec![$($crate::interface::Field {
                        name: stringify!($field),
                        ty: stringify!($ty),
                        doc: &[$($field_doc),*],
                        required: false $(|| stringify!($required) == "required")?,
                    }),*],
                }
            }
        }
    };
}

pub(crate) use options;

/// Declares an area's operations, each ONCE: `operations! { <fn>... }`, where
/// each `<fn>` is the async client's method, with its documentation
/// (a summary, then `# Parameters`, `# Returns` and `# Errors`, in that
/// order):
///
/// - `pub async fn name(&self, ...) -> Result<T> { ... }`: a call;
/// - `pub fn iter_name(&self, ...) -> Paginator<T> { ... }`: a lazy walk.
///
/// Each becomes the method of [`crate::Client`] as written, the method of the
/// same name and documentation on [`crate::blocking::Client`] (which waits for
/// the call, or wraps the walk in a blocking [`Iter`](crate::blocking::Iter)),
/// and an entry of this area's `operations()`, the
/// [interface description](crate::interface) the bindings are generated from.
/// The errors every call may raise are added to each `# Errors` section.
macro_rules! operations {
    (@list [$($desc:expr,)*]) => {
        /// This area's operations, described (see [`crate::interface`]).
        pub(crate) fn operations() -> Vec<$crate::interface::Operation> {
            vec![$($desc,)*]
        }
    };
    (
        @list [$($desc:expr,)*]
        $(#[doc = $doc:literal])*
        pub async fn $name:ident(&$self:ident $(, $arg:ident: $ty:ty)* $(,)?) -> Result<$ret:ty>
        $body:block
        $($rest:tt)*
    ) => {
        impl $crate::Client {
            $(#[doc = $doc])*
            #[doc = $crate::api::common_errors!()]
            pub async fn $name(&$self $(, $arg: $ty)*) -> $crate::error::Result<$ret> $body
        }

        impl $crate::blocking::Client {
            $(#[doc = $doc])*
            #[doc = $crate::api::common_errors!()]
            pub fn $name(&self $(, $arg: $ty)*) -> $crate::error::Result<$ret> {
                $(let $arg = $crate::blocking::Carry::carry($arg);)*
                self.run(move |c| async move {
                    c.$name($($crate::blocking::Carry::lend(&$arg)),*).await
                })
            }
        }

        $crate::api::operations! {
            @list [$($desc,)* $crate::api::describe!(false false $name($ret) [$($doc),*] $($arg: $ty),*),]
            $($rest)*
        }
    };
    (
        @list [$($desc:expr,)*]
        $(#[doc = $doc:literal])*
        pub async fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> Result<$ret:ty>
        $body:block
        $($rest:tt)*
    ) => {
        $(#[doc = $doc])*
        #[doc = $crate::api::common_errors!()]
        pub async fn $name($($arg: $ty),*) -> $crate::error::Result<$ret> $body

        /// This module's function, blocking (at most one per module).
        pub mod blocking {
            #[allow(unused_imports)]
            use super::*;

            $(#[doc = $doc])*
            #[doc = $crate::api::common_errors!()]
            pub fn $name($($arg: $ty),*) -> $crate::error::Result<$ret> {
                $(let $arg = $crate::blocking::Carry::carry($arg);)*
                $crate::runtime::block_on(async move {
                    super::$name($($crate::blocking::Carry::lend(&$arg)),*).await
                })
            }
        }

        $crate::api::operations! {
            @list [$($desc,)* $crate::api::describe!(false true $name($ret) [$($doc),*] $($arg: $ty),*),]
            $($rest)*
        }
    };
    (
        @list [$($desc:expr,)*]
        $(#[doc = $doc:literal])*
        pub fn $name:ident(&$self:ident $(, $arg:ident: $ty:ty)* $(,)?) -> Paginator<$item:ty>
        $body:block
        $($rest:tt)*
    ) => {
        impl $crate::Client {
            $(#[doc = $doc])*
            pub fn $name(&$self $(, $arg: $ty)*) -> $crate::pagination::Paginator<$item> $body
        }

        impl $crate::blocking::Client {
            $(#[doc = $doc])*
            pub fn $name(&self $(, $arg: $ty)*) -> $crate::blocking::Iter<$item> {
                $crate::blocking::Iter::new(self.inner.$name($($arg),*))
            }
        }

        $crate::api::operations! {
            @list [$($desc,)* $crate::api::describe!(true false $name($item) [$($doc),*] $($arg: $ty),*),]
            $($rest)*
        }
    };
    ($($items:tt)*) => {
        $crate::api::operations! { @list [] $($items)* }
    };
}

pub(crate) use operations;

/// One operation's description (see [`crate::interface::Operation`]):
/// `describe!(walk function name(Result) [docs] arg: Type, ...)`.
macro_rules! describe {
    ($walk:literal $function:literal $name:ident($ret:ty) [$($doc:literal),*] $($arg:ident: $ty:ty),*) => {
        $crate::interface::Operation {
            name: stringify!($name),
            doc: &[$($doc),*],
            params: vec![$($crate::interface::Param {
                name: stringify!($arg),
                kind: <$ty as $crate::interface::Describe>::kind(),
            }),*],
            returns: stringify!($ret),
            walk: $walk,
            function: $function,
        }
    };
}

pub(crate) use describe;

/// The last line of every call's `# Errors` section.
macro_rules! common_errors {
    () => {
        " - and, like every call: `Unauthorized` (401), `Forbidden` (403), `RateLimited` \
         (429), `Server` (5xx after the retries), `Http` (another status), `Timeout`, \
         `Connection`, or `Decode` (a response that does not read as the result)."
    };
}

pub(crate) use common_errors;

/// Refuses a value that is not one of `allowed`, naming the argument and
/// every value it takes.
pub(crate) fn check_one_of(name: &str, value: &str, allowed: &[&str]) -> crate::Result<()> {
    if allowed.contains(&value) {
        return Ok(());
    }
    Err(crate::Error::invalid(format!(
        "{name} {value:?} is not one of {}",
        allowed.join(", ")
    )))
}

/// Refuses a field that is set but blank (empty or only spaces), naming it.
pub(crate) fn check_not_blank(fields: &[(&str, &Option<String>)]) -> crate::Result<()> {
    match fields
        .iter()
        .find(|(_, value)| value.as_deref().is_some_and(|v| v.trim().is_empty()))
    {
        Some((name, _)) => Err(crate::Error::invalid(format!("{name} must not be blank"))),
        None => Ok(()),
    }
}
pub mod automation_tokens;
pub mod billing;
pub mod billing_address;
pub mod customer;
pub mod events;
pub mod iam;
pub mod invitation;
pub mod login;
pub mod roles;
pub mod service_authorizations;
pub mod service_groups;
pub mod tokens;
pub mod user;
pub mod user_groups;

pub use automation_tokens::AutomationTokenOptions;
pub use billing::CustomerAddressOptions;
pub use billing_address::{BillingAddressOptions, BillingAddressUpdateOptions};
pub use customer::{ContactOptions, UpdateCustomerOptions};
pub use events::EventListOptions;
pub use iam::UpdateOptions;
pub use invitation::{InvitationListOptions, InvitationOptions};
pub use login::CreateTokenOptions;
pub use roles::RoleOptions;
pub use service_groups::ServiceGroupOptions;
pub use user::{CreateUserOptions, UpdateUserOptions};
pub use user_groups::UserGroupOptions;
