# argv: {name}.py alpha "two words" --flag=1 -x ''
import sys
print(sys.argv)
for i, a in enumerate(sys.argv):
    print(i, repr(a))
