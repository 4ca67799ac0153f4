# cProfile over _lsprof with a deterministic timer: pstats' tables of
# calls, callers and callees, and the context-manager and runcall forms.
import cProfile
import io
import pstats

ticks = [0]
def timer():
    ticks[0] += 1
    return ticks[0] / 1000


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def words(text):
    counts = {}
    for w in text.split():
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items())


def main():
    fib(6)
    words('a b a c b a')
    return [x * 2 for x in range(3)]


def report(prof):
    out = io.StringIO()
    st = pstats.Stats(prof, stream=out).strip_dirs().sort_stats('calls', 'name')
    st.print_stats()
    st.print_callers()
    st.print_callees()
    text = out.getvalue()
    print('\n'.join(line.rstrip() for line in text.splitlines() if line.strip()))


p = cProfile.Profile(timer)
p.runcall(main)
report(p)

with cProfile.Profile(timer) as q:
    fib(4)
report(q)
