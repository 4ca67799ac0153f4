a, b = b, a
a, b, c = c, b, a
first, *rest = [1, 2, 3]
*init, last = range(5)
(x, y), z = (1, 2), 3
t = (*rest, 1)
