level = 0

class First:
    global level
    level = level + 1
    class Second:
        global level
        level = level + 10

print(level)
