//! The module-level functions: the core's functions (`create_token`, for a
//! caller who has no token yet), each generated into `function_list.rs` from
//! its one declaration in core, in two forms: blocking (`create_token`: GIL
//! released, Ctrl-C honoured, as every `Client` call) and awaitable
//! (`create_token_async`: a [`Call`](crate::aio::Call), as every
//! `AsyncClient` call).

use pyo3::prelude::*;

use crate::operations::scope::*;

/// Writes each function in both forms, and `add_functions`, which adds them
/// all to the module. A declaration reads as in the operation list
/// (`operations.rs`), with the async form's name before `||`:
/// `fn name(params) -> Ret = name_async || core_call;`.
macro_rules! module_functions {
    ($(
        $(#[$attr:meta])*
        fn $name:ident($($param:tt $(: $ty:ty)? $(= $default:tt)?),* $(,)?) -> $ret:ty
            = $async_name:ident || $call:expr;
    )*) => {
        $(
            $(#[$attr])*
            #[pyfunction]
            #[pyo3(signature = ($($param $(= $default)?),*))]
            #[allow(clippy::too_many_arguments)]
            fn $name(py: Python<'_>, $($($param: $crate::convert::Param<'_, $ty>,)?)*) -> PyResult<$ret> {
                $($(let $param = $crate::convert::argument::<$ty>(py, $param, stringify!($param))?;)?)*
                client_methods!(@blocking py, $name, $call)
            }

            $(#[$attr])*
            ///
            /// Awaitable: the same call as a coroutine (for asyncio).
            #[pyfunction]
            #[pyo3(signature = ($($param $(= $default)?),*))]
            #[allow(clippy::too_many_arguments)]
            fn $async_name(py: Python<'_>, $($($param: $crate::convert::Param<'_, $ty>,)?)*) -> PyResult<Py<PyAny>> {
                let prepared = $crate::methods::prepare(move || {
                    $($(let $param = $crate::convert::argument::<$ty>(py, $param, stringify!($param))?;)?)*
                    Ok(client_methods!(@prepare $call))
                });
                client_methods!(@asyncio py, $name, prepared,)
            }
        )*

        /// Adds every function, in both forms, to the module.
        pub(crate) fn add_functions(m: &Bound<'_, PyModule>) -> PyResult<()> {
            $(
                m.add_function(wrap_pyfunction!($name, m)?)?;
                m.add_function(wrap_pyfunction!($async_name, m)?)?;
            )*
            Ok(())
        }
    };
}

// Every function, generated from the core's interface description (each
// declared once, in core/src/api/<area>.rs) by `cargo run -p fastly-account-generate`.
include!("function_list.rs");
