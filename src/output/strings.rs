//! The strings only JavaScript shows (the theme toggle's labels, the search box's hint and
//! messages, copy
//! buttons, the feedback error, the language hint), one JSON file per locale at
//! `/static/strings/<code>.json`. Every page used to carry them in data attributes: at
//! 262,144 port pages that was about 370 bytes a page for text a reader without JavaScript
//! never sees. `site.js` fetches its locale's file once (then the browser's cache has it).

use crate::config::LocaleId;
use crate::i18n::Arg;
use crate::render::{RenderError, SiteView};

/// The messages the file holds, by id; `search-goto` keeps `{port}` for `search.js` to fill.
pub const SCRIPT_MESSAGES: &[&str] = &[
    "theme-dark",
    "theme-light",
    "search-hint",
    "search-empty",
    "search-loading",
    "search-goto",
    "copy-button",
    "copy-done",
    "feedback-error",
    "lang-hint",
    "lang-hint-dismiss",
];

/// The JSON object `{id: text}` of [`SCRIPT_MESSAGES`] in the locale `index`.
pub fn strings_json(site: &SiteView<'_>, index: LocaleId) -> Result<String, RenderError> {
    let bundle = site.bundle(index);
    let mut strings = serde_json::Map::new();
    for id in SCRIPT_MESSAGES {
        let args: &[(&str, Arg<'_>)] = if *id == "search-goto" {
            &[("port", Arg::Str("{port}"))]
        } else {
            &[]
        };
        let text = bundle.format(id, args).map_err(|e| RenderError::Message {
            locale: bundle.code().clone(),
            message: e.to_string(),
        })?;
        strings.insert((*id).to_string(), serde_json::Value::String(text));
    }
    Ok(serde_json::Value::Object(strings).to_string())
}
