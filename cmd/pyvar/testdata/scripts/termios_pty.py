# termios on a pseudo-terminal (opened through /dev/ptmx, as os.openpty
# does): attributes, canonical and raw modes, speeds, the control
# functions, and the errors for bad descriptors and bad attribute lists.
import fcntl
import os
import struct
import termios

master = os.open('/dev/ptmx', os.O_RDWR | os.O_NOCTTY)
# Linux x86-64 (TIOCGPTN given as the C int of the same bits)
TIOCSPTLCK, TIOCGPTN = 0x40045431, 0x80045430 - 2 ** 32
fcntl.ioctl(master, TIOCSPTLCK, struct.pack('i', 0))
n = struct.unpack('I', fcntl.ioctl(master, TIOCGPTN, struct.pack('I', 0)))[0]
slave = os.open('/dev/pts/%d' % n, os.O_RDWR | os.O_NOCTTY)


class F:
    def fileno(self):
        return slave


def show(a):
    print(a[:6], [c if isinstance(c, int) else c.hex() for c in a[6]])


def attempt(f, *args):
    try:
        print(repr(f(*args)))
    except (termios.error, TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e.args)


a = termios.tcgetattr(slave)
show(a)
print(termios.tcgetattr(F()) == a, len(a[6]))
termios.tcsetattr(slave, termios.TCSANOW, a)
print(termios.tcgetattr(slave) == a)

raw = list(a)
raw[3] &= ~(termios.ICANON | termios.ECHO)
raw[6] = list(raw[6])
raw[6][termios.VMIN] = 1
raw[6][termios.VTIME] = 0
termios.tcsetattr(slave, termios.TCSAFLUSH, raw)
show(termios.tcgetattr(slave))

for ispeed, ospeed in [(termios.B9600, termios.B9600), (0, termios.B4800), (termios.B2400, termios.B19200),
                       (termios.B115200, termios.B115200), (12345, termios.B9600), (termios.B9600, 77777)]:
    b = list(a)
    b[4], b[5] = ispeed, ospeed
    attempt(termios.tcsetattr, slave, termios.TCSADRAIN, b)
    print(termios.tcgetattr(slave)[4:6])

os.write(master, b'hello\n')
attempt(termios.tcflush, slave, termios.TCIOFLUSH)
attempt(termios.tcdrain, slave)
attempt(termios.tcflow, slave, termios.TCOON)
attempt(termios.tcsendbreak, slave, 0)
attempt(termios.tcflush, slave, 99)
attempt(termios.tcsetattr, slave, 7, a)
attempt(termios.tcsetattr, slave, termios.TCSANOW, a[:6])
attempt(termios.tcsetattr, slave, termios.TCSANOW, tuple(a))
b = list(a); b[6] = b[6][:5]
attempt(termios.tcsetattr, slave, termios.TCSANOW, b)
b = list(a); b[6] = list(b[6]); b[6][0] = 'x'
attempt(termios.tcsetattr, slave, termios.TCSANOW, b)
b = list(a); b[6] = list(b[6]); b[6][0] = b'ab'
attempt(termios.tcsetattr, slave, termios.TCSANOW, b)
b = list(a); b[0] = 'x'
attempt(termios.tcsetattr, slave, termios.TCSANOW, b)

r, w = os.pipe()
attempt(termios.tcgetattr, r)
attempt(termios.tcgetattr, 9999)
attempt(termios.tcgetattr, -1)
attempt(termios.tcgetattr, 'x')
attempt(termios.tcgetattr)
attempt(termios.tcdrain, r)
for fd in (r, w, slave, master):
    os.close(fd)

print(termios.error.__module__, termios.error.__mro__[1].__name__)
print(termios.TCSANOW, termios.TCSADRAIN, termios.TCSAFLUSH, termios.VMIN, termios.VTIME, termios.NCCS, termios.B38400)
print(len([n for n in dir(termios) if n.isupper()]), sorted(n for n in dir(termios) if n.islower() and not n.startswith('_')))
print(termios.tcgetattr.__doc__.splitlines()[0])
attempt(termios.tcsetattr, 0)
attempt(lambda: termios.tcgetattr(fd=0))
attempt(lambda: termios.tcflush(0, queue=1))
attempt(termios.tcflow, 0, 1, 2)
