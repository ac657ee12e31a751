# argv: {name}.py --verbose -n 3 "quoted arg" 'single quoted'
import sys
print(sys.argv[1:])
print(len(sys.argv))
