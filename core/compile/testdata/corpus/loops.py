for i in range(10):
    if i == 3:
        continue
    if i == 7:
        break
else:
    print('no break')

n = 0
while n < 10:
    n += 1
else:
    n = -1

def f(xs):
    for a, (b, *c) in xs:
        print(a, b, c)
    while xs:
        xs.pop()
