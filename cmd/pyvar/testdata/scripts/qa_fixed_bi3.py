print(type(reversed([])).__name__, type(reversed(())).__name__, type(reversed("ab")).__name__, type(reversed(range(2))).__name__)
print((-1) ** 0.5, (-8) ** (1/3), pow(-8, 1/3), (-2.0) ** 1.5, complex(-1) ** 0.5)
