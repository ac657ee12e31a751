# argv: -m _simple_mod extra args
