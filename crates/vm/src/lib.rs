//! The virtual machine (placeholder).
