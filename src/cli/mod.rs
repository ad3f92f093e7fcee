//! (cli: under construction)
