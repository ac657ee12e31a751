//! taipan
