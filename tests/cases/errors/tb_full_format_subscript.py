def get_item(seq, i):
    return seq[i] * 2
data = [1, 2, 3]
print(get_item(data, 1))
print(get_item(data, 10))
