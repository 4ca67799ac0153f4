import builtins
builtins.__dict__.setdefault("_extramod_loads", 0)
builtins._extramod_loads += 1
counter = builtins._extramod_loads
X = "from extra dir"
