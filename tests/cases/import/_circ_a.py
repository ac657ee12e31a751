print("start _circ_a")
A_VALUE = "a"
import _circ_b
def get_b():
    return _circ_b.B_VALUE + "/" + _circ_b.seen_a
print("end _circ_a")
