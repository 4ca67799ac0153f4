# Globals shadow builtins; deleting the global uncovers the builtin again.
def use_len(s):
    return len(s)


print(use_len("abc"))


def len(x):
    return "shadowed"


print(use_len("abc"))
del len
print(use_len("abc"))

print(max(3, 7))
max = min
print(max(3, 7))
del max
print(max(3, 7))


def reads_global():
    return counter


counter = 5
print(reads_global())
counter = 6
print(reads_global())
