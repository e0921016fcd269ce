use super::jsonapi::jsonapi_model;
use super::lenient::model;
use super::Timestamp;

model! {
    custom_deserialize
    /// An entry of the account's audit log, flattened from the API's JSON:API
    /// resource. Its `metadata` (the details, whose members vary with the
    /// event type: for an update, the `old` and `new` values) is in
    /// `extra["metadata"]`, as the API sent it.
    pub struct Event {
        /// The event's id.
        pub id: Option<String>,
        /// What happened (`user.create`, `token.destroy`, `service.update`...;
        /// the values `list_events` takes as `event_type`).
        pub event_type: Option<String>,
        /// A sentence saying what happened.
        pub description: Option<String>,
        /// Id of the customer the event belongs to.
        pub customer_id: Option<String>,
        /// Id of the service concerned, if any.
        pub service_id: Option<String>,
        /// Id of the user who made the change, if any.
        pub user_id: Option<String>,
        /// Id of the token the change was made with, if the API says.
        pub token_id: Option<String>,
        /// The IP addresses the request came from (comma-separated, as sent).
        pub ip: Option<String>,
        /// Whether the change was made by Fastly rather than the account.
        pub admin: Option<bool>,
        /// When the event happened.
        pub created_at: Option<Timestamp>,
    }
}

jsonapi_model!(Event, "event");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_recorded_event() {
        // go-fastly's recording (fixtures/events/get_event.yaml).
        let live = r#"{"data":{"id":"5ThmATeNYLVLXcHYTpb4G1","type":"event","attributes":{"customer_id":"51MumwLiSJyFTWhtbByYgR","description":"Logging 'new-test-elasticsearch' was updated on Version '63'","event_type":"logging.update","ip":"92.238.40.48, 92.238.40.48","metadata":{"old":{"name":"test-elasticsearch"},"new":{"name":"new-test-elasticsearch"}},"service_id":"kKJb5bOFI47uHeBVluGfX1","user_id":"1tSCjJnpQYBBCAsIfI6pX0","created_at":"2021-11-03T16:29:29Z","admin":false}}}"#;
        let event: Event = serde_json::from_str(live).unwrap();
        assert_eq!(event.event_type.as_deref(), Some("logging.update"));
        assert_eq!(event.admin, Some(false));
        assert_eq!(event.ip.as_deref(), Some("92.238.40.48, 92.238.40.48"));
        assert_eq!(
            event.extra["metadata"]["new"]["name"],
            "new-test-elasticsearch"
        );
        assert_eq!(event.token_id, None);
    }
}
