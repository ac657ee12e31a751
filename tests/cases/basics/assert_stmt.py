assert True
assert 1 == 1, "never shown"
try:
    assert False
except AssertionError as e:
    print("1:", repr(e), e.args)
try:
    assert 1 > 2, "one is not greater"
except AssertionError as e:
    print("2:", repr(e), e.args)
try:
    assert [], ["payload", 42]
except AssertionError as e:
    print("3:", e.args)
def check(x):
    assert isinstance(x, int), f"expected int, got {type(x).__name__}"
    return x * 2
print(check(4))
try:
    check("s")
except AssertionError as e:
    print("4:", e)
calls = []
def msg():
    calls.append(1)
    return "m"
assert True, msg()
print("message evaluated:", len(calls))
