def make():
    colour = 'red'
    class Paint:
        shade = colour
        def get(self):
            return colour
    return Paint

print(make().shade)
