# except clauses: classes and tuples of classes, matched and refused (every item of a
# tuple must be an exception class, even past a match; a class whose MRO puts
# a mixin after BaseException)
class Mix: pass
class M(ValueError, Mix): pass
class N(Exception): pass
for spec in [(ValueError, int), (int, ValueError), (ValueError,), (), ((ValueError,),), ValueError, int, M, (KeyError, M), (N, ValueError)]:
    for exc in [ValueError("v"), M("m"), N("n")]:
        try:
            try:
                raise exc
            except spec:
                print("caught", type(exc).__name__, spec if not isinstance(spec, type) else spec.__name__)
        except BaseException as e:
            print(type(e).__name__, e, type(exc).__name__)
