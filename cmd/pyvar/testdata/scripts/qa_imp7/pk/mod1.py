def who(): return __name__
try:
    from ... import toohigh
except ImportError as e:
    print("ImportError", e)
