print("Grüße, 世界! 🐍")
print("\u00e9\u0301", "\N{SNOWMAN}")
import sys
sys.stdout.write("é\n")
print("ß".upper(), len("🐍"), "🐍".encode("utf-8"))
print("tab\tand\\backslash")
