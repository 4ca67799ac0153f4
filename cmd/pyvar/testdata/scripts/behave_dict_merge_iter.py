class CustomReversedDict(dict):
    def keys(self):
        return reversed(list(dict.keys(self)))
    __iter__ = keys
    def items(self):
        return reversed(dict.items(self))
pairs = [('a', 1), ('b', 2), ('c', 3)]
d = CustomReversedDict(pairs)
print(list(dict(d).items()))
e = {}; e.update(d); print(list(e.items()))
print(list({**d}.items()))
f = dict(); f |= d; print(list(f.items()))
print(list(dict(d, z=1).items()))
