counter = 0
def increment():
    global counter
    counter += 1
    return counter
print(increment(), increment(), counter)
def create_global():
    global brand_new_global
    brand_new_global = "created"
create_global()
print(brand_new_global)
def shadow():
    counter = "local"
    return counter
print(shadow(), counter)
def read_only():
    return counter * 10
print(read_only())
def multi():
    global a_g, b_g
    a_g, b_g = 1, 2
multi()
print(a_g + b_g)
def nested():
    def inner():
        global counter
        counter = 100
    inner()
nested()
print(counter)
x = "module"
class C:
    x = "class"
    def method(self):
        return x
    y = x + "!"
print(C().method(), C.y)
def in_func_global_del():
    global temp_g
    temp_g = 1
    del temp_g
in_func_global_del()
print("temp_g" in globals())
