import sys
loaded_count = getattr(sys, "_sysmod_helper_loads", 0) + 1
sys._sysmod_helper_loads = loaded_count
