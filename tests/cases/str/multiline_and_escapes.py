text = """line one
    indented line
line "with quotes" and 'single'
"""
print(text, end="")
print(repr(text))
print(len(text.splitlines()), text.count("\n"))
raw = r"C:\path\to\file\n"
print(raw, len(raw), repr(raw))
print("a\
b")
print("bell\a|backspace\b|formfeed\f|vtab\v|".encode())
print("\x41\x42", "\101\102", "\u0041", "\U00000041", "\N{LATIN SMALL LETTER E WITH ACUTE}")
print("tab:\t|", "null:\0|".encode(), "octal max \377".encode("latin-1"))
implicit = ("first part "
            "second part "
            'third part')
print(implicit)
print('''it's "mixed"''', """triple "" quotes""")
print("\\n is not a newline here", len("\\n"))
s = "line1\r\nline2\rline3\n"
print(s.splitlines(), repr(s))
print(f"{'brace'!r} {{}} {chr(10)!r}")
print("é" == "\xe9", "\u00e9" == "\N{LATIN SMALL LETTER E WITH ACUTE}")
