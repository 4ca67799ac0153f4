# fcntl.ioctl takes any unsigned 32-bit request code (its low 32 bits), as
# CPython's 'I' converter; fcntl's command is a C int.
import fcntl, os, termios, struct
r, w = os.pipe()
for req in (0x80045430, termios.FIONREAD, 2**40 + termios.FIONREAD, -1):
    try:
        print(hex(req), fcntl.ioctl(r, req, b'\0' * 4))
    except OSError as e:
        print(hex(req), 'OSError', e.errno)
    except Exception as e:
        print(hex(req), type(e).__name__, e)
os.write(w, b'abc')
print(struct.unpack('i', fcntl.ioctl(r, termios.FIONREAD, b'\0' * 4))[0])
try: fcntl.fcntl(r, 2**40)
except Exception as e: print(type(e).__name__, e)
