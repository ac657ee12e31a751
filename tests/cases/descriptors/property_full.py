class Account:
    def __init__(self, balance):
        self._balance = balance
    @property
    def balance(self):
        """The balance."""
        print("get balance")
        return self._balance
    @balance.setter
    def balance(self, value):
        print("set balance", value)
        if value < 0:
            raise ValueError("negative balance")
        self._balance = value
    @balance.deleter
    def balance(self):
        print("del balance")
        del self._balance
a = Account(10)
print(a.balance)
a.balance = 20
print(a.balance)
try:
    a.balance = -1
except ValueError as e:
    print("ValueError:", e)
del a.balance
print(hasattr(a, "_balance"))
print(type(Account.balance).__name__, Account.balance.__doc__)
print(Account.balance.fget.__name__, Account.balance.fset is not None, Account.balance.fdel is not None)
class ReadOnly:
    @property
    def value(self):
        return 42
r = ReadOnly()
print(r.value)
try:
    r.value = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    del r.value
except AttributeError as e:
    print("AttributeError:", e)
class Classic:
    def get_x(self):
        return self._x * 2
    def set_x(self, v):
        self._x = v
    x = property(get_x, set_x, None, "classic property doc")
c = Classic()
c.x = 5
print(c.x, Classic.x.__doc__)
class Lazy:
    @property
    def computed(self):
        raise AttributeError("inner attribute missing")
    def __getattr__(self, name):
        return f"__getattr__({name})"
print(Lazy().computed)
