for v in [bytearray(b"y"), frozenset([1]), {1}, 1, True, 1.0, b"x", "s", [1], (1,), {"a": 1}]:
    for t in [bytearray, frozenset, set, int, bool, float, bytes, str, list, tuple, dict]:
        try:
            match v:
                case t(x) if False: pass
            match v:
                case t(x): print(t.__name__, repr(x))
        except TypeError as e:
            print(t.__name__, "TypeError", e)
