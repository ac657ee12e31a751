pi = 3.141592653589793
big = 1234567.891
tiny = 0.000012345
print(f"{pi}|{pi:f}|{pi:.0f}|{pi:.1f}|{pi:.10f}|{pi:12.4f}|{pi:<12.4f}|{pi:^12.4f}|")
print(f"{pi:e}|{pi:.2e}|{pi:E}|{big:e}|{tiny:e}|{tiny:.1E}|")
print(f"{pi:g}|{big:g}|{tiny:g}|{1e-5:g}|{1e16:g}|{123456.0:g}|{1234567.0:g}|{pi:.10g}|{0.0:g}|")
print(f"{0.25:%}|{0.25:.0%}|{1/3:.2%}|{-0.5:%}|")
print(f"{big:,}|{big:,.2f}|{big:_.3f}|{-big:,.1f}|{big:15,.2f}|")
print(f"{pi:+.2f}|{-pi:+.2f}|{pi: .2f}|{-pi: .2f}|{pi:-.2f}|")
print(f"{pi:010.3f}|{-pi:010.3f}|{pi:+010.3f}|{pi:=10.3f}|{pi:*^10.2f}|")
print(f"{1.0}|{1.0:}|{1.0:g}|{1.0:#g}|{1.5:.0f}|{2.5:.0f}|{0.125:.2f}|{0.375:.2f}|")
print(f"{1e22}|{1e22:f}|{1e-7:f}|{1e-7}|{float('inf'):f}|{float('-inf'):10}|{float('nan'):+}|")
print(f"{-0.0}|{-0.0:.1f}|{-0.0:g}|{0.0:+}|{-1e-9:.2f}|")
print(f"{12.5:n}|{100.0:.3}|{0.1:.3}|{1234.5:.3}|{1e100:.3}|{99.99:.3}|")
print(f"{3:.2f}|{3:e}|{3:%}|{3:g}|")
try:
    format(1.5, "d")
except ValueError as e:
    print("ValueError:", e)
try:
    format(1.5, "x")
except ValueError as e:
    print("ValueError:", e)
