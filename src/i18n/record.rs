//! Recording which messages portsite's own code formats, with which argument names, so a
//! test can hold `render::calls::RUST_CALLS` to the truth. Off unless a test turns it on;
//! then one relaxed atomic load per lookup.

use std::cell::Cell;
use std::collections::BTreeSet;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};

use super::Arg;

static RECORDING: AtomicBool = AtomicBool::new(false);
static CALLS: Mutex<BTreeSet<(String, Vec<String>)>> = Mutex::new(BTreeSet::new());

thread_local! {
    static IN_TEMPLATE: Cell<bool> = const { Cell::new(false) };
}

/// Starts recording the message lookups made outside templates, in this process.
pub fn record_calls() {
    RECORDING.store(true, Ordering::Relaxed);
}

/// Every (message id, sorted argument names) recorded so far.
pub fn recorded_calls() -> Vec<(String, Vec<String>)> {
    CALLS
        .lock()
        .map(|calls| calls.iter().cloned().collect())
        .unwrap_or_default()
}

/// Runs `lookup` as a template's `t()` call: templates' calls are read from their text,
/// so they are not recorded.
pub fn from_template<R>(lookup: impl FnOnce() -> R) -> R {
    if !RECORDING.load(Ordering::Relaxed) {
        return lookup();
    }
    IN_TEMPLATE.with(|flag| flag.set(true));
    let result = lookup();
    IN_TEMPLATE.with(|flag| flag.set(false));
    result
}

/// Notes one lookup, when recording and not inside a template call.
pub(super) fn note(id: &str, args: &[(&str, Arg<'_>)]) {
    if !RECORDING.load(Ordering::Relaxed) || IN_TEMPLATE.with(Cell::get) {
        return;
    }
    let mut names: Vec<String> = args.iter().map(|(n, _)| (*n).to_string()).collect();
    names.sort();
    if let Ok(mut calls) = CALLS.lock() {
        calls.insert((id.to_string(), names));
    }
}
