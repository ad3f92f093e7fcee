//! The hostile-input suite: every case first builds a good site, then feeds `portsite build`
//! one hostile input and checks the exact error, the exit status and that `public/` is
//! byte-for-byte what it was.

mod common;

#[path = "hostile/harness.rs"]
mod harness;

#[path = "hostile/arguments.rs"]
mod arguments;
#[path = "hostile/characters.rs"]
mod characters;
#[path = "hostile/check_catches.rs"]
mod check_catches;
#[path = "hostile/front_matter.rs"]
mod front_matter;
#[path = "hostile/import.rs"]
mod import;
#[path = "hostile/injection.rs"]
mod injection;
#[path = "hostile/interrupt.rs"]
mod interrupt;
#[path = "hostile/jsonld.rs"]
mod jsonld;
#[path = "hostile/layout.rs"]
mod layout;
#[path = "hostile/markup.rs"]
mod markup;
#[path = "hostile/out_dir.rs"]
mod out_dir;
#[path = "hostile/registry.rs"]
mod registry;
#[path = "hostile/site_sources.rs"]
mod site_sources;
#[path = "hostile/sources.rs"]
mod sources;
#[path = "hostile/swap.rs"]
mod swap;
