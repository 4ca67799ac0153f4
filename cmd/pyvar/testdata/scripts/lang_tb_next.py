# traceback.tb_next is writable, with CPython's checks.
def f():
    1 / 0
try:
    f()
except Exception as e:
    tb = e.__traceback__
print(tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_lineno)
for v in (1, tb):
    try:
        tb.tb_next = v
        print('ok', tb.tb_next)
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    del tb.tb_next
except Exception as ex:
    print(type(ex).__name__, ex)
tb.tb_next = None
print(tb.tb_next)
