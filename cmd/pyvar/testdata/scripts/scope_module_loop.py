# Module-level code uses STORE_NAME/LOAD_NAME: the loop variable is a key of
# the module's namespace, visible through globals().
total = 0
for i in range(1000):
    total = total + i
print(total, i, globals()["i"], "i" in globals())
while total > 10:
    total //= 3
print(total)
print(sorted(k for k in globals() if not k.startswith("__")))
