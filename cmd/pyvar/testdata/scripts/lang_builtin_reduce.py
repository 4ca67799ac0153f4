# Built-in functions pickle by name, bound methods as getattr(self, name); module functions know their module.
import sys, math
print(len.__module__, sys.exit.__module__, math.sqrt.__module__, [].append.__module__, len.__reduce__(), math.sqrt.__reduce__())
r = [1].append.__reduce__(); print(r[0] is getattr, r[1])
r = str.upper.__reduce__(); print(r[0] is getattr, r[1])
r = (1).__add__.__reduce__(); print(r[0] is getattr, r[1])
