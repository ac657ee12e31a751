print("_raises_on_import starts")
value = 1 / 0
