def explode(n):
    if n == 0:
        items = []
        return items[n]
    return explode(n - 1)
