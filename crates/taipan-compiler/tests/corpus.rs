//! Compiles a corpus covering every statement and expression kind and checks
//! each code object structurally (see `common::verify`); also runs the
//! project's test programs (tests/cases) through the compiler and compares
//! their instruction positions with CPython's when `python3` is available.

mod common;

use common::*;

const FEATURES: &[&str] = &[
    "x = 1\n",
    "def f(a, /, b, *c, d=1, **e):\n    return a, b, c, d, e\n",
    "async def f(x):\n    await x\n    async with a as b, c:\n        pass\n    async for i in y:\n        break\n    else:\n        pass\n    return [z async for z in w]\n",
    "async def g():\n    yield 1\n    await h()\n",
    "async def g():\n    return {k: await v for k, v in x}\n",
    "def gen():\n    x = yield 1\n    y = yield from x\n    return y\n",
    "match p:\n    case 1 | 2:\n        pass\n    case [a, b, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=yy) if yy > 0:\n        pass\n    case str() as s:\n        pass\n    case None:\n        pass\n    case [_, *_, last]:\n        pass\n    case (1, x) | (2, x):\n        pass\n    case _:\n        pass\n",
    "match p:\n    case {}:\n        pass\n    case []:\n        pass\n    case -1:\n        pass\n    case 1+2j:\n        pass\n    case a.b:\n        pass\n",
    "match p:\n    case [x, y] | [y, x]:\n        print(x, y)\n",
    "def f():\n    match p:\n        case C(a, b, c=d):\n            return a\n        case x:\n            return x\n",
    "try:\n    pass\nexcept* ValueError as e:\n    pass\nexcept* (TypeError, KeyError):\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "with a as (b, c), d as e[0]:\n    pass\n",
    "def f():\n    for x in y:\n        with a:\n            try:\n                continue\n            finally:\n                return x\n",
    "def f():\n    try:\n        return g()\n    except E as e:\n        return e\n    finally:\n        h()\n",
    "while True:\n    if x:\n        break\nelse:\n    y()\n",
    "while x:\n    try:\n        continue\n    except:\n        break\n",
    "class A(B, *c, metaclass=M, **kw):\n    '''doc'''\n    x: int\n    def m(self):\n        return __class__\n",
    "class A:\n    def f(self):\n        return super().f()\n    @property\n    def g(self):\n        return 1\n    @staticmethod\n    def h():\n        return [__class__ for _ in ()]\n",
    "def outer():\n    a = 1\n    class C:\n        a = 2\n        def m(self):\n            return a\n        b = a\n    return C\n",
    "def f():\n    x = 1\n    return lambda: (yield x)\n",
    "def f(*args, **kwargs):\n    return g(*args, 1, *args, x=1, **kwargs, y=2)\n",
    "x = [*a, *b, 1]\ny = {*a, 1}\nz = {**a, 'x': 1, **b}\nw = (*a,)\n",
    "print(f'{x!r:>{w}.{p}} {y=}')\n",
    "a = b[1:2, ::3, ...]\nc[d:e] = f\ndel g[h:]\n",
    "import a.b.c\nimport a.b.c as d\nfrom . import x\nfrom ..y import z as w\nfrom m import *\n",
    "global g\ng = 1\ndef f():\n    global g\n    del g\n",
    "assert x, y\nassert (x, y)\n",
    "raise\n",
    "a, *b, c = d\n(a, b), c = d\n[a, [b, *c]] = d\n",
    "a = b = c = d\na += 1\na.b //= 2\na[b] **= 3\n",
    "x = not a\ny = -a\nz = ~a\nw = +a\nv = a @ b\n",
    "x = a if b else c if d else e\n",
    "x = a < b == c > d is e is not f in g not in h\n",
    "if (x := f()) is not None:\n    print(x)\n",
    "def f():\n    [y := 1 for _ in range(3)]\n    return y\n",
    "def f(a=1, *, b=2, c: int = 3) -> None:\n    def g(d=a): return d\n    return g\n",
    "x = {i: j for i in a for j in b if i if j}\ny = [i for i in [f(x)] for j in (g(),)]\n",
    "x = (i for i in range(10))\nnext(x)\n",
    "lambda: (yield)\n",
    "del (a, b), [c]\n",
    "for i, (j, k) in x:\n    pass\n",
    "x = 10 ** 1000\ny = 2 ** 200\nz = 1 / 0\nw = 'a' * 5000\nv = (1,) * 300\n",
    "x = 0.1 + 0.2\ny = 7 // -2\nz = -7 % 3\nw = 7.5 // 2\nv = 2 ** -1\n",
    "x = __debug__\nif __debug__:\n    pass\n",
    "def f():\n    nonlocal_free = 1\n    def g():\n        def h():\n            return nonlocal_free\n        return h\n    return g\n",
    "class C:\n    __slots__ = ('__a',)\n    def __init__(self):\n        self.__a = 1\n        __b = 2\n        import __c\n",
    "try:\n    pass\nfinally:\n    pass\n",
    "for x in y:\n    pass\nelse:\n    pass\n",
    "with a:\n    with b:\n        pass\n",
    "if a and (b or c) and not d:\n    pass\n",
    "while a or b:\n    pass\n",
    "x = [1, 2, 3]\nif x in [1, 2] or y in {1, 2}:\n    pass\n",
    "def f(x):\n    if x is None:\n        return 0\n    elif x is not None:\n        return 1\n",
    "x = f(a)(b)(c)\ny = a.b.c.d()\n",
    "x = ''.join(['a', 'b'])\n",
];

fn check(src: &str) -> Result<(), String> {
    let co = taipan_compiler::compile(src, "f.py", taipan_compiler::Mode::Exec)
        .map_err(|e| format!("compile error: {:?}", e))?;
    verify(&co)
}

#[test]
fn feature_corpus_compiles_and_verifies() {
    let mut failures = Vec::new();
    for src in FEATURES {
        if let Err(e) = check(src) {
            failures.push(format!("{:?}: {}", src, e));
        }
    }
    if !failures.is_empty() {
        panic!("{} failure(s):\n{}", failures.len(), failures.join("\n"));
    }
}

#[test]
fn eval_and_single_modes() {
    let co = taipan_compiler::compile("a + b * 2", "<e>", taipan_compiler::Mode::Eval).unwrap();
    verify(&co).unwrap();
    let co = taipan_compiler::compile("x = 1\n", "<s>", taipan_compiler::Mode::Single).unwrap();
    verify(&co).unwrap();
    let co = taipan_compiler::compile("1 + 2\n", "<s>", taipan_compiler::Mode::Single).unwrap();
    let ins = decode(&co);
    assert!(ins.iter().any(|i| i.op == "PRINT_EXPR"));
}

#[test]
fn try_bodies_are_covered() {
    let src = "try:\n    f()\nexcept E:\n    g()\n";
    let co = taipan_compiler::compile(src, "f.py", taipan_compiler::Mode::Exec).unwrap();
    let ins = decode(&co);
    let call_f = ins.iter().find(|i| i.op == "CALL").unwrap();
    let h = co
        .handler_for(call_f.offset as u32)
        .expect("try body covered");
    // The handler sits in the cold tail, after the normal-path return.
    let ret = ins.iter().find(|i| i.op == "RETURN_VALUE").unwrap();
    assert!(h.target as usize > ret.offset);
    assert_eq!(h.depth, 0);
}

fn case_files() -> Vec<std::path::PathBuf> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/cases");
    let mut out = Vec::new();
    let mut stack = vec![root];
    while let Some(d) = stack.pop() {
        let Ok(rd) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "py") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

#[test]
fn project_cases_compile_like_cpython() {
    let files = case_files();
    if files.is_empty() {
        eprintln!("skipping: no tests/cases");
        return;
    }
    let have_python = python3_available();
    let mut failures = Vec::new();
    for f in &files {
        let Ok(src) = std::fs::read_to_string(f) else {
            continue;
        };
        let mine = taipan_compiler::compile(&src, "f.py", taipan_compiler::Mode::Exec);
        match (&mine, have_python) {
            (Ok(co), _) => {
                if let Err(e) = verify(co) {
                    failures.push(format!("{}: {}", f.display(), e));
                }
            }
            (Err(e), true) => {
                if cpython(&src, "exec").is_ok() {
                    failures.push(format!("{}: taipan rejects: {:?}", f.display(), e));
                }
            }
            (Err(_), false) => {}
        }
    }
    if !failures.is_empty() {
        panic!("{} failure(s):\n{}", failures.len(), failures.join("\n"));
    }
}
