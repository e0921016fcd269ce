//! Pages of IAM lists and the lazy walk over all of them.

use std::collections::VecDeque;
use std::future::Future;
use std::pin::Pin;

use reqwest::Method;
use serde::de::DeserializeOwned;
use serde::Deserialize;

use crate::error::{Error, Result};
use crate::transport::Request;
use crate::Client;

/// Query options of a list operation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ListOptions {
    /// Items per page (the API's default when `None`).
    pub per_page: Option<u32>,
    /// Where to start: a `next_cursor` from an earlier page.
    pub cursor: Option<String>,
}

/// One page of a list.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The items of this page.
    pub data: Vec<T>,
    /// Cursor of the next page; `None` on the last page.
    pub next_cursor: Option<String>,
    /// Total number of items across all pages, when the API says.
    pub total: Option<i64>,
}

impl<T> IntoIterator for Page<T> {
    type Item = T;
    type IntoIter = std::vec::IntoIter<T>;

    fn into_iter(self) -> Self::IntoIter {
        self.data.into_iter()
    }
}

/// The list envelope: the cursor and total may sit under `meta` or at the top.
#[derive(Deserialize)]
#[serde(bound = "T: DeserializeOwned")]
pub(crate) struct Envelope<T> {
    #[serde(default)]
    data: Option<Vec<T>>,
    #[serde(default)]
    meta: Option<Meta>,
    #[serde(default)]
    next_cursor: Option<String>,
    #[serde(default)]
    total: Option<i64>,
}

#[derive(Deserialize, Default)]
struct Meta {
    #[serde(default)]
    next_cursor: Option<String>,
    #[serde(default)]
    total: Option<i64>,
}

impl<T> From<Envelope<T>> for Page<T> {
    fn from(envelope: Envelope<T>) -> Page<T> {
        let meta = envelope.meta.unwrap_or_default();
        let next_cursor = meta
            .next_cursor
            .or(envelope.next_cursor)
            .filter(|cursor| !cursor.is_empty());
        Page {
            data: envelope.data.unwrap_or_default(),
            next_cursor,
            total: meta.total.or(envelope.total),
        }
    }
}

impl Client {
    /// Fetches one page of the IAM list at `path`.
    pub(crate) async fn list_page<T: DeserializeOwned>(
        &self,
        path: &'static str,
        options: &ListOptions,
    ) -> Result<Page<T>> {
        if options.per_page == Some(0) {
            return Err(Error::invalid("per_page must be at least 1"));
        }
        let request = Request::new(Method::GET, path, path.to_string())
            .query("per_page", options.per_page.map(|n| n.to_string()))
            .query("cursor", options.cursor.clone());
        let envelope: Envelope<T> = self.transport().send(request).await?;
        Ok(envelope.into())
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
    path: &'static str,
    per_page: Option<u32>,
    cursor: Option<String>,
    finished: bool,
    buffer: VecDeque<T>,
    pages_fetched: u64,
}

impl<T: DeserializeOwned + Send + 'static> Paginator<T> {
    pub(crate) fn new(client: Client, path: &'static str, per_page: Option<u32>) -> Self {
        Paginator {
            client,
            path,
            per_page,
            cursor: None,
            finished: false,
            buffer: VecDeque::new(),
            pages_fetched: 0,
        }
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
        let client = self.client.clone();
        let path = self.path;
        let options = ListOptions {
            per_page: self.per_page,
            cursor: self.cursor.clone(),
        };
        Some(Box::pin(
            async move { client.list_page(path, &options).await },
        ))
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
        if page.next_cursor.is_some() && page.next_cursor == self.cursor {
            self.finished = true;
            return Err(Error::Decode {
                status: None,
                message: format!("the API returned the same cursor twice on {}", self.path),
            });
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

    #[test]
    fn cursor_under_meta_or_top() {
        let meta: Envelope<i32> =
            serde_json::from_str(r#"{"data":[1],"meta":{"next_cursor":"c2","total":5}}"#).unwrap();
        let page: Page<i32> = meta.into();
        assert_eq!(
            (page.next_cursor.as_deref(), page.total),
            (Some("c2"), Some(5))
        );
        let top: Envelope<i32> =
            serde_json::from_str(r#"{"data":[1],"next_cursor":"c3","total":7}"#).unwrap();
        let page: Page<i32> = top.into();
        assert_eq!(
            (page.next_cursor.as_deref(), page.total),
            (Some("c3"), Some(7))
        );
        let last: Envelope<i32> =
            serde_json::from_str(r#"{"data":null,"meta":{"next_cursor":""}}"#).unwrap();
        let page: Page<i32> = last.into();
        assert_eq!((page.data.len(), page.next_cursor), (0, None));
    }
}
