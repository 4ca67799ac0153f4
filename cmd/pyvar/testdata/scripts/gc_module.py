# The gc module's interface.
import gc

print(sorted(n for n in dir(gc) if not n.startswith('__')))
print(gc.isenabled(), gc.get_threshold(), gc.get_debug(), gc.garbage, gc.callbacks)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
print(type(gc.collect()), type(gc.collect(0)), type(gc.collect(generation=1)))
for call in [lambda: gc.collect(3), lambda: gc.collect(-1), lambda: gc.collect('a'),
             lambda: gc.set_threshold(), lambda: gc.set_threshold(1, 2, 3, 4), lambda: gc.get_objects(3),
             lambda: gc.get_objects(-2), lambda: gc.is_tracked(), lambda: gc.set_debug(), lambda: gc.collect(1, 2)]:
    try:
        print(call())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
gc.set_threshold(100, 5)
print(gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
gc.set_debug(0)
print(gc.get_debug())

class C:
    pass
def f():
    pass
print([gc.is_tracked(x) for x in [1, 'a', 1.5, None, b'', True, (), (1, 2), ([],), [], {}, {'a': 1},
                                   {'a': []}, set(), frozenset(), C, C(), f, gc, len, int, object()]])

calls = []
def cb(phase, info):
    calls.append((phase, sorted(info), info['generation']))
gc.callbacks.append(cb)
gc.collect()
gc.collect(1)
gc.callbacks.remove(cb)
print(calls)

stats = gc.get_stats()
print(len(stats), [sorted(s) for s in stats])
print(type(gc.get_count()), len(gc.get_count()))
print(gc.get_freeze_count())
gc.freeze()
print(gc.get_freeze_count() > 0)
gc.unfreeze()
print(gc.get_freeze_count())

a = [1, 'x']
b = [a]
c = C()
c.attr = a
print(gc.get_referents(a), gc.get_referents({'k': 'v'}), gc.get_referents(1))
print(b in gc.get_referrers(a), c.__dict__ in gc.get_referrers(a))
print(any(o is b for o in gc.get_objects()), any(o is a for o in gc.get_objects()))
print(gc.is_finalized(c), gc.is_finalized(1))
