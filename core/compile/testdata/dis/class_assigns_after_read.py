def make():
    width = 3
    class Frame:
        doubled = width * 2
        width = 5
    return Frame

print(make().doubled)
