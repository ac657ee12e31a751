//! taipan-bytecode
