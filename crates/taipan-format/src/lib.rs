//! taipan-format
