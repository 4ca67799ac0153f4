class C: pass
try:
    del C.x
except AttributeError as e:
    print(e)
