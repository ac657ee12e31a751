a = 100
a += 1; print("+=", a)
a -= 11; print("-=", a)
a *= 3; print("*=", a)
a //= 7; print("//=", a)
a %= 20; print("%=", a)
a **= 2; print("**=", a)
a <<= 3; print("<<=", a)
a >>= 2; print(">>=", a)
a &= 0xF0; print("&=", a)
a |= 0x0F; print("|=", a)
a ^= 0xFF; print("^=", a)
a /= 4; print("/=", a)
s = "ab"
s += "cd"; print(s)
s *= 2; print(s)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
d = {"k": 1}
d["k"] += 10
print(d)
class Box:
    pass
b = Box()
b.v = 5
b.v *= 4
print(b.v)
m = [[1, 2], [3, 4]]
m[1][0] -= 10
print(m)
st = {1, 2}
st |= {3}; st &= {1, 3, 5}; st ^= {9}; st -= {1}
print(sorted(st))
dd = {"a": 1}
dd |= {"b": 2}
print(dd)
