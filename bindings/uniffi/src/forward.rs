//! The forwarding from the UDL's `interface Client` and `interface
//! AsyncClient` to the core, declared once per operation for both.
//!
//! `operations! { ... }` (used in lib.rs) turns each declaration into the
//! `impl Client` method the UDL scaffolding calls (over the core's
//! `blocking::Client`) and the `impl AsyncClient` async method of the same name
//! and arguments (over the core's async `Client`, run as a task of the core's
//! runtime with `fastly_account::runtime::task`: dropping the future aborts the
//! call). Each generated method
//!
//! 1. converts each argument from its UDL type to what the core takes, with
//!    [`IntoCore`] (the one place where UDL arguments are checked: a negative
//!    count or an unknown role is `InvalidArgument`, before any request);
//! 2. gathers the arguments after `with Options { ... }` into that core options
//!    struct (`Options::new()`, then one field each, the target type inferred
//!    from the field);
//! 3. calls the core's method of the same name, passing positional
//!    arguments through [`CoreArg`] (a `String` reaches a `&str`, a
//!    `Vec<String>` a `&[String]`, a `bool` goes by value) and the options
//!    struct last by reference;
//! 4. converts the answer with [`FromCore`](crate::convert::FromCore) and the
//!    core's `Error` into `FastlyError`.
//!
//! ```text
//! /// `updateUser`.
//! fn update_user(user_id: String) with UpdateUserOptions {
//!     name: Option<String>,
//!     role: Option<String>,          // -> Option<UserRole>, checked
//!     roles: Option<Vec<String>>,
//! } -> User;
//! fn create_invitation(email: String, role: String => UserRole)
//!     with InvitationOptions { roles: Option<Vec<String>> } -> Invitation;
//! walk fn iter_invitations(page_size: Option<i32> => Option<u32>)
//!     -> (InvitationIterator, InvitationAsyncIterator);
//! fn list_iam_roles() with ListOptions {
//!     limit as per_page: Option<i32>,  // UDL `limit`, the core's `per_page`
//!     cursor: Option<String>,
//! } -> IamRolePage;
//! walk fn iter_user_group_members(
//!     user_group_id: String,
//!     per_page: Option<i32> => Option<u32>,
//! ) -> (UserGroupMemberIterator, UserGroupMemberAsyncIterator);
//! ```
//!
//! A positional argument is `name: UdlType`, or `name: UdlType => CoreType`
//! when the core takes another type. An options field is `name: UdlType`, or
//! `name as core_field: UdlType` when the UDL names it otherwise than the
//! core's struct. `walk fn` declares a follow-all helper: it hands its
//! arguments to the core's `iter_*` through [`CoreArg`] too (an id as
//! `&str`, a count by value) and wraps the walk in the blocking iterator
//! object on `Client` and the async one on `AsyncClient` (the pair after
//! `->`); both return `Result` (`[Throws]` in the UDL: a converted count may
//! be refused). Creating a walk makes no request, so neither is async.

use std::collections::{BTreeMap, HashMap};

use fastly_account::UserRole;

use crate::convert::FastlyError;

/// A UDL argument as the core takes it, checked. `name` is the argument's
/// name, for the message of an `InvalidArgument`.
pub(crate) trait IntoCore<T> {
    fn into_core(self, name: &str) -> Result<T, FastlyError>;
}

/// Same type on both sides: passed as it is.
impl<T> IntoCore<T> for T {
    fn into_core(self, _name: &str) -> Result<T, FastlyError> {
        Ok(self)
    }
}

/// A required options field (a UDL parameter without default): set.
impl IntoCore<Option<String>> for String {
    fn into_core(self, _name: &str) -> Result<Option<String>, FastlyError> {
        Ok(Some(self))
    }
}

/// A role: one of the six the API accepts, or `InvalidArgument` (the core's
/// own message, naming the six).
impl IntoCore<UserRole> for String {
    fn into_core(self, _name: &str) -> Result<UserRole, FastlyError> {
        Ok(self.parse::<UserRole>()?)
    }
}

impl IntoCore<Option<UserRole>> for Option<String> {
    fn into_core(self, name: &str) -> Result<Option<UserRole>, FastlyError> {
        self.map(|role| role.into_core(name)).transpose()
    }
}

/// A map (`record<string, string>`): sorted in the core, so the request
/// lists it in a stable order.
impl IntoCore<Option<BTreeMap<String, String>>> for Option<HashMap<String, String>> {
    fn into_core(self, _name: &str) -> Result<Option<BTreeMap<String, String>>, FastlyError> {
        Ok(self.map(|map| map.into_iter().collect()))
    }
}

/// An argument's name as Kotlin and Swift spell it (`per_page` ->
/// `perPage`), for the messages of the core's checks.
pub(crate) use fastly_account::interface::camel_case as camel;

/// A count or page number: signed in the UDL (Java has no unsigned types),
/// unsigned in the core; out of its range (the core's
/// [`arguments`](fastly_account::arguments)) it is `InvalidArgument`.
impl IntoCore<u32> for i32 {
    fn into_core(self, name: &str) -> Result<u32, FastlyError> {
        Ok(fastly_account::arguments::count(&camel(name), self.into())?)
    }
}

impl IntoCore<usize> for i32 {
    fn into_core(self, name: &str) -> Result<usize, FastlyError> {
        Ok(fastly_account::arguments::size(&camel(name), self.into())?)
    }
}

impl IntoCore<Option<u32>> for Option<i32> {
    fn into_core(self, name: &str) -> Result<Option<u32>, FastlyError> {
        self.map(|count| count.into_core(name)).transpose()
    }
}

/// A byte count: signed in the UDL, a `usize` in the core; negative is
/// `InvalidArgument`, beyond the address space means no practical limit.
impl IntoCore<usize> for i64 {
    fn into_core(self, name: &str) -> Result<usize, FastlyError> {
        Ok(fastly_account::arguments::size(&camel(name), self)?)
    }
}

/// How a positional argument reaches the core's method, once converted: an
/// id as `&str`, a list as `&[String]`, a role by reference, a flag or a
/// count by value (as the core's signatures take them).
pub(crate) trait CoreArg {
    type Core<'a>
    where
        Self: 'a;
    fn core_arg(&self) -> Self::Core<'_>;
}

impl CoreArg for String {
    type Core<'a> = &'a str;
    fn core_arg(&self) -> &str {
        self
    }
}

impl CoreArg for Vec<String> {
    type Core<'a> = &'a [String];
    fn core_arg(&self) -> &[String] {
        self
    }
}

impl CoreArg for UserRole {
    type Core<'a> = &'a UserRole;
    fn core_arg(&self) -> &UserRole {
        self
    }
}

impl CoreArg for bool {
    type Core<'a> = bool;
    fn core_arg(&self) -> bool {
        *self
    }
}

impl CoreArg for Option<u32> {
    type Core<'a> = Option<u32>;
    fn core_arg(&self) -> Option<u32> {
        *self
    }
}

/// See the module documentation. Each declaration becomes one `impl Client`
/// block (the blocking method) and one `impl AsyncClient` block (the async
/// method of the same name and arguments); the macro takes the declarations
/// one by one.
macro_rules! operations {
    () => {};

    // An operation: arguments converted, core called, answer converted.
    (
        $(#[$doc:meta])*
        fn $name:ident($($arg:ident: $udl:ty $(=> $core:ty)?),* $(,)?)
            $(with $options:ident {
                $($field:ident $(as $core_field:ident)?: $field_udl:ty),* $(,)?
            })?
            -> $ret:ty;
        $($rest:tt)*
    ) => {
        impl Client {
            $(#[$doc])*
            #[allow(clippy::too_many_arguments)]
            pub fn $name(
                &self
                $(, $arg: $udl)*
                $($(, $field: $field_udl)*)?
            ) -> Result<$ret> {
                operations!(@convert $($arg $(=> $core)?),*);
                $(let options = operations!(@options $options { $($field $(as $core_field)?),* });)?
                let answer = self.inner.$name(
                    $($crate::forward::CoreArg::core_arg(&$arg),)*
                    $({ let options: &$options = &options; options },)?
                )?;
                Ok($crate::convert::FromCore::from_core(answer))
            }
        }

        impl AsyncClient {
            $(#[$doc])*
            ///
            /// Async: runs as a task of the core's one runtime; dropping the
            /// returned future (a cancelled coroutine or task) aborts the call.
            #[allow(clippy::too_many_arguments)]
            pub async fn $name(
                &self
                $(, $arg: $udl)*
                $($(, $field: $field_udl)*)?
            ) -> Result<$ret> {
                operations!(@convert $($arg $(=> $core)?),*);
                $(let options = operations!(@options $options { $($field $(as $core_field)?),* });)?
                let client = self.inner.clone();
                let answer = fastly_account::runtime::task(async move {
                    client
                        .$name(
                            $($crate::forward::CoreArg::core_arg(&$arg),)*
                            $({ let options: &$options = &options; options },)?
                        )
                        .await
                })?
                .await?;
                Ok($crate::convert::FromCore::from_core(answer))
            }
        }
        operations!($($rest)*);
    };

    // A function of the library (no client): the blocking function and, named
    // after the `/`, the async one.
    (
        $(#[$doc:meta])*
        function fn $name:ident / $async_name:ident($($arg:ident: $udl:ty $(=> $core:ty)?),* $(,)?)
            $(with $options:ident {
                $($field:ident $(as $core_field:ident)?: $field_udl:ty),* $(,)?
            })?
            -> $ret:ty;
        $($rest:tt)*
    ) => {
        $(#[$doc])*
        #[allow(clippy::too_many_arguments)]
        pub fn $name(
            $($arg: $udl,)*
            $($($field: $field_udl,)*)?
        ) -> Result<$ret> {
            operations!(@convert $($arg $(=> $core)?),*);
            $(let options = operations!(@options $options { $($field $(as $core_field)?),* });)?
            let answer = fastly_account::blocking::$name(
                $($crate::forward::CoreArg::core_arg(&$arg),)*
                $({ let options: &$options = &options; options },)?
            )?;
            Ok($crate::convert::FromCore::from_core(answer))
        }

        $(#[$doc])*
        ///
        /// Async: runs as a task of the core's one runtime; dropping the
        /// returned future (a cancelled coroutine or task) aborts the call.
        #[allow(clippy::too_many_arguments)]
        pub async fn $async_name(
            $($arg: $udl,)*
            $($($field: $field_udl,)*)?
        ) -> Result<$ret> {
            operations!(@convert $($arg $(=> $core)?),*);
            $(let options = operations!(@options $options { $($field $(as $core_field)?),* });)?
            let answer = fastly_account::runtime::task(async move {
                fastly_account::$name(
                    $($crate::forward::CoreArg::core_arg(&$arg),)*
                    $({ let options: &$options = &options; options },)?
                )
                .await
            })?
            .await?;
            Ok($crate::convert::FromCore::from_core(answer))
        }
        operations!($($rest)*);
    };

    // A follow-all helper: arguments converted (and checked) first, then the
    // core's walk wrapped in the blocking or the async iterator object.
    (
        $(#[$doc:meta])*
        walk fn $name:ident($($arg:ident: $udl:ty $(=> $core:ty)?),* $(,)?)
            $(with $options:ident {
                $($field:ident $(as $core_field:ident)?: $field_udl:ty),* $(,)?
            })?
            -> ($walk:ident, $async_walk:ident);
        $($rest:tt)*
    ) => {
        impl Client {
            $(#[$doc])*
            #[allow(clippy::too_many_arguments)]
            pub fn $name(
                &self
                $(, $arg: $udl)*
                $($(, $field: $field_udl)*)?
            ) -> Result<Arc<$walk>> {
                operations!(@convert $($arg $(=> $core)?),*);
                $(let options = operations!(@options $options { $($field $(as $core_field)?),* });)?
                Ok($walk::new(self.inner.$name(
                    $($crate::forward::CoreArg::core_arg(&$arg),)*
                    $({ let options: &$options = &options; options },)?
                )))
            }
        }

        impl AsyncClient {
            $(#[$doc])*
            ///
            /// Makes no request: each `next()` of the walk does, when needed.
            #[allow(clippy::too_many_arguments)]
            pub fn $name(
                &self
                $(, $arg: $udl)*
                $($(, $field: $field_udl)*)?
            ) -> Result<Arc<$async_walk>> {
                operations!(@convert $($arg $(=> $core)?),*);
                $(let options = operations!(@options $options { $($field $(as $core_field)?),* });)?
                Ok($async_walk::new(self.inner.$name(
                    $($crate::forward::CoreArg::core_arg(&$arg),)*
                    $({ let options: &$options = &options; options },)?
                )))
            }
        }
        operations!($($rest)*);
    };

    // Each positional argument with a core type (`=>`) converted and checked.
    (@convert $($arg:ident $(=> $core:ty)?),*) => {
        $($(
            let $arg: $core = $crate::forward::IntoCore::into_core($arg, stringify!($arg))?;
        )?)*
    };

    // The core options struct, each field converted (and checked) from the
    // UDL's argument of the same name, or of another name (`as`).
    (@options $options:ident { $($field:ident $(as $core_field:ident)?),* }) => {{
        let mut options = $options::new();
        $(operations!(@set options, $field $(as $core_field)?);)*
        options
    }};
    (@set $options:ident, $field:ident) => {
        $options.$field = $crate::forward::IntoCore::into_core($field, stringify!($field))?;
    };
    (@set $options:ident, $field:ident as $core_field:ident) => {
        $options.$core_field = $crate::forward::IntoCore::into_core($field, stringify!($field))?;
    };
}

pub(crate) use operations;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_must_not_be_negative() {
        let converted: Option<u32> = Some(7).into_core("page_size").expect("a count");
        assert_eq!(converted, Some(7));
        let none: Option<u32> = None::<i32>.into_core("page_size").expect("no count");
        assert_eq!(none, None);
        let error = IntoCore::<Option<u32>>::into_core(Some(-1), "page_size")
            .expect_err("negative refused");
        assert_eq!(
            error,
            FastlyError::InvalidArgument {
                detail: "pageSize must be between 1 and 4294967295, got -1".into()
            }
        );
        let bytes: usize = 1024_i64.into_core("max_response_bytes").expect("a size");
        assert_eq!(bytes, 1024);
        let error = IntoCore::<usize>::into_core(-1_i64, "max_response_bytes")
            .expect_err("negative refused");
        assert_eq!(
            error.detail(),
            "maxResponseBytes must be between 1 and 9223372036854775807, got -1"
        );
    }

    #[test]
    fn roles_are_checked() {
        let role: Option<UserRole> = Some("tls_admin".to_owned())
            .into_core("role")
            .expect("a role");
        assert_eq!(role, Some(UserRole::TlsAdmin));
        let error = IntoCore::<Option<UserRole>>::into_core(Some("wizard".to_owned()), "role")
            .expect_err("unknown role refused");
        assert!(
            matches!(&error, FastlyError::InvalidArgument { detail } if detail.contains("wizard")),
            "{error}"
        );
    }
}
