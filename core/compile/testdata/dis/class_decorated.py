def tag(cls):
    cls.tagged = True
    return cls

@tag
class Item:
    """An item."""
    __slot = 1
    def peek(self):
        return self.__slot
