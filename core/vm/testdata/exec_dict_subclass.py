class G(dict):
    def __missing__(self, k):
        return "missing:" + k
g = G()
exec("def f():\n    return undefined_thing\nr = f()\ntry:\n    x = other\nexcept NameError as e:\n    x = str(e)\n", g)
print(g["r"], g["x"])
