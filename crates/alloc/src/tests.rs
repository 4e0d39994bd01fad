//! State-transition unit tests (placeholder).
