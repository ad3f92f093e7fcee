//! (registry: under construction)
