print(list[int], dict[str, list[int]], tuple[()], tuple[int, ...], set[str], frozenset[int], type[int])
a = list[int]
print(a([1, 2]), a.__origin__, a.__args__, a.__parameters__, type(a).__name__, a == list[int], a != list[str], hash(a) == hash(list[int]))
print(isinstance([], list), repr(list[int]), str(dict[str, int]))
try:
    isinstance([], list[int])
except TypeError as e:
    print(e)
def f(x: list[int], y: dict[str, tuple[int, ...]] = None) -> set[str]: pass
print(f.__annotations__)
class MyList(list): pass
print(MyList[int], MyList[int].__origin__ is MyList)
