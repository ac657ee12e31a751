# Tracebacks from LOAD_GLOBAL_* / LOAD_ATTR_MODULE after the guarded name disappears.
import math

zq_value = 1


def read_zq_value():
    zq_value


def read_builtin():
    abs


def read_module():
    math.pi


def read_late():
    zq_late


for i in range(150):
    read_zq_value()
    read_builtin()
    read_module()

zq_late = 1
for i in range(150):
    read_late()

del zq_value
del zq_late
import builtins

saved = builtins.abs
del builtins.abs
del math.pi
try:
    read_zq_value()
except NameError:
    try:
        read_late()
    except NameError:
        try:
            read_builtin()
        except NameError:
            builtins.abs = saved
            read_module()
