//! Pages of IAM lists and the lazy walk over all of them.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;

use reqwest::Method;
use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::transport::{Request, JSON, MAX_ID_BYTES};
use crate::Client;

crate::api::options! {
    /// Query options of a list operation.
    pub struct ListOptions {
        /// Items per page (the API's default when `None`).
        per_page: u32 => into(u32),
        /// Where to start: the `next_cursor` of an earlier [`Page`], or a cursor
        /// the API itself issued.
        cursor: String => into(impl Into<String>),
    }
}

/// One page of a list.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Page<T> {
    /// The items of this page.
    pub data: Vec<T>,
    /// Where the next page starts, `None` on the last page. Opaque: the API
    /// pages some lists by cursor and others by page number, and this value
    /// goes back into the list call as `cursor` whatever the style.
    pub next_cursor: Option<String>,
    /// Total number of items across all pages, when the API says.
    pub total: Option<i64>,
    /// The number of this page (from 1), when the API says (lists paged by
    /// number: `meta.current_page`).
    pub current_page: Option<i64>,
    /// The page size the API applied, when it says (`meta.per_page`, or
    /// `limit` for the cursor-paged lists).
    pub per_page: Option<i64>,
    /// How many pages there are, when the API says (`meta.total_pages`).
    pub total_pages: Option<i64>,
}

impl<T> Page<T> {
    /// The number of the next page, when the list pages by number (`None` on
    /// the last page, and for lists that page by cursor).
    pub fn next_page_number(&self) -> Option<u64> {
        match Continuation::parse(self.next_cursor.as_deref()?) {
            Continuation::PageNumber(number) => Some(number),
            Continuation::Cursor(_) => None,
        }
    }

    /// The continuation that asks for page `number` (from 1).
    pub(crate) fn page_token(number: u32) -> String {
        Continuation::PageNumber(u64::from(number)).token()
    }
}

impl<T> IntoIterator for Page<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.data.into_iter()
    }
}

/// A continuation that asks for a page by number; anything else is a cursor.
/// `:` never occurs in the API's base64 cursors.
const PAGE_PREFIX: &str = "page:";

/// Where the next page starts, in one of the two styles the API uses.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Continuation {
    /// `cursor=...`, as the API issued it.
    Cursor(String),
    /// `page=N` (1-based).
    PageNumber(u64),
}

impl Continuation {
    /// Reads a caller's `cursor`: our own page-number token, or the API's cursor.
    fn parse(value: &str) -> Continuation {
        match value.strip_prefix(PAGE_PREFIX).map(str::parse) {
            Some(Ok(number)) => Continuation::PageNumber(number),
            _ => Continuation::Cursor(value.to_owned()),
        }
    }

    /// Reads a caller's `cursor`, refusing what no page handed out and no
    /// API cursor looks like: an empty one, one holding whitespace or control
    /// characters, and a `page:` token that is not a page number from 1.
    fn check(value: &str) -> Result<Continuation> {
        let refuse = || {
            Error::invalid(format!(
                "cursor must be a page's next_cursor (\"{PAGE_PREFIX}N\" with N from 1, \
                 or the API's own cursor), got {value:?}"
            ))
        };
        if value.is_empty() || value.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(refuse());
        }
        if value.len() > MAX_ID_BYTES {
            return Err(Error::invalid(format!(
                "cursor is too long to send: {} bytes, at most {MAX_ID_BYTES}",
                value.len()
            )));
        }
        match value.strip_prefix(PAGE_PREFIX) {
            Some(number) => match number.parse::<u64>() {
                Ok(number) if number >= 1 => Ok(Continuation::PageNumber(number)),
                _ => Err(refuse()),
            },
            None => Ok(Continuation::Cursor(value.to_owned())),
        }
    }

    /// The opaque string a [`Page`] hands out.
    fn token(&self) -> String {
        match self {
            Continuation::Cursor(cursor) => cursor.clone(),
            Continuation::PageNumber(number) => format!("{PAGE_PREFIX}{number}"),
        }
    }
}

/// The list envelope, in every shape the API uses: a cursor under `meta` or
/// at the top; page numbers in `meta` (`current_page`, `total_pages`,
/// `record_count`); a `links.next` URL. Any member may be missing or `null`.
#[derive(Deserialize)]
#[serde(bound = "T: DeserializeOwned")]
pub(crate) struct Envelope<T> {
    #[serde(default)]
    data: Option<Vec<T>>,
    #[serde(default, deserialize_with = "lenient")]
    meta: Option<Meta>,
    #[serde(default, deserialize_with = "lenient")]
    links: Option<Links>,
    #[serde(default, deserialize_with = "lenient")]
    next_cursor: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    total: Option<i64>,
    #[serde(default, deserialize_with = "lenient")]
    limit: Option<i64>,
}

#[derive(Deserialize, Default)]
struct Meta {
    #[serde(default, deserialize_with = "lenient")]
    limit: Option<i64>,
    #[serde(default, deserialize_with = "lenient")]
    next_cursor: Option<String>,
    #[serde(default, deserialize_with = "lenient")]
    total: Option<i64>,
    #[serde(default, deserialize_with = "lenient")]
    current_page: Option<u64>,
    #[serde(default, deserialize_with = "lenient")]
    total_pages: Option<u64>,
    #[serde(default, deserialize_with = "lenient")]
    per_page: Option<u64>,
    #[serde(default, deserialize_with = "lenient")]
    record_count: Option<i64>,
}

#[derive(Deserialize, Default)]
struct Links {
    #[serde(default, deserialize_with = "lenient")]
    next: Option<String>,
}

/// A member of an unexpected type reads as absent rather than failing the page.
fn lenient<'de, D, V>(deserializer: D) -> std::result::Result<Option<V>, D::Error>
where
    D: serde::Deserializer<'de>,
    V: DeserializeOwned,
{
    let value = serde_json::Value::deserialize(deserializer)?;
    Ok(serde_json::from_value(value).ok())
}

impl<T> Envelope<T> {
    /// Where the next page starts, if the response says there is one.
    fn continuation(&self) -> Option<Continuation> {
        let meta = self.meta.as_ref();
        let cursor = meta
            .and_then(|m| m.next_cursor.clone())
            .or_else(|| self.next_cursor.clone())
            .filter(|cursor| !cursor.is_empty());
        if let Some(cursor) = cursor {
            return Some(Continuation::Cursor(cursor));
        }
        let current = meta.and_then(|m| m.current_page);
        if let (Some(current), Some(pages)) = (current, meta.and_then(|m| m.total_pages)) {
            return (current < pages).then_some(Continuation::PageNumber(current + 1));
        }
        if let Some(next) = self.links.as_ref().and_then(|l| l.next.as_deref()) {
            return continuation_from_link(next, current);
        }
        let (per_page, count) = (
            meta.and_then(|m| m.per_page),
            meta.and_then(|m| m.record_count),
        );
        match (current, per_page, count) {
            (Some(current), Some(per_page), Some(count))
                if per_page > 0 && (current.saturating_mul(per_page) as i128) < count as i128 =>
            {
                Some(Continuation::PageNumber(current + 1))
            }
            _ => None,
        }
    }
}

/// The continuation a `links.next` URL stands for: its page number
/// (`page` or `page[number]`) or its `cursor`. A link that names neither but
/// exists still means "more": the next page number after `current`.
fn continuation_from_link(link: &str, current: Option<u64>) -> Option<Continuation> {
    if link.trim().is_empty() {
        return None;
    }
    let query = link.split_once('?').map(|(_, q)| q).unwrap_or_default();
    let query = query.split('#').next().unwrap_or_default();
    for (name, value) in url::form_urlencoded::parse(query.as_bytes()) {
        match name.as_ref() {
            "page" | "page[number]" => {
                if let Ok(number) = value.trim().parse() {
                    return Some(Continuation::PageNumber(number));
                }
            }
            "cursor" | "page[cursor]" if !value.is_empty() => {
                return Some(Continuation::Cursor(value.into_owned()))
            }
            _ => {}
        }
    }
    Some(Continuation::PageNumber(current.unwrap_or(1) + 1))
}

/// A page as the API sends it: the [`Envelope`], or a bare array of items
/// (what fastly-py declares for `GET /automation-tokens`: one page, nothing
/// after it). Decoded in one pass, without buffering the body.
pub(crate) struct PageBody<T>(Envelope<T>);

impl<'de, T: DeserializeOwned> Deserialize<'de> for PageBody<T> {
    fn deserialize<D: serde::Deserializer<'de>>(
        deserializer: D,
    ) -> std::result::Result<Self, D::Error> {
        struct Either<T>(std::marker::PhantomData<T>);
        impl<'de, T: DeserializeOwned> serde::de::Visitor<'de> for Either<T> {
            type Value = PageBody<T>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a list envelope (an object) or a bare array of items")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                map: A,
            ) -> std::result::Result<Self::Value, A::Error> {
                Envelope::deserialize(serde::de::value::MapAccessDeserializer::new(map))
                    .map(PageBody)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                seq: A,
            ) -> std::result::Result<Self::Value, A::Error> {
                let items =
                    Vec::<T>::deserialize(serde::de::value::SeqAccessDeserializer::new(seq))?;
                Ok(PageBody(Envelope {
                    data: Some(items),
                    meta: None,
                    links: None,
                    next_cursor: None,
                    total: None,
                    limit: None,
                }))
            }
        }
        deserializer.deserialize_any(Either(std::marker::PhantomData))
    }
}

impl<T> From<Envelope<T>> for Page<T> {
    fn from(envelope: Envelope<T>) -> Page<T> {
        let next_cursor = envelope.continuation().map(|c| c.token());
        let meta = envelope.meta.unwrap_or_default();
        let signed = |n: u64| i64::try_from(n).ok();
        Page {
            data: envelope.data.unwrap_or_default(),
            next_cursor,
            total: meta.total.or(meta.record_count).or(envelope.total),
            current_page: meta.current_page.and_then(signed),
            per_page: meta
                .per_page
                .and_then(signed)
                .or(meta.limit)
                .or(envelope.limit),
            total_pages: meta.total_pages.and_then(signed),
        }
    }
}

/// A list that is not paged: `{"data": [...]}` or a bare array.
#[derive(Deserialize)]
#[serde(untagged, bound = "T: DeserializeOwned")]
pub(crate) enum ListBody<T> {
    Wrapped {
        #[serde(default)]
        data: Option<Vec<T>>,
    },
    Bare(Vec<T>),
}

impl<T> ListBody<T> {
    pub(crate) fn into_vec(self) -> Vec<T> {
        match self {
            ListBody::Wrapped { data } => data.unwrap_or_default(),
            ListBody::Bare(items) => items,
        }
    }
}

/// How a list endpoint names its paging parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct PageParams {
    /// The page-size parameter (`per_page`, `page[size]`, `limit`).
    pub size: &'static str,
    /// The page-size argument as the caller names it (`per_page`,
    /// `page_size`, `limit`), for the refusal of a size out of range.
    pub size_arg: &'static str,
    /// The largest page size the API documents, if it documents one: a
    /// larger one is refused before any request.
    pub max_size: Option<u32>,
    /// The page-number parameter (`page`, `page[number]`).
    pub number: &'static str,
    /// The cursor parameter (`cursor`).
    pub cursor: &'static str,
}

/// The current IAM API's parameters (`/iam/v1`): `limit`, `cursor`.
pub(crate) const IAM_V1_PARAMS: PageParams = PageParams {
    size: "limit",
    size_arg: "limit",
    max_size: None,
    number: "page",
    cursor: "cursor",
};

/// The IAM lists' parameters: `per_page`, `page`, `cursor`.
pub(crate) const IAM_PARAMS: PageParams = PageParams {
    size: "per_page",
    size_arg: "per_page",
    max_size: None,
    number: "page",
    cursor: "cursor",
};

/// The JSON:API lists' parameters (`page[size]` from 1 to 100, `page[number]`:
/// fastly-py's `page_size` validation for service authorizations and
/// events), taken as `per_page` and `cursor` like every list of this client.
pub(crate) const JSON_API_PARAMS: PageParams = PageParams {
    size: "page[size]",
    size_arg: "per_page",
    max_size: Some(100),
    number: "page[number]",
    cursor: "cursor",
};

/// Query parameters a list sends on every page besides its paging ones
/// (the audit log's filters and sort).
pub(crate) type Filters = Vec<(&'static str, String)>;

impl Client {
    /// Fetches one page of the list at `path` (written `template` in the
    /// spec), in whichever style the API pages it; the page's continuation
    /// says how to ask for the next one.
    pub(crate) async fn list_page<T: DeserializeOwned>(
        &self,
        template: &'static str,
        path: String,
        params: PageParams,
        accept: &'static str,
        filters: &[(&'static str, String)],
        options: &ListOptions,
    ) -> Result<Page<T>> {
        if let Some(per_page) = options.per_page {
            crate::arguments::count(params.size_arg, per_page.into())?;
            if let Some(max) = params.max_size.filter(|max| per_page > *max) {
                return Err(Error::invalid(format!(
                    "{} must be from 1 to {max} (the API's limit), got {per_page}",
                    params.size_arg
                )));
            }
        }
        let continuation = options
            .cursor
            .as_deref()
            .map(Continuation::check)
            .transpose()?;
        let (page, cursor) = match continuation {
            Some(Continuation::PageNumber(number)) => (Some(number.to_string()), None),
            Some(Continuation::Cursor(cursor)) => (None, Some(cursor)),
            None => (None, None),
        };
        let mut request = Request::new(Method::GET, template, path).accept(accept);
        for (name, value) in filters {
            request = request.query(name, Some(value.clone()));
        }
        let request = request
            .query(params.size, options.per_page.map(|n| n.to_string()))
            .query(params.number, page)
            .query(params.cursor, cursor);
        let page: PageBody<T> = self.transport().send(request).await?;
        Ok(page.0.into())
    }
}

/// A boxed, `'static` future for one page, so a page can be fetched on any runtime.
pub type PageRequest<T> = Pin<Box<dyn Future<Output = Result<Page<T>>> + Send + 'static>>;

/// Walks every item of an IAM list, fetching the next page only when the
/// items in hand run out: memory stays at one page whatever the account size.
///
/// ```no_run
/// # async fn demo(client: fastly_account::Client) -> fastly_account::Result<()> {
/// let mut roles = client.iter_roles(Some(100));
/// while let Some(role) = roles.next().await? {
///     println!("{:?}", role.name);
/// }
/// # Ok(()) }
/// ```
pub struct Paginator<T> {
    client: Client,
    template: &'static str,
    path: String,
    params: PageParams,
    accept: &'static str,
    filters: Filters,
    per_page: Option<u32>,
    cursor: Option<String>,
    finished: bool,
    buffer: VecDeque<T>,
    pages_fetched: u64,
    /// The continuations of the last pages fetched (at most
    /// [`CYCLE_WINDOW`]): a next page among them is a loop.
    recent: VecDeque<String>,
    /// An argument refused before any request: the walk's first and only result.
    refused: Option<Error>,
}

/// How many of the last continuations a walk remembers to detect a loop
/// (the API pointing back to a page it already gave): loops of up to this
/// many pages end the walk with `Decode`, and the memory stays bounded.
const CYCLE_WINDOW: usize = 64;

/// An item a list can be walked for: what a [`Paginator`] decodes. (A
/// binding names this bound rather than depending on serde itself.)
pub trait Walkable: DeserializeOwned + Send + 'static {}

impl<T: DeserializeOwned + Send + 'static> Walkable for T {}

impl<T: Walkable> Paginator<T> {
    pub(crate) fn new(
        client: Client,
        template: &'static str,
        path: String,
        params: PageParams,
        per_page: Option<u32>,
    ) -> Self {
        Paginator {
            client,
            template,
            path,
            params,
            accept: JSON,
            filters: Vec::new(),
            per_page,
            cursor: None,
            finished: false,
            buffer: VecDeque::new(),
            pages_fetched: 0,
            recent: VecDeque::new(),
            refused: None,
        }
    }

    /// A walk of a sub-list whose path names a parent by id; a parent id
    /// that was refused (`Err`) makes the walk's first result that error,
    /// without any request.
    pub(crate) fn sub_list(
        client: Client,
        template: &'static str,
        path: Result<String>,
        params: PageParams,
        per_page: Option<u32>,
    ) -> Self {
        match path {
            Ok(path) => Paginator::new(client, template, path, params, per_page),
            Err(error) => Paginator {
                refused: Some(error),
                ..Paginator::new(client, template, String::new(), params, per_page)
            },
        }
    }

    /// Sends these query parameters with every page (a filtered list).
    pub(crate) fn filters(mut self, filters: Filters) -> Self {
        self.filters = filters;
        self
    }

    /// Starts the walk at this continuation (a page's `next_cursor`) instead
    /// of the first page; a continuation no page could have handed out is the
    /// walk's first and only result, before any request.
    pub(crate) fn starting_at(mut self, cursor: Option<String>) -> Self {
        if let Some(cursor) = cursor {
            match Continuation::check(&cursor) {
                Ok(_) => self.cursor = Some(cursor),
                Err(error) => self.refused = self.refused.or(Some(error)),
            }
        }
        self
    }

    /// Asks for pages in this media type (JSON:API lists).
    pub(crate) fn accept(mut self, accept: &'static str) -> Self {
        self.accept = accept;
        self
    }

    /// The next item, fetching a page if needed; `Ok(None)` after the last one.
    /// After an error the walk ends.
    pub async fn next(&mut self) -> Result<Option<T>> {
        loop {
            if let Some(item) = self.pop_buffered() {
                return Ok(Some(item));
            }
            let Some(request) = self.next_page_request() else {
                return Ok(None);
            };
            self.receive_page(request.await)?;
        }
    }

    /// The next item, for callers that wait their own way (a blocking
    /// iterator, a binding that must stay interruptible): `wait` receives each
    /// page request and blocks until it answers, or fails with the caller's
    /// own error (`E`). `Ok(None)` after the last item; `Ok(Some(Err(_)))`
    /// when a page failed, which ends the walk.
    pub fn next_with<E>(
        &mut self,
        mut wait: impl FnMut(PageRequest<T>) -> Result<Result<Page<T>>, E>,
    ) -> Result<Option<Result<T>>, E> {
        loop {
            if let Some(item) = self.pop_buffered() {
                return Ok(Some(Ok(item)));
            }
            let Some(request) = self.next_page_request() else {
                return Ok(None);
            };
            if let Err(error) = self.receive_page(wait(request)?) {
                return Ok(Some(Err(error)));
            }
        }
    }

    /// An item already fetched, if any; never makes a request.
    fn pop_buffered(&mut self) -> Option<T> {
        self.buffer.pop_front()
    }

    /// The request for the next page, or `None` when the walk is over.
    fn next_page_request(&self) -> Option<PageRequest<T>> {
        if self.finished {
            return None;
        }
        if let Some(error) = self.refused.clone() {
            return Some(Box::pin(async move { Err(error) }));
        }
        let client = self.client.clone();
        let (template, path) = (self.template, self.path.clone());
        let (params, accept, filters) = (self.params, self.accept, self.filters.clone());
        let options = ListOptions {
            per_page: self.per_page,
            cursor: self.cursor.clone(),
        };
        Some(Box::pin(async move {
            client
                .list_page(template, path, params, accept, &filters, &options)
                .await
        }))
    }

    /// Takes a fetched page (or its error) and moves the cursor on.
    fn receive_page(&mut self, page: Result<Page<T>>) -> Result<()> {
        let page = match page {
            Ok(page) => page,
            Err(error) => {
                self.finished = true;
                return Err(error);
            }
        };
        self.pages_fetched += 1;
        if let Some(next) = &page.next_cursor {
            if self.cursor.as_ref() == Some(next) || self.recent.contains(next) {
                self.finished = true;
                return Err(Error::Decode {
                    status: None,
                    message: format!(
                        "the API pointed back to a page it already gave on {} (a loop)",
                        self.template
                    ),
                });
            }
        }
        if let Some(current) = self.cursor.take() {
            if self.recent.len() == CYCLE_WINDOW {
                self.recent.pop_front();
            }
            self.recent.push_back(current);
        }
        self.finished = page.next_cursor.is_none();
        self.cursor = page.next_cursor;
        self.buffer.extend(page.data);
        Ok(())
    }

    /// How many pages have been fetched so far.
    pub fn pages_fetched(&self) -> u64 {
        self.pages_fetched
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(body: &str) -> Page<i32> {
        serde_json::from_str::<PageBody<i32>>(body)
            .unwrap()
            .0
            .into()
    }

    #[test]
    fn a_bare_array_is_one_last_page() {
        let p = page("[1, 2, 3]");
        assert_eq!(
            (p.data, p.next_cursor, p.total),
            (vec![1, 2, 3], None, None)
        );
        assert!(serde_json::from_str::<PageBody<i32>>("\"text\"").is_err());
    }

    #[test]
    fn cursor_under_meta_or_top() {
        let p = page(r#"{"data":[1],"meta":{"next_cursor":"c2","total":5}}"#);
        assert_eq!((p.next_cursor.as_deref(), p.total), (Some("c2"), Some(5)));
        let p = page(r#"{"data":[1],"next_cursor":"c3","total":7}"#);
        assert_eq!((p.next_cursor.as_deref(), p.total), (Some("c3"), Some(7)));
        let p = page(r#"{"data":null,"meta":{"next_cursor":""}}"#);
        assert_eq!((p.data.len(), p.next_cursor), (0, None));
    }

    #[test]
    fn page_numbers_in_meta_or_links() {
        let p = page(
            r#"{"data":[1,2],"meta":{"current_page":1,"per_page":2,"record_count":5,"total_pages":3}}"#,
        );
        assert_eq!(
            (p.next_cursor.as_deref(), p.total),
            (Some("page:2"), Some(5))
        );
        let p = page(
            r#"{"data":[5],"meta":{"current_page":3,"per_page":2,"record_count":5,"total_pages":3}}"#,
        );
        assert_eq!(p.next_cursor, None);
        let p = page(
            r#"{"data":[1],"links":{"next":"https://api.fastly.com/invitations?page%5Bnumber%5D=4&page%5Bsize%5D=1"}}"#,
        );
        assert_eq!(p.next_cursor.as_deref(), Some("page:4"));
        let p = page(r#"{"data":[1],"links":{"next":null},"meta":{"current_page":2}}"#);
        assert_eq!(p.next_cursor, None);
        let p = page(r#"{"data":[1],"links":{"next":"/x?cursor=abc"}}"#);
        assert_eq!(p.next_cursor.as_deref(), Some("abc"));
        // No total_pages: the record count still says more pages exist.
        let p = page(r#"{"data":[1],"meta":{"current_page":1,"per_page":1,"record_count":2}}"#);
        assert_eq!(p.next_cursor.as_deref(), Some("page:2"));
        // Members of the wrong type read as absent.
        let p = page(r#"{"data":[1],"meta":{"current_page":"x","total_pages":[]},"links":7}"#);
        assert_eq!(p.next_cursor, None);
    }

    #[test]
    fn continuations_round_trip() {
        assert_eq!(Continuation::parse("page:3"), Continuation::PageNumber(3));
        assert_eq!(
            Continuation::parse("cGFnZTox"),
            Continuation::Cursor("cGFnZTox".into())
        );
        assert_eq!(
            Continuation::parse("page:x"),
            Continuation::Cursor("page:x".into())
        );
        assert_eq!(Continuation::PageNumber(9).token(), "page:9");
    }
}
