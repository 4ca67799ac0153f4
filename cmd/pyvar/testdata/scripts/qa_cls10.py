# __eq__/__hash__ inheritance rules and comparisons with builtins subclasses
class A:
    def __eq__(self, o): return True
class B(A):
    def __hash__(self): return 5
class C(B):
    def __eq__(self, o): return False
print(A.__hash__, B.__hash__ is not None, C.__hash__, hash(B()))
class D:
    __hash__ = object.__hash__
    def __eq__(self, o): return True
print(type(hash(D())).__name__)
class IntLike(int):
    def __eq__(self, o): return "custom"
    __hash__ = int.__hash__
print(IntLike(1) == 1, 1 == IntLike(1), {IntLike(1): "v"}[1])
class StrSub(str): pass
print(StrSub("a") == "a", "a" == StrSub("a"), {StrSub("a"): 1}["a"], hash(StrSub("a")) == hash("a"), type(StrSub("a") + "b").__name__)
class ListSub(list):
    def __eq__(self, o): return "listsub eq"
print([1] == ListSub([1]), ListSub([1]) == [1])
class TupSub(tuple):
    def __lt__(self, o): return "tupsub lt"
print((1,) > TupSub((0,)), TupSub((0,)) < (1,))
class FloatSub(float):
    def __gt__(self, o): return "fs gt"
print(1.0 < FloatSub(0.5), FloatSub(0.5) > 1.0)
class Rev:
    def __eq__(self, o): return "Rev eq"
    def __ne__(self, o): return "Rev ne"
print(1 == Rev(), 1 != Rev(), "s" == Rev(), [1] != Rev(), None == Rev())
