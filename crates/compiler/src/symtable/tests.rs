//! Symbol table unit tests.
