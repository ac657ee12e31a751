s = "text"
print(f"{s}|{s:10}|{s:<10}|{s:>10}|{s:^10}|{s:^11}|")
print(f"{s:*<10}|{s:->10}|{s:.^10}|{s:.2}|{s:10.2}|{s:>10.3}|")
print(f"{s!r:12}|{s!r:>12}|{'é':^5}|{'日本':*^6}|")
print(f"{'':5}|{'':*^5}|{s:.0}|{s:1}|")
print(f"{s:s}|{s:>{len(s) + 2}}|")
print(f"{[1, 2]!s:>10}|{(1,)!r:<6}|{None!s:^8}|")
for bad in ["d", "+", "=10", ","]:
    try:
        print(format("x", bad))
    except ValueError as e:
        print("ValueError:", e)
