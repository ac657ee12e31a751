# cli: -X no_debug_ranges
class Calc:
    def run(self, values):
        return list(map(lambda v: 10 / v, values))
Calc().run([5, 2, 0])
