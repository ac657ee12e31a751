# argv: -m _argv_mod one "two three"
