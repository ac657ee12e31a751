//! The builtin types: one module per type, and `BuiltinTypes`, the class objects the
//! VM creates at start-up.
//!
//! Each `<type>.rs` holds the payload struct; `<type>_methods.rs` (or a `methods`
//! section) fills the class dict in an `init` function called from `Vm::new`.

pub mod array;
pub mod bool_none;
pub mod bytes;
pub mod bytes_methods;
pub mod class;
pub mod class_methods;
pub mod code;
pub mod complex;
pub mod complex_methods;
pub mod descriptor;
pub mod descriptor_methods;
pub mod dict;
pub mod dict_methods;
pub mod exception;
pub mod exception_methods;
pub mod float;
pub mod float_methods;
pub mod function;
pub mod function_methods;
pub mod generator;
pub mod generator_methods;
pub mod generic_alias;
pub mod instance;
pub mod int;
pub mod int_methods;
pub mod iter;
pub mod iter_methods;
pub mod list;
pub mod list_methods;
pub mod memoryview;
pub mod module;
pub mod namespace;
pub mod native_dunders;
pub mod object;
pub mod range;
pub mod range_methods;
pub mod set;
pub mod set_methods;
pub mod slice;
pub mod str;
pub mod str_methods;
pub mod tuple;
pub mod tuple_methods;

use crate::types::class::{class_flags, Layout};
use crate::value::Value;
use crate::vm::Vm;

macro_rules! builtin_types {
    ($($field:ident,)*) => {
        /// Class objects of the builtin types and exceptions.
        pub struct BuiltinTypes {
            $(pub $field: Value,)*
            /// Every builtin exception class by name (for the `builtins` module).
            pub exceptions: Vec<(&'static str, Value)>,
        }
        impl BuiltinTypes {
            pub(crate) fn empty() -> BuiltinTypes {
                BuiltinTypes { $($field: Value::NULL,)* exceptions: Vec::new() }
            }
        }
    };
}

builtin_types! {
    type_, object, int, bool, float, complex, str, bytes, bytearray, tuple, list, dict, set,
    frozenset, range, slice, none_type, not_implemented_type, ellipsis_type, function,
    builtin_function, method_descriptor, classmethod_descriptor, method, code, cell, module, property,
    staticmethod, classmethod, super_, getset_descriptor, member_descriptor, generic_alias, union_type, mappingproxy, memoryview, simple_namespace, generator, traceback,
    list_iterator, list_reverseiterator, tuple_iterator, str_iterator, bytes_iterator, bytearray_iterator, iterator,
    range_iterator, longrange_iterator, dict_keys, dict_values, dict_items, dict_keyiterator,
    dict_valueiterator, dict_itemiterator, set_iterator, enumerate, zip, map, filter, reversed,
    callable_iterator, native_iterator, text_io, buffered_io, array, array_iterator,
    // exceptions
    base_exception, exception, system_exit, keyboard_interrupt, generator_exit,
    stop_iteration, stop_async_iteration, arithmetic_error, overflow_error, zero_division_error,
    floating_point_error, assertion_error, attribute_error, buffer_error, eof_error, import_error,
    module_not_found_error, lookup_error, index_error, key_error, memory_error, name_error,
    unbound_local_error, os_error, file_not_found_error, file_exists_error, is_a_directory_error,
    not_a_directory_error, permission_error, reference_error, runtime_error, not_implemented_error,
    recursion_error, syntax_error, indentation_error, tab_error, system_error, type_error,
    value_error, unicode_error, unicode_decode_error, unicode_encode_error, warning,
    deprecation_warning, runtime_warning, user_warning, syntax_warning,
}

/// The builtin exception hierarchy: (name, base name, field setter).
const EXCEPTIONS: &[(&str, &str)] = &[
    ("BaseException", ""),
    ("BaseExceptionGroup", "BaseException"),
    ("GeneratorExit", "BaseException"),
    ("KeyboardInterrupt", "BaseException"),
    ("SystemExit", "BaseException"),
    ("Exception", "BaseException"),
    ("ArithmeticError", "Exception"),
    ("FloatingPointError", "ArithmeticError"),
    ("OverflowError", "ArithmeticError"),
    ("ZeroDivisionError", "ArithmeticError"),
    ("AssertionError", "Exception"),
    ("AttributeError", "Exception"),
    ("BufferError", "Exception"),
    ("EOFError", "Exception"),
    ("ExceptionGroup", "BaseExceptionGroup,Exception"),
    ("ImportError", "Exception"),
    ("ModuleNotFoundError", "ImportError"),
    ("LookupError", "Exception"),
    ("IndexError", "LookupError"),
    ("KeyError", "LookupError"),
    ("MemoryError", "Exception"),
    ("NameError", "Exception"),
    ("UnboundLocalError", "NameError"),
    ("OSError", "Exception"),
    ("BlockingIOError", "OSError"),
    ("ChildProcessError", "OSError"),
    ("ConnectionError", "OSError"),
    ("BrokenPipeError", "ConnectionError"),
    ("ConnectionAbortedError", "ConnectionError"),
    ("ConnectionRefusedError", "ConnectionError"),
    ("ConnectionResetError", "ConnectionError"),
    ("FileExistsError", "OSError"),
    ("FileNotFoundError", "OSError"),
    ("InterruptedError", "OSError"),
    ("IsADirectoryError", "OSError"),
    ("NotADirectoryError", "OSError"),
    ("PermissionError", "OSError"),
    ("ProcessLookupError", "OSError"),
    ("TimeoutError", "OSError"),
    ("ReferenceError", "Exception"),
    ("RuntimeError", "Exception"),
    ("NotImplementedError", "RuntimeError"),
    ("RecursionError", "RuntimeError"),
    ("StopAsyncIteration", "Exception"),
    ("StopIteration", "Exception"),
    ("SyntaxError", "Exception"),
    ("IndentationError", "SyntaxError"),
    ("TabError", "IndentationError"),
    ("SystemError", "Exception"),
    ("TypeError", "Exception"),
    ("ValueError", "Exception"),
    ("UnicodeError", "ValueError"),
    ("UnicodeDecodeError", "UnicodeError"),
    ("UnicodeEncodeError", "UnicodeError"),
    ("UnicodeTranslateError", "UnicodeError"),
    ("Warning", "Exception"),
    ("BytesWarning", "Warning"),
    ("DeprecationWarning", "Warning"),
    ("EncodingWarning", "Warning"),
    ("FutureWarning", "Warning"),
    ("ImportWarning", "Warning"),
    ("PendingDeprecationWarning", "Warning"),
    ("ResourceWarning", "Warning"),
    ("RuntimeWarning", "Warning"),
    ("SyntaxWarning", "Warning"),
    ("UnicodeWarning", "Warning"),
    ("UserWarning", "Warning"),
];

/// Create every builtin class (no methods yet: `init_methods` adds them).
pub(crate) fn create_builtin_types(vm: &mut Vm) {
    use crate::heap::make_immortal;
    use crate::types::class::new_class_object;
    use crate::types::dict::DictData;

    let new_dict = || crate::heap::alloc(&Value::NULL, DictData::new());
    // Bootstrap: `type` and `object` exist before any class to be instances of.
    let type_ = new_class_object(
        vm,
        &Value::NULL,
        "type",
        vec![],
        vec![],
        new_dict(),
        Layout::Type,
        class_flags::BASETYPE,
    );
    make_immortal(&type_);
    let object = new_class_object(
        vm,
        &type_,
        "object",
        vec![],
        vec![],
        new_dict(),
        Layout::Object,
        class_flags::BASETYPE,
    );
    make_immortal(&object);
    type_.header().unwrap().set_class(type_.clone());
    {
        let tc = type_.downcast_ref::<class::ClassData>().unwrap();
        *tc.bases.borrow_mut() = vec![object.clone()];
        *tc.mro.borrow_mut() = vec![object.clone()];
    }
    vm.t.type_ = type_.clone();
    vm.t.object = object.clone();
    // The dicts made before `dict` existed get their class now.
    let fix_dict_class = |vm: &Vm, cls: &Value| {
        let c = cls.downcast_ref::<class::ClassData>().unwrap();
        c.dict.header().unwrap().set_class(vm.t.dict.clone());
    };

    let mk = |vm: &mut Vm, name: &str, base: &Value, layout: Layout, basetype: bool| -> Value {
        let mut mro = vec![base.clone()];
        mro.extend(
            base.downcast_ref::<class::ClassData>()
                .unwrap()
                .mro
                .borrow()
                .iter()
                .cloned(),
        );
        let flags = if basetype { class_flags::BASETYPE } else { 0 };
        let d = crate::heap::alloc(&vm.t.dict, DictData::new());
        let c = new_class_object(
            vm,
            &vm.t.type_.clone(),
            name,
            vec![base.clone()],
            mro,
            d,
            layout,
            flags,
        );
        make_immortal(&c);
        c
    };
    let obj = object.clone();
    vm.t.dict = mk(vm, "dict", &obj, Layout::Builtin, true);
    fix_dict_class(vm, &type_);
    fix_dict_class(vm, &object);
    fix_dict_class(vm, &vm.t.dict.clone());

    macro_rules! builtin {
        ($field:ident, $name:expr, $base:expr, $layout:expr, $basetype:expr) => {{
            let b = $base;
            vm.t.$field = mk(vm, $name, &b, $layout, $basetype);
        }};
    }
    use Layout::Builtin;
    builtin!(int, "int", obj.clone(), Builtin, true);
    builtin!(bool, "bool", vm.t.int.clone(), Builtin, false);
    builtin!(float, "float", obj.clone(), Builtin, true);
    builtin!(complex, "complex", obj.clone(), Builtin, true);
    builtin!(str, "str", obj.clone(), Builtin, true);
    builtin!(bytes, "bytes", obj.clone(), Builtin, true);
    builtin!(bytearray, "bytearray", obj.clone(), Builtin, true);
    builtin!(tuple, "tuple", obj.clone(), Builtin, true);
    builtin!(list, "list", obj.clone(), Builtin, true);
    builtin!(set, "set", obj.clone(), Builtin, true);
    builtin!(frozenset, "frozenset", obj.clone(), Builtin, true);
    builtin!(range, "range", obj.clone(), Builtin, false);
    builtin!(slice, "slice", obj.clone(), Builtin, false);
    builtin!(none_type, "NoneType", obj.clone(), Builtin, false);
    builtin!(
        not_implemented_type,
        "NotImplementedType",
        obj.clone(),
        Builtin,
        false
    );
    builtin!(ellipsis_type, "ellipsis", obj.clone(), Builtin, false);
    builtin!(function, "function", obj.clone(), Builtin, false);
    builtin!(
        builtin_function,
        "builtin_function_or_method",
        obj.clone(),
        Builtin,
        false
    );
    builtin!(
        method_descriptor,
        "method_descriptor",
        obj.clone(),
        Builtin,
        false
    );
    builtin!(
        classmethod_descriptor,
        "classmethod_descriptor",
        obj.clone(),
        Builtin,
        false
    );
    builtin!(method, "method", obj.clone(), Builtin, false);
    builtin!(code, "code", obj.clone(), Builtin, false);
    builtin!(cell, "cell", obj.clone(), Builtin, false);
    builtin!(module, "module", obj.clone(), Layout::Object, true);
    builtin!(property, "property", obj.clone(), Builtin, true);
    builtin!(staticmethod, "staticmethod", obj.clone(), Builtin, true);
    builtin!(classmethod, "classmethod", obj.clone(), Builtin, true);
    builtin!(super_, "super", obj.clone(), Builtin, true);
    builtin!(
        getset_descriptor,
        "getset_descriptor",
        obj.clone(),
        Builtin,
        false
    );
    builtin!(
        member_descriptor,
        "member_descriptor",
        obj.clone(),
        Builtin,
        false
    );
    builtin!(
        generic_alias,
        "GenericAlias",
        obj.clone(),
        Layout::Object,
        false
    );
    builtin!(union_type, "UnionType", obj.clone(), Layout::Object, false);
    builtin!(
        mappingproxy,
        "mappingproxy",
        obj.clone(),
        Layout::NativeWrapped,
        false
    );
    builtin!(
        memoryview,
        "memoryview",
        obj.clone(),
        Layout::NativeWrapped,
        false
    );
    builtin!(
        simple_namespace,
        "SimpleNamespace",
        obj.clone(),
        Layout::Object,
        true
    );
    builtin!(generator, "generator", obj.clone(), Builtin, false);
    builtin!(traceback, "traceback", obj.clone(), Builtin, false);
    builtin!(list_iterator, "list_iterator", obj.clone(), Builtin, false);
    builtin!(
        list_reverseiterator,
        "list_reverseiterator",
        obj.clone(),
        Builtin,
        false
    );
    builtin!(
        tuple_iterator,
        "tuple_iterator",
        obj.clone(),
        Builtin,
        false
    );
    builtin!(
        str_iterator,
        "str_ascii_iterator",
        obj.clone(),
        Builtin,
        false
    );
    builtin!(
        bytes_iterator,
        "bytes_iterator",
        obj.clone(),
        Builtin,
        false
    );
    builtin!(
        bytearray_iterator,
        "bytearray_iterator",
        obj.clone(),
        Builtin,
        false
    );
    builtin!(iterator, "iterator", obj.clone(), Builtin, false);
    builtin!(
        range_iterator,
        "range_iterator",
        obj.clone(),
        Builtin,
        false
    );
    builtin!(
        longrange_iterator,
        "longrange_iterator",
        obj.clone(),
        Builtin,
        false
    );
    builtin!(dict_keys, "dict_keys", obj.clone(), Builtin, false);
    builtin!(dict_values, "dict_values", obj.clone(), Builtin, false);
    builtin!(dict_items, "dict_items", obj.clone(), Builtin, false);
    builtin!(
        dict_keyiterator,
        "dict_keyiterator",
        obj.clone(),
        Builtin,
        false
    );
    builtin!(
        dict_valueiterator,
        "dict_valueiterator",
        obj.clone(),
        Builtin,
        false
    );
    builtin!(
        dict_itemiterator,
        "dict_itemiterator",
        obj.clone(),
        Builtin,
        false
    );
    builtin!(set_iterator, "set_iterator", obj.clone(), Builtin, false);
    builtin!(enumerate, "enumerate", obj.clone(), Builtin, true);
    builtin!(zip, "zip", obj.clone(), Builtin, true);
    builtin!(map, "map", obj.clone(), Builtin, true);
    builtin!(filter, "filter", obj.clone(), Builtin, true);
    builtin!(reversed, "reversed", obj.clone(), Builtin, true);
    builtin!(
        callable_iterator,
        "callable_iterator",
        obj.clone(),
        Builtin,
        false
    );
    builtin!(native_iterator, "iterator", obj.clone(), Builtin, false);
    builtin!(text_io, "TextIOWrapper", obj.clone(), Builtin, true);
    builtin!(buffered_io, "BufferedReader", obj.clone(), Builtin, true);
    builtin!(array, "array", obj.clone(), Builtin, true);
    builtin!(array_iterator, "arrayiterator", obj.clone(), Builtin, false);

    // Exceptions.
    for &(name, bases) in EXCEPTIONS {
        let base_values: Vec<Value> = if bases.is_empty() {
            vec![obj.clone()]
        } else {
            bases
                .split(',')
                .map(|b| {
                    vm.t.exceptions
                        .iter()
                        .find(|(n, _)| *n == b)
                        .map(|(_, v)| v.clone())
                        .unwrap()
                })
                .collect()
        };
        let cls = if base_values.len() == 1 {
            mk(vm, name, &base_values[0], Layout::Exception, true)
        } else {
            let mro = class::c3_mro(vm, &base_values).unwrap_or_default();
            let d = crate::heap::alloc(&vm.t.dict, DictData::new());
            let c = new_class_object(
                vm,
                &vm.t.type_.clone(),
                name,
                base_values,
                mro,
                d,
                Layout::Exception,
                class_flags::BASETYPE,
            );
            make_immortal(&c);
            c
        };
        vm.t.exceptions.push((name, cls));
    }
    let find = |vm: &Vm, n: &str| {
        vm.t.exceptions
            .iter()
            .find(|(x, _)| *x == n)
            .map(|(_, v)| v.clone())
            .unwrap()
    };
    macro_rules! exc {
        ($($field:ident = $name:expr,)*) => { $( vm.t.$field = find(vm, $name); )* };
    }
    exc! {
        base_exception = "BaseException", exception = "Exception", system_exit = "SystemExit",
        keyboard_interrupt = "KeyboardInterrupt", generator_exit = "GeneratorExit",
        stop_iteration = "StopIteration", stop_async_iteration = "StopAsyncIteration",
        arithmetic_error = "ArithmeticError", overflow_error = "OverflowError",
        zero_division_error = "ZeroDivisionError", floating_point_error = "FloatingPointError",
        assertion_error = "AssertionError", attribute_error = "AttributeError",
        buffer_error = "BufferError", eof_error = "EOFError", import_error = "ImportError",
        module_not_found_error = "ModuleNotFoundError", lookup_error = "LookupError",
        index_error = "IndexError", key_error = "KeyError", memory_error = "MemoryError",
        name_error = "NameError", unbound_local_error = "UnboundLocalError", os_error = "OSError",
        file_not_found_error = "FileNotFoundError", file_exists_error = "FileExistsError",
        is_a_directory_error = "IsADirectoryError", not_a_directory_error = "NotADirectoryError",
        permission_error = "PermissionError", reference_error = "ReferenceError",
        runtime_error = "RuntimeError", not_implemented_error = "NotImplementedError",
        recursion_error = "RecursionError", syntax_error = "SyntaxError",
        indentation_error = "IndentationError", tab_error = "TabError",
        system_error = "SystemError", type_error = "TypeError", value_error = "ValueError",
        unicode_error = "UnicodeError", unicode_decode_error = "UnicodeDecodeError",
        unicode_encode_error = "UnicodeEncodeError", warning = "Warning",
        deprecation_warning = "DeprecationWarning", runtime_warning = "RuntimeWarning",
        user_warning = "UserWarning", syntax_warning = "SyntaxWarning",
    }
}

/// Fill the builtin classes' namespaces with their methods and attributes.
pub(crate) fn init_methods(vm: &mut Vm) {
    object::init(vm);
    class_methods::init(vm);
    bool_none::init(vm);
    int_methods::init(vm);
    float_methods::init(vm);
    complex_methods::init(vm);
    str_methods::init(vm);
    bytes_methods::init(vm);
    tuple_methods::init(vm);
    list_methods::init(vm);
    dict_methods::init(vm);
    set_methods::init(vm);
    range_methods::init(vm);
    function_methods::init(vm);
    descriptor_methods::init(vm);
    exception_methods::init(vm);
    iter_methods::init(vm);
    generator_methods::init(vm);
    generic_alias::init(vm);
    namespace::init(vm);
    memoryview::init(vm);
    module::init(vm);
    array::init(vm);
    // Every builtin class records its module for `repr` and `__module__`.
    let all: Vec<Value> = builtin_class_list(vm);
    let key = vm.intern("__module__");
    let val = vm.intern("builtins");
    for c in all {
        let cd = c.downcast_ref::<class::ClassData>().unwrap();
        if cd.dict().get_str(vm, &key).is_none() {
            cd.dict().set_str(key.clone(), val.clone());
        }
    }
}

fn builtin_class_list(vm: &Vm) -> Vec<Value> {
    let t = &vm.t;
    let mut v = vec![
        t.type_.clone(),
        t.object.clone(),
        t.int.clone(),
        t.bool.clone(),
        t.float.clone(),
        t.complex.clone(),
        t.str.clone(),
        t.bytes.clone(),
        t.bytearray.clone(),
        t.tuple.clone(),
        t.list.clone(),
        t.dict.clone(),
        t.set.clone(),
        t.frozenset.clone(),
        t.range.clone(),
        t.slice.clone(),
        t.none_type.clone(),
        t.not_implemented_type.clone(),
        t.ellipsis_type.clone(),
        t.function.clone(),
        t.builtin_function.clone(),
        t.method_descriptor.clone(),
        t.method.clone(),
        t.property.clone(),
        t.staticmethod.clone(),
        t.classmethod.clone(),
        t.super_.clone(),
        t.enumerate.clone(),
        t.zip.clone(),
        t.map.clone(),
        t.filter.clone(),
        t.reversed.clone(),
        t.generator.clone(),
        t.code.clone(),
        t.cell.clone(),
        t.module.clone(),
    ];
    v.extend(t.exceptions.iter().map(|(_, c)| c.clone()));
    v
}
