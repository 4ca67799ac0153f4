t = ([],); t[0].append(t); print(t, repr(t[0]))
