class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([c.__name__ for c in Z.__mro__])
print([c.__name__ for c in Z.mro()])
class Left:
    def hello(self):
        return "Left"
class Right:
    def hello(self):
        return "Right"
    def only_right(self):
        return "only right"
class Both(Left, Right):
    pass
b = Both()
print(b.hello(), b.only_right(), [c.__name__ for c in Both.__mro__])
class X: pass
class Y: pass
try:
    class Bad(X, Y, X): pass
except TypeError as e:
    print("TypeError:", e)
class P(X, Y): pass
class Q(Y, X): pass
try:
    class Conflict(P, Q): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Conflict2(X, P): pass
except TypeError as e:
    print("TypeError:", e)
print([c.__name__ for c in type("Dynamic", (P,), {}).__mro__])
