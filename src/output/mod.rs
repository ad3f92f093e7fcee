//! (output: under construction)
