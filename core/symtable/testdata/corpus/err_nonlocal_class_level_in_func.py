def f():
    class C:
        nonlocal undefined_here
