# cli: -X no_debug_ranges
import _tb_helper
print("calling helper")
_tb_helper.explode(3)
