class C:
    x = [(y := 1) for i in range(3)]
