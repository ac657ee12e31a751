print("pkg2.leaf runs")
from . import VALUE
NAME = "leaf"
def parent_value():
    return VALUE
