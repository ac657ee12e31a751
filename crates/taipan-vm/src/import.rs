//! `import`: builtin modules, then `.py` files and packages on `sys.path`, each
//! executed once and cached in `sys.modules` (CPython's `importlib._bootstrap`
//! semantics for the common cases: packages, relative imports, `from x import y`).

use std::path::{Path, PathBuf};

use crate::errors::PyResult;
use crate::heap::ObjKind;
use crate::types::dict::DictData;
use crate::types::list::ListData;
use crate::types::module::ModuleData;
use crate::types::str::StrData;
use crate::types::tuple::TupleData;
use crate::value::Value;
use crate::vm::Vm;

fn s(v: &Value) -> String {
    v.downcast_ref::<StrData>()
        .map(|s| s.as_str().to_string())
        .unwrap_or_default()
}

impl Vm {
    fn modules_get(&mut self, name: &str) -> Option<Value> {
        let k = self.new_str(name);
        let modules = self.modules.clone();
        modules
            .downcast_ref::<DictData>()
            .unwrap()
            .get(self, &k)
            .ok()
            .flatten()
    }

    fn module_dict_get(&mut self, m: &Value, name: &str) -> Option<Value> {
        let k = self.intern(name);
        m.downcast_ref::<ModuleData>()?
            .dict
            .downcast_ref::<DictData>()?
            .get_str(self, &k)
    }

    /// Resolve a relative module name against the importing module's package.
    fn resolve_name(&mut self, name: &str, level: usize) -> PyResult<String> {
        if level == 0 {
            return Ok(name.to_string());
        }
        let globals = self
            .frames
            .last()
            .map(|f| f.globals.clone())
            .unwrap_or(Value::NULL);
        let g = globals.downcast_ref::<DictData>();
        let package = g
            .and_then(|g| g.get_str(self, &self.n.__package__.clone()))
            .filter(|p| !p.is_none());
        let package = match package {
            Some(p) => s(&p),
            None => {
                let modname = g
                    .and_then(|g| g.get_str(self, &self.n.__name__.clone()))
                    .map(|v| s(&v))
                    .unwrap_or_default();
                let is_pkg = g
                    .and_then(|g| g.get_str(self, &self.n.__path__.clone()))
                    .is_some();
                if is_pkg {
                    modname
                } else {
                    modname
                        .rsplit_once('.')
                        .map(|(a, _)| a.to_string())
                        .unwrap_or_default()
                }
            }
        };
        if package.is_empty() {
            return Err(self.import_error("attempted relative import with no known parent package"));
        }
        let parts: Vec<&str> = package.split('.').collect();
        if level - 1 >= parts.len() {
            return Err(self.import_error("attempted relative import beyond top-level package"));
        }
        let base = parts[..parts.len() - (level - 1)].join(".");
        Ok(if name.is_empty() {
            base
        } else {
            format!("{}.{}", base, name)
        })
    }

    /// `IMPORT_NAME`.
    pub fn import_name(
        &mut self,
        name: &Value,
        fromlist: &Value,
        level: &Value,
    ) -> PyResult<Value> {
        let name = s(name);
        let level = level.as_small_int().unwrap_or(0).max(0) as usize;
        let full = self.resolve_name(&name, level)?;
        if full.is_empty() {
            return Err(self.value_error("Empty module name"));
        }
        let module = self.import_module(&full)?;
        let has_fromlist = !fromlist.is_none()
            && fromlist
                .downcast_ref::<TupleData>()
                .is_some_and(|t| !t.is_empty());
        if has_fromlist {
            // Submodules named in the fromlist are imported too.
            if self.module_dict_get(&module, "__path__").is_some() {
                let items = fromlist
                    .downcast_ref::<TupleData>()
                    .unwrap()
                    .as_slice()
                    .to_vec();
                for it in items {
                    let n = s(&it);
                    if n != "*" && self.module_dict_get(&module, &n).is_none() {
                        let sub = format!("{}.{}", full, n);
                        match self.import_module(&sub) {
                            Ok(_) => {}
                            Err(e) => {
                                if !self
                                    .is_instance(e.value(), &self.t.module_not_found_error.clone())
                                {
                                    return Err(e);
                                }
                            }
                        }
                    }
                }
            }
            return Ok(module);
        }
        if level == 0 {
            let top = full.split('.').next().unwrap_or(&full).to_string();
            return self.import_module(&top);
        }
        if name.is_empty() {
            return Ok(module);
        }
        // `import .a.b` is not valid syntax; `from . import x` has a fromlist.
        let cut = full.len() - name.len();
        let top = format!("{}{}", &full[..cut], name.split('.').next().unwrap_or(""));
        self.import_module(&top)
    }

    /// Import `full` (dotted), importing parents first.
    pub fn import_module(&mut self, full: &str) -> PyResult<Value> {
        if let Some(m) = self.modules_get(full) {
            if m.is_none() {
                let e = self.module_not_found_error(format!(
                    "import of {} halted; None in sys.modules",
                    full
                ));
                let k = self.intern("name");
                let nv = self.new_str(full);
                let _ = self.store_instance_attr(e.value(), k, nv);
                return Err(e);
            }
            return Ok(m);
        }
        let (parent, child) = match full.rsplit_once('.') {
            Some((p, c)) => (Some(p.to_string()), c.to_string()),
            None => (None, full.to_string()),
        };
        let search: Vec<String> = match &parent {
            Some(p) => {
                let pm = self.import_module(p)?;
                if let Some(m) = self.modules_get(full) {
                    return Ok(m);
                }
                if let Some((source, is_pkg)) = crate::frozen::lookup(full) {
                    return self.load_frozen_module(full, source, is_pkg);
                }
                match self.module_dict_get(&pm, "__path__") {
                    Some(path) => self.collect_iter(&path)?.iter().map(s).collect(),
                    None => {
                        return Err(self.module_not_found_error(format!(
                            "No module named '{}'; '{}' is not a package",
                            full, p
                        )))
                    }
                }
            }
            None => {
                if let Some(m) = crate::modules::builtin_module(self, full) {
                    self.register_module(full, m.clone());
                    return Ok(m);
                }
                if let Some((source, is_pkg)) = crate::frozen::lookup(full) {
                    return self.load_frozen_module(full, source, is_pkg);
                }
                let path = self.sys_attr("path");
                match path.downcast_ref::<ListData>() {
                    Some(l) => l.to_vec().iter().map(s).collect(),
                    None => vec![],
                }
            }
        };
        for dir in search {
            let d = if dir.is_empty() {
                PathBuf::from(".")
            } else {
                PathBuf::from(&dir)
            };
            let pkg_init = d.join(&child).join("__init__.py");
            if pkg_init.is_file() {
                let pkg_dir = d.join(&child);
                return self.load_source_module(full, &pkg_init, Some(&pkg_dir));
            }
            let file = d.join(format!("{}.py", child));
            if file.is_file() {
                return self.load_source_module(full, &file, None);
            }
        }
        let m = self.module_not_found(full);
        if let Some(p) = parent {
            if let Some(pm) = self.modules_get(&p) {
                let _ = pm;
            }
        }
        Err(m)
    }

    fn module_not_found(&mut self, full: &str) -> crate::errors::PyErr {
        let e = self.module_not_found_error(format!("No module named '{}'", full));
        let nv = self.new_str(full);
        let k = self.intern("name");
        let _ = self.store_instance_attr(e.value(), k, nv);
        e
    }

    fn load_source_module(
        &mut self,
        full: &str,
        file: &Path,
        pkg_dir: Option<&Path>,
    ) -> PyResult<Value> {
        let filename = std::fs::canonicalize(file)
            .unwrap_or_else(|_| file.to_path_buf())
            .to_string_lossy()
            .to_string();
        let source = match std::fs::read(file) {
            Ok(b) => String::from_utf8_lossy(&b).to_string(),
            Err(e) => return Err(self.import_error(format!("cannot read {}: {}", filename, e))),
        };
        let module = self.new_module(full);
        let fv = self.new_str(filename.clone());
        self.module_set(&module, "__file__", fv);
        let b = self.builtins_module.clone();
        self.module_set(&module, "__builtins__", b);
        match pkg_dir {
            Some(dir) => {
                let dir = std::fs::canonicalize(dir)
                    .unwrap_or_else(|_| dir.to_path_buf())
                    .to_string_lossy()
                    .to_string();
                let dv = self.new_str(dir);
                let path = self.new_list(vec![dv]);
                self.module_set(&module, "__path__", path);
                let pv = self.new_str(full);
                self.module_set(&module, "__package__", pv);
            }
            None => {
                let pkg = full.rsplit_once('.').map(|(a, _)| a).unwrap_or("");
                let pv = self.new_str(pkg);
                self.module_set(&module, "__package__", pv);
            }
        }
        let spec = self.module_spec(full, &filename, pkg_dir.is_some());
        self.module_set(&module, "__spec__", spec);
        self.register_module(full, module.clone());
        let code = match self.compile_source(&source, &filename, taipan_compiler::Mode::Exec) {
            Ok(c) => c,
            Err(e) => {
                self.unregister_module(full);
                return Err(e);
            }
        };
        let globals = module.downcast_ref::<ModuleData>().unwrap().dict.clone();
        if let Err(e) = self.run_code(&code, &globals, &globals) {
            self.unregister_module(full);
            return Err(e);
        }
        // Bind the submodule as an attribute of its parent package.
        if let Some((p, c)) = full.rsplit_once('.') {
            if let Some(pm) = self.modules_get(p) {
                self.module_set(&pm, c, module.clone());
            }
        }
        Ok(self.modules_get(full).unwrap_or(module))
    }

    fn load_frozen_module(&mut self, full: &str, source: &str, is_pkg: bool) -> PyResult<Value> {
        let module = self.new_module(full);
        let b = self.builtins_module.clone();
        self.module_set(&module, "__builtins__", b);
        let pkg = if is_pkg {
            full
        } else {
            full.rsplit_once('.').map(|(a, _)| a).unwrap_or("")
        };
        let pv = self.new_str(pkg);
        self.module_set(&module, "__package__", pv);
        if is_pkg {
            let path = self.new_list(vec![]);
            self.module_set(&module, "__path__", path);
        }
        self.register_module(full, module.clone());
        let filename = format!("<frozen {}>", full);
        let r = self
            .compile_source(source, &filename, taipan_compiler::Mode::Exec)
            .and_then(|code| {
                let globals = module.downcast_ref::<ModuleData>().unwrap().dict.clone();
                self.run_code(&code, &globals, &globals)
            });
        if let Err(e) = r {
            self.unregister_module(full);
            return Err(e);
        }
        // Bind the submodule as an attribute of its parent package.
        if let Some((p, c)) = full.rsplit_once('.') {
            if let Some(pm) = self.modules_get(p) {
                self.module_set(&pm, c, module.clone());
            }
        }
        Ok(self.modules_get(full).unwrap_or(module))
    }

    /// A `ModuleSpec`-like namespace (name, origin, parent, has_location).
    fn module_spec(&mut self, full: &str, origin: &str, is_pkg: bool) -> Value {
        let cls = self.t.simple_namespace.clone();
        let Ok(spec) = crate::types::class_methods::new_instance(self, &cls) else {
            return Value::NONE;
        };
        let parent = if is_pkg {
            full
        } else {
            full.rsplit_once('.').map(|(a, _)| a).unwrap_or("")
        };
        let fields = [
            ("name", self.new_str(full)),
            ("origin", self.new_str(origin)),
            ("parent", self.new_str(parent)),
            ("has_location", Value::TRUE),
            ("submodule_search_locations", Value::NONE),
        ];
        for (k, v) in fields {
            let k = self.intern(k);
            let _ = self.store_instance_attr(&spec, k, v);
        }
        spec
    }

    fn unregister_module(&mut self, full: &str) {
        let k = self.new_str(full);
        let modules = self.modules.clone();
        let _ = modules.downcast_ref::<DictData>().unwrap().remove(self, &k);
    }

    /// `IMPORT_FROM`.
    pub fn import_from(&mut self, module: &Value, name: &Value) -> PyResult<Value> {
        if let Some(v) = self.getattr_opt(module, name)? {
            return Ok(v);
        }
        let modname = self.module_dict_get(module, "__name__").map(|v| s(&v));
        if let Some(mn) = &modname {
            let sub = format!("{}.{}", mn, s(name));
            if let Some(m) = self.modules_get(&sub) {
                return Ok(m);
            }
        }
        let file = self.module_dict_get(module, "__file__").map(|v| s(&v));
        let n = s(name);
        let mn = modname.unwrap_or_else(|| "<unknown module name>".into());
        let msg = match file {
            Some(f) => format!("cannot import name '{}' from '{}' ({})", n, mn, f),
            None => format!(
                "cannot import name '{}' from '{}' (unknown location)",
                n, mn
            ),
        };
        let err = self.import_error(msg);
        let nk = self.intern("name");
        let mv = self.new_str(mn);
        let _ = self.store_instance_attr(err.value(), nk, mv);
        Err(err)
    }

    /// `from m import *`.
    pub fn import_star(&mut self, module: &Value) -> PyResult<()> {
        let locals = self
            .frames
            .last()
            .map(|f| f.locals.clone())
            .unwrap_or(Value::NULL);
        let Some(md) = module.downcast_ref::<ModuleData>() else {
            return Ok(());
        };
        let dict = md.dict.clone();
        let all = self.module_dict_get(module, "__all__");
        let names: Vec<Value> = match all {
            Some(a) => self.collect_iter(&a)?,
            None => dict
                .downcast_ref::<DictData>()
                .unwrap()
                .keys()
                .into_iter()
                .filter(|k| !s(k).starts_with('_'))
                .collect(),
        };
        for n in names {
            let n = self.intern_value(&n);
            let v = self.getattr(module, &n)?;
            if let Some(d) = locals.downcast_ref::<DictData>() {
                d.set_str(n, v);
            }
        }
        let _ = ObjKind::Module;
        Ok(())
    }
}
