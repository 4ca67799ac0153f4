def outer():
    total = 0
    class Acc:
        nonlocal total
        total = total + 7
    return total

print(outer())
