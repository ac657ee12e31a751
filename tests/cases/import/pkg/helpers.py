print("init pkg.helpers")
helper_value = "helper!"
