import sys
def g():
    yield 1
    yield 1 / 0
class C:
    def method(self):
        return list(g())
try:
    C().method()
except ZeroDivisionError as e:
    tb = e.__traceback__
    n = 0
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
sys.stderr.write("stderr text\n")
print(sys.argv[0].endswith("tb18.py"), len(sys.argv))
C().method()
