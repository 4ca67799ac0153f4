print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__)
print(list[int]([1, 2]), list[int].__origin__, list[int].__args__)
def f(x: list[str]) -> dict[str, int]: pass
print(f.__annotations__)
