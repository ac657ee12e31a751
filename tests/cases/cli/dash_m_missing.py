# argv: -m _no_such_module_qzx
