//! The interface, described as data: every operation with its parameters,
//! return type and documentation, and every options struct with its fields.
//!
//! Not part of the client's API (hidden from its docs). The workspace's
//! generator (`bindings/generate`) reads it to write each binding's
//! declarations, the UniFFI interface file and the Python stubs, so an
//! operation is declared once: in its `api/<area>.rs` file, through
//! `operations!` (core/src/api/mod.rs). See docs/ARCHITECTURE.md.

use crate::model::UserRole;

/// One operation of [`crate::Client`] (and [`crate::blocking::Client`]).
#[derive(Debug, Clone)]
pub struct Operation {
    /// The Rust name (the spec's `operationId` in snake_case).
    pub name: &'static str,
    /// The documentation, line by line, as written on the core function:
    /// a summary, then `# Parameters`, `# Returns` and `# Errors` sections.
    pub doc: &'static [&'static str],
    /// The parameters after `&self`, in order.
    pub params: Vec<Param>,
    /// The result's type as written (`User`, `Page<Role>`, `()`), or the
    /// item type of a walk.
    pub returns: &'static str,
    /// Whether this is a lazy walk (`iter_*`: a `Paginator`, no request yet).
    pub walk: bool,
    /// Whether this is a function of the library rather than a method of the
    /// clients (`create_token`: its caller has no client yet); the bindings
    /// make it a module-level (top-level) function.
    pub function: bool,
}

/// One parameter of an operation.
#[derive(Debug, Clone)]
pub struct Param {
    /// The Rust name.
    pub name: &'static str,
    /// What it is.
    pub kind: Kind,
}

/// What an operation's parameter is, as the bindings see it.
#[derive(Debug, Clone)]
pub enum Kind {
    /// A string (`&str`): an id, a name, an email.
    Text,
    /// A list of ids (`&[String]`).
    Ids,
    /// A role (`&UserRole`): a string in the bindings.
    Role,
    /// A flag (`bool`).
    Flag,
    /// An optional count (`Option<u32>`), such as a walk's page size.
    Count,
    /// An options struct, whose fields the bindings take as optional
    /// (keyword) arguments.
    Options(OptionsStruct),
}

/// An options struct: every field optional.
#[derive(Debug, Clone)]
pub struct OptionsStruct {
    /// The struct's name.
    pub name: &'static str,
    /// Its fields, in order.
    pub fields: Vec<Field>,
}

/// A field of an options struct.
#[derive(Debug, Clone)]
pub struct Field {
    /// The Rust name.
    pub name: &'static str,
    /// The value's type as written (`String`, `bool`, `u32`, `UserRole`,
    /// `Vec<String>`, `BTreeMap<String, String>`).
    pub ty: &'static str,
    /// The documentation, line by line.
    pub doc: &'static [&'static str],
    /// Whether the bindings require it (declared `required` in `options!`).
    pub required: bool,
}

/// A model: the struct of optional fields (plus `extra`) an operation
/// answers with.
#[derive(Debug, Clone)]
pub struct Model {
    /// The struct's name.
    pub name: &'static str,
    /// Its documentation, line by line.
    pub doc: &'static [&'static str],
    /// Its fields, in order (`extra` not included).
    pub fields: Vec<ModelField>,
}

/// A field of a model.
#[derive(Debug, Clone)]
pub struct ModelField {
    /// The Rust name.
    pub name: &'static str,
    /// The JSON member's name (the Rust name unless the API's is a keyword).
    pub key: &'static str,
    /// The value's type, as written inside `Option<...>` (`String`, `bool`,
    /// `i64`, `Timestamp`, `UserRole`, `Vec<String>`).
    pub ty: &'static str,
    /// The documentation, line by line.
    pub doc: &'static [&'static str],
}

/// A model, described.
pub trait DescribeModel {
    /// Its name and fields.
    fn describe() -> Model;
}

/// A type an operation may take, described.
pub trait Describe {
    /// What the bindings see.
    fn kind() -> Kind;
}

/// An options struct, described.
pub trait DescribeOptions {
    /// Its name and fields.
    fn describe() -> OptionsStruct;
}

impl Describe for &str {
    fn kind() -> Kind {
        Kind::Text
    }
}

impl Describe for &[String] {
    fn kind() -> Kind {
        Kind::Ids
    }
}

impl Describe for &UserRole {
    fn kind() -> Kind {
        Kind::Role
    }
}

impl Describe for bool {
    fn kind() -> Kind {
        Kind::Flag
    }
}

impl Describe for Option<u32> {
    fn kind() -> Kind {
        Kind::Count
    }
}

impl<T: DescribeOptions> Describe for &T {
    fn kind() -> Kind {
        Kind::Options(T::describe())
    }
}

/// Every operation, area by area in the order of the README's table.
pub fn operations() -> Vec<Operation> {
    use crate::api::*;
    [
        customer::operations(),
        billing::operations(),
        billing_address::operations(),
        user::operations(),
        login::operations(),
        invitation::operations(),
        tokens::operations(),
        automation_tokens::operations(),
        service_authorizations::operations(),
        events::operations(),
        roles::operations(),
        service_groups::operations(),
        user_groups::operations(),
    ]
    .concat()
}

/// Every model an operation answers with, in the order the bindings
/// declare them.
pub fn models() -> Vec<Model> {
    use crate::model::*;
    vec![
        Customer::describe(),
        Contact::describe(),
        CustomerAddress::describe(),
        User::describe(),
        Invitation::describe(),
        Role::describe(),
        ServiceGroup::describe(),
        UserGroup::describe(),
        Token::describe(),
        NewToken::describe(),
        SudoAccess::describe(),
        AutomationToken::describe(),
        NewAutomationToken::describe(),
        ServiceAuthorization::describe(),
        Event::describe(),
        BillingAddress::describe(),
        Permission::describe(),
        IamRole::describe(),
        Service::describe(),
        UserGroupMember::describe(),
    ]
}

/// A snake_case name as Kotlin and Swift spell it: `per_page` -> `perPage`.
pub fn camel_case(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut upper = false;
    for c in name.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}
