//! The plan: which pages the site has, and the URL of each. Pure data, no IO.

mod pages;
mod plan;
mod port_set;
mod url;

pub use pages::{PageKind, port_ranges, range_of};
pub use plan::{Lookup, Page, SitePlan};
pub use port_set::PortSet;
pub use url::{AbsoluteUrl, LocaleUrls, SitePath, UrlError};
