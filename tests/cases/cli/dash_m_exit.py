# argv: -m _argv_mod fail
