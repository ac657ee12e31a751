# cli: -X no_debug_ranges
class Inventory:
    def __init__(self):
        self.items = {"apple": 3}
    def remove(self, name, count):
        current = self.items[name]
        if count > current:
            raise ValueError(f"cannot remove {count} {name}(s), only {current} left")
        self.items[name] = current - count
    @staticmethod
    def parse(line):
        name, count = line.split(":")
        return name, int(count)
inv = Inventory()
inv.remove(*Inventory.parse("apple:2"))
print(inv.items)
inv.remove(*Inventory.parse("apple:5"))
