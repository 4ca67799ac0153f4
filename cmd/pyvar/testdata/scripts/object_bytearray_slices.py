b = bytearray(b"abcdef")
b[1:3] = b"XYZ"; print(b)
b[::2] = b"1234"; print(b)
del b[1:2]; print(b)
del b[::3]; print(b)
b[0:0] = [65, 66]; print(b)
try: b[::2] = b"x"
except ValueError as e: print(e)
try: b[0:1] = 5
except TypeError as e: print(e)
b[-1:] = bytearray(b"END"); print(b, len(b))
del b[::-2]; print(b)
