//! taipan-compiler
