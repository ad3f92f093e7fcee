//! The offline search index: compact port records per locale, sharded by the first
//! character of each folded token so a query downloads one small file.

use std::collections::BTreeMap;
use std::io::Write;

use icu_normalizer::DecomposingNormalizerBorrowed;
use serde::Serialize;

use super::OutputError;
use crate::config::{LocaleCode, LocaleId};
use crate::i18n::Arg;
use crate::model::{LocaleUrls, SitePath};
use crate::port::Port;
use crate::registry::{PortInfo, Status};
use crate::render::{SiteView, base_context};

/// The shard holding tokens that start with anything but `a-z` or `0-9`.
pub const OTHER_SHARD: &str = "_";

/// Folds text for matching, exactly as `static/search.js` does: `İ`, `I` and `ı` become `i`
/// before lowercasing (so Turkish and English spellings meet), then NFD decomposition with
/// combining marks dropped (`ü` → `u`, Arabic harakat removed), `ß` → `ss`, `ς` → `σ`.
pub fn fold(text: &str) -> String {
    let dotless: String = text
        .chars()
        .map(|c| match c {
            'İ' | 'I' | 'ı' => 'i',
            other => other,
        })
        .collect();
    let lower = dotless.to_lowercase();
    let nfd = DecomposingNormalizerBorrowed::new_nfd().normalize(&lower);
    let mut folded = String::with_capacity(nfd.len());
    for c in nfd.chars().filter(|c| !is_mark(*c)) {
        match c {
            'ß' => folded.push_str("ss"),
            'ς' => folded.push('σ'),
            other => folded.push(other),
        }
    }
    folded
}

/// The combining marks removed by [`fold`]; `static/search.js` lists the same ranges.
fn is_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}'
        | '\u{0483}'..='\u{0489}'
        | '\u{0640}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}'
        | '\u{1AB0}'..='\u{1AFF}'
        | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}'
        | '\u{FE20}'..='\u{FE2F}')
}

/// The folded words of `text`: runs of letters and digits.
pub fn tokens(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// The shard a folded token belongs to: its first character when `a-z`/`0-9`, else `_`.
pub fn shard_of(token: &str) -> &str {
    match token.as_bytes().first() {
        Some(b) if b.is_ascii_lowercase() || b.is_ascii_digit() => &token[..1],
        _ => OTHER_SHARD,
    }
}

/// What the browser gets for one port, written as the array
/// `[port, names, text, title, curated]` (see the `Serialize` impl), and for a port
/// without a page of its own a sixth item, the range page anchor it is listed at.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchRecord {
    /// The port number.
    pub port: Port,
    /// The distinct service names, separated by spaces.
    pub names: String,
    /// The distinct registry descriptions (or the localized status), joined by ` · `.
    pub text: String,
    /// The curated entry's title in this locale (or the default locale's), else empty.
    pub title: String,
    /// Whether the port has a curated entry (ranked first by `search.js`).
    pub curated: bool,
    /// Where a port without a page of its own is listed (`port_pages: registered`).
    pub listed_at: Option<SitePath>,
}

/// A record is an array, not an object: a shard repeats its shape for every port, and
/// `search.js` names the fields once, in `prepare`.
impl Serialize for SearchRecord {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        // Most ports have a page: their records stay five items long, with no `null`.
        let len = 5 + usize::from(self.listed_at.is_some());
        let mut seq = serializer.serialize_seq(Some(len))?;
        seq.serialize_element(&self.port)?;
        seq.serialize_element(&self.names)?;
        seq.serialize_element(&self.text)?;
        seq.serialize_element(&self.title)?;
        seq.serialize_element(&u8::from(self.curated))?;
        if let Some(url) = &self.listed_at {
            seq.serialize_element(url)?;
        }
        seq.end()
    }
}

impl SearchRecord {
    /// Every shard this record must be in.
    fn shards(&self) -> Vec<String> {
        let mut keys: Vec<String> = [&self.names, &self.text, &self.title]
            .into_iter()
            .flat_map(|text| tokens(text))
            .map(|t| shard_of(&t).to_string())
            .collect();
        keys.sort_unstable();
        keys.dedup();
        keys
    }
}

/// The size of one shard file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ShardSize {
    /// Path relative to the output folder, e.g. `search/en/s.json`.
    pub path: String,
    /// Bytes as written.
    pub raw: u64,
    /// Bytes after gzip at level 9.
    pub gzip: u64,
}

/// What writing the search index did.
#[derive(Debug, Clone, Default)]
pub struct SearchReport {
    /// Shard files written, all locales together.
    pub shards: usize,
    /// The largest shard (by raw size) of any locale, with its gzip size.
    pub largest: ShardSize,
}

/// At most this many service names per search record.
const MAX_RECORD_NAMES: usize = 8;
/// Descriptions stop being added to a search record once they reach this many bytes.
const MAX_RECORD_TEXT: usize = 512;

/// The searchable record of `info` in locale `index`, or `None` when nothing about the port
/// is worth finding (unassigned and unlisted ports without a curated entry).
pub fn record_for(
    site: &SiteView<'_>,
    index: LocaleId,
    info: &PortInfo<'_>,
) -> Option<SearchRecord> {
    let mut names: Vec<&str> = Vec::new();
    let mut texts: Vec<String> = Vec::new();
    // A record holds what a reader needs to recognize the port; the caps (far above the
    // real registry's largest record, 3 names and 271 bytes of text) keep a registry whose
    // ranges pile hundreds of rows on every port from costing ports × rows memory.
    let push_text = |text: String, texts: &mut Vec<String>| {
        let used: usize = texts.iter().map(String::len).sum();
        if !text.is_empty() && !texts.contains(&text) && used < MAX_RECORD_TEXT {
            texts.push(text);
        }
    };
    for service in &info.services {
        let unseen = !names.iter().any(|n| n.eq_ignore_ascii_case(&service.name));
        if unseen && names.len() < MAX_RECORD_NAMES {
            names.push(&service.name);
        }
        push_text(service.description.clone(), &mut texts);
    }
    if info.services.is_empty() {
        let bundle = site.bundle(index);
        for status in info
            .statuses
            .iter()
            .filter(|s| s.status != Status::Unassigned)
        {
            let key = format!("status-tag-{}", status.status.as_str());
            let label = bundle.plain(&key).unwrap_or(status.status.as_str());
            push_text(label.to_string(), &mut texts);
        }
        for status in &info.statuses {
            push_text(status.description.clone().unwrap_or_default(), &mut texts);
        }
    }
    let title = site
        .entries
        .for_page(info.port, index)
        .map(|(e, _)| e.entry.meta.title.clone());
    if names.is_empty() && texts.is_empty() && title.is_none() {
        return None;
    }
    Some(SearchRecord {
        port: info.port,
        names: names.join(" "),
        text: texts.join(" · "),
        curated: title.is_some(),
        title: title.unwrap_or_default(),
        listed_at: listed_at(site, index, info.port),
    })
}

/// Where a port without a page of its own is listed: its range page anchor.
fn listed_at(site: &SiteView<'_>, index: LocaleId, port: Port) -> Option<SitePath> {
    if site.plan.has_page(port) {
        return None;
    }
    site.plan.port_href(index, port)
}

/// Groups records into shards: each shard holds every record with a token starting there.
pub fn shard(records: &[SearchRecord]) -> BTreeMap<String, Vec<&SearchRecord>> {
    let mut shards: BTreeMap<String, Vec<&SearchRecord>> = BTreeMap::new();
    for record in records {
        for key in record.shards() {
            shards.entry(key).or_default().push(record);
        }
    }
    shards
}

/// A locale's search index: every shard's key and JSON, in key order.
pub type Shards = Vec<(String, Vec<u8>)>;

/// The search index of locale `index`. Ports outside the site's span (which have no page)
/// are left out.
pub fn locale_shards(site: &SiteView<'_>, index: LocaleId) -> Shards {
    let span = site.config.ports;
    let records: Vec<SearchRecord> = span
        .iter()
        .filter_map(|port| record_for(site, index, &site.registry.port(port)))
        .collect();
    shard(&records)
        .into_iter()
        // Serializing plain strings and numbers cannot fail.
        .map(|(key, list)| (key, serde_json::to_vec(&list).unwrap_or_default()))
        .collect()
}

/// How many shards the locales have together, and the largest one with its gzip size.
pub fn search_report<'a>(
    locales: impl IntoIterator<Item = (&'a LocaleCode, &'a [(String, Vec<u8>)])>,
) -> SearchReport {
    let mut report = SearchReport::default();
    let mut largest: &[u8] = &[];
    for (code, shards) in locales {
        report.shards += shards.len();
        for (key, bytes) in shards {
            if bytes.len() as u64 > report.largest.raw {
                report.largest = ShardSize {
                    path: format!("search/{code}/{key}.json"),
                    raw: bytes.len() as u64,
                    gzip: 0,
                };
                largest = bytes;
            }
        }
    }
    report.largest.gzip = gzip_len(largest);
    report
}

/// The gzip size of `bytes` at the highest compression level, as `gzip -9` would give.
pub fn gzip_len(bytes: &[u8]) -> u64 {
    let mut encoder = flate2::write::GzEncoder::new(
        Vec::with_capacity(bytes.len() / 3),
        flate2::Compression::best(),
    );
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().map_or(0, |v| v.len() as u64)
}

/// What the search page shows besides the chrome.
#[derive(Serialize)]
struct SearchPageView {
    /// Why the page shows no results: search runs in the browser.
    nojs: Option<String>,
    /// Every range page, to browse without JavaScript.
    ranges: Vec<RangeLinkView>,
}

#[derive(Serialize)]
struct RangeLinkView {
    label: String,
    url: SitePath,
}

/// Renders the search page of locale `index` into `out`: it explains that search runs in
/// the browser and links every range page, so the form never leads to a 404 without
/// JavaScript. Sites without `templates/search.html` have no search page (`Ok(false)`).
pub fn render_search_page(
    site: &SiteView<'_>,
    index: LocaleId,
    out: &mut Vec<u8>,
) -> Result<bool, OutputError> {
    if !site.templates.has("search.html") {
        return Ok(false);
    }
    render_search_view(site, index, out)?;
    Ok(true)
}

fn render_search_view(
    site: &SiteView<'_>,
    index: LocaleId,
    out: &mut Vec<u8>,
) -> Result<(), OutputError> {
    let bundle = site.bundle(index);
    let text = |id: &str| bundle.plain(id).unwrap_or_default().to_string();
    let mut head = site.head(
        index,
        text("search-label"),
        text("search-hint"),
        LocaleUrls::search,
    );
    // Results depend on the query, so the page is kept out of search engines.
    head.noindex = true;
    let ranges = site
        .ranges
        .iter()
        .map(|r| {
            let (start, end) = (r.start().to_string(), r.end().to_string());
            let args = [("start", Arg::Str(&start)), ("end", Arg::Str(&end))];
            RangeLinkView {
                label: bundle
                    .format("range-title", &args)
                    .unwrap_or_else(|_| format!("{start}–{end}")),
                url: site.plan.locale_urls(index).range(*r),
            }
        })
        .collect();
    let view = SearchPageView {
        nojs: bundle.plain("search-nojs").map(str::to_string),
        ranges,
    };
    let mut context = base_context(index);
    context.insert("page", &head);
    context.insert("search", &view);
    site.templates
        .render_into("search.html", &context, out)
        .map_err(OutputError::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn turkish_and_english_spellings_fold_alike() {
        assert_eq!(fold("SENTİNEL"), "sentinel");
        assert_eq!(fold("sentınel"), "sentinel");
        assert_eq!(fold("Sentinel"), "sentinel");
        assert_eq!(fold("SENTINEL"), "sentinel");
    }

    #[test]
    fn diacritics_and_harakat_are_stripped() {
        assert_eq!(fold("Güvenli Şifreleme"), "guvenli sifreleme");
        assert_eq!(fold("Straße"), "strasse");
        assert_eq!(fold("مَنْفَذ"), "منفذ");
    }

    #[test]
    fn tokens_split_names_on_punctuation() {
        let words = tokens("sentinel-ent, Sentinel Enterprise");
        assert_eq!(words, ["sentinel", "ent", "sentinel", "enterprise"]);
    }

    #[test]
    fn shards_follow_first_folded_character() {
        assert_eq!(shard_of("sentinel"), "s");
        assert_eq!(shard_of("3com"), "3");
        assert_eq!(shard_of("منفذ"), OTHER_SHARD);
        let record = SearchRecord {
            port: Port::new(3712),
            names: "sentinel-ent".into(),
            text: "Sentinel Enterprise".into(),
            title: "Port 3712: Ölü kayıt".into(),
            curated: true,
            listed_at: None,
        };
        assert_eq!(record.shards(), ["3", "e", "k", "o", "p", "s"]);
        let records = [record];
        let shards = shard(&records);
        assert_eq!(shards["s"][0].port, Port::new(3712));
        assert!(!shards.contains_key("u"));
    }

    #[test]
    fn records_are_the_arrays_search_js_reads() {
        let record = SearchRecord {
            port: Port::new(3712),
            names: "sentinel-ent".into(),
            text: "Sentinel Enterprise".into(),
            title: String::new(),
            curated: false,
            listed_at: None,
        };
        assert_eq!(
            serde_json::to_string(&record).unwrap(),
            r#"[3712,"sentinel-ent","Sentinel Enterprise","",0]"#
        );
        let listed = SearchRecord {
            port: Port::new(49999),
            listed_at: SitePath::new("/ports/49000-49999/#port-49999".to_string()).ok(),
            ..record
        };
        assert_eq!(
            serde_json::to_string(&listed).unwrap(),
            r#"[49999,"sentinel-ent","Sentinel Enterprise","",0,"/ports/49000-49999/#port-49999"]"#
        );
    }

    #[test]
    fn gzip_shrinks_repetitive_json() {
        let json = "[3712,\"sentinel-ent\",\"Sentinel Enterprise\",\"\",0],".repeat(200);
        let gz = gzip_len(json.as_bytes());
        assert!(gz > 0 && gz < json.len() as u64 / 10, "{gz}");
    }
}
