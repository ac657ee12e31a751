//! Builtin functions (`print`, `len`, `isinstance`, ...), CPython's `Python/bltinmodule.c`.

use crate::args::{opt, Args};
use crate::errors::PyResult;
use crate::types::function::NativeFn;
use crate::types::str::StrData;
use crate::value::Value;
use crate::vm::Vm;

pub const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("print", print),
    ("len", len),
    ("repr", repr),
    ("__build_class__", crate::types::class_methods::build_class),
    ("isinstance", isinstance),
    ("issubclass", issubclass),
    ("hasattr", hasattr),
    ("getattr", getattr),
    ("setattr", setattr),
    ("delattr", delattr),
    ("id", id),
    ("hash", hash),
    ("iter", iter),
    ("next", next),
    ("callable", callable),
    ("__import__", import),
    ("min", min),
    ("max", max),
    ("sorted", sorted),
    ("any", any),
    ("all", all),
    ("ascii", ascii),
    ("chr", chr),
    ("ord", ord),
    ("format", format),
    ("vars", vars),
    ("dir", dir),
    ("globals", globals),
    ("locals", locals),
    ("input", input),
    ("exec", exec),
    ("eval", eval),
    ("compile", compile),
    ("exit", exit),
    ("quit", exit),
];

fn print(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let sep = args.take_kw("sep").unwrap_or(Value::NONE);
    let end = args.take_kw("end").unwrap_or(Value::NONE);
    let file = args.take_kw("file").unwrap_or(Value::NONE);
    let flush = args.take_kw("flush").unwrap_or(Value::FALSE);
    if let Some((k, _)) = args.kw.first() {
        let n = crate::args::kw_name(k).to_string();
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for print()",
            n
        )));
    }
    let as_str = |vm: &mut Vm, v: &Value, what: &str, default: &str| -> PyResult<String> {
        if v.is_none() {
            return Ok(default.to_string());
        }
        match v.downcast_ref::<StrData>() {
            Some(s) => Ok(s.as_str().to_string()),
            None => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("{} must be None or a string, not {}", what, tn)))
            }
        }
    };
    let sep_v = sep.clone();
    let end_v = end.clone();
    let sep = as_str(vm, &sep, "sep", " ")?;
    let end = as_str(vm, &end, "end", "\n")?;
    let file = if file.is_none() {
        vm.sys_attr("stdout")
    } else {
        file
    };
    if file.is_none() {
        return Ok(Value::NONE);
    }
    if vm.sys_attr("stderr").is(&file) {
        vm.flush_stdout();
    }
    let native_file = file
        .downcast_ref::<crate::modules::io::FileData>()
        .is_some()
        && vm.type_of(&file).is(&vm.t.text_io);
    if native_file {
        let mut out = String::new();
        for (i, v) in args.pos.iter().enumerate() {
            if i > 0 {
                out.push_str(&sep);
            }
            if let Some(s) = v.downcast_ref::<StrData>() {
                out.push_str(s.as_str());
            } else {
                out.push_str(&vm.str_string(v)?);
            }
        }
        out.push_str(&end);
        vm.write_to(&file, &out)?;
    } else {
        // Any object with `write`: one call per piece, as CPython does.
        let write = vm.n.write.clone();
        let w = vm.getattr(&file, &write)?;
        let sep_s = if sep_v.is_none() {
            vm.new_str(" ")
        } else {
            sep_v
        };
        let end_s = if end_v.is_none() {
            vm.new_str("\n")
        } else {
            end_v
        };
        for (i, v) in args.pos.iter().enumerate() {
            if i > 0 {
                vm.call(&w, Args::new([sep_s.clone()]))?;
            }
            let s = vm.str(v)?;
            vm.call(&w, Args::new([s]))?;
        }
        vm.call(&w, Args::new([end_s]))?;
    }
    if vm.is_true(&flush)? {
        if file
            .downcast_ref::<crate::modules::io::FileData>()
            .is_some()
        {
            vm.call_method(&file, "flush", Args::default())?;
        } else {
            vm.call_method(&file, "flush", Args::default())?;
        }
    }
    Ok(Value::NONE)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "len")?;
    let n = vm.len(&v)?;
    Ok(vm.new_usize(n))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "repr")?;
    vm.repr(&v)
}

fn class_or_tuple_check(
    vm: &mut Vm,
    v: &Value,
    cls: &Value,
    what: &str,
    sub: bool,
) -> PyResult<bool> {
    // CPython's quick exact-type match comes before any `__instancecheck__`.
    if !sub && v.header().is_some_and(|h| h.class_is(cls)) {
        return Ok(true);
    }
    if let Some(t) = cls.downcast_ref::<crate::types::tuple::TupleData>() {
        for c in t.as_slice().to_vec() {
            if class_or_tuple_check(vm, v, &c, what, sub)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if !vm.is_class(cls) {
        // Non-class second arguments with a hook on their type (types.UnionType,
        // GenericAlias, ABC-like objects).
        let hook = if sub {
            vm.n.__subclasscheck__.clone()
        } else {
            vm.n.__instancecheck__.clone()
        };
        if let Some(m) = vm.lookup_special(cls, &hook) {
            let r = vm.call_method_value(&m, cls, Args::new([v.clone()]))?;
            return vm.is_true(&r);
        }
        return Err(vm.type_error(if sub {
            "issubclass() arg 2 must be a class, a tuple of classes, or a union".to_string()
        } else {
            format!(
                "{}() arg 2 must be a type, a tuple of types, or a union",
                what
            )
        }));
    }
    let hook = if sub {
        vm.n.__subclasscheck__.clone()
    } else {
        vm.n.__instancecheck__.clone()
    };
    let meta = vm.type_of(cls);
    if !meta.is(&vm.t.type_) {
        if let Some(m) = crate::types::class::lookup(vm, &meta, &hook) {
            if m.kind() == Some(crate::heap::ObjKind::Function) {
                let r = vm.call_method_value(&m, cls, Args::new([v.clone()]))?;
                return vm.is_true(&r);
            }
        }
    }
    if sub {
        if !vm.is_class(v) {
            return Err(vm.type_error("issubclass() arg 1 must be a class"));
        }
        return Ok(crate::types::class::is_subclass(v, cls));
    }
    object_isinstance(vm, v, cls)
}

/// CPython's `object_isinstance` for a class `cls`: the real type, then
/// `v.__class__` when it differs (a `__class__` property, proxies).
fn object_isinstance(vm: &mut Vm, v: &Value, cls: &Value) -> PyResult<bool> {
    if vm.is_instance(v, cls) {
        return Ok(true);
    }
    if !vm.class_attr_overridden(v) {
        return Ok(false);
    }
    let n = vm.n.__class__.clone();
    let Some(icls) = vm.getattr_opt(v, &n)? else {
        return Ok(false);
    };
    if icls.is(&vm.type_of(v)) || !vm.is_class(&icls) {
        return Ok(false);
    }
    Ok(crate::types::class::is_subclass(&icls, cls))
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v, cls] = args.exact::<2>(vm, "isinstance")?;
    Ok(Value::bool(class_or_tuple_check(
        vm,
        &v,
        &cls,
        "isinstance",
        false,
    )?))
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v, cls] = args.exact::<2>(vm, "issubclass")?;
    Ok(Value::bool(class_or_tuple_check(
        vm,
        &v,
        &cls,
        "issubclass",
        true,
    )?))
}

fn attr_name(vm: &mut Vm, n: &Value, fname: &str) -> PyResult<Value> {
    if n.downcast_ref::<StrData>().is_none() {
        let tn = vm.type_name(n);
        let _ = fname;
        return Err(vm.type_error(format!("attribute name must be string, not '{}'", tn)));
    }
    Ok(vm.intern_value(n))
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [o, n] = args.exact::<2>(vm, "hasattr")?;
    let n = attr_name(vm, &n, "hasattr")?;
    Ok(Value::bool(vm.getattr_opt(&o, &n)?.is_some()))
}

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "getattr", 2, 3)?;
    let n = attr_name(vm, &a[1], "getattr")?;
    if a.len() == 3 {
        return Ok(vm.getattr_opt(&a[0], &n)?.unwrap_or_else(|| a[2].clone()));
    }
    vm.getattr(&a[0], &n)
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [o, n, v] = args.exact::<3>(vm, "setattr")?;
    let n = attr_name(vm, &n, "setattr")?;
    vm.setattr(&o, &n, v)?;
    Ok(Value::NONE)
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [o, n] = args.exact::<2>(vm, "delattr")?;
    let n = attr_name(vm, &n, "delattr")?;
    vm.delattr(&o, &n)?;
    Ok(Value::NONE)
}

fn id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [o] = args.exact::<1>(vm, "id")?;
    Ok(vm.new_int((o.raw_bits() & 0x7FFF_FFFF_FFFF_FFFF) as i64))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [o] = args.exact::<1>(vm, "hash")?;
    let h = vm.hash(&o)?;
    Ok(vm.new_int(h))
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "iter", 1, 2)?;
    if a.len() == 2 {
        return crate::types::iter_methods::callable_iter(vm, a[0].clone(), a[1].clone());
    }
    vm.get_iter(&a[0])
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "next", 1, 2)?;
    let it = a[0].clone();
    let is_iter = matches!(
        it.kind(),
        Some(
            crate::heap::ObjKind::SeqIter
                | crate::heap::ObjKind::RangeIter
                | crate::heap::ObjKind::NativeIter
                | crate::heap::ObjKind::Generator
        )
    ) || vm.lookup_special(&it, &vm.n.__next__.clone()).is_some();
    if !is_iter {
        let tn = vm.type_name(&it);
        return Err(vm.type_error(format!("'{}' object is not an iterator", tn)));
    }
    match vm.next(&it)? {
        Some(v) => Ok(v),
        None => {
            let sv = vm.take_stop_value();
            match a.get(1) {
                Some(d) => Ok(d.clone()),
                None => Err(vm.stop_iteration(sv)),
            }
        }
    }
}

fn callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [o] = args.exact::<1>(vm, "callable")?;
    use crate::heap::ObjKind::*;
    let r = matches!(
        o.kind(),
        Some(Function | NativeFunction | MethodDescriptor | BoundMethod | Class)
    ) || vm.lookup_special(&o, &vm.n.__call__.clone()).is_some();
    Ok(Value::bool(r))
}

fn import(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [name, globals, locals, fromlist, level] = args.bind(
        vm,
        "__import__",
        ["name", "globals", "locals", "fromlist", "level"],
        0,
        5,
        1,
    )?;
    let _ = (globals, locals);
    let fromlist = opt(fromlist).unwrap_or(Value::NONE);
    let level = opt(level).unwrap_or(Value::small_int(0).unwrap());
    vm.import_name(&name, &fromlist, &level)
}

fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", taipan_bytecode::CompareOp::Lt)
}

fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "max", taipan_bytecode::CompareOp::Gt)
}

/// `min`/`max` (CPython's `min_max`).
fn min_max(
    vm: &mut Vm,
    mut args: Args,
    name: &str,
    op: taipan_bytecode::CompareOp,
) -> PyResult<Value> {
    let key = args.take_kw("key").filter(|k| !k.is_none());
    let default = args.take_kw("default");
    if let Some((k, _)) = args.kw.first() {
        let n = crate::args::kw_name(k).to_string();
        return Err(vm.type_error(format!(
            "'{}' is an invalid keyword argument for {}()",
            n, name
        )));
    }
    let items: Vec<Value> = match args.pos.len() {
        0 => return Err(vm.type_error(format!("{} expected at least 1 argument, got 0", name))),
        1 => vm.collect_iter(&args.pos[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {}() with multiple positional arguments",
                    name
                )));
            }
            args.pos.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
        let k = match &key {
            Some(f) => vm.call(f, Args::new([item.clone()]))?,
            None => item.clone(),
        };
        match &best {
            None => best = Some((k, item)),
            Some((bk, _)) => {
                let bk = bk.clone();
                let r = vm.compare(&k, &bk, op)?;
                if vm.is_true(&r)? {
                    best = Some((k, item));
                }
            }
        }
    }
    match best {
        Some((_, v)) => Ok(v),
        None => match default {
            Some(d) => Ok(d),
            None => Err(vm.value_error(format!("{}() arg is an empty sequence", name))),
        },
    }
}

fn sorted(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "sorted expected 1 argument, got {}",
            args.pos.len()
        )));
    }
    let items = vm.collect_iter(&args.pos[0])?;
    let list = vm.new_list(items);
    vm.call_method(&list, "sort", Args::with_kw([], args.kw))?;
    Ok(list)
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [it] = args.exact::<1>(vm, "any")?;
    let it = vm.get_iter(&it)?;
    while let Some(v) = vm.next(&it)? {
        if vm.is_true(&v)? {
            return Ok(Value::TRUE);
        }
    }
    Ok(Value::FALSE)
}

fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [it] = args.exact::<1>(vm, "all")?;
    let it = vm.get_iter(&it)?;
    while let Some(v) = vm.next(&it)? {
        if !vm.is_true(&v)? {
            return Ok(Value::FALSE);
        }
    }
    Ok(Value::TRUE)
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "ascii")?;
    vm.ascii(&v)
}

fn chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "chr")?;
    let Some(i) = (match vm.index_value(&v) {
        Ok(i) => i,
        Err(e) => {
            if vm.is_instance(e.value(), &vm.t.overflow_error.clone()) {
                return Err(vm.overflow_error("Python int too large to convert to C int"));
            }
            return Err(e);
        }
    }) else {
        let tn = vm.type_name(&v);
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            tn
        )));
    };
    if !(0..0x110000).contains(&i) {
        return Err(vm.value_error("chr() arg not in range(0x110000)"));
    }
    match char::from_u32(i as u32) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        // Lone surrogates cannot be represented: use the replacement character.
        None => Ok(vm.new_str("\u{fffd}")),
    }
}

fn ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [v] = args.exact::<1>(vm, "ord")?;
    let nv = vm.native_of(&v);
    if let Some(s) = nv.downcast_ref::<StrData>() {
        let mut it = s.as_str().chars();
        return match (it.next(), it.next()) {
            (Some(c), None) => Ok(vm.new_int(c as i64)),
            _ => {
                let n = s.char_len();
                Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    n
                )))
            }
        };
    }
    let bytes = if let Some(b) = nv.downcast_ref::<crate::types::bytes::BytesData>() {
        Some(b.bytes.to_vec())
    } else {
        nv.downcast_ref::<crate::types::bytes::ByteArrayData>()
            .map(|b| b.bytes.borrow().to_vec())
    };
    if let Some(b) = bytes {
        if b.len() == 1 {
            return Ok(vm.new_int(b[0] as i64));
        }
        return Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            b.len()
        )));
    }
    let tn = vm.type_name(&v);
    Err(vm.type_error(format!(
        "ord() expected string of length 1, but {} found",
        tn
    )))
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "format", 1, 2)?;
    let spec = match a.get(1) {
        Some(s) => {
            if s.downcast_ref::<StrData>().is_none() {
                let tn = vm.type_name(s);
                return Err(vm.type_error(format!("format() argument 2 must be str, not {}", tn)));
            }
            s.clone()
        }
        None => vm.new_str(""),
    };
    vm.format(&a[0], &spec)
}

/// The locals of the calling Python frame, as a dict (`locals()`).
pub fn frame_locals(vm: &mut Vm) -> PyResult<Value> {
    use crate::types::function::CellData;
    use taipan_bytecode::LocalKind;
    let Some(frame) = vm.frames.last() else {
        return Ok(vm.new_dict());
    };
    let optimized = frame
        .code
        .flags
        .contains(taipan_bytecode::CodeFlags::OPTIMIZED);
    if !optimized && !frame.locals.is_null() {
        return Ok(frame.locals.clone());
    }
    let code = frame.code.clone();
    let base = frame.base;
    // A function frame keeps one locals dict, refreshed on each call (as CPython's
    // `f_locals`), so names stored into it by `exec` stay visible.
    let d = if frame
        .locals
        .downcast_ref::<crate::types::dict::DictData>()
        .is_some()
    {
        frame.locals.clone()
    } else {
        vm.new_dict()
    };
    let dd = d.downcast_ref::<crate::types::dict::DictData>().unwrap();
    for (i, name) in code.localsplus_names.iter().enumerate() {
        let Some(v) = vm.stack.get(base + i).cloned() else {
            break;
        };
        let kind = code
            .localsplus_kinds
            .get(i)
            .copied()
            .unwrap_or(LocalKind::Local);
        let v = if kind != LocalKind::Local {
            match v.downcast_ref::<CellData>() {
                Some(c) => c.get(),
                None => v,
            }
        } else {
            v
        };
        if v.is_null() {
            dd.remove_str(vm, name);
            continue;
        }
        dd.set_str(name.clone(), v);
    }
    if optimized {
        if let Some(f) = vm.frames.last_mut() {
            f.locals = d.clone();
        }
    }
    Ok(d)
}

fn frame_globals(vm: &mut Vm) -> Value {
    match vm.frames.last() {
        Some(f) => f.globals.clone(),
        None => {
            let m = vm.main_module_dict();
            m
        }
    }
}

impl Vm {
    fn main_module_dict(&mut self) -> Value {
        let k = self.new_str("__main__");
        let modules = self.modules.clone();
        let m = modules
            .downcast_ref::<crate::types::dict::DictData>()
            .and_then(|d| d.get(self, &k).ok().flatten());
        match m
            .as_ref()
            .and_then(|m| m.downcast_ref::<crate::types::module::ModuleData>())
        {
            Some(md) => md.dict.clone(),
            None => self.new_dict(),
        }
    }
}

fn globals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [] = args.exact::<0>(vm, "globals")?;
    Ok(frame_globals(vm))
}

fn locals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [] = args.exact::<0>(vm, "locals")?;
    frame_locals(vm)
}

fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "vars", 0, 1)?;
    match a.first() {
        None => frame_locals(vm),
        Some(o) => {
            let name = vm.n.__dict__.clone();
            match vm.getattr_opt(o, &name)? {
                Some(d) => Ok(d),
                None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
            }
        }
    }
}

fn dict_keys_into(out: &mut Vec<Value>, d: &Value) {
    if let Some(dd) = d.downcast_ref::<crate::types::dict::DictData>() {
        out.extend(dd.keys());
    }
}

fn sort_names(vm: &mut Vm, names: Vec<Value>) -> PyResult<Value> {
    let list = vm.new_list(names);
    vm.call_method(&list, "sort", Args::default())?;
    Ok(list)
}

fn dedup_strs(names: Vec<Value>) -> Vec<Value> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for n in names {
        let key = match n.downcast_ref::<StrData>() {
            Some(s) => s.as_str().to_string(),
            None => format!("\u{0}{}", n.raw_bits()),
        };
        if seen.insert(key) {
            out.push(n);
        }
    }
    out
}

fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use crate::types::class::{self, ClassData};
    let a = args.range(vm, "dir", 0, 1)?;
    let Some(o) = a.first().cloned() else {
        let l = frame_locals(vm)?;
        let mut names = Vec::new();
        dict_keys_into(&mut names, &l);
        return sort_names(vm, names);
    };
    let dname = vm.intern("__dir__");
    if let Some(m) = vm.lookup_special(&o, &dname) {
        if m.kind() == Some(crate::heap::ObjKind::Function) {
            let r = vm.call_method_value(&m, &o, Args::default())?;
            let items = vm.collect_iter(&r)?;
            return sort_names(vm, items);
        }
    }
    let mut names = Vec::new();
    if let Some(m) = o.downcast_ref::<crate::types::module::ModuleData>() {
        dict_keys_into(&mut names, &m.dict);
        return sort_names(vm, dedup_strs(names));
    }
    let class_names = |names: &mut Vec<Value>, cls: &Value| {
        for c in class::mro_of(cls) {
            if let Some(cd) = c.downcast_ref::<ClassData>() {
                dict_keys_into(names, &cd.dict);
            }
        }
    };
    if o.downcast_ref::<ClassData>().is_some() {
        class_names(&mut names, &o);
    } else {
        let dn = vm.n.__dict__.clone();
        if let Ok(Some(d)) = vm.getattr_opt(&o, &dn) {
            dict_keys_into(&mut names, &d);
        }
        let cls = vm.type_of(&o);
        class_names(&mut names, &cls);
    }
    sort_names(vm, dedup_strs(names))
}

fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "input", 0, 1)?;
    let stdout = vm.sys_attr("stdout");
    let stdin = vm.sys_attr("stdin");
    if let Some(p) = a.first() {
        let s = vm.str_string(p)?;
        vm.write_to(&stdout, &s)?;
    }
    vm.flush_stdout();
    if stdin.is_none() {
        return Err(vm.runtime_error("input(): lost sys.stdin"));
    }
    let line = vm.call_method(&stdin, "readline", Args::default())?;
    let Some(s) = line.downcast_ref::<StrData>() else {
        let tn = vm.type_name(&line);
        return Err(vm.type_error(format!("object.readline() returned non-string ({})", tn)));
    };
    let s = s.as_str();
    if s.is_empty() {
        return Err(vm.eof_error("EOF when reading a line"));
    }
    let s = s.strip_suffix('\n').unwrap_or(s).to_string();
    Ok(vm.new_str(s))
}

/// Source text of an `exec`/`eval`/`compile` argument (str or bytes), if it is one.
fn source_text(vm: &mut Vm, v: &Value) -> PyResult<Option<String>> {
    if let Some(s) = v.downcast_ref::<StrData>() {
        return Ok(Some(s.as_str().to_string()));
    }
    let nv = vm.native_of(v);
    if let Some(s) = nv.downcast_ref::<StrData>() {
        return Ok(Some(s.as_str().to_string()));
    }
    if let Some(b) = vm.bytes_like(&nv) {
        return match String::from_utf8(b) {
            Ok(s) => Ok(Some(s)),
            Err(_) => Err({
                let c = vm.t.syntax_error.clone();
                vm.new_exception_msg(&c, "source code cannot contain invalid UTF-8".into())
            }),
        };
    }
    Ok(None)
}

/// The (globals, locals) for `exec`/`eval`.
fn exec_namespaces(
    vm: &mut Vm,
    globals: Value,
    locals: Value,
    fname: &str,
) -> PyResult<(Value, Value)> {
    let globals = crate::args::opt(globals).filter(|g| !g.is_none());
    let locals = crate::args::opt(locals).filter(|l| !l.is_none());
    if let Some(g) = &globals {
        if g.downcast_ref::<crate::types::dict::DictData>().is_none() {
            let tn = vm.type_name(g);
            return Err(vm.type_error(if fname == "exec" {
                format!("exec() globals must be a dict, not {}", tn)
            } else {
                "globals must be a dict".to_string()
            }));
        }
    }
    if let Some(l) = &locals {
        let gi = vm.intern("__getitem__");
        if l.downcast_ref::<crate::types::dict::DictData>().is_none()
            && vm.lookup_special(l, &gi).is_none()
        {
            return Err(vm.type_error(if fname == "exec" {
                format!("locals must be a mapping or None, not {}", vm.type_name(l))
            } else {
                "locals must be a mapping".to_string()
            }));
        }
    }
    Ok(match (globals, locals) {
        (Some(g), Some(l)) => (g, l),
        (Some(g), None) => (g.clone(), g),
        (None, l) => {
            let g = frame_globals(vm);
            let l = match l {
                Some(l) => l,
                None => frame_locals(vm)?,
            };
            (g, l)
        }
    })
}

fn exec(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let _closure = args.take_kw("closure");
    if let Some((k, _)) = args.kw.first() {
        let n = crate::args::kw_name(k).to_string();
        return Err(vm.type_error(format!("exec() got an unexpected keyword argument '{}'", n)));
    }
    if args.pos.is_empty() {
        return Err(vm.type_error("exec() takes at least 1 positional argument (0 given)"));
    }
    if args.pos.len() > 3 {
        return Err(vm.type_error(format!(
            "exec() takes at most 3 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    let src = args.pos[0].clone();
    let g = args.pos.get(1).cloned().unwrap_or(Value::NULL);
    let l = args.pos.get(2).cloned().unwrap_or(Value::NULL);
    let (g, l) = exec_namespaces(vm, g, l, "exec")?;
    let code = if src.kind() == Some(crate::heap::ObjKind::Code) {
        src
    } else {
        match source_text(vm, &src)? {
            Some(s) => vm.compile_source(&s, "<string>", taipan_compiler::Mode::Exec)?,
            None => {
                return Err(vm.type_error("exec() arg 1 must be a string, bytes or code object"))
            }
        }
    };
    if let Some(c) = code.downcast_ref::<crate::types::code::CodeData>() {
        let nfree = c
            .localsplus_kinds
            .iter()
            .filter(|k| **k == taipan_bytecode::LocalKind::Free)
            .count();
        if nfree > 0 {
            return Err(vm.type_error(format!(
                "code object requires a closure of exactly length {}",
                nfree
            )));
        }
    }
    vm.run_code(&code, &g, &l)?;
    Ok(Value::NONE)
}

fn eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "eval", 1, 3)?;
    let src = a[0].clone();
    let g = a.get(1).cloned().unwrap_or(Value::NULL);
    let l = a.get(2).cloned().unwrap_or(Value::NULL);
    let code = if src.kind() == Some(crate::heap::ObjKind::Code) {
        src
    } else {
        match source_text(vm, &src)? {
            Some(s) => {
                let s = s.trim_start_matches([' ', '\t']);
                let (g2, l2) = exec_namespaces(vm, g.clone(), l.clone(), "eval")?;
                let code = vm.compile_source(s, "<string>", taipan_compiler::Mode::Eval)?;
                return vm.run_code(&code, &g2, &l2);
            }
            None => {
                return Err(vm.type_error("eval() arg 1 must be a string, bytes or code object"))
            }
        }
    };
    let (g, l) = exec_namespaces(vm, g, l, "eval")?;
    if let Some(c) = code.downcast_ref::<crate::types::code::CodeData>() {
        if c.localsplus_kinds
            .contains(&taipan_bytecode::LocalKind::Free)
        {
            return Err(
                vm.type_error("code object passed to eval() may not contain free variables")
            );
        }
    }
    vm.run_code(&code, &g, &l)
}

fn compile(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [source, filename, mode, flags, dont_inherit, optimize, _feature] = args.bind(
        vm,
        "compile",
        [
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
            "_feature_version",
        ],
        0,
        6,
        3,
    )?;
    let _ = (flags, dont_inherit, optimize);
    let fname = match filename.downcast_ref::<StrData>() {
        Some(s) => s.as_str().to_string(),
        None => match vm.bytes_like(&filename) {
            Some(b) => String::from_utf8_lossy(&b).into_owned(),
            None => {
                let tn = vm.type_name(&filename);
                return Err(vm.type_error(format!(
                    "compile() argument 'filename' must be str, bytes or os.PathLike, not {}",
                    tn
                )));
            }
        },
    };
    let mode_s = match mode.downcast_ref::<StrData>() {
        Some(s) => s.as_str().to_string(),
        None => {
            let tn = vm.type_name(&mode);
            return Err(vm.type_error(format!("compile() argument 'mode' must be str, not {}", tn)));
        }
    };
    let m = match mode_s.as_str() {
        "exec" => taipan_compiler::Mode::Exec,
        "eval" => taipan_compiler::Mode::Eval,
        "single" => taipan_compiler::Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let Some(src) = source_text(vm, &source)? else {
        return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object"));
    };
    vm.compile_source(&src, &fname, m)
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "exit", 0, 1)?;
    let cls = vm.t.system_exit.clone();
    let args = match a.first() {
        Some(c) => vec![c.clone()],
        None => vec![],
    };
    Err(vm.new_exception(&cls, args))
}
