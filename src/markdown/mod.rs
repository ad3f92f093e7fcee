//! (markdown: under construction)
