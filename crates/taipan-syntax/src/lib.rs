//! taipan-syntax
