# string: constants, capwords, Template, Formatter.
import string
from string import Formatter, Template

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   wORLD  again"), string.capwords("a-b-c", "-"))
t = Template("$who likes $what; ${who}'s $$5 ${what}s")
print(t.substitute(who="tim", what="kung pao"), t.substitute({"who": "ann", "what": "tea"}, what="x"))
print(t.safe_substitute(who="bob"), t.get_identifiers(), t.is_valid())
for bad in [lambda: t.substitute(who="x"), lambda: Template("bad $ here").substitute(),
            lambda: Template("line1\n ${ x}").substitute(x=1), lambda: Template("$1").substitute()]:
    try:
        bad()
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)
print(Template("cost: $ 5").safe_substitute(), Template("$a$b").substitute(a=1, b=2), Template("").substitute())


class Percent(Template):
    delimiter = "%"


print(Percent("%x and %%").substitute(x=3))
f = Formatter()
print(f.format("{} + {} = {:>5}", 1, 2, 3), f.format("{0.real} {a[k]} {b!r:^9}", 4, a={"k": "v"}, b="s"))
print(list(f.parse("x{0}y{name!r:>3}z{{}}")))
print(f.vformat("{:{w}.{p}f}", (3.14159,), {"w": 8, "p": 2}))
for bad in ["{", "}", "{0}{}", "{!x}"]:
    try:
        print(f.format(bad, 1, 2))
    except (ValueError, IndexError) as e:
        print(type(e).__name__, e)
