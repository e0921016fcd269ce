use super::lenient::model;
use super::{Timestamp, UserRole};

model! {
    /// A member of a user group: a user or a pending invitation.
    pub struct UserGroupMember {
        /// The user's or invitation's id.
        pub id: Option<String>,
        /// `user` or `invitation` (others kept as sent).
        pub object: Option<String>,
        /// The user's login (for users).
        pub login: Option<String>,
        /// The invited address (for invitations).
        pub email: Option<String>,
        /// The member's name.
        pub name: Option<String>,
        /// The member's role.
        pub role: Option<UserRole>,
        /// When the member joined the group.
        pub created_at: Option<Timestamp>,
    }
}
