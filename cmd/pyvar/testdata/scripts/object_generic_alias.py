print(list[int], dict[str, int], tuple[int, ...], tuple[()], list[list[int]], type[int], set[str], frozenset[bytes], list[int].__origin__, list[int].__args__, list[int].__parameters__, list[int]([1,2]), list[int] == list[int], list[int] == list[str], type(list[int]).__name__, repr(list['x']), hash(list[int]) == hash(list[int]))
class A: pass
print(list[A])
try: isinstance([], list[int])
except TypeError as e: print(e)
print(list[int](), list[int].append, dict[str,int].fromkeys('a'))
def f(x: list[str]) -> dict[str, int]: pass
print(f.__annotations__)
