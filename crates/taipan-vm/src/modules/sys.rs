//! The `sys` module.

use crate::args::Args;
use crate::errors::PyResult;
use crate::modules::io::Handle;
use crate::value::Value;
use crate::vm::Vm;

fn sys_exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.range(vm, "exit", 0, 1)?;
    let cls = vm.t.system_exit.clone();
    let args: Vec<Value> = a.into_iter().collect();
    Err(vm.new_exception(&cls, args))
}

fn getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact::<0>(vm, "getrecursionlimit")?;
    Ok(vm.new_usize(vm.recursion_limit))
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [n] = args.exact::<1>(vm, "setrecursionlimit")?;
    let Some(n) = vm.index_value(&n)? else {
        let tn = vm.type_name(&n);
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            tn
        )));
    };
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    if (n as usize) <= vm.frames.len() {
        return Err(vm.recursion_error(format!(
            "cannot set the recursion limit to {} at the recursion depth {}: the limit is too low",
            n,
            vm.frames.len()
        )));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::NONE)
}

fn intern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [s] = args.exact::<1>(vm, "intern")?;
    if s.downcast_ref::<crate::types::str::StrData>().is_none() {
        let tn = vm.type_name(&s);
        return Err(vm.type_error(format!("intern() argument must be str, not {}", tn)));
    }
    Ok(vm.intern_value(&s))
}

fn exc_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact::<0>(vm, "exc_info")?;
    let e = vm.exc_info.clone();
    if e.is_none() || e.is_null() {
        return Ok(vm.new_tuple(vec![Value::NONE, Value::NONE, Value::NONE]));
    }
    let t = vm.type_of(&e);
    let tb = e
        .downcast_ref::<crate::types::exception::ExceptionData>()
        .map(|d| d.traceback.borrow().clone())
        .unwrap_or(Value::NONE);
    Ok(vm.new_tuple(vec![t, e, tb]))
}

fn exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.exact::<0>(vm, "exception")?;
    let e = vm.exc_info.clone();
    Ok(if e.is_null() { Value::NONE } else { e })
}

pub fn init(vm: &mut Vm) {
    let sys = vm.new_module("sys");
    vm.sys = sys.clone();
    let argv: Vec<Value> = vm
        .config
        .argv
        .clone()
        .into_iter()
        .map(|a| vm.new_str(a))
        .collect();
    let argv = vm.new_list(argv);
    vm.module_set(&sys, "argv", argv);
    let path: Vec<Value> = vm
        .config
        .path
        .clone()
        .into_iter()
        .map(|a| vm.new_str(a))
        .collect();
    let path = vm.new_list(path);
    vm.module_set(&sys, "path", path);
    let modules = vm.modules.clone();
    vm.module_set(&sys, "modules", modules);
    let out = vm.new_std_file(
        Handle::Stdout(std::io::BufWriter::with_capacity(
            1 << 16,
            std::io::stdout(),
        )),
        "<stdout>",
        "w",
    );
    let err = vm.new_std_file(Handle::Stderr(std::io::stderr()), "<stderr>", "w");
    let inp = vm.new_std_file(
        Handle::Stdin(std::io::BufReader::new(std::io::stdin())),
        "<stdin>",
        "r",
    );
    vm.module_set(&sys, "stdout", out.clone());
    vm.module_set(&sys, "stderr", err.clone());
    vm.module_set(&sys, "stdin", inp.clone());
    vm.module_set(&sys, "__stdout__", out);
    vm.module_set(&sys, "__stderr__", err);
    vm.module_set(&sys, "__stdin__", inp);
    for (name, f) in [
        ("exit", sys_exit as crate::types::function::NativeFn),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("intern", intern),
        ("exc_info", exc_info),
        ("exception", exception),
    ] {
        let fv = vm.new_native_function(name, "sys", f);
        vm.module_set(&sys, name, fv);
    }
    let vi_cls = vm.new_struct_seq_type(
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
    );
    let vi: Vec<Value> = vec![
        vm.new_int(3),
        vm.new_int(11),
        vm.new_int(7),
        vm.new_str("final"),
        vm.new_int(0),
    ];
    let vi = vm.new_struct_seq(&vi_cls, vi);
    vm.module_set(&sys, "version_info", vi.clone());
    let ns_cls = vm.t.simple_namespace.clone();
    if let Ok(imp) = crate::types::class_methods::new_instance(vm, &ns_cls) {
        let fields = [
            ("name", vm.new_str("taipan")),
            ("cache_tag", Value::NONE),
            ("version", vi),
            ("hexversion", vm.new_int(0x030b07f0)),
        ];
        for (k, v) in fields {
            let k = vm.intern(k);
            let _ = vm.store_instance_attr(&imp, k, v);
        }
        vm.module_set(&sys, "implementation", imp);
    }
    let ii_cls = vm.new_struct_seq_type(
        "sys",
        "int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
    );
    let ii: Vec<Value> = vec![
        vm.new_int(32),
        vm.new_int(4),
        vm.new_int(4300),
        vm.new_int(640),
    ];
    let ii = vm.new_struct_seq(&ii_cls, ii);
    vm.module_set(&sys, "int_info", ii);
    let hv = vm.new_int(0x030b07f0);
    vm.module_set(&sys, "hexversion", hv);
    let fi_cls = vm.new_struct_seq_type(
        "sys",
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
    );
    let fi: Vec<Value> = vec![
        Value::float(f64::MAX),
        vm.new_int(f64::MAX_EXP as i64),
        vm.new_int(f64::MAX_10_EXP as i64),
        Value::float(f64::MIN_POSITIVE),
        vm.new_int(f64::MIN_EXP as i64),
        vm.new_int(f64::MIN_10_EXP as i64),
        vm.new_int(f64::DIGITS as i64),
        vm.new_int(f64::MANTISSA_DIGITS as i64),
        Value::float(f64::EPSILON),
        vm.new_int(2),
        vm.new_int(1),
    ];
    let fi = vm.new_struct_seq(&fi_cls, fi);
    vm.module_set(&sys, "float_info", fi);
    let v = vm.new_str("3.11.7 (Taipan)");
    vm.module_set(&sys, "version", v);
    let m = vm.new_int(i64::MAX);
    vm.module_set(&sys, "maxsize", m);
    let e = vm.new_str(vm.config.executable.clone());
    vm.module_set(&sys, "executable", e);
    let p = vm.new_str("linux");
    vm.module_set(&sys, "platform", p);
    let bo = vm.new_str("little");
    vm.module_set(&sys, "byteorder", bo);
    vm.register_module("sys", sys);
}
