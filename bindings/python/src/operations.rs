//! The list of operations, read by both clients: generated into
//! `operation_list.rs` (included below) from the core's one declaration of
//! each operation, by `cargo run -p fastly-account-generate`.
//!
//! [`operations!`] hands the list to [`client_methods!`](crate::methods), once
//! for the blocking `Client` and once for the asyncio `AsyncClient`, so both
//! classes get every operation.
//!
//! An operation's generated declaration reads like its Python signature with
//! types:
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
    pub(crate) use crate::models::*;
    // Every options struct (the generated list names them).
    pub(crate) use fastly_account::api::*;
    pub(crate) use fastly_account::ListOptions;
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

// THE list: generated from the core's interface description (each
// operation declared once, in core/src/api/<area>.rs) by
// `cargo run -p fastly-account-generate`.
include!("operation_list.rs");
