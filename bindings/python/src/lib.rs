//! Python bindings for the fastly-account client: the native module
//! `fastly_account._native`, re-exported by the `fastly_account` package.
//!
//! Thin by design: every operation is one declaration in [`operations`], a
//! call into the core's async client, from which [`methods`] writes both
//! classes: the blocking [`client`] (run on the core's runtime through
//! [`wait::wait`]) and the asyncio [`async_client`] (run as a task of the
//! same runtime, awaited through [`aio`], results delivered through
//! [`inbox`]). Arguments and results are
//! converted in [`convert`], models declared in [`models`], errors mapped in
//! [`errors`]. The core's log events reach Python's `logging` through
//! [`logging`].

// The macros first: `methods` (the generator), then `operations` (the list).
#[macro_use]
mod methods;
#[macro_use]
mod operations;

mod aio;
mod async_client;
mod client;
mod convert;
mod errors;
mod functions;
mod inbox;
mod iter;
mod logging;
mod models;
mod sandbox;
mod wait;

use pyo3::prelude::*;

/// The native half of `fastly_account`; import the package, not this module.
#[pymodule]
#[pyo3(name = "_native")]
fn native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    logging::install(m.py())?;
    inbox::install(m.py())?;
    m.add_class::<client::Client>()?;
    m.add_class::<async_client::AsyncClient>()?;
    models::add_model_classes(m)?;
    functions::add_functions(m)?;
    m.add_class::<models::Page>()?;
    m.add_class::<models::RateLimit>()?;
    m.add_class::<models::TokenSecret>()?;
    m.add_class::<iter::ItemIterator>()?;
    m.add_class::<iter::AsyncItemIterator>()?;
    m.add_class::<aio::Call>()?;
    m.add_class::<sandbox::NativeSandbox>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
