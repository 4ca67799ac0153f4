# A mutating method given bad arguments raises before it changes anything.
for obj, name in [({1: 2}, "clear"), ([1, 2], "clear"), ({1, 2}, "clear"),
                  (bytearray(b"ab"), "clear"), (bytearray(b"ab"), "reverse"), ([1, 2], "reverse")]:
    try:
        getattr(obj, name)(1)
    except TypeError as e:
        print(type(obj).__name__, name, e, obj)
