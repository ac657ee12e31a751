print("never runs: compile error first")
nonlocal x
