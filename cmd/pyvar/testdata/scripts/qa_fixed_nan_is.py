nan = float("nan")
x = nan
print(x is nan, nan is nan, id(x) == id(nan))
l = [nan]
print(l[0] is nan, l == [nan], nan in l, l.count(nan), {nan: 1}.get(nan), (nan,) == (nan,))
