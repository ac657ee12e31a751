# Support module for attr_module.py
value = 1


def func(x):
    return x + value


class Thing:
    kind = "thing"
