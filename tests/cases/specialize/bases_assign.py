# Class version guards when __bases__ is reassigned after warm-up.


class Base:
    greeting = "base-greeting"

    def speak(self):
        return "base"


class Other:
    greeting = "other-greeting"

    def speak(self):
        return "other"


class Mixed(Base):
    pass


def read_greeting(o):
    return o.greeting


def call_speak(o):
    return o.speak()


ms = [Mixed() for _ in range(100)]
print([read_greeting(m) + call_speak(m) for m in ms][-1])
Mixed.__bases__ = (Other,)
print([read_greeting(m) + call_speak(m) for m in ms][-1])
Other.speak = lambda self: "other patched"
print([call_speak(m) for m in ms][-1])
Mixed.__bases__ = (Base,)
print([read_greeting(m) + call_speak(m) for m in ms][-1])
print(Mixed.__mro__ == (Mixed, Base, object))
