print("%s is %d years" % ("Ann", 30))
print("%5s|%-5s|%.2s|%r|%a" % ("ab", "cd", "xyz", "q", "é"))
print("%d %i %u %o %x %X %e %E %f %F %g %G %c %%" % (1, 2, 3, 8, 255, 255, 1.5, 1.5, 1.5, 1.5, 1.5, 1.5, "z"))
print("%(name)s has %(n)03d items" % {"name": "cart", "n": 7})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 3, 3.14159))
print("%+d % d %+.1f %#o %#x %#X" % (5, 5, 2.0, 8, 255, 255))
print("%s" % [1, 2], "%s" % (1,), "%s %s" % (None, True), "%d" % 3.99, "%s" % "only")
print("%c%c" % (72, "i"), "%5.1f%%" % 99.44, "%x" % -255, "%.3d" % 7)
for fmt, args in [("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", ("t",)), ("%c", 1114112)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError, OverflowError) as e:
        print(type(e).__name__, e)
