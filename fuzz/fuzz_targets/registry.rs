//! Fuzzes the IANA registry CSV parser with arbitrary text.
#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use portsite::registry::PortRegistry;

fuzz_target!(|bytes: &[u8]| {
    let source = Path::new("content/registry/service-names-port-numbers.csv");
    let _ = PortRegistry::from_reader(bytes, source);
});
