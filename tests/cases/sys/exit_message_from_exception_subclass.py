class Done(SystemExit):
    pass
print("raising subclass")
raise Done("subclass message goes to stderr")
