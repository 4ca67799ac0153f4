size = 'global size'

class Box:
    size = 'class size'
    def show(self):
        return size

print(Box().show())
