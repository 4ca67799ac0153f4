# sys.stdout / sys.stderr answer the io methods programs test before
# writing (the harness captures stdout, so isatty() is False).
import sys

print(sys.stdout.isatty(), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.stdout.writable(), sys.stdout.readable())
try:
    sys.stdout.isatty(1)
except TypeError as e:
    print(e)
