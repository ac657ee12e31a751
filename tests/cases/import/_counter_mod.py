import sys
loads = getattr(sys, "_case_counter_loads", 0) + 1
sys._case_counter_loads = loads
print("loading _counter_mod, load number", loads)
counter = 1
