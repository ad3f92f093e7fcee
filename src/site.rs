//! The build orchestrator (under construction).
