x = [1, 2]
try:
    print(x['a'])
except TypeError as e:
    print(e)
print(type(reversed({1: 2})).__name__, type(reversed({1: 2}.values())).__name__, type(reversed({1: 2}.items())).__name__)
