//! The layered heap (placeholder until the allocator lands).
