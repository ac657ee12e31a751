//! `module` objects: a namespace dict plus a name.

use crate::value::Value;

pub struct ModuleData {
    /// The module's globals (a dict object).
    pub dict: Value,
}
