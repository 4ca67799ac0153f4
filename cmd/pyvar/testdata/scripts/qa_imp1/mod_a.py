"mod_a doc"
value = 1
def func():
    return value * 2
print("importing mod_a as", __name__)
