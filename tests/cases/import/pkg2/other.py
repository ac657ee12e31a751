print("pkg2.other runs")
NAME = "other"
