# An audit hook may keep the arguments tuple it is given: it holds the
# event's arguments for good (they were a view of the caller's value stack,
# cleared when sys.audit returned), and every hook gets the same tuple.
import sys

kept = []
def first(event, args):
    if event.startswith('demo.'):
        kept.append((event, args))

def second(event, args):
    if event.startswith('demo.'):
        kept.append(('second', args is kept[-1][1]))

sys.addaudithook(first)
sys.addaudithook(second)

def emit():
    name, n, items = 'abc', 42, [1, 2]
    sys.audit('demo.event', name, n, items)
    sys.audit('demo.empty')
    return 'done'

print(emit())
for entry in kept:
    print(entry)
try:
    sys.audit()
except TypeError as e:
    print('TypeError:', e)
try:
    sys.audit(1)
except TypeError as e:
    print('TypeError:', e)
