//! portsite: a static site generator for multilingual port-reference websites.
//!
//! The modules follow the build pipeline: load (`config`, `content`, `registry`) →
//! parse (`content`, `markdown`) → localize (`i18n`) → plan (`model`) → render (`render`)
//! → write (`output`), orchestrated by `site`.

pub mod check;
pub mod cli;
pub mod config;
pub mod content;
pub mod diag;
pub mod feedback;
pub mod i18n;
pub mod import;
pub mod markdown;
pub mod model;
pub mod output;
pub mod port;
pub mod registry;
pub mod render;
pub mod scaffold;
pub mod serve;
pub mod site;
pub mod sources;
pub mod validate;
