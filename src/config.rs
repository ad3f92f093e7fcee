//! Site configuration (under construction).
