label = 'module'

class Outer:
    label = 'outer class'
    class Inner:
        seen = label

print(Outer.Inner.seen)
