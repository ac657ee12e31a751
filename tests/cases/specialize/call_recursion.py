# Deep recursion through specialized calls hitting RecursionError, then recovering.
import sys


def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1


print("warm", sum(depth(i) for i in range(150)))


def forever(n):
    return forever(n + 1)


for attempt in range(3):
    try:
        forever(0)
    except RecursionError as e:
        print("RecursionError:", e)

# Still works after the error (frame stack unwound correctly).
print("after", depth(500))


# Recursion through defaults (CALL_PY_WITH_DEFAULTS).
def count(n, acc=0):
    if n == 0:
        return acc
    return count(n - 1, acc + 1)


print("defaults", count(400))
try:
    count(10 ** 6)
except RecursionError as e:
    print("RecursionError:", e)
print("defaults after", count(300))


# Recursion through a property getter (LOAD_ATTR_PROPERTY).
class Node:
    def __init__(self, nxt):
        self.nxt = nxt

    @property
    def length(self):
        if self.nxt is None:
            return 1
        return self.nxt.length + 1


head = None
for i in range(300):
    head = Node(head)
print("property chain", head.length)


class Loop:
    @property
    def me(self):
        return self.me


try:
    Loop().me
except RecursionError as e:
    print("RecursionError:", e)
print("property after", head.length)


# Mutual recursion and recursion through methods.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


print(is_even(300), is_odd(301))
try:
    is_even(10 ** 5)
except RecursionError as e:
    print("RecursionError:", e)


class R:
    def down(self, n):
        return n if n <= 0 else self.down(n - 1)


print(R().down(200))
try:
    R().down(10 ** 5)
except RecursionError as e:
    print("RecursionError:", e)


# Recursion through __getattr__ / __repr__ / __eq__ special methods.
class Deep:
    def __getattr__(self, name):
        return getattr(self, name + "x")


try:
    Deep().a
except RecursionError as e:
    print("RecursionError:", type(e).__name__)


# Lower recursion limit at run time, then raise it again.
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
try:
    depth(500)
except RecursionError as e:
    print("RecursionError at low limit:", e)
sys.setrecursionlimit(old)
print("restored", depth(600))

# Catching RecursionError deep inside and continuing to recurse.
def catcher(n):
    try:
        return catcher(n + 1)
    except RecursionError:
        return n


r = catcher(0)
print("catcher got a depth", r > 100)
print("final", depth(100))
