class MyError(KeyError):
    pass
def lvl():
    raise MyError("x", "y")
try:
    lvl()
except Exception as e:
    raise RuntimeError() from e
