print("start _circ_b")
import _circ_a
seen_a = _circ_a.A_VALUE
B_VALUE = "b"
print("end _circ_b")
