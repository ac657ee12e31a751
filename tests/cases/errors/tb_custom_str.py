# cli: -X no_debug_ranges
class ValidationError(Exception):
    def __init__(self, field, problem):
        super().__init__(field, problem)
        self.field = field
        self.problem = problem
    def __str__(self):
        return f"{self.field}: {self.problem}"
def validate(age):
    if age < 0:
        raise ValidationError("age", "must be non-negative")
validate(5)
validate(-1)
