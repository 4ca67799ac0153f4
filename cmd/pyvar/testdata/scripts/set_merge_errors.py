# An __eq__ that raises while one set is merged into another (update, |,
# |=) raises out of the merge (it was dropped, and the rest of the merge
# skipped); frozenset's copy() and frozenset() of the exact type give the
# same object, as CPython 3.10's do.
be_bad = False
class BadEq:
    def __eq__(self, other):
        if be_bad:
            other_set.clear()
            raise ZeroDivisionError('eq')
        return self is other
    def __hash__(self):
        return 0
def attempt(label, fn):
    try:
        r = fn()
        print(label, 'ok', len(r) if r is not None else None)
    except ZeroDivisionError as e:
        print(label, 'ZeroDivisionError', e, len(other_set))
for label, op in (('update', lambda a, b: a.update(b)), ('or', lambda a, b: a | b), ('ior', lambda a, b: a.__ior__(b)),
                  ('frozen or', lambda a, b: frozenset(a) | b)):
    be_bad = False
    first = {BadEq()}
    other_set = {BadEq() for _ in range(20)}
    be_bad = True
    attempt(label, lambda: op(first, other_set))
fs = frozenset([1, 2])
class Sub(frozenset): pass
sub = Sub([1])
print(fs.copy() is fs, frozenset(fs) is fs, sub.copy() is sub, type(sub.copy()).__name__)
print(frozenset() is frozenset(), frozenset([]) is frozenset(), Sub() is Sub(), frozenset().copy() is frozenset())
