# Bad input gets Python exceptions: corrupt modules, a module raising at
# import (and one importing it: neither stays in sys.modules), a
# from-import cycle, huge and pathological regexes, and catastrophic
# backtracking interrupted by a signal.
import re
import signal
import sys


def attempt(name):
    try:
        __import__(name)
        print(name, "imported")
    except BaseException as e:
        msg = str(e.args[0]) if e.args else ""
        print(name, "->", type(e).__name__, msg.replace(sys.path[0] + "/", ""), getattr(e, "lineno", ""))
    print("  left in sys.modules:", name in sys.modules)


for n in ["bad_paren", "bad_utf8", "bad_nul", "raiser", "raiser", "imports_raiser", "cyc_c"]:
    attempt(n)
print(sorted(k for k in sys.modules if k.startswith(("cyc", "raiser", "imports_", "bad_"))))

for pat in ["(" * 200 + "a" + ")" * 200, "a{1000000000}", "(?:a|b)" * 2000, "[" + "a-z" * 50000 + "]",
            "(" * 100000, "a{4294967296}", "(?P<g>a)(?P=g)" * 5000, "x**", "(?<=a+)b"]:
    try:
        r = re.compile(pat)
        print("compiled", len(pat), bool(r.match("a" * 5)))
    except (re.error, RecursionError, OverflowError, MemoryError) as e:
        print(type(e).__name__, str(e)[:70])


def alarm(*a):
    raise TimeoutError("interrupted by SIGALRM")


signal.signal(signal.SIGALRM, alarm)
signal.setitimer(signal.ITIMER_REAL, 0.2)
try:
    re.match(r"(a+)+$", "a" * 40 + "!")
    print("finished?")
except TimeoutError as e:
    print("TimeoutError:", e)
signal.setitimer(signal.ITIMER_REAL, 0)
print(bool(re.match(r"(a+)+$", "a" * 18 + "!")))
