//! Unit tests of VM internals: the dict, value normalisation, iterative deallocation,
//! and evaluating small expressions end to end.

use num_bigint::BigInt;
use taipan_vm::types::dict::DictData;
use taipan_vm::types::str::StrData;
use taipan_vm::{Config, Value, Vm};

fn eval(vm: &mut Vm, src: &str) -> Value {
    let code = vm
        .compile_source(src, "<test>", taipan_compiler::Mode::Eval)
        .expect("compiles");
    let g = vm.new_dict();
    vm.run_code(&code, &g, &g).expect("runs")
}

fn repr(vm: &mut Vm, v: &Value) -> String {
    vm.repr_string(v).expect("repr")
}

#[test]
fn dict_keeps_insertion_order_across_deletes() {
    let mut vm = Vm::new(Config::default());
    let d = DictData::new();
    for i in 0..1000 {
        let k = vm.new_int(i);
        let v = vm.new_int(i * 10);
        d.set(&mut vm, k, v).unwrap();
    }
    let v0 = d.keys_version();
    for i in (0..1000).step_by(2) {
        let k = vm.new_int(i);
        assert!(d.remove(&mut vm, &k).unwrap().is_some());
    }
    assert_ne!(
        d.keys_version(),
        v0,
        "deleting keys changes the keys version"
    );
    assert_eq!(d.len(), 500);
    let keys: Vec<i64> = d.keys().iter().map(|k| k.as_small_int().unwrap()).collect();
    let expected: Vec<i64> = (1..1000).step_by(2).collect();
    assert_eq!(keys, expected);
    for i in 0..1000 {
        let k = vm.new_int(i);
        let got = d.get(&mut vm, &k).unwrap();
        assert_eq!(
            got.map(|v| v.as_small_int().unwrap()),
            if i % 2 == 1 { Some(i * 10) } else { None }
        );
    }
    // Replacing a value keeps the version (no new key).
    let v1 = d.keys_version();
    let k = vm.new_int(1);
    let nv = vm.new_int(-1);
    d.set(&mut vm, k, nv).unwrap();
    assert_eq!(d.keys_version(), v1);
}

#[test]
fn str_keys_match_by_content_and_hash_like_cpython() {
    let mut vm = Vm::new(Config::default());
    let d = DictData::new();
    let interned = vm.intern("spam");
    let fresh = vm.new_str("spam");
    d.set_str(interned.clone(), Value::TRUE);
    assert!(d.get_str(&vm, &fresh).is_some());
    // CPython with PYTHONHASHSEED=0 (SipHash-1-3 over the PEP 393 storage).
    for (s, h) in [
        ("a", 4644417185603328019i64),
        ("spam", -7643603308804133256),
        ("é", 6047309291227476195),
        ("🐍", 5216893564587608945),
        ("", 0),
        ("abcdefghij", -829746140550000655),
    ] {
        let v = vm.new_str(s);
        assert_eq!(
            v.downcast_ref::<StrData>().unwrap().hash(),
            h,
            "hash({:?})",
            s
        );
    }
}

#[test]
fn ints_have_one_representation() {
    let vm = Vm::new(Config::default());
    assert!(vm.new_bigint(BigInt::from(5)).is_small_int());
    assert!(!vm.new_bigint(BigInt::from(1i64 << 50)).is_small_int());
    assert!(vm.new_int(i64::MAX).is_heap());
}

#[test]
fn deep_structures_free_without_overflowing_the_stack() {
    let vm = Vm::new(Config::default());
    let mut v = vm.new_tuple(vec![]);
    for _ in 0..1_000_000 {
        v = vm.new_tuple(vec![v]);
    }
    drop(v);
}

#[test]
fn evaluates_expressions() {
    let mut vm = Vm::new(Config::default());
    let cases = [
        ("1 + 2 * 3", "7"),
        ("2 ** 100", "1267650600228229401496703205376"),
        ("7 // -2, 7 % -2", "(-4, -1)"),
        ("0.1 + 0.2", "0.30000000000000004"),
        ("1e16", "1e+16"),
        ("[1, 'a', None, (2,)]", "[1, 'a', None, (2,)]"),
        ("{'b': 1, 'a': 2}", "{'b': 1, 'a': 2}"),
        ("(lambda x, *a, k=3: (x, a, k))(1, 2, k=4)", "(1, (2,), 4)"),
        ("'é' + \"'\"", "\"é'\""),
        ("1 < 2 < 3 > 2", "True"),
        ("(1 == 1.0, 2 ** 64 == 2.0 ** 64)", "(True, True)"),
    ];
    for (src, want) in cases {
        let v = eval(&mut vm, src);
        assert_eq!(repr(&mut vm, &v), want, "{}", src);
    }
}
