print("init pkg.nested")
