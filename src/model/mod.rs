//! (model: under construction)
