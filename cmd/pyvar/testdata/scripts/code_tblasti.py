# tb_lasti and f_lasti are byte offsets (dis.distb marks the instruction at tb_lasti).
import sys
def f(a):
    x = [a]
    return x[0] / 0
try:
    f(1)
except ZeroDivisionError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lasti, tb.tb_lineno, tb.tb_frame.f_lasti if tb.tb_next is None else "")
        tb = tb.tb_next
