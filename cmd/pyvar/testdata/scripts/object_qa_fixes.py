print((-1) ** 0.5, complex(-1) ** 0.5, (-2.0) ** 1.5, (-8) ** (1/3), (1+1j) ** 0.5, 1j ** 0.3, (-5.5) ** 2.25)
t = ([],); t[0].append(t); print(t)
print("a\x1cb c\x1f".split(), "\x1d".isspace(), "%#.0f" % 3, "%#x|%#.3g|%#e" % (255, 1.0, 2))
try: setattr(1, 1, 2)
except TypeError as e: print(e)
class C: pass
try: del C.x
except AttributeError as e: print(repr(e))
