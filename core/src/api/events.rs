//! The audit log: what happened on the account, by whom, with which token
//! (`/events`, JSON:API, filtered with `filter[...]`, paged with `page[...]`).

use reqwest::Method;

use crate::error::{Error, Result};
use crate::model::Event;
use crate::pagination::{Filters, ListOptions, Page, Paginator, JSON_API_PARAMS};
use crate::transport::{id_segment, Request, JSON_API};

const LIST: &str = "/events";

/// The orders the audit log sorts in (fastly-py's `sort` allowed values).
pub const EVENT_SORTS: [&str; 2] = ["created_at", "-created_at"];

options! {
    /// Which events [`Client::list_events`](crate::Client::list_events) and
    /// [`Client::iter_events`](crate::Client::iter_events) return, in which
    /// order; only the filters set are sent, and every one set must match.
    pub struct EventListOptions {
        /// Only the events of this customer.
        customer_id: String => into(impl Into<String>),
        /// Only events of this type (`user.create`, `token.destroy`...).
        event_type: String => into(impl Into<String>),
        /// Only the events of this service.
        service_id: String => into(impl Into<String>),
        /// Only the events of this user.
        user_id: String => into(impl Into<String>),
        /// Only the events made with this token.
        token_id: String => into(impl Into<String>),
        /// Only the events of this date or instant (ISO 8601, such as
        /// `2024-01-12`), as the API reads `filter[created_at]`.
        created_at: String => into(impl Into<String>),
        /// Only the events at or after this date or instant (ISO 8601).
        created_at_gte: String => into(impl Into<String>),
        /// Only the events after this date or instant (ISO 8601).
        created_at_gt: String => into(impl Into<String>),
        /// Only the events at or before this date or instant (ISO 8601).
        created_at_lte: String => into(impl Into<String>),
        /// Only the events before this date or instant (ISO 8601).
        created_at_lt: String => into(impl Into<String>),
        /// The order: `created_at` (oldest first, the API's default) or
        /// `-created_at` (newest first).
        sort: String => into(impl Into<String>),
        /// Events per page, from 1 to 100 (the API's default, 20, when unset).
        per_page: u32 => into(u32),
        /// Where to start: a page's `next_cursor` (the first page when unset).
        cursor: String => into(impl Into<String>),
    }
}

impl EventListOptions {
    /// The filters and sort as query parameters, checked: none blank or
    /// holding control characters, the sort one of [`EVENT_SORTS`].
    fn filters(&self) -> Result<Filters> {
        let fields = [
            ("filter[customer_id]", "customer_id", &self.customer_id),
            ("filter[event_type]", "event_type", &self.event_type),
            ("filter[service_id]", "service_id", &self.service_id),
            ("filter[user_id]", "user_id", &self.user_id),
            ("filter[token_id]", "token_id", &self.token_id),
            ("filter[created_at]", "created_at", &self.created_at),
            (
                "filter[created_at][gte]",
                "created_at_gte",
                &self.created_at_gte,
            ),
            (
                "filter[created_at][gt]",
                "created_at_gt",
                &self.created_at_gt,
            ),
            (
                "filter[created_at][lte]",
                "created_at_lte",
                &self.created_at_lte,
            ),
            (
                "filter[created_at][lt]",
                "created_at_lt",
                &self.created_at_lt,
            ),
            ("sort", "sort", &self.sort),
        ];
        let named: Vec<(&str, &Option<String>)> = fields
            .iter()
            .map(|(_, name, value)| (*name, *value))
            .collect();
        super::check_not_blank(&named)?;
        let mut filters = Filters::new();
        for (parameter, name, value) in fields {
            if let Some(value) = value {
                if value.chars().any(char::is_control) {
                    return Err(Error::invalid(format!(
                        "{name} must not hold control characters"
                    )));
                }
                filters.push((parameter, value.clone()));
            }
        }
        if let Some(sort) = &self.sort {
            super::check_one_of("sort", sort, &EVENT_SORTS)?;
        }
        Ok(filters)
    }
}

operations! {
    /// `listEvents`: one page of the account's audit log, filtered and sorted
    /// as asked (JSON:API, paged by number).
    ///
    /// # Parameters
    /// - `options`: the filters (each one set must match), the order, the page
    ///   size and where to start.
    ///
    /// # Returns
    /// One page of events ([`Page::data`]), with the totals the API gives; pass
    /// its [`Page::next_cursor`] back as `cursor` for the next page (it is
    /// absent on the last page).
    ///
    /// # Errors
    /// - `InvalidArgument`: a filter is blank or holds control characters,
    ///   `sort` is not `created_at` or `-created_at`, `per_page` is 0 or over
    ///   100, or `cursor` is not one a page handed out (no request is sent).
    /// - `BadRequest`: the API refused a filter (a date it cannot read, say).
    pub async fn list_events(&self, options: &EventListOptions) -> Result<Page<Event>> {
        let filters = options.filters()?;
        let page = ListOptions {
            per_page: options.per_page,
            cursor: options.cursor.clone(),
        };
        self.list_page(LIST, LIST.into(), JSON_API_PARAMS, JSON_API, &filters, &page)
            .await
    }

    /// Every event that matches, fetched lazily page by page (the follow-all
    /// form of `list_events`, with the same filters).
    ///
    /// Nothing is sent until the first item is asked for; a step fetches a page
    /// only when the events in hand run out. The walk ends at its first error;
    /// if the API points back to a page it already gave, that step fails with
    /// `Decode`.
    ///
    /// # Parameters
    /// - `options`: the filters, the order and the page size, as
    ///   `list_events` takes them; a `cursor` is where the walk starts.
    ///
    /// # Returns
    /// Each matching event, fetching one page at a time when the items in hand
    /// run out.
    ///
    /// # Errors
    /// - `InvalidArgument`: an option `list_events` would refuse; the first
    ///   step raises it, before any request. Otherwise each step may raise what
    ///   [`list_events`](Self::list_events) raises.
    pub fn iter_events(&self, options: &EventListOptions) -> Paginator<Event> {
        let (path, filters) = match options.filters() {
            Ok(filters) => (Ok(LIST.to_owned()), filters),
            Err(refused) => (Err(refused), Filters::new()),
        };
        Paginator::sub_list(self.clone(), LIST, path, JSON_API_PARAMS, options.per_page)
            .filters(filters)
            .starting_at(options.cursor.clone())
            .accept(JSON_API)
    }

    /// `getEvent`: one event of the audit log by id.
    ///
    /// # Parameters
    /// - `event_id`: the event's id (a blank one is refused before any request).
    ///
    /// # Returns
    /// The event.
    ///
    /// # Errors
    /// - `NotFound`: no event has that id, or the token cannot see it.
    /// - `InvalidArgument`: `event_id` is blank, `.`, `..` or over 8 KiB once
    ///   percent-encoded (no request is sent).
    pub async fn get_event(&self, event_id: &str) -> Result<Event> {
        let id = id_segment("event_id", event_id)?;
        let request =
            Request::new(Method::GET, "/events/{event_id}", format!("/events/{id}")).accept(JSON_API);
        self.transport().send(request).await
    }
}
