class X:
    def __eq__(self, other):
        list2.clear()
        return NotImplemented
class Y:
    def __eq__(self, other):
        list1.clear()
        return NotImplemented
class Z:
    def __eq__(self, other):
        list3.clear()
        return NotImplemented
list1 = [X()]
list2 = [Y()]
print(list1 == list2)
list3 = [Z()]
list4 = [1]
print(list3 == list4, list3, list4)
list1 = [X(), 1]; list2 = [Y(), 2]
print(list1 < list2, list1 != list2)
class G:
    def __eq__(self, o):
        big.append(1)
        return False
    def __lt__(self, o):
        return "lt"
big = [G()]
print([G()] < big, len(big))
