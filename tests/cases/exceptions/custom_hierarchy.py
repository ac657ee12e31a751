class AppError(Exception):
    """Base for the app."""
    default_message = "application error"
    def __init__(self, message=None, *, code=500):
        super().__init__(message or self.default_message)
        self.code = code
class NotFound(AppError):
    default_message = "resource not found"
    def __init__(self, resource):
        super().__init__(f"{resource} not found", code=404)
        self.resource = resource
class Forbidden(AppError):
    default_message = "forbidden"
def handle(exc):
    try:
        raise exc
    except NotFound as e:
        return f"404 handler: {e} ({e.resource}) code={e.code}"
    except AppError as e:
        return f"generic app handler: {e} code={e.code}"
    except Exception as e:
        return f"fallback: {type(e).__name__}: {e}"
print(handle(NotFound("user")))
print(handle(Forbidden()))
print(handle(Forbidden("custom", code=403)))
print(handle(AppError()))
print(handle(LookupError("stdlib")))
print([c.__name__ for c in NotFound.__mro__])
print(AppError.__doc__, NotFound.__doc__)
print(repr(NotFound("x")), NotFound("x").args)
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr<custom>"
print(repr(WithRepr("m")), str(WithRepr("m")))
