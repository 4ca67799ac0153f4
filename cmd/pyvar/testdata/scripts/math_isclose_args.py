# math.isclose and cmath.isclose: a and b converted before the tolerances,
# as Argument Clinic does; errors and defaults as in CPython 3.10.
import math, cmath
for f in (math.isclose, cmath.isclose):
    for args, kw in (((1, 1.0000000001), {}), ((1, 1.1), {'rel_tol': 0.2}), ((0, 1e-10), {'abs_tol': 1e-9}), ((1, 2), {'rel_tol': -1}), ((1, 2), {'abs_tol': 'x'}), ((1, 2), {'rel_tol': None})):
        try: print(f.__name__, f(*args, **kw))
        except Exception as e: print(f.__name__, type(e).__name__, e)
for f in (math.isclose, cmath.isclose):
    for args, kw in ((('x', 1), {'rel_tol': None}), ((1, None), {'abs_tol': 'y'}), ((1, 1), {'rel_tol': -1, 'abs_tol': 'z'})):
        try: print(f.__name__, f(*args, **kw))
        except Exception as e: print(f.__name__, type(e).__name__, e)
