//! (content: under construction)
