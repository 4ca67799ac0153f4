# A program that closes every descriptor above stderr, as daemons and
# children before exec do, then goes on with ordinary I/O: pipes, timers
# (time.sleep), select, files. Run as its own process (pyvar's runtime
# descriptors are in the range).
import posix
import select
import time

r, w = posix.pipe()
posix.closerange(3, 1000)
for fd in (r, w):
    try:
        posix.fstat(fd)
    except OSError as e:
        print("closed", fd == r, e.errno)
r, w = posix.pipe()
print(posix.write(w, b"after closerange"))
print(posix.read(r, 100))
time.sleep(0.01)
print(select.select([r], [], [], 0.02))
posix.write(w, b"!")
print(select.select([r], [], [], 1.0)[0] == [r], posix.read(r, 1))
fd = posix.open(__file__, posix.O_RDONLY)
print(posix.read(fd, 9))
posix.close(fd)
posix.closerange(0, 1)  # stdin too, as CPython allows
print("done", flush=True)
