# sys.setprofile: the events a profile function receives (call, return,
# c_call, c_return, c_exception) for functions, generators, classes,
# exceptions and built-in calls; sys.getprofile.
import sys

events = []


def prof(frame, event, arg):
    name = frame.f_code.co_name
    if event.startswith('c_'):
        events.append((event, name, getattr(arg, '__name__', '?')))
    else:
        events.append((event, name))


def gen(n):
    for i in range(n):
        yield i


class K:
    def __init__(self):
        self.x = len([1, 2])

    def m(self):
        return sorted([3, 1])


def boom():
    raise KeyError('k')


def main():
    total = sum(gen(2))
    k = K()
    k.m()
    try:
        boom()
    except KeyError:
        pass
    try:
        int('x')
    except ValueError:
        pass
    [i for i in range(2)]
    return total


sys.setprofile(prof)
print(sys.getprofile() is prof)
main()
sys.setprofile(None)
print(sys.getprofile())
for e in events:
    print(*e)
