def g(n):
    if n: yield from g(n-1)
    else: yield 0
print(list(g(500)))
try:
    print(list(g(5000)))
except RecursionError as e:
    print('RecursionError')
