//! JSON:API page-number paging (`page[number]`, `page[size]`) as the live
//! `/service-authorizations` and `/events` answer it (go-fastly's recordings,
//! `fastly/fixtures/service_authorizations/list.yaml` and
//! `fastly/fixtures/events/get_events.yaml`): `links` holds `next` only when
//! there is a next page, and `last`; never `first`, `prev` or `self` (absent, not
//! `null`); `meta` is `current_page`, `per_page`, `record_count`, `total_pages`.

use std::ops::Range;

use serde_json::{json, Map, Value};

use crate::routes::ApiRequest;
use crate::state::Shared;

/// The default `page[size]` (Fastly's reference: 20).
pub(crate) const DEFAULT_SIZE: usize = 20;
/// The largest `page[size]` (fastly-py validates 1..100).
pub(crate) const MAX_SIZE: usize = 100;

/// The query's pairs, percent-decoded, in order (`page%5Bsize%5D` reads as
/// `page[size]`), or why they cannot be read.
pub(crate) fn query_pairs(query: Option<&str>) -> Result<Vec<(String, String)>, String> {
    serde_urlencoded::from_str(query.unwrap_or_default())
        .map_err(|e| format!("the query string could not be parsed: {e}"))
}

/// One page of a list of `total` items.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Page {
    /// From 1.
    pub number: usize,
    pub size: usize,
    pub total: usize,
}

impl Page {
    /// Reads `page[number]` (from 1, default 1) and `page[size]` (1..=100,
    /// default 20) from the query pairs; other pairs are left to the caller.
    pub fn read(pairs: &[(String, String)], total: usize) -> Result<Page, String> {
        let mut page = Page {
            number: 1,
            size: DEFAULT_SIZE,
            total,
        };
        for (name, value) in pairs {
            let parsed = value.trim().parse::<usize>().ok();
            match name.as_str() {
                "page[number]" => match parsed.filter(|n| *n >= 1) {
                    Some(n) => page.number = n,
                    None => {
                        return Err(format!(
                            "page[number] must be an integer from 1, got '{value}'"
                        ))
                    }
                },
                "page[size]" => match parsed.filter(|n| (1..=MAX_SIZE).contains(n)) {
                    Some(n) => page.size = n,
                    None => {
                        return Err(format!(
                            "page[size] must be an integer from 1 to {MAX_SIZE}, got '{value}'"
                        ))
                    }
                },
                _ => {}
            }
        }
        Ok(page)
    }

    /// The number of pages: at least 1, so an empty list still has a `last`
    /// page (not recorded: the recordings all had records).
    pub fn pages(&self) -> usize {
        self.total.div_ceil(self.size).max(1)
    }

    /// The items of this page (empty past the last page).
    pub fn range(&self) -> Range<usize> {
        let start = (self.number - 1).saturating_mul(self.size).min(self.total);
        start..start.saturating_add(self.size).min(self.total)
    }

    /// `{"next": .., "last": ..}`, `next` only when there is a next page;
    /// `link(n)` writes the URL of page `n`.
    pub fn links(&self, link: impl Fn(usize) -> String) -> Value {
        let mut links = Map::new();
        if self.number < self.pages() {
            links.insert("next".to_owned(), Value::String(link(self.number + 1)));
        }
        links.insert("last".to_owned(), Value::String(link(self.pages())));
        Value::Object(links)
    }

    /// `{"current_page", "per_page", "record_count", "total_pages"}`.
    pub fn meta(&self) -> Value {
        json!({
            "current_page": self.number,
            "per_page": self.size,
            "record_count": self.total,
            "total_pages": self.pages(),
        })
    }
}

/// The sandbox's own base URL as the client addressed it (`http://` + the
/// `Host` header, `https://` when serving TLS), so that absolute links (the live
/// API writes `https://api.fastly.com/...`) lead back to the sandbox. Empty
/// without a `Host` header: the links are then relative.
pub(crate) fn base_url(shared: &Shared, req: &ApiRequest) -> String {
    match req.host.as_deref() {
        Some(host) if !host.is_empty() => {
            let scheme = if shared.ca_pem.is_some() {
                "https"
            } else {
                "http"
            };
            format!("{scheme}://{host}")
        }
        _ => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(query: &str) -> Vec<(String, String)> {
        query_pairs(Some(query)).expect("a query")
    }

    #[test]
    fn reads_pages_and_refuses_out_of_range_sizes() {
        let page = Page::read(&pairs("page%5Bnumber%5D=2&page[size]=3"), 7).expect("ok");
        assert_eq!((page.number, page.size, page.pages()), (2, 3, 3));
        assert_eq!(page.range(), 3..6);
        let default = Page::read(&[], 0).expect("ok");
        assert_eq!((default.number, default.size, default.pages()), (1, 20, 1));
        assert_eq!(default.range(), 0..0);
        for bad in [
            "page[size]=0",
            "page[size]=101",
            "page[size]=x",
            "page[number]=0",
            "page[number]=-1",
        ] {
            assert!(Page::read(&pairs(bad), 5).is_err(), "{bad}");
        }
        let past = Page::read(&pairs("page[number]=9&page[size]=2"), 3).expect("ok");
        assert_eq!(past.range(), 3..3);
    }

    #[test]
    fn links_name_next_only_when_there_is_one() {
        let link = |n: usize| format!("p{n}");
        let first = Page {
            number: 1,
            size: 1,
            total: 3,
        };
        assert_eq!(first.links(link), json!({"next": "p2", "last": "p3"}));
        let last = Page { number: 3, ..first };
        assert_eq!(last.links(link), json!({"last": "p3"}));
        assert_eq!(
            first.meta(),
            json!({"current_page": 1, "per_page": 1, "record_count": 3, "total_pages": 3})
        );
    }
}
