//! `taipan`: the python-compatible command line.
//!
//! `taipan [options] [-c cmd | -m mod | file | -] [args]`, with CPython's meaning for
//! each, plus `--dis FILE` to print the compiled bytecode and `--dis=adaptive FILE`
//! to run FILE, then print its bytecode as the specializing interpreter left it.

use std::io::{Read, Write};

use taipan::Config;

const USAGE: &str = "usage: {exe} [option] ... [-c cmd | -m mod | file | -] [arg] ...\nTry `python -h' for more information.\n";

enum Target {
    Script(String),
    Command(String),
    Module(String),
    Stdin,
    Dis(String),
}

fn usage_error(exe: &str, msg: &str) -> ! {
    eprint!("{}\n{}", msg, USAGE.replace("{exe}", exe));
    std::process::exit(2);
}

fn main() {
    std::panic::set_hook(Box::new(|info| {
        eprintln!(
            "SystemError: Taipan internal error (please report): {}",
            info
        );
    }));
    let args: Vec<String> = std::env::args().collect();
    let exe = std::env::current_exe()
        .map(|p| p.to_string_lossy().to_string())
        .unwrap_or_else(|_| args[0].clone());
    let mut config = Config {
        executable: exe.clone(),
        ..Default::default()
    };
    let mut i = 1;
    let mut target = None;
    let mut ignore_env = false;
    let mut dis_adaptive = false;
    while i < args.len() {
        let a = &args[i];
        if let Some(mode) = a.strip_prefix("--dis=") {
            if mode != "adaptive" {
                usage_error(&exe, &format!("Unknown option: {}", a));
            }
            dis_adaptive = true;
            i += 1;
            continue;
        }
        if a == "--dis" {
            let Some(f) = args.get(i + 1) else {
                usage_error(&exe, "Argument expected for the --dis option")
            };
            target = Some(Target::Dis(f.clone()));
            i += 2;
            break;
        }
        if a == "--version" || a == "-V" {
            println!("Python 3.11.7");
            return;
        }
        if a == "-" || !a.starts_with('-') || a.len() == 1 {
            break;
        }
        let mut chars = a[1..].chars();
        while let Some(c) = chars.next() {
            match c {
                'c' | 'm' | 'X' | 'W' => {
                    let rest: String = chars.collect();
                    let val = if !rest.is_empty() {
                        rest
                    } else {
                        i += 1;
                        match args.get(i) {
                            Some(v) => v.clone(),
                            None => usage_error(
                                &exe,
                                &format!("Argument expected for the -{} option", c),
                            ),
                        }
                    };
                    match c {
                        'c' => target = Some(Target::Command(val)),
                        'm' => target = Some(Target::Module(val)),
                        'X' => config.xoptions.push(val),
                        _ => config.warnoptions.push(val),
                    }
                    break;
                }
                'u' => config.unbuffered = true,
                'E' | 'I' => ignore_env = true,
                'S' | 'B' | 'O' | 'q' | 's' | 'd' | 'b' | 'v' | 'R' | 'P' => {}
                'h' => {
                    print!("{}", USAGE.replace("{exe}", &exe));
                    return;
                }
                other => usage_error(&exe, &format!("Unknown option: -{}", other)),
            }
        }
        i += 1;
        if target.is_some() {
            break;
        }
    }
    let rest: Vec<String> = args[i.min(args.len())..].to_vec();
    let target = match target {
        Some(t) => t,
        None => match rest.first() {
            None => Target::Stdin,
            Some(f) if f == "-" => Target::Stdin,
            Some(f) => Target::Script(f.clone()),
        },
    };
    if dis_adaptive {
        if !matches!(target, Target::Script(_)) {
            usage_error(
                &exe,
                "Argument expected for the --dis=adaptive option (a script file)",
            );
        }
        config.keep_code_objects = true;
    }
    if !ignore_env {
        if let Ok(pp) = std::env::var("PYTHONPATH") {
            config
                .path
                .extend(pp.split(':').filter(|s| !s.is_empty()).map(String::from));
        }
        if std::env::var_os("PYTHONNODEBUGRANGES").is_some_and(|v| !v.is_empty()) {
            config.no_debug_ranges = true;
        }
    }
    if config.xoptions.iter().any(|x| x == "no_debug_ranges") {
        config.no_debug_ranges = true;
    }
    let cwd = std::env::current_dir()
        .map(|p| p.to_string_lossy().to_string())
        .unwrap_or_default();
    let code = match target {
        Target::Dis(f) => {
            let src = match std::fs::read_to_string(&f) {
                Ok(s) => s,
                Err(e) => {
                    eprintln!(
                        "{}: can't open file '{}': [Errno {}] {}",
                        exe,
                        f,
                        e.raw_os_error().unwrap_or(2),
                        e
                    );
                    std::process::exit(2);
                }
            };
            match taipan::disassemble(&src, &f) {
                Ok(s) => {
                    print!("{}", s);
                    0
                }
                Err(e) => {
                    eprintln!("{}", e);
                    1
                }
            }
        }
        Target::Script(f) => {
            let path = std::path::Path::new(&f);
            let src = match std::fs::read(path) {
                Ok(b) => String::from_utf8_lossy(&b).to_string(),
                Err(e) => {
                    let abs = std::path::Path::new(&cwd).join(path);
                    eprintln!(
                        "{}: can't open file '{}': [Errno {}] No such file or directory",
                        exe,
                        abs.to_string_lossy(),
                        e.raw_os_error().unwrap_or(2)
                    );
                    std::process::exit(2);
                }
            };
            let abs = std::fs::canonicalize(path)
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or(f.clone());
            let dir = std::path::Path::new(&abs)
                .parent()
                .map(|p| p.to_string_lossy().to_string())
                .unwrap_or_default();
            config.path.insert(0, dir);
            config.argv = rest.clone();
            taipan::with_vm(config, move |vm| {
                let code = vm.run_main_source(&src, &abs, Some(&abs));
                if dis_adaptive {
                    if let Some(listing) = vm.adaptive_disassembly(&abs) {
                        // After the program's own output (flushed at its end), to the
                        // real stdout whatever `sys.stdout` is now.
                        let mut out = std::io::stdout().lock();
                        let _ = out.write_all(listing.as_bytes());
                        let _ = out.flush();
                    }
                }
                code
            })
        }
        Target::Command(cmd) => {
            config.path.insert(0, String::new());
            config.argv = std::iter::once("-c".to_string())
                .chain(rest.iter().cloned())
                .collect();
            taipan::with_vm(config, move |vm| vm.run_main_source(&cmd, "<string>", None))
        }
        Target::Module(m) => {
            config.path.insert(0, cwd.clone());
            config.argv = std::iter::once("-m".to_string())
                .chain(rest.iter().cloned())
                .collect();
            taipan::with_vm(config, move |vm| vm.run_main_module(&m))
        }
        Target::Stdin => {
            let mut src = String::new();
            let _ = std::io::stdin().read_to_string(&mut src);
            config.path.insert(0, String::new());
            config.argv = if rest.is_empty() {
                vec![String::new()]
            } else {
                rest.clone()
            };
            taipan::with_vm(config, move |vm| vm.run_main_source(&src, "<stdin>", None))
        }
    };
    std::process::exit(code);
}
