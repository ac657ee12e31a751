//! Print the disassembly of a file (or stdin) compiled in exec mode.
use std::io::Read;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let mut src = String::new();
    if args.len() > 1 {
        src = std::fs::read_to_string(&args[1]).expect("read");
    } else {
        std::io::stdin().read_to_string(&mut src).expect("stdin");
    }
    match taipan_compiler::compile(&src, "f.py", taipan_compiler::Mode::Exec) {
        Ok(co) => print!("{}", taipan_compiler::dis_all(&co)),
        Err(e) => println!("{:?}", e),
    }
}
