def f():
    raise SystemExit
try:
    f()
except SystemExit as e:
    print("caught SystemExit", e.code)
exit(5)
