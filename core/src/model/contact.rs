use super::lenient::model;
use super::Timestamp;

model! {
    /// A contact of a customer account: a person Fastly reaches for one
    /// purpose (billing, security, ...), either one of the account's users or
    /// a name and an address of their own.
    pub struct Contact {
        /// The contact's id.
        pub id: Option<String>,
        /// What the contact is for: `primary`, `billing`, `technical`,
        /// `security`, `emergency` or `general compliance` (others kept as
        /// sent).
        pub contact_type: Option<String>,
        /// The user this contact is, when it is one of the account's users.
        pub user_id: Option<String>,
        /// The contact's name, when it is not a user.
        pub name: Option<String>,
        /// The contact's email address, when it is not a user.
        pub email: Option<String>,
        /// The contact's phone number.
        pub phone: Option<String>,
        /// The customer the contact belongs to.
        pub customer_id: Option<String>,
        /// When the contact was created.
        pub created_at: Option<Timestamp>,
        /// When the contact was last updated.
        pub updated_at: Option<Timestamp>,
        /// When the contact was deleted, if it was.
        pub deleted_at: Option<Timestamp>,
    }
}
