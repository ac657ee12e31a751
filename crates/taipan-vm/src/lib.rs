//! taipan-vm
